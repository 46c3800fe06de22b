"""review39: a letter joined to the next word by a hyphen is no initial (`typing.initial_name`).

"T-Mobile", "G-Unit", "X-Men", "N-Gage" were persons by the initial rule (the letter read as "S" of "S Lamont"): 13
"T-Mobile" rows on five BBC pages, and actors48's unfound long names repeated that type ("US hacker breaks into
T-Mobile"). Near cases: an initial and a name ("S Lamont"), an initial before a hyphenated surname ("G Smith-Jones").
"""

from __future__ import annotations

TEXT = (
    "T-Mobile said on Monday that its network had been restored. The operator's chief, Rene Obermann, said T-Mobile "
    "would pay customers back. Rap group G-Unit cancelled its tour."
)


def test_a_letter_and_a_hyphen_are_no_initial(own_verdicts):
    verdicts = own_verdicts(TEXT)
    assert verdicts["T-Mobile"][0] != "initial"
    assert verdicts["G-Unit"][0] != "initial"


def test_a_company_with_a_letter_and_a_hyphen_is_no_person(typed):
    assert typed(TEXT)["T-Mobile"][0] != "person"


def test_near_case_an_initial_and_a_name_is_a_person(own_verdicts):
    verdicts = own_verdicts(
        "Scotland: C Paterson; S Lamont, A Craig, H Southwell, S Webster; D Parks, C Cusiter. Winger G Smith-Jones "
        "came on late, said coach Matt Williams."
    )
    assert verdicts["S Lamont"] == verdicts["G Smith-Jones"] == ("initial", "person")
