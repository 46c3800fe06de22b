"""fix58a (session 51, issue 12; review58 1 and 7): actors76's `capital-naming-a-thing` drops a capital that owns a
noun only when the noun is a place or thing of the city (`city_thing_nouns`) or a proper name; "Moscow's war in
Ukraine", "Tehran's nuclear programme", "Washington's commitment to Nato" keep the state. A compound modifier is
dropped as before ("a London dealer", "London mayor"). `capital_as_its_city`'s page scan runs once per article and
capital."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import filters
from narrative_pipeline.actors.candidates import registry_candidates
from narrative_pipeline.actors.context import ArticleInfo
from narrative_pipeline.actors.filters import Found, capital_as_its_city
from narrative_pipeline.actors.linking import name_entities

RULE = "capital-naming-a-thing"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Moscow's war in Ukraine has entered its third year.", "Moscow"),
        ("Sanctions followed Moscow's annexation of Crimea in 2014.", "Moscow"),
        ("Troops crossed the border from Moscow's ally Belarus.", "Moscow"),
        ("Manila rejects Beijing's claims in the South China Sea.", "Beijing"),
        ("Inspectors are examining Tehran's nuclear programme.", "Tehran"),
        ("Seoul condemned Pyongyang's missile tests on Monday.", "Pyongyang"),
        ("The speech reaffirmed Washington's commitment to Nato.", "Washington"),
        ("The inspectors were sent to destroy Damascus's chemical weapons.", "Damascus"),
        ("Analysts doubt Moscow's nuclear arsenal is fully ready.", "Moscow"),
        ("Brussels' own impact studies say the opposite.", "Brussels"),
    ],
)
def test_a_capital_that_owns_an_act_or_a_possession_of_the_state_keeps_it(verdicts, text, surface):
    found = [rule for s, rule in verdicts(text) if s == surface]
    assert found and RULE not in found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("London's major rail terminals were closed.", "London"),
        ("Looters emptied Baghdad's pharmacies.", "Baghdad"),
        ("The Nikkei fell as Tokyo's Nikkei 225 dropped 2.11%.", "Tokyo"),
        ("The tower is taller than Taipei's TFC 101 Tower.", "Taipei"),
        ("He said London's Labour mayor Ken Livingstone remains popular.", "London"),
    ],
)
def test_a_capital_that_owns_a_place_or_thing_of_the_city_is_dropped(verdicts, text, surface):
    assert (surface, RULE) in verdicts(text)


def test_a_compound_modifier_is_still_the_city(verdicts):
    """actors76's compounds: "a London dealer" is dropped whatever its noun, unless an agency noun."""
    assert ("London", RULE) in verdicts("The painting was bought by a London dealer.")
    assert ("Moscow", RULE) not in verdicts("Moscow officials have dismissed the legal wrangling.")


def test_the_city_page_scan_runs_once_per_article_and_capital(parse, registry, lex, monkeypatch):
    """review58 7: the page facts are kept on ArticleInfo, so a second mention of the capital scans nothing."""
    article = parse(
        "Headline\n\nThe German capital has launched a project. Berlin's museums reopened. Berlin's parks were full."
    )
    info = ArticleInfo.build(article, lex)
    calls = []
    real = filters._city_page
    monkeypatch.setattr(filters, "_city_page", lambda *a: calls.append(a) or real(*a))
    cues = []
    for sent in article.sents[1:]:
        for c in registry_candidates(sent, registry):
            span = [info.toks[i] for i in range(c.start_i, c.end_i + 1)]
            cues.append(
                capital_as_its_city(Found(c, registry.entry(c.actor_id), span, name_entities(sent, lex), lex, info))
            )
    assert len([c for c in cues if c is not None]) == 2 and len(calls) == 1
