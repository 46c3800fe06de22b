"""Framing: one test per rule, each on sentences of its own, and who applies the label."""

from __future__ import annotations

import pytest
from narrative_pipeline.narratives.framing import extract_framing
from narrative_pipeline.narratives.lexicon import load_lexicon
from narratives_support import ROOT, analyse


@pytest.fixture(scope="module")
def lex():
    return load_lexicon(ROOT / "config/plover_lexicon.yaml", ROOT / "config/claims_lexicon.yaml")


@pytest.fixture
def framing(parse, registry, lex):
    def _framing(body: str, **kw):
        article, mentions, claims, _ = analyse(parse, registry, body, **kw)
        return extract_framing([article], mentions, claims, lex)

    return _framing


def labels(rows):
    return sorted((r.actor_id, r.label, r.kind, r.rule) for r in rows)


def test_descriptor_mention(framing):
    rows = framing("Khalifa Haftar leads the Libyan National Army. The rebels attacked the capital on Sunday.")
    assert ("lna", "rebels", "descriptor", "descriptor") in labels(rows)


def test_name_made_of_a_label(framing):
    rows = framing("The Assad regime bombed the town on Sunday.")
    assert ("syrian_government", "Assad regime", "descriptor", "descriptive-name") in labels(rows)


def test_premodifiers_before_the_name(framing):
    rows = framing("The internationally recognized, Turkish-backed Government of National Accord controls the capital.")
    got = [(r.label, r.label_lemma) for r in rows if r.kind == "premodifier" and r.actor_id == "gna"]
    assert got == [("internationally recognized", "internationally recognize"), ("Turkish-backed", "turkish-back")]


def test_premodifier_that_is_no_label_is_left_out(framing):
    rows = framing("Many other Turkish officials met Vladimir Putin.")
    assert [r for r in rows if r.kind == "premodifier"] == []


def test_apposition_after_the_name(framing):
    rows = framing("Khalifa Haftar, the renegade general, attacked the capital.")
    assert ("khalifa_haftar", "renegade general", "apposition", "apposition") in labels(rows)


def test_name_in_apposition_to_a_label(framing):
    rows = framing("The veteran politician, Mahmoud Abbas, met Tony Blair on Monday.")
    assert ("mahmoud_abbas", "veteran politician", "apposition", "apposed-to") in labels(rows)


def test_predicate_nominal_and_its_claimer(framing):
    rows = framing("Hezbollah is a terrorist organisation, Israel said.")
    row = next(r for r in rows if r.kind == "predicate")
    assert (row.actor_id, row.label, row.rule) == ("hezbollah", "terrorist organisation", "predicate-nominal")
    assert (row.claimer_kind, row.claimer_actor_id) == ("actor", "state_isr")


def test_naming_verb(framing):
    rows = framing("The United States designated Hamas as a terrorist group in 1997.")
    assert ("hamas", "terrorist group", "predicate", "naming-verb") in labels(rows)


def test_alignment_word(framing):
    rows = framing("Pro-Haftar sources reported an attack on the capital.")
    row = next(r for r in rows if r.kind == "alignment")
    assert (row.actor_id, row.label, row.label_lemma) == ("khalifa_haftar", "Pro-Haftar", "pro-haftar")


def test_headline_labels_are_the_authors(framing):
    rows = framing("Nothing else happened.", headline="The renegade general Khalifa Haftar is back\n\n")
    row = next(r for r in rows if r.actor_id == "khalifa_haftar")
    assert (row.claim_id, row.claimer_kind, row.claimer_actor_id) == (None, "author", None)


def test_a_label_in_the_claimers_own_phrase_is_the_authors(framing):
    """ "The prime minister said ..." is the author naming the speaker; the same label in what the speaker
    says is the speaker's."""
    rows = framing("Tony Blair met the press. The prime minister said the plan would work.")
    named = [r for r in rows if r.actor_id == "tony_blair" and r.label.lower() == "prime minister"]
    assert named and all((r.claimer_kind, r.claimer_actor_id) == ("author", None) for r in named)
    assert all(r.claim_id is not None for r in named)
    rows = framing("Hezbollah is a terrorist organisation, Israel said.")
    assert next(r for r in rows if r.kind == "predicate").claimer_actor_id == "state_isr"


def test_a_label_in_the_question_put_to_the_speaker_is_the_authors(framing):
    """ "Asked about ... the prime minister, Mr Brown said ..." : the question is the author's words; a label
    in what the speaker answers stays the speaker's."""
    rows = framing(
        "Tony Blair met the press. Asked about the criticism of the prime minister, Gordon Brown said he backed him."
    )
    named = [r for r in rows if r.actor_id == "tony_blair" and r.label.lower() == "prime minister"]
    assert named and all((r.claimer_kind, r.claimer_actor_id) == ("author", None) for r in named)
    assert all(r.claim_id is not None for r in named)
    rows = framing("Tony Blair met the press. Gordon Brown said the prime minister had been asked about the war.")
    named = [r for r in rows if r.actor_id == "tony_blair" and r.label.lower() == "prime minister"]
    assert named and all(r.claimer_actor_id == "gordon_brown" for r in named)


def test_in_the_question_reads_only_the_opening_before_the_claimer():
    from narrative_pipeline.narratives.checks import in_the_question
    from narrative_pipeline.records import ClaimRecord

    text = 'Asked about the prime minister, Mr Brown said "the prime minister" was right.'
    claim = ClaimRecord.model_construct(start=0, end=len(text), claimer_start=32, claimer_end=40)
    assert in_the_question(claim, text, text.index("prime"))
    assert not in_the_question(claim, text, text.rindex("prime"))  # after the claimer: his words
    quoted = '"Asked about the prime minister," Mr Brown said.'
    claim = ClaimRecord.model_construct(start=0, end=len(quoted), claimer_start=34, claimer_end=42)
    assert not in_the_question(claim, quoted, quoted.index("prime"))  # inside a quotation: the speaker's


def test_rows_are_stable(framing):
    body = "Khalifa Haftar, the renegade general, attacked the capital."
    first = framing(body)
    assert [r.framing_id.split(":")[1] for r in first] == [f"f{k:04d}" for k in range(len(first))]
    assert framing(body) == first
