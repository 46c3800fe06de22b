"""speed63: cuts that change no output byte (issue 12's 5 %).

- The narratives' `classes.classify` asked every verb rule of a verb predicate, most of them only to abstain at their
  first line ("if pred.kind != "verb" or pred.key not in lex.funding_verbs: return None"). `VERB_KEYS` names, for
  the rules whose guard is such a set, that set; `verb_rules` gives a verb key the verb rules in order less those
  whose set does not hold it, made once per key and lexicon.
- claims' `CertaintyContext.hedge_word` asked three modal tests (impossibility, past possibility, comparative
  likelihood) of every token of a unit before its last test, that the word is one of `hedge_words`: a word of none
  is answered False first (the three tests are pure).
"""

from __future__ import annotations

import random
from pathlib import Path

from narrative_pipeline.claims import certainty
from narrative_pipeline.claims.certainty import NAMED_ENTITIES, comparative_likelihood, impossibility, past_possibility
from narrative_pipeline.narratives import classes
from narrative_pipeline.narratives.predicates import Predicate, action_lemma
from narrative_pipeline.syntax import in_adverbial_clause
from narratives_support import PLOVER
from test_speed62 import _main_classify  # main's `classes.classify` before speed62 and speed63: every rule, in order

ROOT = Path(__file__).resolve().parents[1]

# constructions the keyed verb rules decide (and speed62's sentences): hosting, recognising, suspending, moving troops,
# warning, agreeing, asking, wanting, telling, offering, promising, backing, writing off, taking control, deals
SENTENCES = (
    "He suffered a heart attack after the awards, which were hosted by Jack Dee. Britain pulled out of the talks. "
    "Mr Blair told the government not to compromise. Unions threatened strikes unless the firm raised pay. "
    "There were renewed calls for his resignation. Mr Tsutsumi faces criminal charges. The rebels took control of "
    "the town and vowed to fight back. Russia recaptured Palmyra and signed a $2bn deal with China. Chelsea meet "
    "Barcelona in the Champions League this weekend's games. The EU made an offer of aid and a tax demand. She "
    "pleaded not guilty and cut ties with the firm. Britain will host the talks and hosted the Chinese president. "
    "The prize recognised the UN for its work, and France recognised the new government. The Commonwealth suspended "
    "Zimbabwe and UKIP suspended a candidate. Russia sent two frigates and ordered troops to march. Lord Goldsmith "
    "warned Tony Blair that the war could be illegal. Lord Falconer agreed the act was discriminatory and agreed to "
    "release the prisoners. He was asked about the article. Cafod wants Britain to use its influence. The firm "
    "offered children's programmes and offered China access. They pledged to launch air strikes and promised to "
    "cut taxes. The project was funded by the European Union. The bank wrote off the debt. Mr Brown will not rule "
    "out a strike."
)


def _keys(lex, rng: random.Random) -> list[str]:
    """Verb keys to ask: some of every rule's set, a few words of none, and two-word keys ("pull out")."""
    words = sorted({k for keys in classes.VERB_KEYS.values() for k in keys(lex)})
    return [*rng.sample(words, min(40, len(words))), "say", "meet", "zzz", "pull out", "", "host", "suspend"]


def test_every_rule_of_verb_keys_abstains_on_a_verb_outside_its_set(parse):
    """Every token of the sentences as a verb with its own lemma, the lexicon's and keys drawn from every rule's set
    and none: a rule of `VERB_KEYS` abstains on every verb whose key its set does not hold (its guard is that set)."""
    lex, rng = PLOVER, random.Random(2026_12_07)
    article = parse(SENTENCES)
    sets = {name: frozenset(keys(lex)) for name, keys in classes.VERB_KEYS.items()}
    rules = {r.name: r for r in classes.RULES_OF_KIND["verb"]}
    asked = 0
    for tok in article.tokens:
        for key in [action_lemma(tok, lex), tok.lemma, *rng.sample(_keys(lex, rng), 6)]:
            pred = Predicate(tok, "verb", lemma=key)
            for name, keys in sets.items():
                if pred.key not in keys:
                    asked += 1
                    assert rules[name].function(pred, lex) is None, (name, tok.text, pred.key)
    assert asked > 10_000


def test_classify_gives_main_s_rule_and_decision(parse):
    """Every token as a verb (its own, the lexicon's and other keys), a noun (with and without a light verb) and a
    third kind: `classify` (the verb rules a key may reach) gives main's rule and decision; the keyed rules decide
    some of them."""
    lex, rng = PLOVER, random.Random(63)
    article = parse(SENTENCES)
    decided = set()
    for tok in article.tokens:
        light = tok.head if tok.head is not None and tok.head is not tok else None
        preds = [Predicate(tok, "verb", lemma=action_lemma(tok, lex)), Predicate(tok, "verb")]
        preds += [Predicate(tok, "verb", lemma=k) for k in rng.sample(_keys(lex, rng), 3)]
        preds += [Predicate(tok, "noun"), Predicate(tok, "noun", light=light), Predicate(tok, "other")]
        for pred in preds:
            found = classes.classify(pred, lex)
            assert found == _main_classify(pred, lex), (tok.text, pred.kind, pred.key)
            decided.add(found[0])
    keyed = decided & set(classes.VERB_KEYS)
    assert len(keyed) >= 8, sorted(decided)


def test_verb_rules_keep_the_order_and_leave_out_only_keyed_rules():
    lex = PLOVER
    verb_rules = classes.RULES_OF_KIND["verb"]
    assert set(classes.VERB_KEYS) <= {r.name for r in verb_rules}
    for key in ["host", "say", "zzz", "offer", "warn", "promise", "suspend", "back"]:
        rules = classes.verb_rules(key, lex)
        assert rules == tuple(r for r in verb_rules if r in rules)  # in order
        left_out = [r.name for r in verb_rules if r not in rules]
        assert all(name in classes.VERB_KEYS and key not in classes.VERB_KEYS[name](lex) for name in left_out)
        assert classes.verb_rules(key, lex) is rules  # made once
    # speed64 keyed not-ruled-out, leave-relation, verb-particle, verb-object, object-verb, intransitive-verb, verb and
    # prefixed-verb
    assert [r.name for r in classes.verb_rules("zzz", lex)] == ["fixture"]


def test_a_rule_whose_guard_set_is_wrong_fails_the_check(parse, monkeypatch):
    """The check above catches a `VERB_KEYS` set narrower than its rule's guard (a changed guard left here)."""
    monkeypatch.setitem(classes.VERB_KEYS, "hosted", lambda lex: frozenset())
    monkeypatch.setattr(classes, "_VERB_TABLES", {})
    article = parse("Britain will host the talks.")
    host = next(t for t in article.tokens if t.lower == "host")
    pred = Predicate(host, "verb", lemma=action_lemma(host, PLOVER))
    assert classes.classify(pred, PLOVER) != _main_classify(pred, PLOVER)


# -- claims: `hedge_word` answers a word of no `hedge_words` first


def _main_hedge_word(self, tok) -> bool:
    """Main's `CertaintyContext.hedge_word` before speed63, word for word."""
    governs = tok.head.i if tok.head is not None else tok.i
    if impossibility(tok, self.lex) or past_possibility(tok, self.lex) or comparative_likelihood(tok, self.lex):
        return False
    if tok.pos == "PROPN" or tok.ent_type in NAMED_ENTITIES:
        return False
    if tok.lower in self.lex.hearsay_adverbs and in_adverbial_clause(tok, self.unit.root):
        return False
    return tok.lower in self.lex.hedge_words and (governs in self.main or tok.i in self.main)


HEDGES = (
    "Workers could strike next week, the union said. At the time, workers could be sacked without notice. The "
    "minister could not comment. Older voters are more likely to vote than students. The economy may perhaps slow. "
    "Theresa May said prices might rise. He was suspended for allegedly missing tests. Officials are worried that "
    "the fighting could spread, the UN said. It is possibly the best result, although that may continue to irritate "
    "his chancellor. Interest rates will probably rise and shares would likely fall. I doubt Greg Rusedski will be "
    "that far behind him. The deal may have been signed on 5 May."
)


def test_hedge_word_is_main_s_on_every_token(parse, linker, monkeypatch):
    """Every token of every unit of the claims of sentences with hedges, modals of the past, of impossibility, of
    comparison, names and hearsay adverbs: `hedge_word` answers as main's; the claims' certainty is main's."""
    from narrative_pipeline.actors import link_article
    from narrative_pipeline.actors.linking import mention_records
    from narrative_pipeline.claims import extract_claims, load_lexicon

    lex = load_lexicon(ROOT / "config/claims_lexicon.yaml")
    article = parse("A headline that is never a claim\n\n" + HEDGES)
    mentions = mention_records(article, link_article(article, linker(90.0)))
    asked = []
    new = certainty.CertaintyContext.hedge_word

    def both(self, tok):
        answer = new(self, tok)
        assert answer == _main_hedge_word(self, tok), tok.text
        asked.append(answer)
        return answer

    monkeypatch.setattr(certainty.CertaintyContext, "hedge_word", both)
    claims, _ = extract_claims([article], mentions, lex)
    assert len(asked) >= 60 and sum(asked) >= 10
    monkeypatch.setattr(certainty.CertaintyContext, "hedge_word", _main_hedge_word)
    main_claims, _ = extract_claims([article], mentions, lex)
    assert [(c.text, c.certainty, c.certainty_rule) for c in claims] == [
        (c.text, c.certainty, c.certainty_rule) for c in main_claims
    ]
