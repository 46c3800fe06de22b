"""review21b: a fresh-eyes review of actors29 and actors30 (actors.rules.v27) on political and conflict news.

The fixed finding is a plain test (it failed before the fix); what is doubtful or a miss older than this session stays
a strict xfail with its reason."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import Linker, link_article
from narrative_pipeline.actors.discovery import initials


def _all(parse, registry, text: str, headline: str = "Headline") -> list[tuple[str, str | None]]:
    article = parse(f"{headline}\n\n{text}")
    chosen = link_article(article, Linker.build(registry, 90.0))
    return [(article.text[c.start : c.end], c.actor_id) for c in chosen if c.method != "descriptor"]


# --- `filters.inside_another_publications_name` (fixed): a date's word before a paper's one-word alias


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        (
            "On Monday Guardian journalists revealed the leak. The minister resigned on Tuesday.",
            ("Guardian", "the_guardian"),
        ),
        ("Last Friday Times reporters were told to leave Moscow.", ("Times", "the_times")),
        ("In March Telegraph editors met the minister.", ("Telegraph", "the_daily_telegraph")),
    ],
)
def test_a_paper_after_a_dates_word_is_the_paper(parse, registry, text, paper):
    """'On Monday Guardian journalists revealed': "Monday" is no word of another publication's name (v27 dropped the
    paper in all three; main linked them)."""
    assert paper in _all(parse, registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "In an interview with the Kyiv Independent, the minister said the war would go on.",
        "The story was first told by the Sunday Independent, an Irish paper.",
    ],
)
def test_another_publications_longer_name_is_still_dropped(parse, registry, text):
    """Near cases: 'the Kyiv Independent' and 'the Sunday Independent' (a day's word after "the") are no Independent
    (the rule's own cases, kept by the fix)."""
    assert "the_independent" not in {i for _, i in _all(parse, registry, text)}


# --- `discovery.initials` (fixed): only a country's letters are left out, not any two capitals


@pytest.mark.parametrize(
    ("name", "not_given"),
    [("HM Revenue and Customs", "rac"), ("JP Morgan Chase Bank", "mcb"), ("AA Motoring Trust Ltd", "mtl")],
)
def test_two_capitals_that_name_no_country_are_kept_in_the_initials(name, not_given):
    """'HM Revenue and Customs' is no 'RAC' (the motoring club's), 'JP Morgan Chase Bank' no 'MCB': v27 took any two
    capitals before a name for a country's letters."""
    assert not_given not in initials(name)


@pytest.mark.parametrize(
    ("name", "given"),
    [
        ("U.S. Customs and Border Protection", "cbp"),
        ("US Securities and Exchange Commission", "sec"),
        ("United States Drug Enforcement Agency", "dea"),
        ("UK Border Agency Enforcement", "bae"),
    ],
)
def test_a_countrys_letters_are_still_left_out(name, given):
    """Near cases: the country's letters and names actors29 meant (the BBC's SEC, FCC, EPA; the web's CBP, DEA)."""
    assert given in initials(name)


# --- strict xfails: doubtful or older misses, left to the lead


def test_a_company_that_also_names_a_rainforest_keeps_its_acts(parse, registry):
    """review21b (fixed, actors.rules.v28: `typing._acts_in_a_place`): "Amazon said" acts, so it is the company the
    article's "Amazon founder" makes it, not the rainforest."""
    text = (
        "Amazon founder Jeff Bezos pledged money on Monday. Amazon said the fund would protect the Amazon rainforest."
        " Amazon shares rose."
    )
    amazon = [s for s, i in _all(parse, registry, text) if s == "Amazon" and i == "disc.amazon"]
    assert len(amazon) == 3


def test_the_rainforest_as_a_subject_of_no_saying_stays_a_place(parse, registry):
    """Near case: "the Amazon has lost" is the rainforest's, as "fires in the Amazon" is."""
    text = (
        "He had read that there were fires in the Amazon. More fires are a stressor for the Amazon rainforest. The"
        " Amazon has lost a fifth of its forest."
    )
    assert "Amazon" not in {s for s, _ in _all(parse, registry, text)}


def test_a_heading_with_a_spaced_dash_is_no_dateline(parse, registry):
    """review21b (fixed by the lead): a headline is no dateline."""
    text = "US - China trade talks resume\nThe talks between Washington and Beijing resumed on Monday, officials said."
    assert ("US", "state_usa") in _all(parse, registry, text)


def test_a_reuters_dateline_with_its_date(parse, registry):
    """review21b (fixed by the lead): the date after the comma is the day the story was filed."""
    text = "MOSCOW, March 3 (Reuters) - Russia said on Sunday its forces had taken a village."
    assert "MOSCOW" not in {s for s, _ in _all(parse, registry, text)}


def test_a_states_own_security_council_is_no_un_body(parse, registry):
    """review21b (fixed, actors.rules.v28: `linking._after_a_states_possessive`): a state's possessive before the UN
    body's bare alias makes it that state's own council."""
    text = "Ukraine's Security Council met on Monday and approved new sanctions against Russian firms."
    assert ("Security Council", "un_security_council") not in _all(parse, registry, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia vetoed the Security Council resolution on Syria.",
        "The UN's Security Council met on Monday and approved new sanctions.",
    ],
)
def test_the_security_council_without_a_states_possessive_stays_the_uns(parse, registry, text):
    """Near cases: a state that acts anchors the bare alias to the UN, and so does the UN's own possessive."""
    assert ("Security Council", "un_security_council") in _all(parse, registry, text)
