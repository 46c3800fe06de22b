"""actors26 (issue 12): places and non-actors that web news (local news, other publishers) gave as actors: streets,
roads and courses; a one-word name spaCy took for a person's in a place; "the island of X"; a street's first word
alone; a portfolio word before a role; weather, software and time-zone names; a headline's words taken into an
organisation's name. Each rule with the near cases it must not fire on."""

from __future__ import annotations

from narrative_pipeline.actors import Linker, discovered_id, link_article


def _found(parse, registry, text: str, headline: str = "Headline") -> dict[str, str | None]:
    article = parse(f"{headline}\n\n{text}")
    chosen = link_article(article, Linker.build(registry, 90.0))
    return {article.text[c.start : c.end]: c.actor_id for c in chosen if c.method != "descriptor"}


# --- streets, roads and courses (`street_words`, `street_suffixes`)


def test_a_boulevard_is_no_organisation(parse, registry):
    text = "The plan calls for 350 new apartments to be built along a stretch of Bruckner Boulevard, 99 of them cheap."
    assert "Bruckner Boulevard" not in _found(parse, registry, text)


def test_a_drive_is_no_person(parse, registry):
    text = "Dresden Drive is closed between Ellijay Drive and Apple Valley Road due to a gas leak."
    found = _found(parse, registry, text)
    assert "Dresden Drive" not in found and "Ellijay Drive" not in found


def test_the_turnpike_is_no_organisation(parse, registry):
    text = "It hit one of the concrete pillars that are under the overpass of the Turnpike, causing the car to flip."
    assert "Turnpike" not in _found(parse, registry, text)


def test_a_golf_course_is_no_person(parse, registry):
    text = "The developer buying the contract to operate Trump Golf Links Ferry Point this year is sparking criticism."
    assert "Trump Golf Links" not in _found(parse, registry, text)


def test_german_street_names_are_no_actors(parse, registry):
    text = "The renaming of three streets in Wedding — Petersallee, Nachtigalplatz, and Lüderitzstrasse — is an issue."
    found = _found(parse, registry, text)
    assert not {"Petersallee", "Nachtigalplatz", "Lüderitzstrasse"} & set(found)


def test_a_person_whose_name_is_no_street_word_is_kept(parse, registry):
    """Near case: "Lane" is no street word for a person (Nathan Lane); "Driver" is no "drive"."""
    found = _found(parse, registry, "Actor Nathan Lane and singer Minnie Driver said they would attend.")
    assert found.get("Nathan Lane") == discovered_id("Nathan Lane")
    assert found.get("Minnie Driver") == discovered_id("Minnie Driver")


# --- a street's first word alone


def test_a_streets_first_word_alone_is_the_street(parse, registry):
    text = (
        "According to officials, the incident unfolded in the area of Miller Drive and Southwest 117th Avenue, at"
        ' around 3 a.m., Wednesday. "Once officers were in the area, they were able to see a vehicle that matched the'
        ' description on Miller traveling eastbound at a high rate of speed," said Detective Luis Alvarez.'
    )
    assert "Miller" not in _found(parse, registry, text)


def test_a_persons_surname_that_names_a_street_stays_the_person(parse, registry):
    """Near case: the article names a person with that surname."""
    found = _found(parse, registry, "Sarah Miller lives on Miller Drive. Miller said the road was dangerous.")
    assert found.get("Miller") == discovered_id("Sarah Miller")


# --- a one-word name spaCy takes for a person's, in a place


def test_a_person_label_after_in_is_a_place(parse, registry):
    found = _found(parse, registry, "According to the database, 8,668 fires have been detected in Amazonas by Monday.")
    assert "Amazonas" not in found


def test_a_person_label_in_a_list_after_in_is_a_place(parse, registry):
    text = "With daytime temperatures in Seoul, Daejeon and Cheongju reaching ten degrees, the cold eased."
    found = _found(parse, registry, text)
    assert "Cheongju" not in found and "Daejeon" not in found


def test_a_person_after_with_or_a_full_name_after_in_is_kept(parse, registry):
    """Near cases: "with" takes persons; a full name after "in" is not touched."""
    found = _found(parse, registry, "He spoke with Giggs. Fans believe in Wayne Rooney.")
    assert found.get("Giggs") == discovered_id("Giggs")
    assert found.get("Wayne Rooney") == discovered_id("Wayne Rooney")


# --- "the island of X"


def test_the_island_of_a_name_makes_every_mention_a_place(parse, registry):
    text = (
        "The rocky island of Redonda, once stripped of its flora, is reborn. It takes four hours to sail to Redonda."
        " Either way, for the EAG, Redonda is already a capstone in decades of rewilding work."
    )
    assert "Redonda" not in _found(parse, registry, text)


def test_the_head_of_a_name_is_no_region(parse, registry):
    """Near case: "the head of Google" is no region noun."""
    found = _found(parse, registry, "The head of Google said the firm was growing. Google said profits rose.")
    assert found.get("Google") == discovered_id("Google")


# --- a portfolio word before a role


def test_a_portfolio_before_a_role_and_a_person_is_no_actor(parse, registry):
    text = "Transportation chief Eulois Cleckley, who is now suspended by the mayor, did not respond."
    found = _found(parse, registry, text)
    assert "Transportation" not in found
    assert found.get("Eulois Cleckley") == discovered_id("Eulois Cleckley")


def test_a_company_before_a_role_is_kept(parse, registry):
    """Near case: a name that is no portfolio word ("Google chief Sundar Pichai")."""
    assert "Google" in _found(parse, registry, "Google chief Sundar Pichai said the firm would grow.")


# --- weather, software, time zones (`non_actor_names`)


def test_weather_software_and_time_zones_are_no_actors(parse, registry):
    text = (
        "Causes include greenhouse gas emissions and the El Niño weather pattern. Researchers found a trojan for"
        " Android called Monokle. Posted: Thursday, April 21, 2022. 10:11 pm CST. By Aaron Humes: it is late."
    )
    found = _found(parse, registry, text)
    assert not {"El Niño", "Android", "CST"} & set(found)


# --- a headline's words taken into an organisation's name


def test_a_headline_fragment_is_cut_to_the_name_the_body_writes(parse, registry):
    headline = "Amazon Liable for Defective Third-Party Products Rules CA Appellate Court"
    text = (
        "A California appeals court ruled that Amazon can be held liable for defective products. The product was"
        " stored in an Amazon warehouse, and shipped by Amazon. Lawyers for Amazon said they would appeal."
    )
    article = parse(f"{headline}\n\n{text}")
    chosen = link_article(article, Linker.build(registry, 90.0))
    ids = {c.actor_id for c in chosen if article.text[c.start : c.end] == "Amazon"}
    assert ids == {discovered_id("Amazon")}
    assert discovered_id("Amazon Liable") not in {c.actor_id for c in chosen}


def test_a_headline_name_the_body_writes_whole_is_kept(parse, registry):
    """Near case: the body writes "Hewlett Packard" whole, so the headline's is not cut to "Hewlett"."""
    headline = "Hewlett Packard Cuts Jobs"
    text = "The firm said Hewlett and Packard founded it. Hewlett Packard will cut 500 jobs, Hewlett Packard said."
    article = parse(f"{headline}\n\n{text}")
    chosen = link_article(article, Linker.build(registry, 90.0))
    assert discovered_id("Hewlett") not in {c.actor_id for c in chosen if c.start < len(headline)}


# --- near cases found on the web pages (actors26's own run)


def test_an_owner_after_in_is_kept(parse, registry):
    """Near case: "in Tsai's win": the name owns what "in" takes."""
    found = _found(parse, registry, "Lam played an instrumental role in Tsai's win, observers said.")
    assert "Tsai" in found


def test_what_one_holds_shares_in_is_kept(parse, registry):
    """Near case: "stock holdings/options in Eli Lilly and Pfizer": companies, not places."""
    found = _found(parse, registry, "The editor reports that she has stock holdings in Eli Lilly and Pfizer.")
    assert "Pfizer" in found or "Eli Lilly" in found


def test_a_body_named_after_a_street_is_kept(parse, registry):
    """Near case: "Friends of Pelham Parkway" is a civic association."""
    text = "Roxanne Delgado, founder of the civic association Friends of Pelham Parkway, said the rezoning hurt them."
    assert "Friends of Pelham Parkway" in _found(parse, registry, text)


def test_a_headline_name_the_body_has_only_as_a_place_is_not_cut(parse, registry):
    """Near case: "Bahamas Local News" in the headline, the Bahamas only a place in the body."""
    headline = "Atlantis Donates Supplies | Nassau, Bahamas | Bahamas Local News"
    text = "The resort in Nassau, Bahamas gave the supplies on Monday. Staff in the Bahamas said they were pleased."
    article = parse(f"{headline}\n\n{text}")
    chosen = link_article(article, Linker.build(registry, 90.0))
    assert discovered_id("Bahamas") not in {c.actor_id for c in chosen}


def test_a_headline_name_ending_with_an_organisations_word_is_not_cut(parse, registry):
    """Near case: "Napa Co." keeps its "Co."."""
    text = "Napa Co. officials met on Monday. The Napa supervisors said the Napa deal would bring jobs."
    article = parse(f"Napa Co. enters exclusive agreement\n\n{text}")
    chosen = link_article(article, Linker.build(registry, 90.0))
    assert discovered_id("Napa") not in {c.actor_id for c in chosen if c.start < 40}


def test_persons_in_a_list_or_drafted_in_are_kept(parse, registry):
    """Near cases from the BBC run: a list whose first is a person, a particle "in", an adjective's "in"."""
    text = (
        '"They\'ve probably got two of the best English kickers in the Premiership in Hodgson and Barkley," added'
        " Andrew. Rooney looked like he might have sealed it but the ball stuck in the St James Park mud and Jones"
        " raced back to gather on the goalline."
    )
    found = _found(parse, registry, text)
    assert "Barkley" in found and "Jones" in found
    text = (
        "Liverpool brought back Luis Garcia after a hamstring injury, while Newcastle were forced to draft in Kluivert"
        " after Craig Bellamy was a late withdrawal with a back injury sustained in the warm-up."
    )
    found = _found(parse, registry, text)
    assert "Kluivert" in found
    found = _found(parse, registry, '"I\'m really confident in Andy winning that first match," Bob Bryan said.')
    assert "Andy" in found


def test_a_name_after_a_noun_after_in_is_kept(parse, registry):
    """Near case: "two brothers in the group Tru"."""
    assert "Tru" in _found(parse, registry, "With two brothers in the group Tru, he had two US top 10 albums.")
