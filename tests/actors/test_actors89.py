"""actors89 (issue 12): a registry person spelled another way (a transliteration, a dropped middle name, the full
first name) links the registry entry, not a discovered id of its own, so a dated office on the same page and the
named person are one actor. Only full names, never a surname a relative or namesake shares."""

from __future__ import annotations

from datetime import date

import pytest
from narrative_pipeline.actors import link_article


@pytest.fixture
def mentions_dated(parse, linker):
    """mentions_dated(text, day) -> [(surface, actor_id)] of a page published on `day`."""

    def _mentions(text: str, day: date):
        article = parse(f"Headline\n\n{text}")
        return [(article.text[c.start : c.end], c.actor_id) for c in link_article(article, linker(90.0), day)]

    return _mentions


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("Binyamin Netanyahu", "benjamin_netanyahu"),
        ("Mahmud Abbas", "mahmoud_abbas"),
        ("Yasir Arafat", "yasser_arafat"),
        ("Moammar Gaddafi", "muammar_gaddafi"),
        ("Moammar Gadhafi", "muammar_gaddafi"),
        ("Muammar Gadhafi", "muammar_gaddafi"),
        ("Muammar Qadhafi", "muammar_gaddafi"),
        ("Mahmud Ahmadinejad", "mahmoud_ahmadinejad"),
        ("Vincent Cable", "vince_cable"),
        ("Asif Zardari", "asif_ali_zardari"),
        ("Victor Yushchenko", "viktor_yushchenko"),
        ("Victor Yanukovych", "viktor_yanukovych"),
    ],
)
def test_a_spelling_variant_links_the_registry_person(mentions, name, actor):
    got = mentions(f"{name} said on Tuesday that the talks would go on.")
    assert (name, actor) in [(s, a) for s, a, _ in got]


@pytest.mark.parametrize(
    ("text", "day", "office", "holder"),
    [
        ("Binyamin Netanyahu met the envoy. The Israeli prime minister said Israel would respond.",
         date(2019, 5, 1), "prime minister", "benjamin_netanyahu"),
        ("Victor Yushchenko met the envoy. Ukraine's president said Ukraine would join the EU.",
         date(2007, 5, 1), "president", "viktor_yushchenko"),
        ("Asif Zardari met the envoy. Pakistan's president said Pakistan would act.",
         date(2010, 5, 1), "president", "asif_ali_zardari"),
    ],
)  # fmt: skip
def test_a_dated_office_and_the_variant_are_one_actor(mentions_dated, text, day, office, holder):
    got = mentions_dated(text, day)
    name = text.split(" met ")[0]
    assert (name, holder) in got
    assert any(office in s and a == holder for s, a in got)


def test_a_namesake_of_another_first_name_stays_apart(mentions):
    got = mentions("George H.W. Bush said on Tuesday that the talks would go on.")
    assert all(a != "george_w_bush" for _, a, _ in got)
