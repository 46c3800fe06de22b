"""speed62: cuts that change no output byte (issue 12's 5 %).

- fix88's `nonactors._product_noun_before` made, for every name of an article that writes a product noun in lower
  case, a pattern of the lexicon's nouns and the name, compiled it (a new pattern for every name) and ran it over the
  whole text. `ArticleInfo.noun_before` asks the article's places of those nouns (`noun_slots`, found once per
  article) whether the name follows one.
- actors92's `players.position_word` made a dictionary of the noun's sentence for every descriptor noun, to read the
  two tokens before it; a noun whose token right before (read by its place in the sentence) is no "-" is its own
  word at once.
- web81's `pagelines.data_key` asked every mention's line for a data record's key ('"Average Weekly FoodCorp Spend":');
  a page with no such key anywhere has none on any line, and most pages have none: no mention is asked.
- The narratives' `classes.classify` ran every rule for every predicate, most of them only to abstain on a noun (or
  on a verb) at their first line; each rule says the kinds of predicate it decides (`Rule.kinds`) and a predicate
  runs the rules of its kind (`RULES_OF_KIND`), in the same order.
- `textnorm.normalize_text` of a text beyond printable ASCII (validation's span checks: a mention's, its claim's and
  its statement's texts) built `normalize`'s offsets of every character to read its text; `_normal_text` joins the
  same units alone and keeps the last `NORMAL_TEXTS_KEPT` texts asked.
"""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

import pytest
from narrative_pipeline import textnorm
from narrative_pipeline.actors import pagelines, players
from narrative_pipeline.actors.context import ArticleInfo
from narrative_pipeline.narratives import classes
from narrative_pipeline.narratives.predicates import KINDS, Decision, Predicate, action_lemma
from narrative_pipeline.parsed import Sent, Tok
from narratives_support import PLOVER

NOUNS = ["drug", "drugs", "pill", "anti-depressant", "console", "handset", "medicine"]
PIECES = [*NOUNS, "Crestor", "Tarceva", "Zentor", "Xbox", "Wii", " ", "  ", "-", "_", "\n", ",", ".", "é", "ß", "2",
          "rival", "the", "anti", "Crestor-X", "drugCrestor", "’", "\u00a0"]  # fmt: skip


def _old_noun_before(nouns: frozenset[str], name: str, text: str) -> int | None:
    """Main's search in `nonactors._product_noun_before` before speed62, word for word (the match's start)."""
    alternatives = "|".join(re.escape(w) for w in sorted(nouns))
    found = re.search(rf"(?<![\w-])({alternatives}) +{re.escape(name)}(?![\w-])", text)
    return None if found is None else found.start(1)


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) + rng.choice(["", " ", " ", "  "]) for _ in range(rng.randint(0, 40)))


@pytest.mark.parametrize("seed", range(60))
def test_noun_before_is_main_s_search(seed):
    """Random texts of product nouns, names, spaces, hyphens, underscores, letters beyond ASCII and digits; random
    noun sets (a noun that opens another, a hyphened one, one with a space) and names (the page's, others, a name
    that opens with a space or a hyphen, an empty one): the start main's pattern finds, or None."""
    rng = random.Random(20263204 + seed)
    text = _text(rng)
    nouns = frozenset(rng.sample([*NOUNS, "drug maker", "pi"], rng.randint(1, 5)))
    info = ArticleInfo(toks={}, text=text)
    names = ["Crestor", "Tarceva", "Zentor X", "Xbox", "Crestor-X", " Wii", "-", "2", "", "é", rng.choice(PIECES)]
    spans = [sorted(rng.sample(range(len(text) + 1), 2)) for _ in range(8)] if text else []
    names += [text[a:b] for a, b in spans]
    names += [text[m.end() - rng.randint(0, 1) : m.end() + rng.randint(1, 12)] for m in re.finditer(" +", text)]
    for name in names:
        assert info.noun_before(nouns, name) == _old_noun_before(nouns, name, text), (text, sorted(nouns), name)


def test_a_product_noun_before_a_name():
    text = "The cholesterol drug Crestor is safe, said drug-maker AstraZeneca. Crestor  sales rose; drugs  Tarceva."
    info = ArticleInfo(toks={}, text=text)
    nouns = frozenset(NOUNS)
    assert info.noun_before(nouns, "Crestor") == text.index("drug Crestor")
    assert info.noun_before(nouns, "Tarceva") == text.index("drugs  Tarceva")  # two spaces
    assert info.noun_before(nouns, "AstraZeneca") is None  # "drug-maker": no noun right before it
    assert info.noun_before(nouns, "Cres") is None  # a word goes on after the name
    assert info.noun_before(frozenset(), "Crestor") is None


def test_the_nouns_are_found_once_per_article_and_noun_set(monkeypatch):
    """Asked of many names, the article's text is searched for the nouns once (main: a pattern of its own made and run
    over the text for every name)."""
    searched = []
    finditer = re.finditer

    def counted(*args, **kwargs):
        searched.append(args[0])
        return finditer(*args, **kwargs)

    monkeypatch.setattr(re, "finditer", counted)
    text = "rival medicine Tarceva and the drug Crestor; Tarceva sold. " * 20
    info = ArticleInfo(toks={}, text=text)
    nouns = frozenset(NOUNS)
    for name in ["Tarceva", "Crestor", "AstraZeneca", "Pfizer"] * 30:
        assert info.noun_before(nouns, name) == _old_noun_before(nouns, name, text)
    assert len(searched) == 1


# -- actors92's `players.position_word`: the two tokens before the noun instead of a dictionary of its sentence


def _old_position_word(d) -> tuple[str, Tok | None]:
    """Main's `players.position_word` before speed62, word for word."""
    joined = players.hyphened({t.i: t for t in d.sent.tokens}, d.tok)
    if joined is None or joined.lower() not in d.lex.player_positions:
        return d.tok.lower, None
    return joined.lower(), next(t for t in d.sent.tokens if t.i == d.tok.i - 2)


PIECE_WORDS = [["loose", "-", "head"], ["Fly", "-", "half"], ["tight", "-", "Head"], ["full", "-", "back"], ["the"],
               ["-"], ["Gloucester"], ["half"], ["fly", "-", "by"], ["2", "-", "half"]]  # fmt: skip


def _sentences(rng: random.Random) -> list[Sent]:
    """Random sentences of one article (a sentence's tokens in order, now and then one left out or the sentence's
    tokens shuffled, as the fallback must answer as main does for any list), each token's space after it random."""
    sents, i, start = [], rng.randint(0, 3), 0
    for s in range(rng.randint(1, 3)):
        toks = []
        for text in [w for _ in range(rng.randint(1, 4)) for w in rng.choice(PIECE_WORDS)]:
            toks.append(Tok(i, start, start + len(text), text, text.lower(), "NOUN", "NN", "dep", i, "", "O",
                            rng.random() < 0.3, s, text.lower()))  # fmt: skip
            i, start = i + rng.randint(1, 1 if rng.random() < 0.9 else 2), start + len(text) + 1
        if rng.random() < 0.1:
            rng.shuffle(toks)
        sents.append(Sent(s, None, toks))  # type: ignore[arg-type]
    return sents


@pytest.mark.parametrize("seed", range(60))
def test_position_word_is_main_s(seed):
    """Random sentences of hyphen pieces ("loose", "-", "head"; spaces after them or not; gaps in the token indexes;
    shuffled token lists): every token's word and first part are main's (the very token)."""
    rng = random.Random(20263204 + 1000 + seed)
    lex = SimpleNamespace(player_positions=frozenset({"loose-head", "tight-head", "fly-half", "full-back"}))
    for sent in _sentences(rng):
        for tok in sent.tokens:
            d = SimpleNamespace(sent=sent, tok=tok, lex=lex)
            word, left = players.position_word(d)  # type: ignore[arg-type]
            old_word, old_left = _old_position_word(d)
            assert word == old_word and left is old_left, ([t.text for t in sent.tokens], tok.i)


def test_a_noun_with_no_hyphen_right_before_asks_no_joined_word(monkeypatch):
    """A noun with no "-" token right before it is its own word at once: no dictionary of its sentence, no
    `hyphened` (main asked both for every noun); one with a hyphen before is read as before."""
    toks = [Tok(i, 0, 0, w, w, "NOUN", "NN", "dep", i, "", "O", False, 0, w.lower()) for i, w in
            enumerate(["the", "loose", "-", "head", "winger"], start=7)]  # fmt: skip
    sent = Sent(0, None, toks)  # type: ignore[arg-type]
    asked = []
    hyphened = players.hyphened
    monkeypatch.setattr(players, "hyphened", lambda found, tok: asked.append(tok) or hyphened(found, tok))
    lex = SimpleNamespace(player_positions=frozenset({"loose-head"}))
    assert players.position_word(SimpleNamespace(sent=sent, tok=toks[4], lex=lex)) == ("winger", None)
    assert players.position_word(SimpleNamespace(sent=sent, tok=toks[1], lex=lex)) == ("loose", None)
    assert asked == []
    assert players.position_word(SimpleNamespace(sent=sent, tok=toks[3], lex=lex)) == ("loose-head", toks[1])
    assert asked == [toks[3]]


# -- the narratives' classification rules: each predicate runs the rules of its kind only

SENTENCES = (  # constructions the rules of both kinds decide, nouns with and without a light verb
    "He suffered a heart attack after the awards, which were hosted by Jack Dee. Britain pulled out of the talks. "
    "Mr Blair told the government not to compromise. Unions threatened strikes unless the firm raised pay. "
    "There were renewed calls for his resignation. Mr Tsutsumi faces criminal charges. The rebels took control of "
    "the town and vowed to fight back. Russia recaptured Palmyra and signed a $2bn deal with China. Chelsea meet "
    "Barcelona in the Champions League this weekend's games. The EU made an offer of aid and a tax demand. She "
    "pleaded not guilty and cut ties with the firm."
)


def _main_classify(pred, lex):
    """Main's `classes.classify` before speed62: every rule, in order, for every predicate."""
    for rule in classes.RULES:
        decision = rule.function(pred, lex)
        if decision is not None:
            threat = classes.threatened(pred, decision, lex)
            return ("conditional-threat", threat) if threat is not None else (rule.name, decision)
    return "none", Decision(None, [], pred.key)


def test_a_rule_abstains_on_every_predicate_of_a_kind_it_does_not_take(parse):
    """Every token of the sentences as a verb and as a noun (with and without the verb before it as a light verb,
    with its own and the lexicon's lemma): a rule whose kinds leave a kind out abstains on it, and `classify` gives
    main's rule and decision; the rules of each kind are `RULES` in order."""
    lex = PLOVER
    article = parse(SENTENCES)
    decided = set()
    for tok in article.tokens:
        light = tok.head if tok.head is not None and tok.head is not tok else None
        for pred in (
            Predicate(tok, "verb", lemma=action_lemma(tok, lex)),
            Predicate(tok, "verb"),
            Predicate(tok, "noun"),
            Predicate(tok, "noun", light=light),
            Predicate(tok, "other"),
        ):
            for rule in classes.RULES:
                if pred.kind in KINDS and pred.kind not in rule.kinds:  # any other kind runs every rule
                    assert rule.function(pred, lex) is None, (rule.name, tok.text, pred.kind)
            name, decision = classes.classify(pred, lex)
            assert (name, decision) == _main_classify(pred, lex), (tok.text, pred.kind)
            decided.add((name, pred.kind))
    assert {("not-event", "noun"), ("not-event", "verb"), ("noun", "noun"), ("called-for", "noun")} <= decided
    assert len(decided) >= 12
    for kind, rules in classes.RULES_OF_KIND.items():
        assert rules == tuple(r for r in classes.RULES if kind in r.kinds)
    assert [r.name for r in classes.RULES_OF_KIND["noun"]] == [
        "not-event", "fixture", "conditional-threat", "noun-object", "noun-modifier", "received-noun", "called-for",
        "noun",
    ]  # fmt: skip


# -- validation's texts beyond ASCII: `normalize_text` joins the units without every character's offsets, and keeps
# the last texts asked

NORM_PIECES = ["a", "B", " ", "  ", "\n", "\t", "(", "[", " (", "é", "e\u0301", "\u00ad", "\u200b", "\ufeff", "¿",
               "&amp;", "&#8217;", "&nbsp;", "&bogus;", "’", "“", "—", "ﬁ", "\u00a0", "Ⅻ", "x", ".", "Z", "&"]  # fmt: skip


@pytest.mark.parametrize("seed", range(60))
def test_normalize_text_is_normalize_s_text(seed):
    """Random texts of non-ASCII letters, combining marks, dropped characters, references, brackets after spaces, the
    lost apostrophe and whitespace of every kind: `normalize_text` is `normalize(raw).text`, asked twice (the kept
    answer the second time)."""
    rng = random.Random(20263204 + 2000 + seed)
    for _ in range(20):
        raw = "".join(rng.choice(NORM_PIECES) for _ in range(rng.randint(0, 30)))
        expected = textnorm._normalized(raw, 0).text
        assert textnorm.normalize_text(raw) == expected == textnorm.normalize(raw).text, raw
        assert textnorm.normalize_text(raw) == expected, raw


def test_a_text_beyond_ascii_is_normalized_once():
    textnorm._normal_text.cache_clear()
    raw = "Caf\u00e9  \u2018Nero\u2019 (\u00ad) [ Gen\u00e8ve"
    for _ in range(5):
        assert textnorm.normalize_text(raw) == textnorm.normalize(raw).text
    info = textnorm._normal_text.cache_info()
    assert (info.misses, info.hits) == (1, 4)
    assert textnorm.normalize_text("plain ASCII") == "plain ASCII"  # `is_normal`: not kept
    assert textnorm._normal_text.cache_info().currsize == 1


# -- web81's `pagelines.data_key`: a page with no data record's key anywhere asks none of its mentions


def _old_data_key(cands, info: ArticleInfo) -> set[str]:
    """Main's `pagelines.data_key` before speed62, word for word."""
    every: dict[str, bool] = {}
    for c in cands:
        every[pagelines._key(c)] = every.get(pagelines._key(c), True) and pagelines._in_a_data_key(c, info)
    return {name for name, one in every.items() if one}


KEY_PIECES = ['"', "\u201c", "\u201d", ":", " ", "\n", "FoodCorp", "Spend", "Name", "Matthew Davis", "{", "}", ",",
              "$152.34", "Average Weekly", "said", '"FoodCorp Spend": ', '"Name": "Matthew Davis"', "\u201cFoodCorp\u201d",
              '"FoodCorp"\n:', '"Name" :']  # fmt: skip


@pytest.mark.parametrize("seed", range(60))
def test_data_key_is_main_s(seed):
    """Random pages of quoted keys and values, colons, line breaks (a key's colon on the next line) and names, and
    random candidates (spans of the page, names repeated): main's names."""
    rng = random.Random(20263204 + 3000 + seed)
    text = "".join(rng.choice(KEY_PIECES) for _ in range(rng.randint(0, 40)))
    info = ArticleInfo(toks={}, text=text)
    cands = []
    for _ in range(rng.randint(0, 8)):
        name = rng.choice(["FoodCorp", "Name", "Davis", None])
        found = [m.start() for m in re.finditer(name or "Spend", text)]
        start = rng.choice(found) if found and rng.random() < 0.8 else rng.randint(0, len(text))
        end = min(len(text), start + (len(name or "Spend") if rng.random() < 0.8 else rng.randint(0, 14)))
        cands.append(SimpleNamespace(start=start, end=end, name=name))
    assert pagelines.data_key(cands, info) == _old_data_key(cands, info), (text, cands)


def test_a_page_with_no_data_key_asks_no_mention(monkeypatch):
    asked = []
    monkeypatch.setattr(pagelines, "_in_a_data_key", lambda c, info: asked.append(c) or True)
    cands = [SimpleNamespace(start=0, end=8, name="FoodCorp")]
    assert pagelines.data_key(cands, ArticleInfo(toks={}, text="FoodCorp said: prices rose.")) == set()
    assert asked == []
    assert pagelines.data_key(cands, ArticleInfo(toks={}, text='"FoodCorp Spend": "$1"')) == {"foodcorp"}
    assert len(asked) == 1
