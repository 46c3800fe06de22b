"""Quality gate: run the pipeline on the annotated articles and score it against the gold files,
the statement gold, the judged samples of linked mentions and the descriptor labels.

    python workflow/scripts/quality_gate.py [--shared ../shared] [--floors config/quality_floors.yaml]
                                            [--statement-gold FILE ...]

Copies the seed and the dev-gold articles, and the BBC articles of every judged sample of linked
mentions named under `judged:` in the floors file (`config/eval/<name>`) and of every descriptor
label file named under `descriptors:`, and the articles of every gold folder named under
`article_gold:` (config/eval/<name>/, files like the dev gold, each set with floors of its own;
an `article` under `web-pages/` is a saved page of ../shared/corpora/web-pages, annotated on the text
the pipeline extracts from it), into a scratch input
folder; writes the statement gold sentences of `config/eval/statements_gold.*.jsonl` (and any
--statement-gold file) beside them as one-sentence articles; runs the workflow once in a scratch
copy of the project (so the project's own results/ is left alone); then runs `narrative-pipeline
evaluate`, `narrative-pipeline evaluate-statements`, `workflow/scripts/score_mentions.py` and
`workflow/scripts/score_descriptors.py` with the floors recorded in the repository. Exits 1 when a
score falls below its floor. The claim, mention and descriptor scores need ../shared (the annotated
articles are not part of the repository).
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


def eval_files(floors: Path, section: str) -> list[Path]:
    """The evaluation files (config/eval/<name>) a section of the floors file holds to floors:
    `judged` (judged samples of linked mentions), `descriptors` (descriptor labels)."""
    names = (yaml.safe_load(floors.read_text(encoding="utf-8")) or {}).get(section, {})
    return [ROOT / "config/eval" / name for name in sorted(names)]


def gold_sets(floors: Path) -> dict[Path, dict[str, float]]:
    """The article gold folders (config/eval/<name>/, files like the dev gold) of the floors file's
    `article_gold` section, each with its floors."""
    sets = (yaml.safe_load(floors.read_text(encoding="utf-8")) or {}).get("article_gold", {})
    return {ROOT / "config/eval" / name: dict(sets[name] or {}) for name in sorted(sets)}


def gold_set_articles(folder: Path) -> list[str]:
    """The corpus paths of the articles a gold folder annotates."""
    return [json.loads(p.read_text(encoding="utf-8"))["article"] for p in sorted(folder.glob("*.json"))]


WEB_PAGES = "web-pages/"


def corpus_file(shared: Path, rel: str) -> Path:
    """The shared file an evaluation file names: a saved web page as `web-pages/html/<name>` (under
    `corpora/`), anything else as a path under the BBC corpus (`news/<section>/<name>.txt`)."""
    return shared / "corpora" / rel if rel.startswith(WEB_PAGES) else shared / "corpora/bbc-news" / rel


def labelled_articles(labels: Path) -> list[str]:
    """The corpus paths of the articles a descriptor label file labels."""
    rows = (json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line.strip())
    return sorted({row["article"] for row in rows})


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
    p.add_argument("--statement-gold", nargs="*", default=[], help="more statement gold files (JSONL)")
    a = p.parse_args()
    shared, work = Path(a.shared).resolve(), Path(a.work).resolve()
    inputs = work / "input"
    if inputs.exists():
        shutil.rmtree(inputs)
    inputs.mkdir(parents=True)
    golds = []
    if (shared / "spec/seed-gold.json").exists():
        for gold, article in gold_articles(shared):
            shutil.copy2(article, inputs / article.name)
            golds.append(str(gold))
    else:
        print(f"claim scores skipped: no gold files under {shared}", file=sys.stderr)
    corpus_there = (shared / "corpora/bbc-news").is_dir()
    samples = eval_files(Path(a.floors), "judged") if corpus_there else []
    descriptors = eval_files(Path(a.floors), "descriptors") if corpus_there else []
    # the articles of the judged samples and the descriptor labels; the section is the folder under news/
    rels = {rel for sample in samples for rel in judged_articles(sample)}
    rels |= {rel for labels in descriptors for rel in labelled_articles(labels)}
    article_golds = gold_sets(Path(a.floors)) if corpus_there else {}
    rels |= {rel for folder in article_golds for rel in gold_set_articles(folder)}
    for rel in sorted(rels):
        dest = inputs / rel if rel.startswith(WEB_PAGES) else inputs / "bbc-news" / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(corpus_file(shared, rel), dest)
    statement_golds = sorted(str(p) for p in (ROOT / "config/eval").glob("statements_gold.*.jsonl")) + [
        str(Path(g).resolve()) for g in a.statement_gold
    ]
    corpus = ["--corpus", str(shared / "corpora/bbc-news")] if (shared / "corpora/bbc-news").is_dir() else []
    cmd = [
        "narrative-pipeline",
        "evaluate-statements",
        "--gold",
        *statement_golds,
        "--write-inputs",
        str(inputs / "statements"),
        *corpus,
    ]
    subprocess.run(cmd, check=True)
    run = work / "run"
    run.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "Snakefile", run / "Snakefile")
    for folder in ("config", "workflow"):
        shutil.copytree(
            ROOT / folder, run / folder, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
        )
    cmd = [
        "snakemake",
        "--cores",
        a.cores,
        "--quiet",
        "rules",
        "--config",
        f"input_dir={inputs}",
        "n_shards=1",
        "max_articles_per_shard=0",
    ]
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, cwd=run, check=True)
    failed = False
    if golds:
        cmd = [
            "narrative-pipeline",
            "evaluate",
            "--results",
            str(run / "results"),
            "--gold",
            *golds,
            "--floors",
            a.floors,
        ]
        if a.json:
            cmd += ["--json", a.json]
        failed = subprocess.run(cmd, check=False).returncode != 0
    cmd = [
        "narrative-pipeline",
        "evaluate-statements",
        "--results",
        str(run / "results"),
        "--gold",
        *statement_golds,
        "--floors",
        a.floors,
        *corpus,
    ]
    if a.json:
        cmd += ["--json", str(Path(a.json).with_suffix(".statements.json"))]
    failed = subprocess.run(cmd, check=False).returncode != 0 or failed
    for sample in samples:
        score = [sys.executable, str(ROOT / "workflow/scripts/score_mentions.py"), str(run / "results"), str(sample)]
        print(f"+ score_mentions {sample.name}", file=sys.stderr)
        failed = subprocess.run([*score, "--floors", a.floors, "--list", "none"], check=False).returncode != 0 or failed
    for folder, set_floors in article_golds.items():
        floors_file = work / f"floors-{folder.name}.yaml"
        floors_file.write_text(yaml.safe_dump(set_floors, sort_keys=True), encoding="utf-8")
        cmd = ["narrative-pipeline", "evaluate", "--results", str(run / "results"), "--gold", str(folder)]
        cmd += ["--floors", str(floors_file)]
        if a.json:
            cmd += ["--json", str(Path(a.json).with_suffix(f".{folder.name}.json"))]
        print(f"+ evaluate {folder.name}", file=sys.stderr)
        failed = subprocess.run(cmd, check=False).returncode != 0 or failed
    for labels in descriptors:
        score = [sys.executable, str(ROOT / "workflow/scripts/score_descriptors.py"), str(run / "results"), str(labels)]
        print(f"+ score_descriptors {labels.name}", file=sys.stderr)
        out = subprocess.run([*score, "--floors", a.floors], check=False, capture_output=True, text=True)
        lines = out.stdout.splitlines()
        print("\n".join(lines[:3] + [line for line in lines if line.startswith("BELOW FLOOR")]), out.stderr, sep="\n")
        failed = out.returncode != 0 or failed
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
