"""Given names coordinated before a full name: "Ingrid and Guido Haase", "Jim and Margaret Cuthbert" (web82).

Two persons of one family are often named with the surname written once, after the second given name. spaCy takes the
second for a full name and leaves the first alone: a one-word person of its own ("Bill" of "Bill and Hillary
Clinton"), or a place ("Welcome to Ingrid and Guido Haase's web gallery"). `coordinated_given_names` gives the first
the surname of the second.
"""

from __future__ import annotations

from ..parsed import Sent, Tok
from .candidates import Candidate, LinkPriority
from .lexicon import ActorsLexicon

COORDINATORS = frozenset({"and", "&"})
COORDINATED_RULE = "coordinated-given-name"


def coordinated_given_names(sent: Sent, cands: list[Candidate], lex: ActorsLexicon) -> list[Candidate]:
    """The sentence's candidates with, before each person's full name of two words right after "and" ("... and Guido
    Haase"), a one-word given name (`given_names`) standing alone before that "and" found as that given name and the
    full name's surname ("Ingrid Haase", a person: `coordinated-given-name`), in place of a one-word name spaCy found
    there ("Bill" of "Bill and Hillary Clinton"). Not a given name that ends a longer name ("Paul Simon and Nancy
    Wilson": `_alone_before`), nor where the full name runs on into a capitalised word ("the Paul and Mary Monroe
    Endowed Chair": a name of something else), nor a word a registry name or a longer candidate covers."""
    toks = {t.i: t for t in sent.tokens}
    out = list(cands)
    for c in cands:
        given = _coordinated_given(c, toks, lex)
        if given is None:
            continue
        covering = [o for o in out if o.start_i <= given.i <= o.end_i]
        if any(o.end_i > o.start_i or o.method != "ner-discovered" for o in covering):
            continue
        out = [o for o in out if o not in covering]
        name = f"{given.text} {toks[c.end_i].text}"
        out.append(
            Candidate(
                given.i, given.i, given.start, given.end, None, "person", "ner-discovered", LinkPriority.DISCOVERED,
                1.0, None, name, "PERSON", COORDINATED_RULE, [toks[given.i + 1]],
            )
        )  # fmt: skip
    return out


def _coordinated_given(c: Candidate, toks: dict[int, Tok], lex: ActorsLexicon) -> Tok | None:
    """The given name two tokens before a person's two-word full name `c` with "and" between them, or None."""
    if c.actor_type != "person" or c.end_i - c.start_i != 1 or c.start_i not in toks or c.end_i not in toks:
        return None
    words = [toks[c.start_i].text, toks[c.end_i].text]
    if not all(w.isalpha() and w[:1].isupper() for w in words):
        return None
    joint, given, after = toks.get(c.start_i - 1), toks.get(c.start_i - 2), toks.get(c.end_i + 1)
    if joint is None or joint.lower not in COORDINATORS or given is None:
        return None
    if after is not None and after.text[:1].isupper() and after.text.isalpha():
        return None  # "the Paul and Mary Monroe Endowed Chair"
    spelt = given.text.isalpha() and given.text[:1].isupper() and given.text[1:].islower()
    if not spelt or given.lower not in lex.given_names or given.text == words[0] or not _alone_before(given, toks):
        return None
    return given


def _alone_before(given: Tok, toks: dict[int, Tok]) -> bool:
    """Whether no proper noun stands right before the given name ("Paul Simon and ...": a surname, not a given name;
    "Both Bill and ..." is alone), nor a common noun it would name ("Ray Charles biopic Ray and Mike Leigh's abortion
    drama": a work's title)."""
    before = toks.get(given.i - 1)
    return before is None or before.pos not in {"PROPN", "NOUN"}
