"""review35: actors44's rules read on the BBC corpus and web pages (config/eval/README.md "review35")."""

from __future__ import annotations


def test_a_discovered_person_named_in_full_twice_counts_from_the_first_time(linked):
    """`resolution.shared_surnames` kept a discovered person (no registry id in the first pass) at the last place the
    page names them in full, not the first: "Mr Johnson" after Boris and Gareth Johnson went to Boris when Gareth
    is named in full again after it."""
    text = (
        "Chefs today urge Boris Johnson to block sub-standard foods. Dartford's MP Gareth Johnson agreed. The letter "
        "warns Mr Johnson that progress could be lost. Gareth Johnson said he would sign it."
    )
    assert ("Johnson", "boris_johnson") not in linked(text)


def test_near_case_the_one_person_named_in_full_before_still_takes_the_surname(linked):
    text = (
        "Chefs today urge Boris Johnson to block sub-standard foods. The letter warns Mr Johnson that progress could "
        "be lost. Dartford's MP Gareth Johnson agreed. Gareth Johnson said he would sign it."
    )
    assert ("Johnson", "boris_johnson") in linked(text)


def test_a_bodys_event_or_document_named_after_it_is_no_actor(mentions):
    """web: "Proceedings of the International Society for Music Information Retrieval Conference" became an actor
    when actors44's `ends_as_no_actor` took the organisation head noun before "for" (society) as the name's head;
    a body's event, not the body ('the Commission of Inquiry' is one). Fixed by actors46: an event's noun after a
    field's words after "for" ends the body's exception (near case: actors44's "Commission of Inquiry" tests)."""
    from ._found import texts

    found = texts(
        mentions("Proceedings of the International Society for Music Information Retrieval Conference: 339-344.")
    )
    assert not any("Conference" in t for t in found), found


def test_a_surname_after_a_given_name_the_recogniser_left_out_is_not_the_one_named_before(linked):
    """BBC (wales-win-in-rome): "Tries from ... Martyn Williams ... second-half efforts from Brent Cockbain, Shane
    Williams and Robert Sidoli": the recogniser gave "Williams" alone, then taken for Martyn Williams."""
    text = (
        "Tries from Jonathan Thomas and Martyn Williams gave the visitors the lead. Second-half efforts from "
        "Brent Cockbain, Shane Williams and Robert Sidoli sealed victory. Coach Mike Ruddock praised Shane Williams."
    )
    wrong = [(t, a) for t, a in linked(text) if t == "Williams" and a == "disc.martyn_williams"]
    assert not wrong
