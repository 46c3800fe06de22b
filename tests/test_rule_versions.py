"""The rule versions tell the truth: a changed output on a fixed corpus needs a new version name.

`actors.COMPONENT`, `claims.COMPONENT` and `narratives.statements.COMPONENT` name the rules that
made a run's mentions, claims, statements and framing rows (the manifest records them). `tests/data/rule_versions.yaml` logs what each version outputs on a
fixed corpus (`tests/data/rules_corpus/` and the seed, with a frozen registry, the shipped
lexicons and the pinned spaCy model). When a change to the rules or the lexicons changes that
output, this test fails until the version is bumped and the new output recorded; an output
recorded under the same version with a different digest fails too. Entries name the corpus they
were measured on (`corpus`: a digest of its files), so the corpus can grow (a new entry for the
same version) without a version bump that no rule change made.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import get_args

import pytest
import yaml
from narrative_pipeline import actors, claims
from narrative_pipeline.narratives import statements as narrative_statements
from narrative_pipeline.narratives.framing import extract_framing
from narrative_pipeline.narratives.lexicon import load_lexicon as load_plover_lexicon
from narrative_pipeline.nlp import model_version
from narrative_pipeline.normalize import PARSE_VERSION
from narrative_pipeline.parsed import ParsedArticle
from narrative_pipeline.records import CertaintyRule, ClaimerRule, LinkMethod, TypeRule
from narrative_pipeline.registry import load_registry
from narrative_pipeline.settings import PipelineConfig

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests/data"
LOG = DATA / "rule_versions.yaml"
FUZZY_THRESHOLD = 85.0


def corpus_paths() -> list[Path]:
    return [*sorted((DATA / "rules_corpus").glob("*.txt")), *sorted((ROOT / "seeds").glob("*.txt"))]


def corpus_digest() -> str:
    """First 16 hex digits of the sha256 of the fixed corpus's files, in order."""
    h = hashlib.sha256()
    for path in corpus_paths():
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def digest(*tables) -> str:
    """First 16 hex digits of the sha256 of the tables' rows as canonical JSON."""
    rows = [[r.model_dump(mode="json") for r in table] for table in tables]
    return hashlib.sha256(json.dumps(rows, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def parse_corpus(parse, paths: list[Path]) -> list[ParsedArticle]:
    """The corpus through the normalize step's parse, article by article (the `parse` fixture: kept between
    sessions as the normalize step keeps a shard's articles; an article parsed alone has the rows it has in a
    shard's batches, which that step's cache relies on)."""
    return [parse(p.read_text(encoding="utf-8"), f"{k:016x}") for k, p in enumerate(paths)]


@pytest.fixture(scope="module")
def outputs(parse):
    articles = parse_corpus(parse, corpus_paths())
    registry = load_registry(DATA / "rules_registry.yaml")
    mentions, actor_rows = actors.link_articles(articles, registry, FUZZY_THRESHOLD)
    lex = claims.load_lexicon(ROOT / "config/claims_lexicon.yaml")
    claim_rows, roles = claims.extract_claims(articles, mentions, lex)
    fired = {
        LinkMethod: {m.link_method for m in mentions},
        TypeRule: {c.type_rule for c in claim_rows},
        CertaintyRule: {c.certainty_rule for c in claim_rows},
        ClaimerRule: {c.claimer_rule for c in claim_rows},
    }
    plover = load_plover_lexicon(ROOT / "config/plover_lexicon.yaml", ROOT / "config/claims_lexicon.yaml")
    statement_rows = narrative_statements.extract_statements(articles, mentions, claim_rows, plover)
    framing_rows = extract_framing(articles, mentions, claim_rows, plover)
    return {
        "actors": digest(mentions, actor_rows),
        "claims": digest(claim_rows, roles),
        "narratives": digest(statement_rows, framing_rows),
        "fired": fired,
    }


# recorded names that no claim rule sets: the classifier's "model" (tests/test_classify.py)
NOT_RULES = frozenset({"model"})


def test_the_fixed_corpus_exercises_every_recorded_rule(outputs):
    for names, fired in outputs["fired"].items():
        assert set(get_args(names)) - NOT_RULES == fired


def current_key(step: str) -> dict[str, str]:
    model = PipelineConfig().spacy_model
    components = {"actors": actors.COMPONENT, "claims": claims.COMPONENT, "narratives": narrative_statements.COMPONENT}
    key = {"version": components[step]}
    if step in ("claims", "narratives"):
        key["actors"] = actors.COMPONENT  # claims and narratives read the mentions
    if step == "narratives":
        key["claims"] = claims.COMPONENT  # statements and framing stand in claims
    # the parse the rules read: the model and, from normalize.parse.v2 on, the normalize step's parse version (fix62)
    key["spacy_model"] = f"{model} {model_version(model)} + {PARSE_VERSION}"
    key["corpus"] = corpus_digest()
    return key


@pytest.fixture(scope="module")
def recorded() -> dict:
    """The log of recorded outputs, parsed once for the module (160 KB through PyYAML's pure-Python loader: about
    0.3-0.6 CPU s a parse, which four tests made; tests40)."""
    return yaml.safe_load(LOG.read_text(encoding="utf-8"))


@pytest.mark.parametrize("step", ["actors", "claims", "narratives"])
def test_output_on_the_fixed_corpus_is_the_one_recorded_for_the_version(step, outputs, recorded):
    log = recorded[step]
    key = current_key(step)
    recorded = [e for e in log if {k: e.get(k) for k in key} == key]
    entry = {**key, "output": outputs[step]}
    assert recorded, f"{step}: no output recorded for {key}; add to {LOG.name}: {entry}"
    assert recorded[-1]["output"] == entry["output"], (
        f"{step} output on the fixed corpus changed but {key['version']!r} did not: bump {step}.COMPONENT "
        f"and add to {LOG.name}: {entry} (if only the spaCy model or the normalize step's parse changed, record it under its new name)"
    )


def test_the_log_never_records_two_outputs_for_one_version(recorded):
    log = recorded
    for step, entries in log.items():
        seen: dict[tuple, str] = {}
        for e in entries:
            key = tuple(sorted((k, v) for k, v in e.items() if k != "output"))
            assert seen.setdefault(key, e["output"]) == e["output"], (step, e)
