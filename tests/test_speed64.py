"""speed64: cuts that change no output byte (issue 12's 5 %).

- claims: `attribution.frame_kind` of a token is worked out once per article (`Scope.frame_kinds`, through
  `frame_kind_in`): a token is asked again for every unit that holds it and for its whole sentence.
- narratives: eight more verb rules in `classes.VERB_KEYS` (not-ruled-out, leave-relation, verb-particle, verb-object,
  object-verb, intransitive-verb, verb, prefixed-verb), each keyed by the lexicon table it looks the key up in; `_phrase_heads` gives
  every key a "<key> <particle>" phrase can start with.
- actors: `listedfirms._renamed` looks up the three words after a word only when the next is a bracket.
- discovery's `slug` and `_initials` patterns compiled once; validation's `unique_keys` by `attrgetter`.
"""

from __future__ import annotations

import random
import re
import string
from pathlib import Path
from types import SimpleNamespace

import pytest
from narrative_pipeline.actors import discovery, listedfirms
from narrative_pipeline.claims import attribution
from narrative_pipeline.narratives import classes
from narrative_pipeline.narratives.predicates import Predicate, action_lemma
from narrative_pipeline.parsed import Tok
from narrative_pipeline.validate import checks
from narratives_support import PLOVER
from test_speed62 import _main_classify  # main's `classes.classify` before speed62: every rule, in order
from test_speed63 import SENTENCES

ROOT = Path(__file__).resolve().parents[1]

# sentences of frames (reporting verbs, stance adjectives, passives, a colon, conditions, several units a sentence, a
# quotation across units): each token asked for the whole sentence and for its unit
FRAMES = (
    'The minister said the plan would fail, but officials insisted it would work. "We will win," he told reporters. '
    "It is clear that prices will rise, the Bank of England warned. The claims were denied by the company. "
    'If the FA ask me what happened, I will tell them. Mr Brown went on: "This is the right thing to do." '
    "According to the BBC, the talks collapsed and the unions said they would strike. Analysts expect rates to rise, "
    "and economists believe the economy will slow. The firm announced plans to cut 500 jobs."
)


def _claims(articles, mentions):
    from narrative_pipeline.claims import extract_claims, load_lexicon

    lex = load_lexicon(ROOT / "config/claims_lexicon.yaml")
    claims, roles = extract_claims(articles, mentions, lex)
    return [c.model_dump() for c in claims], [r.model_dump() for r in roles]


@pytest.fixture()
def framed(parse, linker):
    from narrative_pipeline.actors import link_article
    from narrative_pipeline.actors.linking import mention_records

    articles = [parse("A headline that is never a claim\n\n" + FRAMES), parse("Another headline\n\n" + SENTENCES)]
    mentions = [m for a in articles for m in mention_records(a, link_article(a, linker(90.0)))]
    return articles, mentions


def test_frame_kind_in_answers_frame_kind_and_claims_are_main_s(framed, monkeypatch):
    """Every token `best_frame` and a frame ask: `frame_kind_in` answers `frame_kind` (asked afresh), and tokens are
    asked more than once; the claims and roles are main's (`frame_kind` asked at every call)."""
    articles, mentions = framed
    kept = attribution.frame_kind_in
    asked: list[Tok] = []

    def both(tok, scope):
        answer = kept(tok, scope)
        assert answer == attribution.frame_kind(tok, scope.lex), tok.text
        asked.append(tok)
        return answer

    monkeypatch.setattr(attribution, "frame_kind_in", both)
    claims = _claims(articles, mentions)
    assert len(asked) >= 200 and len(set(map(id, asked))) < len(asked)  # some tokens asked again
    assert sum(1 for t in asked if attribution.frame_kind(t, _lex()) not in (None, "other-verb")) >= 10
    monkeypatch.setattr(attribution, "frame_kind_in", lambda tok, scope: attribution.frame_kind(tok, scope.lex))
    assert _claims(articles, mentions) == claims


def _lex():
    from narrative_pipeline.claims import load_lexicon

    return load_lexicon(ROOT / "config/claims_lexicon.yaml")


def test_claims_of_two_articles_together_are_each_alone(framed):
    """The kept frame kinds belong to one article's scope: two articles in one call give what each gives alone."""
    articles, mentions = framed
    together = _claims(articles, mentions)
    alone = [_claims([a], [m for m in mentions if m.article_id == a.article_id]) for a in articles]
    assert together == ([c for cs, _ in alone for c in cs], [r for _, rs in alone for r in rs])


# -- narratives: eight more keyed verb rules

SPEED64_KEYED = ("not-ruled-out", "leave-relation", "verb-particle", "verb-object", "object-verb", "intransitive-verb",
                 "verb", "prefixed-verb")  # fmt: skip
KEYED_SENTENCES = (
    "Britain pulled out of the talks and withdrew from the deal. The party quit the coalition. Mr Brown did not rule "
    "out a strike and would not exclude military action. Police called off the search. The army called up reservists. "
    "Rebels attacked the town and troops fired on protesters. The union threatened strikes. Ministers met in Brussels. "
    "Workers protested. The company cut ties with the firm and backed down. He was arrested and later released. "
    "They signed an agreement and lifted sanctions. She resigned. The rebels withdrew. Campaigners lobbied ministers. "
    "Thousands marched in London. The army recaptured the town."
)


def test_phrase_heads_hold_every_key_a_particle_phrase_starts_with():
    """`_phrase_heads` holds every key k for which some phrase is k itself or k, a space and more, and no other key:
    random phrase sets of words, spaces and a double space."""
    rng = random.Random(64)
    words = ["pull", "out", "of", "walk", "away", "from", "quit", "", "back", "down"]
    for _ in range(200):
        phrases = {" ".join(rng.choices(words, k=rng.randint(1, 4))) for _ in range(rng.randint(0, 6))}
        heads = classes._phrase_heads(phrases)
        keys = {" ".join(rng.choices(words, k=rng.randint(1, 3))) for _ in range(30)} | set(heads)
        for key in keys:
            reachable = key in phrases or any(p.startswith(key + " ") for p in phrases)
            assert (key in heads) == reachable, (key, phrases)


def test_speed64_s_keyed_rules_abstain_outside_their_set_and_classify_is_main_s(parse):
    """Every token of the sentences (speed63's and these) as a verb with its own lemma, the lexicon's and keys of
    every set and none: each newly keyed rule abstains on a key outside its set, and `classify` gives main's rule and
    decision; the newly keyed rules decide some of them."""
    lex, rng = PLOVER, random.Random(2026_12_08)
    sets = {name: frozenset(classes.VERB_KEYS[name](lex)) for name in SPEED64_KEYED}
    rules = {r.name: r for r in classes.RULES_OF_KIND["verb"]}
    pool = sorted({k for s in sets.values() for k in s})
    decided, asked = set(), 0
    for text in (KEYED_SENTENCES, SENTENCES):
        for tok in parse(text).tokens:
            for key in [action_lemma(tok, lex), tok.lemma, *rng.sample(pool, 4), "zzz", "pull out"]:
                pred = Predicate(tok, "verb", lemma=key)
                for name, keys in sets.items():
                    if key not in keys:
                        asked += 1
                        assert rules[name].function(pred, lex) is None, (name, tok.text, key)
                found = classes.classify(pred, lex)
                assert found == _main_classify(pred, lex), (tok.text, key)
                decided.add(found[0])
    assert asked > 5_000
    assert len(decided & set(SPEED64_KEYED)) >= 5, sorted(decided)


@pytest.mark.parametrize("name", SPEED64_KEYED)
def test_a_narrower_set_for_a_speed64_rule_is_caught(parse, monkeypatch, name):
    """Each newly keyed rule decides a verb of the sentences; with its set emptied, `classify` leaves that verb to a
    later rule (the check above would catch a guard's table changed without its `VERB_KEYS` entry)."""
    lex = PLOVER
    preds = [Predicate(t, "verb", lemma=action_lemma(t, lex)) for t in parse(KEYED_SENTENCES).tokens]
    hit = next(p for p in preds if classes.classify(p, lex)[0] == name)
    monkeypatch.setitem(classes.VERB_KEYS, name, lambda lex: frozenset())
    monkeypatch.setattr(classes, "_VERB_TABLES", {})
    assert classes.classify(hit, lex) != _main_classify(hit, lex)


# -- actors: "X (now Y)" pairs


def _main_renamed(toks: dict[int, Tok]) -> list[Tok]:
    """Main's `listedfirms._renamed` before speed64, word for word."""
    out = []
    for i, tok in toks.items():
        nxt, now, new, close = (toks.get(i + k) for k in (1, 2, 3, 4))
        if nxt is None or now is None or new is None or close is None:
            continue
        if (nxt.text, now.lower) == listedfirms.RENAMED and close.text == ")":
            out += [tok, new]
    return out


def _tok(i: int, text: str) -> Tok:
    return Tok(i, 0, 0, text, text, "X", "X", "dep", i, "", "O", True, 0, text.lower())


def test_renamed_is_main_s_on_random_token_maps():
    """60 random token maps of brackets, "now" (any case), names and gaps in the indexes: main's pairs, in order."""
    rng = random.Random(6464)
    words = ["(", ")", "now", "Now", "NOW", "Cellnet", "O2", "BT", "(now", "then", "and"]
    found = 0
    for _ in range(60):
        toks, i = {}, rng.randint(0, 5)
        for _ in range(rng.randint(0, 40)):
            run = ["Orange", "(", rng.choice(["now", "Now", "then"]), "EE", rng.choice([")", ")", ","])]
            for text in run if rng.random() < 0.15 else [rng.choice(words)]:  # a pair, whole or spoilt, or a word
                toks[i] = _tok(i, text)
                i += 1 if rng.random() < 0.95 else rng.randint(2, 3)
        items = list(toks.items())
        rng.shuffle(items) if rng.random() < 0.2 else None  # an order that is not the indexes'
        toks = dict(items)
        assert listedfirms._renamed(toks) == _main_renamed(toks)
        found += len(_main_renamed(toks))
    assert found >= 10


# -- discovery's patterns, validation's unique keys


def test_slug_and_initials_are_main_s():
    rng = random.Random(64)
    alphabet = string.ascii_letters + string.digits + " -_.'&é’ÆØ"
    for _ in range(500):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 30)))
        assert discovery.slug(text) == (re.sub(r"[^a-z0-9]+", "_", discovery.fold(text).lower()).strip("_") or "x")
        assert discovery._LETTER_RUNS.findall(text) == re.findall(r"[A-Za-z]+", text)


def _main_unique_keys(rows, spec, checker, label=None) -> None:
    """Main's `checks.unique_keys` before speed64."""
    checks._unique([tuple(getattr(r, k) for k in spec.key) for r in rows], spec, checker, label)


@pytest.mark.parametrize("key", [(), ("a",), ("a", "b"), ("b", "a", "c")])
def test_unique_keys_is_main_s(key):
    """Rows with repeated keys, of 0-3 key fields: the same check result (count, violations, messages)."""
    rng = random.Random(len(key))
    spec = SimpleNamespace(key=key, step="s", name="t")
    for _ in range(20):
        rows = [
            SimpleNamespace(a=rng.randint(0, 5), b=rng.choice(["x", "y", None]), c=rng.random() < 0.5)
            for _ in range(rng.randint(0, 30))
        ]
        new, main = checks.Checker("shard"), checks.Checker("shard")
        checks.unique_keys(rows, spec, new, "lbl")
        _main_unique_keys(rows, spec, main, "lbl")
        assert new.results == main.results
