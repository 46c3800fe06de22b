"""claims49: wrong outputs of gold-web-dev40 left for later, as strict xfails (issue 12). Counted on both corpora before
they were left: each shape is one page's (the rows named below), too few to write a rule for."""

from __future__ import annotations

import pytest


@pytest.mark.xfail(
    strict=True,
    reason="claims49: ANNOTATION's 'we look to X to be ...' (a wish put forward by its holder) is a prescription; the"
    " rules type it default-event (one web row, nowgrenada.com-pm; no BBC row in the first person)",
)
def test_we_look_to_you_to_act_is_a_prescription(one):
    claim = one("Congresswoman, we look to you to make strong representation back in Washington after this meeting.")
    assert claim.claim_type == "prescription"


@pytest.mark.xfail(
    strict=True,
    reason="claims49: a citation in brackets closing a sentence ('(Copernicus Climate Change Service, 2023)') names its"
    " source as 'according to' would; the rules give the author (three rows, all of publishedreporter.com-Hottest)",
)
def test_a_citation_in_brackets_names_the_source(one):
    claim = one(
        "The average global temperature has already exceeded the previous record by 0.1C (Copernicus Climate Change"
        " Service, 2023)."
    )
    assert claim.claimer_kind == "actor"


@pytest.mark.xfail(
    strict=True,
    reason="claims49: a view stated first and attributed by the next sentence ('It will be a challenging task ... /"
    " That is the view of coach Renaldo Gilkes') is the coach's; the rules give the author (one web row, no BBC row)",
)
def test_a_view_attributed_by_the_next_sentence_is_its_holders(claims_of):
    claims, _ = claims_of(
        "It will be a challenging task for the national team to compete without regular games on the island.\n\n"
        "That is the view of football coach Renaldo Gilkes as the team prepares for four games."
    )
    assert claims[0].claimer_kind == "actor"
