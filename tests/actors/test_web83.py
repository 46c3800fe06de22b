"""web83 (session 63, issue 12; actors.rules.v171): names the rules missed on web pages, read from web83's blind check
(`actors-handcheck-web83.jsonl`) and web80's.

- `nonactors.determiner_before_name`: "remained behind with the Ramdehol" beside "Bharrat Ramdehol" is no actor at that
  mention only; the page's other "Ramdehol"s stay the person's (the verdict took every one of them);
- `linking._capitals_org`: "LVMH is financially covering" beside "from LVMH (LVMHF)", which spaCy labels an
  organisation: a word in capitals that names an organisation the page names, where spaCy labels nothing and it acts."""

from __future__ import annotations

HUNTER = (
    "Police are investigating the death of a hunter identified as 54-year-old Bharrat Ramdehol.\n\n"
    "The loggers alleged that Ramdehol had asked them to accompany him on his hunting trip.\n\n"
    "One of the men continued the journey while the other remained behind with the Ramdehol.\n\n"
    "The logger who stayed back claimed that Ramdehol bled to death in his care.\n"
)


def test_a_surname_after_the_leaves_the_persons_other_mentions(linked):
    found = linked(HUNTER)
    assert ("Ramdehol", "disc.bharrat_ramdehol") in found


def test_the_surnames_other_mentions_all_stay_the_person(mentions):
    ids = [actor for text, actor, _ in mentions(HUNTER) if text == "Ramdehol"]
    assert len(ids) >= 2 and set(ids) == {"disc.bharrat_ramdehol"}


LVMH = (
    "The museum is receiving 15 million euros from LVMH (LVMHF), the luxury conglomerate led by Bernard Arnault.\n\n"
    "Corporate donations will cover the rest of the price. LVMH is financially covering two-thirds of the cost.\n\n"
    "LVMH has long been involved in the museum's annual public fundraisers.\n"
)


def test_a_firms_name_in_capitals_spacy_leaves_unlabelled_where_it_acts(mentions):
    found = [actor for text, actor, _ in mentions(LVMH) if text == "LVMH"]
    assert found == ["disc.lvmh"] * 3


def test_capitals_naming_no_organisation_stay_unlinked(linked):
    found = linked("The council said the NEWS was bad.\n\nHis own MPs voted against the plan on Tuesday.\n")
    assert not any(text in {"NEWS", "MPs"} for text, _ in found)
