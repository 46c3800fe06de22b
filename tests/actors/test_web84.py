"""web84 (session 64, issue 12; actors.rules.v176): a two-letter surname alone, read from web84's blind check
(`actors-handcheck-web84.jsonl`): "Fa said", "support to Fa" after "John Fa" were never linked, since
`linking.unfound_surnames` took any capitalised word whose letters but the last are capitals for an acronym's plural
("his own MPs"); "Fa" is one capital and a small letter, no acronym."""

from __future__ import annotations

FOREST = (
    "Forests matter, said John Fa, a senior associate scientist with a forestry research centre.\n\n"
    "The research reveals that 36 percent of landscapes are on these lands, according to the paper published by Fa.\n\n"
    "\u201cOne of the key findings was that the proportion was higher,\u201d Fa said.\n\n"
    "He went to the river and then Fa added a note.\n"
)


def test_a_two_letter_surname_alone_is_the_person_named_in_full(mentions):
    found = [actor for text, actor, _ in mentions(FOREST) if text == "Fa"]
    assert len(found) == 3 and set(found) == {"disc.john_fa"}


def test_an_acronyms_plural_stays_no_surname(linked):
    text = "Labour MPs met Tony Mps on Monday.\n\nHis own MPs voted against the plan on Tuesday.\n"
    assert not any(surface == "MPs" for surface, _ in linked(text))
