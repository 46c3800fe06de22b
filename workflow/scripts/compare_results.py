"""Run the workflow in a scratch copy and compare its results with an earlier run, byte for byte.

    python workflow/scripts/compare_results.py run --input DIR --work WORK [--n-shards 2] [--cores 1]
    python workflow/scripts/compare_results.py compare BEFORE_RESULTS AFTER_RESULTS
    python workflow/scripts/compare_results.py check --input DIR --work WORK --before BEFORE_RESULTS

`run` copies the project (Snakefile, config/, workflow/) into WORK/project, deletes any earlier
WORK/project/results and runs Snakemake there on DIR, so the project's own results/ is left alone.
The rules call `narrative-pipeline` from PATH: the scratch run uses the package installed in the
running interpreter's environment (its `bin/` is put first on PATH).

`compare` compares every `*.parquet` file and every `articles/*.json` file of two results
folders (the artifacts a code change must not alter; the manifest and run.json name the code and
so differ by design). It prints each file that is missing on one side or differs, and for a
differing Parquet table the rows only one side has (at most --show per file). Exit status 1 when
anything differs. `check` is `run` followed by `compare`.

Used to show that a refactor changes no result: make the "before" results once from the old
code, then `check` after each step.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def compared_files(results: Path) -> dict[str, Path]:
    """Relative path -> file for every Parquet table and every article JSON of a results folder."""
    files = {p.relative_to(results).as_posix(): p for p in results.rglob("*.parquet")}
    files.update({p.relative_to(results).as_posix(): p for p in (results / "articles").glob("*.json")})
    return dict(sorted(files.items()))


def _rows(path: Path) -> list[str]:
    import pyarrow.parquet as pq

    return [json.dumps(row, sort_keys=True, ensure_ascii=False, default=str) for row in pq.read_table(path).to_pylist()]


def row_differences(before: Path, after: Path) -> tuple[list[str], list[str]]:
    """Rows (as canonical JSON) only in `before`, and only in `after` (multiset difference)."""
    from collections import Counter

    old, new = Counter(_rows(before)), Counter(_rows(after))
    return sorted((old - new).elements()), sorted((new - old).elements())


def compare(before: Path, after: Path, show: int = 20) -> int:
    """Print the differences between two results folders; returns the number of differing files."""
    old, new = compared_files(before), compared_files(after)
    differing = 0
    for rel in sorted(set(old) | set(new)):
        if rel not in new or rel not in old:
            differing += 1
            print(f"only in {'before' if rel in old else 'after'}: {rel}")
            continue
        if old[rel].read_bytes() == new[rel].read_bytes():
            continue
        differing += 1
        print(f"differs: {rel}")
        if rel.endswith(".parquet"):
            gone, added = row_differences(old[rel], new[rel])
            print(f"  {len(gone)} rows only before, {len(added)} rows only after")
            for row in gone[:show]:
                print(f"  - {row}")
            for row in added[:show]:
                print(f"  + {row}")
    n_tables = sum(rel.endswith(".parquet") for rel in old)
    n_json = len(old) - n_tables
    status = "IDENTICAL" if differing == 0 else f"{differing} FILES DIFFER"
    print(f"{status}: compared {n_tables} Parquet files and {n_json} article JSON files ({before} vs {after})")
    return differing


def run(input_dir: Path, work: Path, n_shards: int, cores: int) -> Path:
    """Run the workflow on `input_dir` in a fresh scratch copy; returns its results folder."""
    project = work / "project"
    if project.exists():
        shutil.rmtree(project)
    project.mkdir(parents=True)
    shutil.copy2(ROOT / "Snakefile", project / "Snakefile")
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    for folder in ("config", "workflow"):
        shutil.copytree(ROOT / folder, project / folder, ignore=ignore)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    cmd = [sys.executable, "-m", "snakemake", "--cores", str(cores), "--quiet", "rules"]
    cmd += ["--config", f"input_dir={input_dir.resolve()}", f"n_shards={n_shards}"]
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, cwd=project, check=True, env=env)
    return project / "results"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    for name in ("run", "check"):
        s = sub.add_parser(name)
        s.add_argument("--input", required=True, type=Path, help="folder of archived articles")
        s.add_argument("--work", required=True, type=Path, help="scratch folder (WORK/project is replaced)")
        s.add_argument("--n-shards", type=int, default=2)
        s.add_argument("--cores", type=int, default=1)
        if name == "check":
            s.add_argument("--before", required=True, type=Path, help="results folder of the earlier run")
            s.add_argument("--show", type=int, default=20, help="differing rows shown per table")
    s = sub.add_parser("compare")
    s.add_argument("before", type=Path)
    s.add_argument("after", type=Path)
    s.add_argument("--show", type=int, default=20, help="differing rows shown per table")
    a = p.parse_args()
    if a.command == "compare":
        return 1 if compare(a.before, a.after, a.show) else 0
    results = run(a.input, a.work, a.n_shards, a.cores)
    print(f"results: {results}")
    if a.command == "check":
        return 1 if compare(a.before, results, a.show) else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
