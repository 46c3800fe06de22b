"""A speech verb the parser tagged as a plural noun, read again as the verb it is.

"Its mid-year economic review forecasts growth of 6% in 2004", "Marca criticises Gary Neville for ...": with no
auxiliary and a noun before it, spaCy takes the verb in "-s" for a plural noun at the root ("review forecasts" as a
compound), so the sentence has no verb and no frame, and the report is the author's event (review73 finding 3). The
claims reading retags such a root as the present-tense verb of its stem when the shape leaves no other reading: a
lower-case root in "-s" tagged NNS whose stem is a reporting verb of the lexicon, right after a definite noun phrase
(a name, or a noun with a determiner or possessive) that hangs on it, and right before the start of its object (a
determiner, a name, a noun, an adjective, a number or a pronoun; not "points to", "wades into"). Title-cased list
lines ("44 Clean Jokes for Kids") and headlines' bare nouns ("player burn-out worries") do not take that shape.
The parse of the other steps is unchanged.
"""

from __future__ import annotations

from ..parsed import Sent, Tok
from .lexicon import Lexicon

OBJECT_STARTS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON"})
DEFINITE_DEPS = frozenset({"det", "poss"})
BARE_ROOTS = frozenset({"ADP", "INTJ"})


def verb_stem(word: str, lex: Lexicon) -> str | None:
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


def misparsed_speech_verb(tok: Tok, tokens: list[Tok], lex: Lexicon) -> str | None:
    """The stem of a root tagged as a plural noun that reads as a reporting verb in "-s" between its subject and its
    object (see the module), or None. `tokens`: the sentence's tokens."""
    if tok.pos != "NOUN" or tok.tag != "NNS" or not tok.text.islower() or not (tok.dep == "ROOT" or under_bare_root(tok)):
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


def repair_speech_verbs(sent: Sent, lex: Lexicon) -> None:
    """Retag, in place, a root (or the object of a bare root, which takes its place) that `misparsed_speech_verb` reads as a verb: a verb in the present tense with the
    noun before it as its subject and a name or noun after it that the parser hung on it as a compound or apposition
    as its object ('Marca criticises Gary Neville for ...')."""
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
