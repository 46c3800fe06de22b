"""claims60 (issue 12, claims.rules.v81): a warning split from its frame is typed by what it warns of.

"The minister said ..., and warned that more strikes would follow": the conjunct "warned that ..." is a unit of its own
that takes its claimer from "said" (`shared-reporting-verb`); no frame took "warned", so `verb-prescription` typed the
warning a call to act. "He warned that P" is typed by P (ANNOTATION); so is the split conjunct now (`warned_clause`,
lexicon `warning_verbs`). Counted on the label files first (silver, s9, s14, s16, s17, the dev golds, s24, s46): of 45
labelled "warned (that) P" claims with no hearer, 26 are predictions, 9 events, 4 assessments and 6 prescriptions, each of
the 6 with its own word of obligation in P ("should", "had to", "would have to", "was needed"); none a prescription for
the warning alone. With a hearer ("warned Tony Blair that the war could be illegal": events and predictions mixed) or
in the passive ("800 parents were warned they would ...": an event) the rule stays out.
"""

from __future__ import annotations


def claim_with(claims_of, body, words):
    claims, _ = claims_of(body)
    return next(c for c in claims if words in c.text)


def test_a_split_warning_of_a_forecast_is_a_prediction(claims_of):
    c = claim_with(
        claims_of,
        "The union said the talks had collapsed on Friday, but warned there would be further walkouts next month.",
        "further walkouts",
    )
    assert c.claim_type == "prediction", (c.text, c.type_rule, c.type_cue)


def test_a_split_warning_of_a_possibility_is_a_prediction(claims_of):
    c = claim_with(
        claims_of,
        "The company said sales had risen in December, and warned that it could run out of cash by June.",
        "run out of cash",
    )
    assert c.claim_type == "prediction", (c.text, c.type_rule, c.type_cue)


def test_a_split_warning_of_a_phrase_future_is_a_prediction(claims_of):
    c = claim_with(
        claims_of, "The chambers said exports had risen, and warned that growth is set to slow this year.", "set to"
    )
    assert c.claim_type == "prediction", (c.text, c.type_rule, c.type_cue)


def test_a_split_warning_to_a_hearer_to_act_still_prescribes(claims_of):
    c = claim_with(
        claims_of,
        "The mayor said the dam had been damaged in the storm, and warned residents to leave the valley.",
        "residents to leave",
    )
    assert (c.claim_type, c.type_rule) == ("prescription", "verb-prescription"), (c.text, c.type_cue)


def test_a_split_warning_with_a_hearer_is_left_to_the_old_rule(claims_of):
    c = claim_with(
        claims_of,
        "The lawyer said the papers were genuine, and warned the minister that the plan could be illegal.",
        "could be illegal",
    )
    assert c.type_rule == "verb-prescription", (c.text, c.claim_type, c.type_cue)
