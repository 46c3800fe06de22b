"""Quality gate: run the pipeline on the annotated articles and score it against the gold files
and the judged samples.

    python workflow/scripts/quality_gate.py [--shared ../shared] [--floors config/quality_floors.yaml]

Copies the seed and the dev-gold articles, and the BBC articles of every judged sample of linked
mentions named under `judged:` in the floors file (`config/eval/<name>`), into a scratch input
folder; runs the workflow once in a scratch copy of the project (so the project's own results/ is
left alone); then runs `narrative-pipeline evaluate` and `workflow/scripts/score_mentions.py` with
the floors recorded in the repository. Exits 1 when a score falls below its floor. Needs ../shared
(the annotated articles are not part of the repository).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def gold_articles(shared: Path) -> list[tuple[Path, Path]]:
    """(gold file, archived article) pairs of the seed gold and the dev gold."""
    pairs = [(shared / "spec/seed-gold.json", shared / "seeds")]
    pairs += [(p, shared / "corpora/bbc-news") for p in sorted((shared / "spec/dev-gold").glob("*.json"))]
    out = []
    for gold, corpus in pairs:
        article = json.loads(gold.read_text(encoding="utf-8"))["article"]
        out.append((gold, corpus / article))
    return out


def judged_samples(floors: Path) -> list[Path]:
    """The judged samples the floors file holds to floors (config/eval/<name>)."""
    names = (yaml.safe_load(floors.read_text(encoding="utf-8")) or {}).get("judged", {})
    return [ROOT / "config/eval" / name for name in sorted(names)]


def judged_articles(sample: Path) -> list[str]:
    """The corpus paths of a judged sample's articles."""
    rows = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    return sorted({r["source_path"] for r in rows})


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--shared", default=str(ROOT.parent / "shared"))
    p.add_argument("--floors", default=str(ROOT / "config/quality_floors.yaml"))
    p.add_argument("--work", default=str(ROOT / ".quality"))
    p.add_argument("--cores", default="2")
    p.add_argument("--json", help="write the scores to this file")
    a = p.parse_args()
    shared, work = Path(a.shared).resolve(), Path(a.work).resolve()
    if not (shared / "spec/seed-gold.json").exists():
        print(f"quality gate skipped: no gold files under {shared}", file=sys.stderr)
        return 0
    inputs = work / "input"
    if inputs.exists():
        shutil.rmtree(inputs)
    inputs.mkdir(parents=True)
    golds = []
    for gold, article in gold_articles(shared):
        shutil.copy2(article, inputs / article.name)
        golds.append(str(gold))
    samples = judged_samples(Path(a.floors))
    for sample in samples:
        for rel in judged_articles(sample):
            dest = inputs / "bbc-news" / rel  # the section is the folder under news/
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(shared / "corpora/bbc-news" / rel, dest)
    run = work / "run"
    run.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "Snakefile", run / "Snakefile")
    for folder in ("config", "workflow"):
        shutil.copytree(
            ROOT / folder, run / folder, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
        )
    cmd = ["snakemake", "--cores", a.cores, "--quiet", "rules", "--config", f"input_dir={inputs}", "n_shards=1"]
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, cwd=run, check=True)
    cmd = ["narrative-pipeline", "evaluate", "--results", str(run / "results"), "--gold", *golds, "--floors", a.floors]
    if a.json:
        cmd += ["--json", a.json]
    failed = subprocess.run(cmd).returncode
    for sample in samples:
        score = [sys.executable, str(ROOT / "workflow/scripts/score_mentions.py"), str(run / "results"), str(sample)]
        print(f"+ score_mentions {sample.name}", file=sys.stderr)
        failed |= subprocess.run([*score, "--floors", a.floors, "--list", "none"]).returncode
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
