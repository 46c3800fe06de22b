"""speed63: `dated_offices._office_said` (both office rules, `dated-office` and `era-office`, ask it of every
descriptor noun) worked out each noun's office phrase, its owner and its states before looking the phrase up among
the registry's offices. A noun whose word is in no office form and no state leader noun (`_no_office_word`) cannot
be in any phrase it looks up, so it answers None at once, as it did after that work; no rival office is marked by
it either. Byte-neutral: the same links with and without the shortcut."""

from __future__ import annotations

import random
from datetime import date
from types import SimpleNamespace

import pytest
from narrative_pipeline.actors import dated_offices, link_article
from narrative_pipeline.registry import fold
from narrative_pipeline.syntax import surface_text

TEXTS = (
    "Michael Howard said the Conservatives would cut taxes in 2005, speaking in London. He called on the prime "
    "minister to enter into talks with his party.",
    "The president of the firm said sales rose. Later the president met the chairman and the Prime Minister.",
    "The Israeli prime minister met the French president in 2005. The prime minister said the PM's aides agreed.",
    "The chancellor of the exchequer, Gordon Brown, set out his budget. The chancellor said growth was strong.",
    "The Russian leader met Israel's PM and the vice-president. The leader's spokesman and the premier agreed.",
    "The Taoiseach met the first minister of Scotland and the Welsh first minister. The home secretary spoke.",
    "The company's president and its chief executive quit. The coach, the manager and the captain were sacked.",
    "Mr Hunt hopes to become the prime minister. The former president and the then chancellor disagreed.",
    "The supreme leader and the foreign minister of Iran met the foreign secretary. The président spoke.",
)
DAYS = (None, date(2005, 3, 1), date(2020, 9, 26))


def _links(parse, linker, text: str, day):
    article = parse(f"Headline\n\n{text}")
    return [
        (c.start, c.end, c.actor_id, c.actor_type, c.method, c.type_rule)
        for c in link_article(article, linker(90.0), day)
    ]


@pytest.mark.parametrize("day", DAYS)
def test_the_same_links_without_the_shortcut(parse, linker, monkeypatch, day):
    """Office phrases of every kind the rules read (a bare office, another's, another state's, an "of" office, a
    leader noun, a nation's office, a hyphened one, a changed or sought one, a word beyond ASCII), undated and dated:
    every link is the one `_office_said` gives without `_no_office_word`."""
    ours = [_links(parse, linker, t, day) for t in TEXTS]
    monkeypatch.setattr(dated_offices, "_no_office_word", lambda d: False)
    assert ours == [_links(parse, linker, t, day) for t in TEXTS]
    assert any(link[5] in {"era-office", "dated-office"} for links in ours for link in links)


def test_a_noun_of_no_office_word_asks_no_phrase(parse, linker, monkeypatch):
    asked = []
    phrase = dated_offices._office_phrase
    monkeypatch.setattr(dated_offices, "_office_phrase", lambda d: asked.append(d.tok.text) or phrase(d))
    _links(parse, linker, "The coach, the manager and the captain were sacked by the club's owner.", None)
    assert asked == []
    _links(parse, linker, TEXTS[0], None)
    assert asked == ["minister"]


PIECES = ["Prime", "minister", "PM", "vice", "-", "président", "Erdoğan", "’s", "ΣΑΣ", "İ", "e\u0301", "K", "of", "x"]


@pytest.mark.parametrize("seed", range(40))
def test_an_ascii_word_is_itself_in_the_folded_key_of_any_span_holding_it(seed):
    """The shortcut's premise: a token of ASCII text is, lowered, inside the folded lower-case text of any span of
    tokens that holds it (`surface_text`, `fold`, `lower`: as `_office_phrase` and `_bare_key` make their keys),
    whatever the other tokens (accents, combining marks, a capital sigma, a dotted capital I, no space between)."""
    rng = random.Random(6300 + seed)
    toks = [SimpleNamespace(text=rng.choice(PIECES), space_after=rng.random() < 0.6) for _ in range(rng.randint(1, 8))]
    for k, tok in enumerate(toks):
        if not tok.text.isascii():
            continue
        for a in range(k + 1):
            for b in range(k + 1, len(toks) + 1):
                assert tok.text.lower() in fold(surface_text(toks[a:b])).lower()
