"""review39: findings on actors left as they are.

`typing.initial_name` reads a capital letter joined to the next word by a hyphen as a person's initial ("S" of "S
Lamont"): "T-Mobile" is a person in 13 BBC rows on five pages (and actors48's unfound long names repeat that type:
"US hacker breaks into T-Mobile"), "G-Unit", "X-Men", "N-Gage", "C-SPAN", "E-University", "U-M" likewise. Tried
(review39): the initial rule abstaining for such a letter. It typed 27 of 42 changed BBC rows better (T-Mobile a
company, a film's title and a phone no actor), but the rules after it then took "C-Murder" (a rapper, labelled ORG
by spaCy on a music page) and "G-Unit" for works' titles (`arts-title`): 11 mentions of the right actor lost and one
"the rapper" linked to the sheriff. Kept as it was: the rule's early place shields names the later rules drop.
actors52: the initial rule abstains for such a letter and `arts-title` keeps such a name as it keeps an acronym.
"""

from __future__ import annotations

TEXT = (
    "T-Mobile said on Monday that its network had been restored. The operator's chief, Rene Obermann, said T-Mobile "
    "would pay customers back. Rap group G-Unit cancelled its tour."
)


def test_a_company_with_a_letter_and_a_hyphen_is_no_person(typed):  # review39's strict xfail, fixed by actors52
    assert typed(TEXT)["T-Mobile"][0] != "person"


def test_near_case_an_initial_and_a_name_is_a_person(own_verdicts):
    verdicts = own_verdicts(
        "Scotland: C Paterson; S Lamont, A Craig, H Southwell, S Webster; D Parks, C Cusiter. Winger G Smith-Jones "
        "came on late, said coach Matt Williams."
    )
    assert verdicts["S Lamont"] == verdicts["G Smith-Jones"] == ("initial", "person")
