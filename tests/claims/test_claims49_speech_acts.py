"""claims49 (issue 12, claims.rules.v57): a likeness drawn, a compliment paid and a weight underscored are speech acts with content, ANNOTATION's
"praised / welcomed / hailed X as" (an assessment, the subject's): 'David Reay ... likens the dire climate statistics
of 2023 to a "Hollywood movie"' and 'The Grenadian leader ... complimented the US Congresswoman for ...' were the
author's events (gold-web-dev40); s14 labels 'Sun likened grid computing to ...' the subject's assessment. A passive
('a professor likened to Indiana Jones') and a likeness inside a relative clause of another act ('a package which he
has likened to the Marshall Plan', labelled the author's event) leave the main clause the author's: a passive reports
nothing, a relative clause is a unit of its own (as "which he praised" is)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Sun likened grid computing to the development of electricity.", "Sun"),
        ('Professor David Reay likens the climate statistics of 2023 to a "Hollywood movie".', "David Reay"),
        ("The leaders complimented the congresswoman for starting the discussion.", "leaders"),
        (
            "Dr Mitchell, who served as Finance Minister for several years, underscored the importance of banking on"
            " the economies of the region.",
            "Mitchell",
        ),
    ],
)
def test_a_likeness_or_a_compliment_is_the_subjects_assessment(one, body, speaker):
    claim = one(body)
    assert (claim.claimer_kind, claim.certainty, claim.claim_type) == ("actor", "reported", "assessment")
    assert speaker in claim.claimer_text


def test_tones_that_underscore_a_belief_name_no_source(one):
    claim = one("He met everything else in measured tones that underscore the belief that Liverpool mean business.")
    assert claim.claimer_kind == "author"


def test_a_passive_likeness_is_no_claimers(one):
    claim = one("Its hero is a Harvard professor likened to a contemporary Indiana Jones.")
    assert claim.claimer_kind == "author"


def test_a_relative_likeness_leaves_the_main_clause_the_authors(claims_of):
    claims, _ = claims_of(
        "The chancellor has unveiled proposals for an aid package which he has likened to the Marshall Plan."
    )
    main = claims[0]
    assert main.text.startswith("The chancellor") and (main.claimer_kind, main.claim_type) == ("author", "event")
