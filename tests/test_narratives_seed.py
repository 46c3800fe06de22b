"""The seed article: the statements and framing rows a reader sees are there (issue 13, Quality)."""

from __future__ import annotations

import pytest
from narrative_pipeline.narratives.framing import extract_framing
from narrative_pipeline.narratives.lexicon import load_lexicon
from narrative_pipeline.narratives.statements import extract_statements
from narratives_support import ROOT, analyse

SEED = ROOT / "seeds/000_0040ac31edc6a7e1.txt"


@pytest.fixture(scope="module")
def seed(parse, registry):
    lex = load_lexicon(ROOT / "config/plover_lexicon.yaml", ROOT / "config/claims_lexicon.yaml")
    article, mentions, claims, _ = analyse(parse, registry, SEED.read_text(encoding="utf-8"), headline="")
    return extract_statements([article], mentions, claims, lex), extract_framing([article], mentions, claims, lex)


def find(statements, **want):
    return [s for s in statements if all(getattr(s, k) == v for k, v in want.items())]


def test_emirati_drones_bombard_the_gna(seed):
    statements, _ = seed
    hits = find(statements, agent_actor_id="state_are", action_class="ASSAULT", patient_actor_id="gna")
    assert [s.action_text for s in hits] == ["bombardments"]
    assert find(statements, agent_actor_id="state_are", action_text="killing", action_class="ASSAULT")


def test_russia_organises_southern_front_rebels(seed):
    statements, _ = seed
    (s,) = find(statements, action_text="organizing")
    assert (s.agent_actor_id, s.action_class) == ("state_rus", "MOBILIZE")


def test_rebels_supported_by_the_uae_and_russia(seed):
    statements, _ = seed
    hits = find(statements, action_text="supported", action_class="SUPPORT", patient_actor_id="lna")
    assert sorted(s.agent_actor_id for s in hits) == ["state_are", "state_rus"]


def test_turkey_seizes_the_initiative(seed):
    statements, _ = seed
    (s,) = find(statements, action_text="seize")
    assert s.agent_actor_id == "state_tur"


def test_turkish_backed_gna(seed):
    statements, _ = seed
    assert find(
        statements, agent_actor_id="state_tur", action_text="backed", action_class="SUPPORT", patient_actor_id="gna"
    )


def test_framing_rows(seed):
    _, framing = seed
    got = {(f.actor_id, f.label) for f in framing}
    assert ("lna", "rebels") in got
    assert ("gna", "legitimate government") in got
    assert ("gna", "internationally recognized") in got
    assert ("syrian_government", "regime") in got
    pro = next(f for f in framing if f.kind == "alignment")
    # the label stands in its claim's claimer phrase ("Pro-Haftar sources said ..."): the author names the
    # sources so, the sources do not label themselves
    assert (pro.label, pro.claimer_kind, pro.claimer_text) == ("Pro-Haftar", "author", None)
    assert pro.claim_id is not None
