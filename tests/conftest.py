"""Shared fixtures: the spaCy model (loaded once), a small registry, and a helper that runs the
real normalize parse on a text and returns what the actor and claim steps see."""

from __future__ import annotations

from pathlib import Path

import pytest
from narrative_pipeline.normalize import compile_patterns, parse_articles
from narrative_pipeline.parsed import ParsedArticle, build_articles
from narrative_pipeline.records import ArticleText
from narrative_pipeline.registry import Registry, build_registry, load_entries
from narrative_pipeline.settings import PipelineConfig

ROOT = Path(__file__).resolve().parents[1]


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
    return build_registry(load_entries(ROOT / "config/actors.yaml"))


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
    subset's chunks were such repeats, each a full pass of the model (tests38)."""

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


@pytest.fixture(scope="session")
def parse(nlp):
    """parse(text) -> ParsedArticle, through the real paragraph, normalization and spaCy steps (each distinct
    chunk through spaCy once a session: `ChunkMemo`)."""
    cfg = PipelineConfig()
    patterns = compile_patterns(cfg.boilerplate_patterns)
    memo = ChunkMemo(nlp)

    def _parse(text: str, article_id: str = "0123456789abcdef") -> ParsedArticle:
        article = ArticleText(article_id=article_id, source_path="a.txt", sha256="0" * 64, text=text)
        (result,) = list(parse_articles([article], memo, patterns, cfg.max_chunk_chars, 64))
        return build_articles([article], result.sentences, result.tokens)[0]

    return _parse


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
