"""actors44 (issue 12, descriptors on web news pages): the house-style "Government" of the state the page writes so, and
a descriptor that refers back, not forward.

- `statenouns._house_style_state` (in `state-descriptor`): "the Government" with a capital is the government of the one
  sovereign state the page writes before a capitalised "Government" ("the UK Government considers ..." ... "removed
  from the Government's list"), whichever state it names most. Near case: a page that writes two ("the US Government
  has informed the UK Government") gets no state from it.
- `descriptors._named_before` (in `named-group-head`): "the department" refers to a department named before it, not to
  one its sentence names only after it ("the department could not answer ... whether the Florida Department of
  Transportation had approved"). Near case: "the Florida Department of Transportation said ... The department
  added" still links."""

from __future__ import annotations

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
