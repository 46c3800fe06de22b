"""actors44 (issue 12, web news pages): the house-style "Government" of the state the page writes so, a descriptor
that refers back, a shared surname before the second full name, a body's name that ends with "Inquiry".

- `statenouns._house_style_state` (in `state-descriptor`): "the Government" with a capital is the government of the one
  sovereign state the page writes before a capitalised "Government" ("the UK Government considers ..." ... "removed
  from the Government's list"), whichever state it names most. Near case: a page that writes two ("the US Government
  has informed the UK Government") gets no state from it.
- `named-group-head` (`ArticleContext.head_word_at`): "the department" refers to a department named before it, not to
  one its sentence names only after it ("the department could not answer ... whether the Florida Department of
  Transportation had approved"). Near case: "the Florida Department of Transportation said ... The department
  added" still links.
- `resolution.named_in_full_before` (in `resolve_discovered`): a surname persons of the page share is the one of them
  named in full before it ("Mr Johnson" after "Boris Johnson", with Gareth and Caroline Johnson in a table further
  down). Near case: after two full names ("Boris Johnson ... Gareth Johnson ... Mr Johnson") it stays unresolved.
- `ActorsLexicon.ends_as_no_actor`: a name that ends with a word of names that are no actor ("inquiry") is a body's
  when an organisation's head noun stands before its "of" or "for" ("the Commission of Inquiry"). Near case: "the
  Hutton Inquiry" stays no actor."""

from __future__ import annotations

from ._found import texts as _texts

QUARANTINE = (
    "Turkey, Poland and the Caribbean islands of Bonaire, St Eustatius and Saba have been removed from the "
    "Government's list of travel corridors. Poland also reported 25.9 new cases per 100,000 people, and Turkey 21. "
    "A rate of 20 new cases is the threshold above which the UK Government considers triggering quarantine conditions. "
    "It is much easier for all of us to defend what the Government is doing, the MP said."
)


def test_the_government_is_the_state_the_page_writes_in_house_style(described):
    found = described(QUARANTINE, "Turkey, Poland added to quarantine list")
    assert found.get("Government") == ("state_gbr", "state-descriptor")


def test_near_case_two_states_in_house_style_give_none(described):
    text = (
        "Poland and Turkey were added to the list. Poland reported 25.9 new cases. The US Government has informed "
        "the UK Government of this arrest. It is easier to defend what the Government is doing, the MP said."
    )
    assert described(text, "Poland, Turkey added to list").get("Government", (None,))[0] != "state_gbr"


def test_a_descriptor_refers_back_not_to_a_body_named_after_it(linked):
    text = (
        "Mr. Cleckley said that the department could not answer adequately whether either the Federal Transit "
        "Administration or the Florida Department of Transportation had approved of that concept."
    )
    assert not any(t == "department" for t, _ in linked(text))


def test_near_case_a_body_named_before_still_links(linked):
    text = (
        "The Florida Department of Transportation said it had approved the concept. The department added that the "
        "trust would see the scorecard."
    )
    assert any(t == "department" and a is not None for t, a in linked(text))


def test_a_shared_surname_is_the_one_person_named_in_full_before_it(linked):
    text = (
        "Chefs today urge Boris Johnson to block sub-standard foods. The letter warns Mr Johnson that progress could "
        "be lost.\n\nThe MPs to write to: Dartford, Gareth Johnson; Sleaford, Caroline Johnson."
    )
    assert ("Johnson", "boris_johnson") in linked(text)


def test_near_case_a_surname_after_two_full_names_stays_unresolved(linked):
    text = (
        "Chefs today urge Boris Johnson to block sub-standard foods. Dartford's MP Gareth Johnson agreed. The letter "
        "warns Mr Johnson that progress could be lost."
    )
    assert ("Johnson", "boris_johnson") not in linked(text)


def test_a_body_s_name_ending_with_a_non_actor_word_after_of_is_the_body(mentions):
    text = "The remit of the Commission of Inquiry focused on governance and corruption, the governor said."
    assert "Commission of Inquiry" in _texts(mentions(text))


def test_near_case_a_name_ending_with_a_non_actor_word_stays_no_actor(mentions):
    text = "Lord Hutton said the Hutton Inquiry would publish its findings on Wednesday."
    assert not any("Inquiry" in t for t in _texts(mentions(text)))
