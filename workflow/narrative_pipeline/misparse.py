"""The normalize step's repairs of two trees the parser gets wrong, on the parse every later step reads.

1. A speech verb the parser tagged as a plural noun, read again as the verb it is (`repair_speech_verbs`).
"Its mid-year economic review forecasts growth of 6% in 2004", "Marca criticises Gary Neville for ...": with no
auxiliary and a noun before it, spaCy takes the verb in "-s" for a plural noun at the root ("review forecasts" as a
compound), so the sentence has no verb and no frame, and the report is the author's event (review73 finding 3). The
parse retags such a root as the present-tense verb of its stem when the shape leaves no other reading: a
lower-case root in "-s" tagged NNS whose stem is a reporting verb of the lexicon, right after a definite noun phrase
(a name, or a noun with a determiner or possessive) that hangs on it, and right before the start of its object (a
determiner, a name, a noun, an adjective, a number or a pronoun; not "points to", "wades into"). Title-cased list
lines ("44 Clean Jokes for Kids") and headlines' bare nouns ("player burn-out worries") do not take that shape.

2. A player's position taken for the sentence's verb before a name, read again as the name's compound
(`repair_position`).

claims90 repaired both in the claims reading only, so the actors and narratives steps read the broken trees (the
player lost his subject role); fix89 (normalize.parse.v10) moved them here: `repair_article` runs on each article's
token rows before the normalize step writes them. The words are the claims lexicon's (`RepairWords`: its reporting
verbs and position nouns, read by path as the actors step reads its given names).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from .lexicon import RepairWords, repair_words
from .parsed import Sent, Tok, build_articles
from .records import ArticleText, SentenceRecord
from .syntax import SUBJECT_DEPS

# the claims lexicon of a source checkout (the pipeline passes the configured one)
DEFAULT_WORDS_LEXICON = Path(__file__).resolve().parents[2] / "config" / "claims_lexicon.yaml"


@cache
def default_repair_words() -> RepairWords:
    """The repairs' words of the source checkout's claims lexicon (`DEFAULT_WORDS_LEXICON`), read once."""
    return repair_words(DEFAULT_WORDS_LEXICON)


OBJECT_STARTS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON"})
DEFINITE_DEPS = frozenset({"det", "poss"})
BARE_ROOTS = frozenset({"ADP", "INTJ"})


def verb_stem(word: str, lex: RepairWords) -> str | None:
    """The reporting verb of the lexicon whose "-s" form a word is ('forecasts' -> 'forecast', 'criticises' ->
    'criticise', 'denies' -> 'deny'), or None."""
    if not word.endswith("s"):
        return None
    stems = [word[:-1], word[:-2] if word.endswith("es") else "", word[:-3] + "y" if word.endswith("ies") else ""]
    return next((s for s in stems if s and s in lex.reporting_verbs), None)


def definite_noun(tok: Tok) -> bool:
    """A name, or a noun with a determiner or possessive of its own ('Marca', 'its ... review', 'The Tory leader')."""
    if tok.pos == "PROPN":
        return True
    return tok.pos == "NOUN" and any(c.dep in DEFINITE_DEPS for c in tok.children)


def under_bare_root(tok: Tok) -> bool:
    """An object of a root that is a preposition or interjection, not a verb: 'And like AS, Marca criticises ...'
    parsed with "like" as the root and "criticises" as its object."""
    head = tok.head
    return tok.dep == "pobj" and head is not None and head.dep == "ROOT" and head.pos in BARE_ROOTS and head.i < tok.i


def misparsed_speech_verb(tok: Tok, tokens: list[Tok], lex: RepairWords) -> str | None:
    """The stem of a root tagged as a plural noun that reads as a reporting verb in "-s" between its subject and its
    object (see the module), or None. `tokens`: the sentence's tokens."""
    if tok.pos != "NOUN" or tok.tag != "NNS" or not tok.text.islower():
        return None
    if tok.dep != "ROOT" and not under_bare_root(tok):
        return None
    stem = verb_stem(tok.lower, lex)
    if stem is None:
        return None
    at = {t.i: t for t in tokens}
    before, after = at.get(tok.i - 1), at.get(tok.i + 1)
    if before is None or after is None or before.head is not tok or before.dep not in {"nsubj", "compound"}:
        return None
    if not definite_noun(before) or after.pos not in OBJECT_STARTS:
        return None
    return stem


def repair_speech_verbs(sent: Sent, lex: RepairWords) -> None:
    """Retag, in place, a root (or the object of a bare root, which takes its place) that `misparsed_speech_verb`
    reads as a verb: a verb in the present tense with the noun before it as its subject and a name or noun after it
    that the parser hung on it as a compound or apposition as its object ('Marca criticises Gary Neville for ...')."""
    tokens = sent.tokens
    top = next((t for t in tokens if t.dep == "ROOT"), None)
    if top is None:
        return
    found = [(t, stem) for t in [top, *top.children] if (stem := misparsed_speech_verb(t, tokens, lex)) is not None]
    if not found:
        return
    root, stem = found[0]
    if root is not top:  # the bare root ("like") becomes the verb's modifier
        top.children.remove(root)
        root.head, root.head_i, root.dep = root, root.i, "ROOT"
        top.head, top.head_i, top.dep = root, root.i, "prep"
        root.children.append(top)
    root.pos, root.tag, root.lemma = "VERB", "VBZ", stem
    subject = next(t for t in tokens if t.i == root.i - 1)
    subject.dep = "nsubj"
    if not any(c.dep == "dobj" for c in root.children):
        first = next((c for c in root.children if c.i > root.i and c.dep in {"appos", "compound"}), None)
        if first is not None:
            first.dep = "dobj"


def misparsed_position(tok: Tok, lex: RepairWords) -> tuple[Tok, Tok] | None:
    """'Ireland and Munster lock Paul O'Connell has dismissed media reports ...': the parser took a player's position
    (`position_nouns`) before a name for the sentence's verb (the root), the name for its object and the real verb for
    a clause after it with no subject (review73 finding 2). The name and the verb, or None. Only a clause whose words
    start right after the name's."""
    if tok.dep != "ROOT" or tok.lower not in lex.position_nouns or tok.pos not in {"VERB", "AUX"}:
        return None
    name = next((c for c in tok.children if c.dep == "dobj" and c.pos == "PROPN" and c.i > tok.i), None)
    if name is None or name.subtree()[0].i != tok.i + 1:
        return None
    after = name.subtree()[-1].i + 1
    verb = next((c for c in tok.children if c.dep == "ccomp" and c.subtree()[0].i == after), None)
    if verb is None or any(c.dep in SUBJECT_DEPS for c in verb.children):
        return None
    return name, verb


def repair_position(sent: Sent, lex: RepairWords) -> None:
    """Read a position word that `misparsed_position` finds again as what it is, in place: the clause's verb becomes
    the root with the name as its subject, the position word a compound of the name and the team before it a compound
    of the position ('Ireland and Munster lock Paul O'Connell' the subject of 'has dismissed'). The parse of the other
    steps is unchanged."""
    top = next((t for t in sent.tokens if t.dep == "ROOT"), None)
    found = misparsed_position(top, lex) if top is not None else None
    if top is None or found is None:
        return
    name, verb = found
    moved = [verb, name, *(c for c in top.children if c.dep == "punct" and c.i > verb.i)]
    top.children = [c for c in top.children if c not in moved]
    verb.head, verb.head_i, verb.dep = verb, verb.i, "ROOT"
    for tok in moved[1:]:
        tok.head, tok.head_i = verb, verb.i
        verb.children.append(tok)
    name.dep = "nsubjpass" if any(c.dep == "auxpass" for c in verb.children) else "nsubj"
    top.head, top.head_i, top.dep, top.pos, top.tag = name, name.i, "compound", "NOUN", "NN"
    name.children.append(top)
    for team in top.children:
        if team.dep in SUBJECT_DEPS:
            team.dep = "compound"


REPAIRS: tuple[Callable[[Sent, RepairWords], None], ...] = (repair_speech_verbs, repair_position)
"""The repairs, in the order each sentence takes them."""
REPAIRED_FIELDS = ("lemma", "pos", "tag", "dep", "head_i")
"""The fields of a token the repairs may change: the token columns `lemma`, `pos`, `tag`, `dep` and `head`."""
_CANDIDATE_DEPS = frozenset({"ROOT", "pobj"})


def may_need_repair(columns: dict[str, list[Any]], words: RepairWords) -> bool:
    """Whether an article's token columns hold a token a repair starts from: a root (or a preposition's object) tagged
    as a plural noun, or a root that is a position noun. Most articles hold none and are not read into trees."""
    return any(
        dep in _CANDIDATE_DEPS and (tag == "NNS" or text.lower() in words.position_nouns)
        for dep, tag, text in zip(columns["dep"], columns["tag"], columns["text"], strict=True)
    )


def repair_sentence(sent: Sent, words: RepairWords) -> bool:
    """Take each of `REPAIRS` on one sentence, in place; whether any changed it."""
    state = _fields(sent)
    for repair in REPAIRS:
        repair(sent, words)
    return _fields(sent) != state


def _fields(sent: Sent) -> list[tuple[Any, ...]]:
    return [tuple(getattr(t, name) for name in REPAIRED_FIELDS) for t in sent.tokens]


def repair_article(
    article: ArticleText, sentences: list[SentenceRecord], columns: dict[str, list[Any]], words: RepairWords
) -> int:
    """Repair one article's token columns (`normalize.assemble`'s, in token order) in place; returns the number of
    sentences changed."""
    if not may_need_repair(columns, words):
        return 0
    (parsed,) = build_articles([article], sentences, columns)
    changed = sum(repair_sentence(sent, words) for sent in parsed.sents)
    if changed:
        for k, tok in enumerate(parsed.tokens):  # the tokens in the columns' order
            for column, name in zip(("lemma", "pos", "tag", "dep", "head"), REPAIRED_FIELDS, strict=True):
                columns[column][k] = getattr(tok, name)
    return changed
