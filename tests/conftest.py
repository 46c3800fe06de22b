"""Shared fixtures: the spaCy model (loaded once), a small registry, and a helper that runs the
real normalize parse on a text and returns what the actor and claim steps see."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pytest
from narrative_pipeline.cache import TableCache
from narrative_pipeline.normalize import compile_patterns, parse_articles
from narrative_pipeline.parsed import ParsedArticle, build_articles
from narrative_pipeline.records import ArticleText
from narrative_pipeline.registry import Registry, load_registry
from narrative_pipeline.settings import PipelineConfig
from pyarrow import ipc
from xdist_order import SECONDS_KEY, heavy_modules_first, module_seconds, recorded_seconds

if TYPE_CHECKING:
    from xdist.workermanage import WorkerController

ROOT = Path(__file__).resolve().parents[1]


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """The cyclic garbage collector's first threshold raised to `GC_THRESHOLD`, as every process of the pipeline raises
    it (its steps' `cli.main`, the warm worker, Snakemake's process): the tests run the pipeline's code in process, and
    with Python's 700 allocations each worker spent 5-6 CPU s of the fast subset in the collector, most of it in
    full scans of a heap that holds spaCy's models (tests40). Before collection, whose imports it speeds up too; in
    the controller and in each xdist worker. In a worker, `end_worker` is the session's last cleanup (registered by the
    first `pytest_configure`: cleanups run last in, first out)."""
    import gc

    from narrative_pipeline.snakemake_tuning import GC_THRESHOLD

    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    if not fsync_kept():
        skip_fsync()
    if hasattr(config, "workerinput"):
        config.add_cleanup(lambda: end_worker(config))


FSYNC_VARIABLE = "NARRATIVE_PIPELINE_TEST_FSYNC"
"""Set to "on" to keep `os.fsync` in the test processes (`skip_fsync`)."""


def fsync_kept() -> bool:
    """Whether `FSYNC_VARIABLE` keeps the durable writes' flush to disk in the test processes."""
    import os

    return os.environ.get(FSYNC_VARIABLE) == "on"


def _no_fsync(fd: int) -> None:
    """`os.fsync` in the test processes: nothing (`skip_fsync`)."""


def skip_fsync() -> None:
    """`os.fsync` a no-op in this test process (the controller and each xdist worker), as eatmydata makes it for a
    whole process. `jsonio.atomic_write_bytes` flushes each durable write (results, documents, reports) to disk
    before its rename: the fast subset made about 700 such writes in process, each a wait on the disk (13 ms median
    on this host while other sessions wrote, 2.5 % of a `-n 0` profile, none of it CPU; tests43). No test can see
    durability (none pulls the power), and the bytes, the temporary file and the atomic rename are unchanged; a
    test of the flush itself (test_tests43) counts the calls with its own `os.fsync`. The pipeline's own processes
    (Snakemake runs, a step in a process of its own, the warm worker: the slow end-to-end tests) keep it."""
    import os

    os.fsync = _no_fsync


def end_worker(config: pytest.Config) -> None:
    """End an xdist worker once its session is over, without the interpreter's teardown (`os._exit`), as
    `cli.quick_exit` ends a pipeline step. By then the worker has sent its last report and "workerfinished" to the
    controller, and pytest's own end of session has run, its garbage collections that report an exception raised in
    a finalizer included; the atexit handlers run and the standard streams are flushed here. Freeing a heap that
    holds spaCy's models object by object took each worker 0.3-1 CPU s after its last test, while the controller
    waited for both workers to exit before it printed the summary (tests41)."""
    import atexit
    import os
    import sys

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    os._exit(int(getattr(config, "workeroutput", {}).get("exitstatus", 0)))


class LayoutMemo:
    """`report.network.layout` remembered by its arguments for the test session, a copy of the positions given each
    time. The layout is a pure function of its nodes, links and iterations (a fixed start, fixed iterations: the same
    floats on every call, which test_report_network checks against its first form with the real function), and the
    report tests build the same small report again and again: 300 iterations of small NumPy operations, about
    0.02-0.03 CPU s a layout and two a build, were 6-8 of the report tests' 45-50 CPU s (tests40)."""

    def __init__(self, layout) -> None:
        self.layout = layout
        self.made: dict[tuple, object] = {}

    def __call__(self, nodes, links, iterations: int = 300):
        key = (tuple(nodes), tuple(links), iterations)
        if key not in self.made:
            self.made[key] = self.layout(nodes, links, iterations)
        return self.made[key].copy()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """`LayoutMemo` in place of the report's network layout once the report's modules are imported (a test that
    imports `layout` itself, as test_report_network does at collection, keeps the real function)."""
    import sys

    network = sys.modules.get("narrative_pipeline.report.network")
    if network is not None and not isinstance(network.layout, LayoutMemo):
        network.layout = LayoutMemo(network.layout)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In an xdist worker, the collected tests module by module in `heavy_modules_first`'s order (pyproject passes
    `--no-loadscope-reorder`, so xdist keeps it), the longest first by the seconds the last sessions recorded in
    pytest's cache (`SESSION_SECONDS`), as the controller read them for every worker (`pytest_configure_node`); after
    the `-m` deselection (trylast), so the modules' seconds are those of the tests selected. A run in one process
    (`-n 0`) keeps the files' order."""
    import os

    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return
    counts: dict[str, list[int]] = {}
    for item in items:
        count = counts.setdefault(item.nodeid.split("::")[0], [0, 0])
        count[0] += 1
        count[1] += item.get_closest_marker("slow") is not None
    seconds = module_seconds((item.nodeid for item in items), getattr(config, "workerinput", {}).get(SECONDS_KEY, {}))
    order = heavy_modules_first([(n, t, s) for n, (t, s) in counts.items()], seconds)
    position = {name: k for k, name in enumerate(order)}
    items.sort(key=lambda item: position[item.nodeid.split("::")[0]])


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: WorkerController) -> None:
    """xdist's controller gives each worker the tests' recorded seconds, read once: every worker must collect the
    tests in the same order (xdist refuses a session whose workers' collections differ), which a worker reading the
    cache itself would not be sure of while another session in the same checkout writes it at its end."""
    cache = getattr(node.config, "cache", None)
    node.workerinput[SECONDS_KEY] = cache.get(SECONDS_KEY, {}) if cache else {}


SESSION_SECONDS: dict[str, float] = {}
"""Each test's seconds in this session (setup, call and teardown), summed in the process that reports them: the
controller of an xdist session (its workers' reports), or the one process of `-n 0`."""


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    import os

    if not os.environ.get("PYTEST_XDIST_WORKER"):
        SESSION_SECONDS[report.nodeid] = SESSION_SECONDS.get(report.nodeid, 0.0) + report.duration


def pytest_sessionfinish(session: pytest.Session) -> None:
    """The seconds of this session's tests kept in pytest's cache for the next session's order (`recorded_seconds`):
    by the controller or the one process of `-n 0`, not by a worker; nothing without the cache
    (`-p no:cacheprovider`)."""
    import os

    cache = getattr(session.config, "cache", None)
    if cache is None or os.environ.get("PYTEST_XDIST_WORKER") or not SESSION_SECONDS:
        return
    cache.set(SECONDS_KEY, recorded_seconds(cache.get(SECONDS_KEY, {}), SESSION_SECONDS))


@pytest.fixture(scope="session")
def nlp():
    from narrative_pipeline.nlp import load_pipeline

    return load_pipeline(PipelineConfig().spacy_model, ())


@pytest.fixture(scope="session")
def spacy_nlp():
    """spaCy's own pipeline of the configured model, none of `load_pipeline`'s faster paths: what they are
    compared with. Loaded once; a test that needs components off disables them with `select_pipes`, which
    is what `spacy.load(name, disable=...)` does (the components loaded, not run)."""
    import spacy

    return spacy.load(PipelineConfig().spacy_model)


@pytest.fixture(scope="session")
def registry() -> Registry:
    return load_registry(ROOT / "config/actors.yaml")  # its entries and its dated offices (actors49)


@pytest.fixture(scope="session")
def linker(registry):
    """linker(threshold) -> the session registry's Linker with the default lexicon, built once per threshold
    (a shard's run builds one for all its articles; building it, about 1-2 ms, cost the fast subset a few
    CPU seconds when every test built its own)."""
    from narrative_pipeline.actors import Linker

    built: dict[float, Linker] = {}

    def _linker(threshold: float = 90.0) -> Linker:
        if threshold not in built:
            built[threshold] = Linker.build(registry, threshold)
        return built[threshold]

    return _linker


class ChunkMemo:
    """A spaCy pipeline that parses each distinct chunk once a session and gives the same Doc again after.

    The normalize step parses an article paragraph by paragraph (`plan_article`'s chunks); spaCy parses each
    Doc of a batch on its own (the normalize cache relies on it: an article parsed alone or in a shard gives the
    same bytes), and `assemble` only reads a Doc. A chunk is known by its text, token boundaries and sentence
    starts, all of which `nlp.parse` sets before the pipeline runs. The claims and actors tests put most bodies
    under one of a few headlines ("A headline that is never a claim", "Headline"): about 45 % of the fast
    subset's chunks were such repeats. It saves little (tests/claims + tests/actors 65.0 -> 60.0 CPU s, tests38):
    a call of spaCy costs about the same for one Doc or two, so the cache between sessions (`parse_cache`) is
    what takes the parse off."""

    def __init__(self, nlp) -> None:
        self._nlp = nlp
        self._docs: dict[tuple, object] = {}

    def make_doc(self, text: str):
        return self._nlp.make_doc(text)

    def pipe(self, docs, batch_size: int):
        docs = list(docs)
        keys = [(d.text, tuple((t.idx, t.is_sent_start) for t in d)) for d in docs]
        todo = {k: d for k, d in zip(keys, docs, strict=True) if k not in self._docs}
        self._docs.update(zip(todo, self._nlp.pipe(todo.values(), batch_size=batch_size), strict=True))
        return (self._docs[k] for k in keys)


PARSE_CACHE_VARIABLE = "NARRATIVE_PIPELINE_TEST_PARSE_CACHE"
"""Set to "off" to parse every text of the `parse` fixture, with no parse kept between sessions nor a chunk's Doc
given again within one (`ChunkMemo`)."""


def parse_cache_off() -> bool:
    """Whether `PARSE_CACHE_VARIABLE` turns the `parse` fixture's shortcuts off."""
    import os

    return os.environ.get(PARSE_CACHE_VARIABLE) == "off"


def parse_cache_key(cfg: PipelineConfig) -> str:
    """What a parse kept between sessions is keyed by, as the normalize step keys its own cache (its settings,
    the model's version, the step's code fingerprint), and spaCy's and thinc's versions and this file, which fixes
    how the model is loaded and called (no component disabled, batches of 64) instead of the configuration: the parse
    cannot be stale while all of them are the same (review34: an edit of the fixture left the parses it kept)."""
    import hashlib
    from importlib import metadata

    from narrative_pipeline.cache import cache_key
    from narrative_pipeline.hashing import step_fingerprint
    from narrative_pipeline.lexicon import repair_words_digest
    from narrative_pipeline.misparse import default_repair_words
    from narrative_pipeline.nlp import model_version
    from narrative_pipeline.normalize import NORMALIZE_SETTINGS

    settings = cfg.model_dump(mode="json", include=set(NORMALIZE_SETTINGS))
    fixture = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()  # how this file loads and calls the parse
    spacy, thinc = metadata.version("spacy"), metadata.version("thinc")
    words = repair_words_digest(default_repair_words())  # the parse repairs' words (fix89)
    return cache_key(
        settings, model_version(cfg.spacy_model), step_fingerprint("normalize"), words, spacy, thinc, fixture
    )


def parse_cache(config: pytest.Config, key: str):
    """The `parse` fixture's cache between sessions: a `TableCache` in pytest's cache folder, one folder a key (those
    of other keys removed: a changed parse makes them stale); None with pytest's cache off or the variable "off"."""
    import shutil

    if parse_cache_off() or getattr(config, "cache", None) is None:
        return None
    top = config.cache.mkdir("parse")
    for old in top.iterdir():
        if old.name != key[:16]:
            shutil.rmtree(old, ignore_errors=True)
    return KeptParses(top / key[:16])


class KeptParses(TableCache):
    """The normalize step's `TableCache`, its entries read whole into memory rather than through a memory map: the
    same tables. The fast subset reads about 5,800 such files (two an article); a memory map and its unmapping cost
    about twice the CPU of a read, and in a test process under load several milliseconds of wall each (tests/claims,
    `-n 0`, load 7-8: the reads' wall 12.9-13.2 s with maps, 5.5-8.5 s read whole; tests43)."""

    def get(self, key: str, names: tuple[str, ...]) -> dict[str, pa.Table] | None:
        if self.folder is None:
            return None
        tables = {}
        for name in names:
            try:
                tables[name] = ipc.open_file(pa.py_buffer(self._path(key, name).read_bytes())).read_all()
            except (OSError, pa.ArrowInvalid):
                return None
        return tables


@pytest.fixture(scope="session")
def plover_lexicon():
    """The narratives lexicon of the repository's config (with the claims lexicon it reads)."""
    from narrative_pipeline.narratives.lexicon import load_lexicon
    from narratives_support import ROOT

    return load_lexicon(ROOT / "config/plover_lexicon.yaml", ROOT / "config/claims_lexicon.yaml")


@pytest.fixture
def predicates(parse, registry, plover_lexicon):
    """The predicate labels of a body text as {(actor id, label): negated} (framing's `predicate` rule)."""
    from narrative_pipeline.narratives.framing import extract_framing
    from narratives_support import analyse

    def _predicates(body: str) -> dict[tuple[str, str], bool]:
        article, mentions, claims, _ = analyse(parse, registry, body)
        found = extract_framing([article], mentions, claims, plover_lexicon)
        return {(r.actor_id, r.label): r.negated for r in found if r.kind == "predicate"}

    return _predicates


@pytest.fixture
def statements(parse, registry):
    """The narratives step's statements of a body text (after the parse, actor linking and claims steps): the
    narratives tests' one way in."""
    from narratives_support import statements_of

    return lambda body: statements_of(parse, registry, body)


@pytest.fixture(scope="session")
def parse(pytestconfig):
    """parse(text) -> ParsedArticle, through the real paragraph, normalization and spaCy steps: each distinct
    chunk through spaCy once a session (`ChunkMemo`), and each article's sentences and tokens kept between
    sessions in pytest's cache (`parse_cache`), as the normalize step keeps them in its own; the model is loaded
    at the first text not kept (tests38)."""
    import pyarrow as pa
    from narrative_pipeline.cache import cache_key
    from narrative_pipeline.nlp import load_pipeline
    from narrative_pipeline.records import SentenceRecord, TokenRecord
    from narrative_pipeline.tables import arrow_schema, to_table, validate_rows

    cfg = PipelineConfig()
    patterns = compile_patterns(cfg.boilerplate_patterns)
    base = parse_cache_key(cfg)
    kept = parse_cache(pytestconfig, base)
    memo: list = []  # the pipeline, loaded at the first text not kept

    def _parse(text: str, article_id: str = "0123456789abcdef") -> ParsedArticle:
        article = ArticleText(article_id=article_id, source_path="a.txt", sha256="0" * 64, text=text)
        key = cache_key(base, article_id, text)
        tables = kept.get(key, ("sentences", "tokens")) if kept is not None else None
        if tables is None:
            if not memo:
                pipeline = load_pipeline(cfg.spacy_model, ())
                memo.append(pipeline if parse_cache_off() else ChunkMemo(pipeline))
            (result,) = list(parse_articles([article], memo[0], patterns, cfg.max_chunk_chars, 64))
            if kept is not None:
                tokens = pa.table(result.tokens, schema=arrow_schema(TokenRecord))
                kept.put(key, {"sentences": to_table(result.sentences, SentenceRecord), "tokens": tokens})
            return build_articles([article], result.sentences, result.tokens)[0]
        sentences = validate_rows(SentenceRecord, tables["sentences"].to_pylist())
        return build_articles([article], sentences, tables["tokens"].to_pydict())[0]

    return _parse


@pytest.fixture(scope="module")
def first_build(tmp_path_factory) -> Path:
    """The synthetic results (`make_results(extra=True)`) and their first build with the cache: a folder holding
    `results`, `cache` and `report`, made once for the module that uses it. The cache's state names the report folder
    as seen from the cache folder and the report's index by its bytes (`incremental.folder_name`, `token_of`), so a
    copy is that build's last report as well (test_cached_builds_equal_a_build_without_cache checks the cold build
    itself)."""
    from narrative_pipeline.report import build
    from report_fixtures import extra_specs, make_results

    root = tmp_path_factory.mktemp("first")
    build(make_results(root / "results", extra=True), root / "report", specs=extra_specs(), cache_dir=root / "cache")
    return root


@pytest.fixture
def built(first_build: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """A copy of `first_build` in the test's own folder: (results, cache, report), as the tests made them before
    (the first build was the start of seven tests of test_report_cache, four of test_speed38, three of review12's and
    two of review13's: about 0.4-0.7 CPU s each; tests40)."""
    import shutil

    for name in ("results", "cache", "report"):
        shutil.copytree(first_build / name, tmp_path / name)
    return tmp_path / "results", tmp_path / "cache", tmp_path / "report"


SHARED_PROJECT_MODULES = frozenset(
    ("tests/test_workflow.py", "tests/test_article_failures.py", "tests/test_report_browser.py")
)
"""The modules that read `small_run`'s project: one unit of xdist's work (`pytest_xdist_make_scheduler`), so that the
run is made once for the three, not once in each worker. test_robustness, which reads only its inputs and bytes, stays
a unit of its own: with its own runs it is about as long as the three together (test_xdist_order checks the list)."""


def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """`--dist loadscope` with the modules of `SHARED_PROJECT_MODULES` as one scope (one worker runs them, one after
    the other); every other module its own scope, as before."""
    if config.getvalue("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class SharedRunScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            scope = super()._split_scope(nodeid)
            return "small_run" if scope in SHARED_PROJECT_MODULES else scope

    return SharedRunScheduling(config, log)


@pytest.fixture(scope="session")
def small_run(tmp_path_factory):
    """One workflow run on a small corpus (test articles + the seed), shared by the end-to-end
    tests: (inputs folder, project, artifact bytes right after the run)."""
    from workflow_helpers import artifact_bytes, copy_project, small_inputs, snakemake

    base = tmp_path_factory.mktemp("small")
    inputs = small_inputs(base / "input")
    project = copy_project(base / "project")
    snakemake(project, "--config", f"input_dir={inputs}", "n_shards=2")
    return inputs, project, artifact_bytes(project / "results")
