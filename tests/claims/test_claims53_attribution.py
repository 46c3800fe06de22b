"""claims53: attributions the rules did not read (issue 12), found in gold-web-dev40's errors and kept as claims49's
strict xfails: a sentence closed by a citation in brackets (`bracket-citation`), and a view stated first and
attributed by the sentence after it (`view-of-next`). Each sentence goes through the real parse."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "The average global temperature has already exceeded the previous record by 0.1C (Copernicus Climate"
            " Change Service, 2023).",
            "Copernicus Climate Change Service",
        ),
        (
            "El Nino's impacts are typically felt the year after its formation, indicating that 2024 may set new"
            " temperature records (World Meteorological Organization, 2023).",
            "World Meteorological Organization",
        ),
        ("Sleep loss raises the risk of heart disease by a fifth (Smith et al., 2019).", "Smith et al"),
    ],
)
def test_a_citation_in_brackets_names_the_source(claims_of, body, source):
    claims, _ = claims_of(body)
    claim = claims[-1]
    assert (claim.claimer_kind, claim.claimer_text, claim.claimer_rule) == ("actor", source, "bracket-citation")
    assert claim.certainty in {"reported", "hedged"}


@pytest.mark.parametrize(
    "body",
    [
        "The council approved the budget on Monday (see page 4).",  # no year: a pointer, no citation
        "The treaty was signed in Paris (in June, 2015).",  # a lower-case word: a date, no source
        "The band released its first album (Abbey Road, 1969) to wide acclaim.",  # not at the sentence's end
        '"Prices will fall (Smith, 2020)," the minister said.',  # inside a quotation: the frame's
    ],
)
def test_brackets_that_cite_no_source_at_the_end_are_no_citation(claims_of, body):
    claims, _ = claims_of(body)
    assert all(c.claimer_rule != "bracket-citation" for c in claims), [(c.text, c.claimer_rule) for c in claims]


def test_a_frame_of_the_sentence_comes_before_its_citation(one):
    claim = one("Dr Jones said the trend would continue (Met Office, 2022).")
    assert (claim.claimer_text, claim.claimer_rule) == ("Dr Jones", "reporting-verb")


@pytest.mark.parametrize(
    ("second", "holder"),
    [
        (
            "That is the view of football coach and administrator Renaldo Gilkes as the team prepares for four games.",
            "football coach and administrator Renaldo Gilkes",
        ),
        ("That is according to an expert panel which gathered at the annual show in Las Vegas.", "expert panel"),
        ("This was the verdict of Ofsted inspectors who visited the school in May.", "Ofsted inspectors"),
    ],
)
def test_a_view_attributed_by_the_next_sentence_is_its_holders(claims_of, second, holder):
    claims, _ = claims_of(
        "It will be a challenging task for the national team to compete without regular games on the island.\n\n"
        + second
    )
    first = claims[0]
    assert first.claimer_kind == "actor" and holder == first.claimer_text, (first.claimer_text, first.text)
    assert (first.claimer_rule, first.certainty) == ("view-of-next", "reported")
    if "according" not in second:  # the attributing sentence itself: the author's event ("according to" its own)
        assert claims[-1].claimer_kind == "author"


@pytest.mark.parametrize(
    "second",
    [
        "That is not the view of coach Renaldo Gilkes, who expects an easy campaign.",  # negated
        "That is the view from the hotel on the island's north coast.",  # a view "from", no holder
        "The view of coach Renaldo Gilkes is different.",  # no subject pointing back
        "That is the view of the harbour from the hotel's terrace.",  # a view of a thing, no holder
        # "according to" of the sentence's own content (abc7news.com-Napa in claims53-try2): the officials' claim
        "This would be a $95 million investment by the group according to county officials who spoke about it.",
    ],
)
def test_sentences_that_name_no_holder_of_the_view_leave_the_one_before(claims_of, second):
    claims, _ = claims_of(
        "It will be a challenging task for the national team to compete without regular games on the island.\n\n"
        + second
    )
    assert claims[0].claimer_kind == "author", (claims[0].claimer_text, claims[0].claimer_rule)


def test_a_claim_with_a_frame_of_its_own_keeps_it(claims_of):
    claims, _ = claims_of(
        "The minister said the team would struggle without regular games.\n\n"
        "That is also the view of coach Renaldo Gilkes."
    )
    assert (claims[0].claimer_text, claims[0].claimer_rule) == ("minister", "reporting-verb")
