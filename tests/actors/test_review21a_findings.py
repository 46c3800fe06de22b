"""review21a: a fresh-eyes review of session 20's actor rules (actors.rules.v24-v26) on political and conflict news.

Fixed here (actors.rules.v27), each with the near case the rule was made for:
- `person-label-in-a-place` took the person one trusts ("no faith in Gbagbo", "few believe in Lukashenko") and the
  subject of the next clause ("broke out in Grodno and Lukashenko ordered troops") for a place;
- the street rule (`_named_for_a_street`) dropped a person who speaks ("MacArthur Boulevard ... MacArthur said");
- `name-words` linked "the national team" to any organisation with "National" in its name.
Left as strict xfails: what could not be settled with a small clear change."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import discovered_id


def _ids(mentions, text: str) -> dict[str, list[str | None]]:
    out: dict[str, list[str | None]] = {}
    for surface, actor_id, _ in mentions(text):
        out.setdefault(surface, []).append(actor_id)
    return out


# --- person-label-in-a-place (places.py)


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        ("The opposition has no faith in Gbagbo. Gbagbo has refused to step down.", "Gbagbo", 2),
        (
            "Few believe in Lukashenko any more, said one protester. Lukashenko called the protests a coup.",
            "Lukashenko",
            2,
        ),
        (
            "Hundreds were arrested in Minsk. Protests also broke out in Grodno and Lukashenko ordered troops onto the"
            " streets.",
            "Lukashenko",
            1,
        ),
    ],
)
def test_a_person_trusted_or_acting_after_in_is_no_place(mentions, text, name, count):
    assert _ids(mentions, text).get(name, []) == [discovered_id(name)] * count


@pytest.mark.parametrize(
    "text",
    [
        "Fires have been detected in Amazonas, officials said.",
        "Temperatures reached 35C in Seoul, Daejeon and Cheongju on Monday.",
    ],
)
def test_a_place_after_in_stays_a_place(mentions, text):
    """Near cases: the rule's own sentences (actors27)."""
    assert not {s for s in _ids(mentions, text) if s in {"Amazonas", "Cheongju", "Daejeon"}}


# --- a street's first word alone (typing._named_for_a_street)


def test_a_person_named_like_a_street_who_speaks_is_kept(mentions):
    text = "Demonstrators marched down Massoud Highway in Kabul. Massoud said the Taliban would be resisted."
    assert _ids(mentions, text).get("Massoud") == [discovered_id("Massoud")]


def test_a_streets_word_before_a_participle_stays_the_street(mentions):
    """Near case: 'on Miller traveling eastbound' (the parser makes 'Miller' the participle's subject)."""
    text = "Police closed Miller Drive on Monday. A car on Miller traveling eastbound hit a wall."
    assert "Miller" not in _ids(mentions, text)


# --- name-words (descriptors.py)


@pytest.mark.parametrize(
    "first",
    [
        "The National Union of Mineworkers backed the strike.",
        "The Ukrainian National Guard said two soldiers died in the shelling.",
    ],
)
def test_the_national_team_is_no_organisation_with_national_in_its_name(described, first):
    text = first + " The national team will play Wales on Saturday."
    assert described(text).get("national team", (None, None))[1] != "name-words"


@pytest.mark.parametrize(
    ("text", "descriptor", "name"),
    [
        (
            "The Trades Union Congress said the law should change. Safety representatives were ignored, claimed the"
            " union organisation.",
            "union organisation",
            "tuc",
        ),
        (
            "The National Public Health Emergency Team met on Monday. The minister said the health team had advised it.",
            "health team",
            discovered_id("National Public Health Emergency Team"),
        ),
    ],
)
def test_a_kind_noun_that_fits_the_organisation_still_links(described, text, descriptor, name):
    """Near cases: a body called an organisation (BBC), a team whose name says it is one."""
    assert described(text)[descriptor] == (name, "name-words")


# --- left: doubtful or beyond a small change


@pytest.mark.parametrize("place", ["In Moscow,", "In Germany,"])
def test_another_states_central_bank_is_not_the_ecb(described, place):
    """review21a (fixed, actors.rules.v28: `descriptors._placed_in_another_state`): a place of another state in the
    noun's sentence makes the name's words that state's own body."""
    text = (
        f"The European Central Bank raised interest rates on Thursday. {place} the central bank held its key rate"
        " at 16%, officials said."
    )
    assert "central bank" not in described(text)


@pytest.mark.parametrize(
    "second",
    [
        "In Frankfurt, the central bank held its key rate at 4%, officials said.",
        "The central bank said inflation would fall next year.",
    ],
)
def test_the_central_bank_placed_in_no_other_state_is_the_ecb(described, second):
    """Near cases: a city that names no state (the ECB's own seat), or no place at all."""
    text = "The European Central Bank raised interest rates on Thursday. " + second
    assert described(text)["central bank"] == ("ecb", "name-words")


def test_a_region_that_acts_is_an_actor(mentions):
    """review21a (fixed, actors.rules.v28: `typing._acts_in_a_place`): the subject of a verb of saying or deciding
    acts, whatever another mention of the name is."""
    text = "Serbia lost the province of Kosovo in 1999. Kosovo declared independence in 2008."
    assert _ids(mentions, text).get("Kosovo") == [discovered_id("Kosovo")]


@pytest.mark.parametrize(
    "text",
    [
        "Serbia lost the province of Kosovo in 1999. Kosovo has a population of about 1.8 million.",
        "Serbia lost the province of Kosovo in 1999. Thousands of refugees fled Kosovo.",
    ],
)
def test_a_region_that_does_not_act_stays_a_place(mentions, text):
    """Near cases: a region that has a population, or that people flee, is a place in every mention."""
    assert "Kosovo" not in _ids(mentions, text)


# --- role-title after another one of the noun (descriptors.role_title; session 20 gave it the title forms)


@pytest.mark.parametrize("title", ["Sen.", "Senator"])
def test_the_noun_after_another_one_was_introduced_is_not_the_title_holder(described, title):
    """review21a (fixed, actors.rules.v28: `descriptors._another_placed_since`): an indefinite subject from a place
    introduces another holder of the noun."""
    text = (
        f"{title} Bernie Sanders spoke at the rally. A senator from Texas said the bill would fail. The senator said"
        " he would vote against it."
    )
    assert "senator" not in described(text)


@pytest.mark.parametrize(
    "second",
    [
        "A congressman from Texas said the bill would fail.",  # another noun
        "Senators from Texas said the bill would fail.",  # no indefinite one
    ],
)
def test_the_noun_after_no_other_one_from_a_place_is_the_title_holder(described, second):
    """Near cases: no other one of the noun was introduced from a place, so "the senator" is the one named (an
    abstention after a bare "a senator" lost right BBC links: left as it was)."""
    text = f"Sen. Bernie Sanders spoke at the rally. {second} The senator said he would vote against it."
    assert described(text)["senator"] == ("disc.bernie_sanders", "role-title")


# --- other middle initials (resolution.middle_initials; v24 read only initials written apart)


@pytest.mark.parametrize("father", ["George H.W. Bush", "George HW Bush"])
def test_initials_written_together_are_the_fathers(linked, father):
    text = f"Former President {father} died on Friday. His son, George W. Bush, said his father was a man of integrity."
    assert (father, "george_w_bush") not in linked(text)


def test_middle_initials_written_together_count_one_by_one():
    from narrative_pipeline.actors.resolution import middle_initials, other_initials, same_person

    assert middle_initials("George H.W. Bush") == middle_initials("George HW Bush") == ("H", "W")
    assert middle_initials("George H. W. Bush") == ("H", "W")
    assert other_initials("George HW Bush", "george w bush")
    assert same_person("George W Bush", "George W. Bush")  # near case: one initial, with or without its dot
    assert middle_initials("King Mohammed VI") == ()  # near case: a regnal number ends the name
    assert middle_initials("Kim Jong Un") == ()
