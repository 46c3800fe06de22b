"""claims58 (claims.rules.v78): review46's three strict xfails (a denial in a relative clause on the whole clause, a
habitual "would" under a verb of inference, a table header whose cell is a noun and its participle), a saying verb in
a clause of time, "to self-isolate" read as an infinitive, and "looks set / certain to" as a hedge. Each sentence goes
through the real parse; each first test of a group fails on main 18c6d37."""

from __future__ import annotations

import pytest


def unit_with(claims, word: str):
    found = [c for c in claims if word in c.text]
    assert found, [c.text for c in claims]
    return found[0]


# --- a relative clause on the whole clause before it ("..., which the commission denied") ----------------------------


def test_a_sentential_relative_with_its_own_reporting_verb_is_a_unit_of_its_own(claims_of):
    """The parser makes 'denied' a second complement of 'made'; the clause is a relative on the clause before it, so
    the claim that the election was rigged stays the unnamed report 'Claims were made' puts forward."""
    claims, _ = claims_of("Claims were made that the election was rigged, which the commission denied.")
    rigged = unit_with(claims, "rigged")
    assert (rigged.claimer_kind, rigged.claimer_rule) == ("unnamed", "impersonal-passive"), rigged
    assert "denied" not in rigged.text
    denial = unit_with(claims, "denied")
    assert (denial.claimer_kind, denial.claimer_text) == ("actor", "commission")


def test_a_sentential_relative_with_no_reporting_verb_stays_in_its_sentence(claims_of):
    claims, _ = claims_of("Claims were made that the election was rigged, which shocked many observers.")
    assert len(claims) == 1, [c.text for c in claims]
    assert claims[0].claimer_kind == "unnamed"


def test_a_relative_clause_the_parser_reads_as_one_still_splits(claims_of):
    claims, _ = claims_of("It was claimed that the election was rigged, which Moscow denied.")
    assert [c.claimer_kind for c in claims] == ["unnamed", "actor"], [(c.text, c.claimer_rule) for c in claims]


# --- a "would" of frequency ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "They would frequently fall out with their parents and each other.",
        "Records showed that soldiers would often loot the villages.",
        "The testimony showed that guards would beat prisoners every night.",
    ],
)
def test_a_would_of_frequency_tells_a_habit_not_a_prediction(one, body):
    claim = one(body)
    assert claim.claim_type != "prediction", (claim.claim_type, claim.type_rule)


@pytest.mark.parametrize(
    "body",
    [
        "The government said it would regularly review the policy.",
        "The poll showed voters would back the plan.",
        "Inspectors will visit every school each year.",
        "The minister believed she would always be protected by the party.",
    ],
)
def test_a_would_under_a_saying_verb_or_without_frequency_stays_a_prediction(one, body):
    assert one(body).claim_type == "prediction"


# --- a saying verb in a clause of time ------------------------------------------------------------------------------


def test_a_saying_verb_in_a_clause_of_time_reports_no_forecast(claims_of):
    """'when he was told he would be released last March, only to be confined ...' (claims56's one wrong row)."""
    body = (
        "He was furious when he was told he would be released last March, only to be confined and told he would be "
        "there for many more years."
    )
    claims, _ = claims_of(body)
    when = unit_with(claims, "released")
    assert when.claim_type != "prediction", (when.text, when.type_rule)


def test_a_saying_verb_no_attribution_took_still_reports_a_forecast(one):
    assert one("They were told it would be brought to the Speaker's attention.").claim_type == "prediction"


# --- "to self-isolate" ------------------------------------------------------------------------------------------------


def test_advice_to_self_isolate_is_a_prescription(one):
    """The tagger makes 'to' a preposition and 'isolate' a noun, but hangs 'to' on it as an auxiliary."""
    claim = one("In Scotland anyone with symptoms is advised to self-isolate for seven days.")
    assert (claim.claim_type, claim.type_rule) == ("prescription", "directive")


def test_a_past_passive_directive_stays_narration(one):
    assert one("Residents were advised to stay indoors.").claim_type == "event"


# --- "looks set / certain to" -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "For a start, BT looks set to roll out its Bluephone project during the next 12 months.",
        "Scotland forward Simon Taylor looks certain to get the call.",
    ],
)
def test_looks_set_to_hedges_a_forecast(one, body):
    claim = one(body)
    assert (claim.certainty, claim.certainty_rule) == ("hedged", "hedge-phrase")


@pytest.mark.parametrize(
    "body",
    [
        "BT is set to roll out its Bluephone project during the next 12 months.",
        "Henman had looked on course to level the match after going 2-0 up in the second set.",
    ],
)
def test_set_to_and_a_past_look_stay_asserted(one, body):
    assert one(body).certainty == "asserted"


# --- a table cell of a noun and its participle -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    ["| Country | Troops deployed |", "| Number of cryptocurrencies supported | 170+ | 170+ |"],
)
def test_a_cell_of_a_noun_and_its_participle_is_no_claim(claims_of, row):
    claims, _ = claims_of(f"The figures are below.\n\n{row}")
    assert [c.text for c in claims] == ["The figures are below."]


@pytest.mark.parametrize(
    "row",
    ["| Oil | Prices rose |", "| Oil | Prices dropped sharply |", "| Card Buy | A fee will apply |"],
)
def test_a_cell_with_a_clause_still_makes_a_claim(claims_of, row):
    claims, _ = claims_of(f"The figures are below.\n\n{row}")
    assert len(claims) == 2, [c.text for c in claims]
