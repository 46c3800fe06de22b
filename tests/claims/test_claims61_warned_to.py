"""claims61 (issue 12, claims.rules.v84): "warned X to do Y" is a directive, a prescription.

"warn" and "caution" join the lexicon's `directive_verbs` (the `directive` type rule: a directive verb with an
infinitive on it or on its object). Counted on every label set first (silver, s9, s14, s16, s17, s24, s46, the web and
opinion checks, the dev golds): the labelled claims of "warn X (not / never) to do Y" or "are (being) warned to do Y"
are 5, all 5 prescriptions ("Peter Mandelson ... warned the BBC to steer away from ...", "Bwalya warned his side not to
be too complacent", "Microsoft has warned PC users to update ...", "Owners of some Nokia smartphones are being warned to
watch out ...", "Users are warned never to open attachment ..."); none an event or an assessment. "warned (that) P"
takes no infinitive and stays claims60's (`warned_clause`); a past simple passive ("He was warned to stay away") is
left to the later rules as for every directive (`past_passive`).
"""

from __future__ import annotations


def test_a_warning_to_leave_is_a_prescription(one):
    c = one("The mayor warned residents to stay indoors.")
    assert c.claim_type == "prescription", (c.type_rule, c.type_cue)


def test_a_warning_not_to_act_is_a_prescription(one):
    c = one("However Bwalya warned his side not to be too complacent.")
    assert (c.claim_type, c.type_rule) == ("prescription", "directive"), c.type_cue


def test_a_firm_that_warned_users_to_update_prescribes(one):
    c = one("Microsoft has warned PC users to update their systems with the latest security fixes.")
    assert c.claim_type == "prescription", (c.type_rule, c.type_cue)


def test_cautioned_to_is_a_directive_too(one):
    c = one("The central bank cautioned lenders not to relax their standards.")
    assert (c.claim_type, c.type_rule) == ("prescription", "directive"), c.type_cue


def test_warned_that_a_forecast_stays_a_prediction(one):
    c = one("The union warned that prices were set to rise.")
    assert c.claim_type == "prediction", (c.type_rule, c.type_cue)


def test_warned_that_an_obligation_is_not_the_directive(one):
    c = one("Edward Leigh warned the government would have to work hard to ensure taxpayers got full benefit.")
    assert c.type_rule != "directive", (c.claim_type, c.type_cue)
