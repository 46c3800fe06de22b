"""actors49 (issue 12, actors on any news): an office the article says without its holder ("the Prime Minister", "the
PM", "the president") is the person who held it, in the state the article is about, on the article's date
(`dated_offices.dated_office`, `dated-office`; the offices and their dated holders: config/actors_offices.yaml).

Near cases: no date (the BBC text files), a day of handover, a state with no such office, a title given to another
("Prime Minister Jacinda Ardern"), another state's office ("the Israeli prime minister"), a word that puts the office
at another time ("the then prime minister", "the former president") or makes it another ("the deputy prime
minister", "the president of the club"), an article that names earlier holders more than the one of its date, and a
holder the article names (the registry's own "prime minister" of Tony Blair) is never overridden.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from narrative_pipeline.actors.dated_offices import article_date, holder_on
from narrative_pipeline.registry import Office, RegistryError, load_registry

UK = (
    "Britain will not lower its food standards in a trade deal, ministers in London said. "
    "Campaigners wrote to {office} on Friday. The British farming union said {office2} must keep his promise."
)


@pytest.fixture
def dated(described):
    """dated(text, day) -> {descriptor text: (actor id, rule)} of the body, the article dated `day` (conftest's
    `described`)."""
    return lambda text, day: described(text, published=day)


def test_the_prime_minister_of_a_dated_uk_article_is_the_holder_on_its_date(dated):
    text = UK.format(office="the Prime Minister", office2="the PM")
    assert dated(text, date(2020, 9, 26)) == {
        "Prime Minister": ("boris_johnson", "dated-office"),
        "PM": ("boris_johnson", "dated-office"),
    }
    assert dated(text, date(2023, 3, 1))["Prime Minister"] == ("rishi_sunak", "dated-office")
    assert dated(text, date(2008, 3, 1))["PM"] == ("gordon_brown", "dated-office")


def test_the_president_of_a_dated_us_article_is_the_president_then(dated):
    text = (
        "The United States will raise tariffs on steel, officials in Washington said. American farmers fear the "
        "president's trade war will cost them their markets."
    )
    assert dated(text, date(2019, 5, 1)) == {"president": ("donald_trump", "dated-office")}
    assert dated(text, date(2012, 5, 1)) == {"president": ("barack_obama", "dated-office")}


def test_near_case_no_date_no_dated_link(dated):
    """No date: no `dated-office` link (actors72's `era-office` gives an undated UK article's "Prime Minister" to the
    registry's holder of 2004-05, and "the PM" after it then follows him: test_actors72.py)."""
    linked = dated(UK.format(office="the Prime Minister", office2="the PM"), None)
    assert all(rule != "dated-office" for _, rule in linked.values())


def test_near_case_a_day_of_handover_has_no_holder(dated):
    assert dated(UK.format(office="the Prime Minister", office2="the PM"), date(2019, 7, 24)) == {}


def test_near_case_a_state_with_no_such_office(dated):
    text = (
        "The United States will raise tariffs on steel, officials in Washington said. American farmers wrote to the "
        "Prime Minister."
    )
    assert dated(text, date(2020, 9, 26)) == {}


def test_near_case_the_office_given_to_another_as_a_title(dated):
    text = (
        "Britain and New Zealand will sign a trade deal, Prime Minister Jacinda Ardern said in London. Campaigners "
        "wrote to the Prime Minister on Friday."
    )
    assert ("boris_johnson", "dated-office") not in dated(text, date(2020, 9, 26)).values()


def test_near_case_another_states_office_before_it(dated):
    text = (
        "Britain will not lower its food standards, ministers in London said. The Israeli prime minister said "
        "Britain was wrong. Campaigners wrote to the prime minister on Friday."
    )
    assert ("boris_johnson", "dated-office") not in dated(text, date(2020, 9, 26)).values()


@pytest.mark.parametrize(
    "office",
    ["the then Prime Minister", "the former Prime Minister", "the deputy prime minister", "his prime minister"],
)
def test_near_case_a_word_that_puts_the_office_at_another_time_or_makes_it_another(dated, office):
    assert ("boris_johnson", "dated-office") not in dated(
        UK.format(office=office, office2="they"), date(2020, 9, 26)
    ).values()


def test_near_case_the_president_of_something_else(dated):
    text = (
        "The United States will raise tariffs on steel, officials in Washington said. The president of the farmers' "
        "union said the tariffs would hurt."
    )
    assert dated(text, date(2019, 5, 1)) == {}


def test_near_case_earlier_holders_named_more_than_the_one_of_its_date(dated):
    text = (
        "Barack Obama and Bill Clinton lost seats in Congress in their first midterms, analysts in Washington said. "
        "The president's party almost always loses seats in the United States."
    )
    assert dated(text, date(2019, 5, 1)) == {}


def test_near_case_a_holder_the_article_names_is_overridden_by_its_day(dated):
    # turned round by actors82: a named holder of another time is not "the prime minister" of a page of 2020, and
    # the holder of its day is not linked either (the page names an earlier holder more often)
    text = "Tony Blair met union leaders in London on Friday. The prime minister said Britain would act."
    assert dated(text, date(2020, 9, 26)) == {}
    assert dated(text, date(2005, 9, 26))["prime minister"] == ("tony_blair", "registry-descriptor")


def offices_of(path) -> list[Office]:
    """The registry's offices, each once (the registry holds them by their forms)."""
    by_id = {o.id: o for offices in load_registry(Path(path)).offices.values() for o in offices}
    return [by_id[k] for k in sorted(by_id)]


def test_holder_on_a_day_inside_a_term_only():
    offices = {o.id: o for o in offices_of("config/actors.yaml")}
    pm = offices["gbr_prime_minister"]
    assert holder_on(pm, date(2016, 7, 12)) == "david_cameron"
    assert holder_on(pm, date(2016, 7, 13)) is None  # the handover's day
    assert holder_on(pm, date(2016, 7, 14)) == "theresa_may"
    assert holder_on(pm, date(2030, 1, 1)) is None  # after the list was checked
    assert holder_on(pm, date(1980, 1, 1)) is None  # before the list's first term


def test_article_date_reads_the_day_of_an_iso_timestamp():
    assert article_date("2020-09-26T08:00:00+00:00") == date(2020, 9, 26)
    assert article_date("2020-09-26") == date(2020, 9, 26)
    assert article_date(None) is None
    assert article_date("September 2020") is None


def test_offices_are_checked_against_the_registry(tmp_path):
    base = "version: 1\nactors:\n  - {id: state_x, name: X, type: state}\n  - {id: p_a, name: A B, type: person}\n"
    office = (
        "offices:\n  - {id: x_pm, name: PM of X, state: %s, forms: [prime minister], source: s, checked: 2020-01-01,"
        " terms: [%s]}\n"
    )
    good = tmp_path / "good.yaml"
    good.write_text(base + office % ("state_x", "{holder: p_a, since: 2010-01-01}"))
    assert holder_on(offices_of(good)[0], date(2015, 1, 1)) == "p_a"
    assert load_registry(good).offices["prime minister"][0].id == "x_pm"
    for state, terms in [
        ("p_a", "{holder: p_a, since: 2010-01-01}"),  # no state
        ("state_x", "{holder: state_x, since: 2010-01-01}"),  # no person
        ("state_x", "{holder: p_a, since: 2010-01-01, until: 2009-01-01}"),  # ends before it starts
        ("state_x", "{holder: p_a, since: 2010-01-01}, {holder: p_a, since: 2012-01-01}"),  # overlaps
    ]:
        bad = tmp_path / "bad.yaml"
        bad.write_text(base + office % (state, terms))
        with pytest.raises(RegistryError):
            load_registry(bad)


def test_office_forms_are_lower_case():
    with pytest.raises(ValueError):
        Office(id="x", name="X", state="s", forms=["Prime Minister"], source="s", checked=date(2020, 1, 1), terms=[])


def test_a_states_word_before_the_office_says_whose_it_is(dated):
    text = (
        "Britain will not lower its food standards, ministers in London said. The French president said Britain was "
        "wrong."
    )
    assert dated(text, date(2020, 9, 26))["president"] == ("emmanuel_macron", "dated-office")


def test_near_case_another_states_possessive_office_before_it(dated):
    text = (
        "Britain will not lower its food standards, ministers in London said. Israel's prime minister said Britain "
        "was wrong. Campaigners wrote to the prime minister on Friday."
    )
    assert ("boris_johnson", "dated-office") not in dated(text, date(2020, 9, 26)).values()


def test_the_articles_own_states_possessive_office(dated):
    text = "Britain will not lower its food standards, ministers in London said. Britain's prime minister agreed."
    assert dated(text, date(2020, 9, 26))["prime minister"] == ("boris_johnson", "dated-office")


def test_the_chancellor_is_the_article_states_and_the_foreign_secretary_the_uks(dated):
    uk = UK.format(office="the chancellor", office2="the foreign secretary")
    assert dated(uk, date(2021, 3, 1)) == {
        "chancellor": ("rishi_sunak", "dated-office"),
        "foreign secretary": ("dominic_raab", "dated-office"),
    }
    germany = (
        "Germany will not lower its food standards, ministers in Berlin said. German farmers wrote to the chancellor "
        "on Friday."
    )
    assert dated(germany, date(2021, 3, 1)) == {"chancellor": ("angela_merkel", "dated-office")}
