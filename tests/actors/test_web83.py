"""web83 (session 63, issue 12; actors.rules.v171): names the rules missed on web pages, read from web83's blind check
(`actors-handcheck-web83.jsonl`) and web80's.

- `nonactors.determiner_before_name`: "remained behind with the Ramdehol" beside "Bharrat Ramdehol" is no actor at that
  mention only; the page's other "Ramdehol"s stay the person's (the verdict took every one of them);
- `linking._capitals_org`: "LVMH is financially covering" beside "from LVMH (LVMHF)", which spaCy labels an
  organisation: a word in capitals that names an organisation the page names, where spaCy labels nothing and it acts;
- `nonactors.body_after_the`: "the Louvre declared the painting ...", a one-word name spaCy takes for a person's after
  "the" that says or decides, is a body (an organisation) on the whole page, not no actor."""

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
    "The museum is receiving 15 million euros from the luxury goods company LVMH, led by Bernard Arnault.\n\n"
    "Corporate donations will cover the rest of the price. LVMH is financially covering two-thirds of the cost.\n\n"
    "LVMH has long been involved in the museum's annual public fundraisers.\n"
)


def test_a_firms_name_in_capitals_spacy_leaves_unlabelled_where_it_acts(mentions):
    found = [actor for text, actor, _ in mentions(LVMH) if text == "LVMH"]
    assert found == ["disc.lvmh"] * 3


def test_capitals_naming_no_organisation_stay_unlinked(linked):
    found = linked("The council said the NEWS was bad.\n\nHis own MPs voted against the plan on Tuesday.\n")
    assert not any(text in {"NEWS", "MPs"} for text, _ in found)


MUSEUM = (
    "For over a year, the Louvre has fought to acquire an 18th-century painting for its national collection.\n\n"
    "The export of the work was halted when the Louvre declared the painting should be classified as a national "
    "treasure.\n\n"
    "Under the painting's new classification, the Louvre has two and a half years to find the funding.\n"
)


def test_a_name_after_the_that_declares_is_a_body(typed):
    assert typed(MUSEUM).get("Louvre", (None,))[0] == "organisation"


def test_a_title_after_the_that_says_stays_no_body(linked):
    found = linked("The Queen said she was delighted. Later the Queen told guests the palace would open.\n")
    assert not any(actor == "disc.queen" for _, actor in found)


def test_every_mention_after_the_of_a_body_that_declares_is_the_body(mentions):
    found = [actor for text, actor, _ in mentions(MUSEUM) if text == "Louvre"]
    assert found == ["disc.louvre"] * 3


def test_capitals_of_an_organisation_typed_by_its_label_alone_stay_unfound(mentions):
    text = (
        "There are many different BIA devices. The BIA Council said they vary widely in cost and accuracy.\n\n"
        "Advantages: BIA is quick and easy, and many devices can be purchased by consumers.\n"
    )
    assert not any(m == "short-form" for t, _, m in mentions(text) if t == "BIA")


def test_capitals_that_spell_a_body_named_in_full_stay_that_body(linked):
    text = (
        "Euronext is poised to bid for the London Stock Exchange, the firm said on Monday.\n\n"
        "LSE said the talks were at an early stage. LSE saw its shares surge 4.9% to a new high.\n"
    )
    assert {actor for t, actor in linked(text) if t == "LSE"} <= {"disc.london_stock_exchange"}


def test_capitals_opening_a_longer_firms_name_stay_unfound(mentions):
    text = (
        "Australian mining firm WMC Resources has rejected a takeover bid from Xstrata, the miner said.\n\n"
        "WMC said it made net profits of 1.33bn Australian dollars. WMC itself has no objection to the sale.\n"
    )
    assert not any(m == "short-form" and actor == "disc.wmc" for t, actor, m in mentions(text))
