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


@pytest.fixture(scope="session")
def parse(nlp):
    """parse(text) -> ParsedArticle, through the real paragraph, normalization and spaCy steps."""
    cfg = PipelineConfig()
    patterns = compile_patterns(cfg.boilerplate_patterns)

    def _parse(text: str, article_id: str = "0123456789abcdef") -> ParsedArticle:
        article = ArticleText(article_id=article_id, source_path="a.txt", sha256="0" * 64, text=text)
        (result,) = list(parse_articles([article], nlp, patterns, cfg.max_chunk_chars, 64))
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
