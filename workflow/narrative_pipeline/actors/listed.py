"""Bodies listed after an acronym: "The NSA, Facebook, Equifax, Border Force, Centrelink and countless others are also
kept in the loop" (web82).

spaCy labels the acronym opening the list an organisation and leaves the names after it unlabelled, or makes them its
apposition. `listed_bodies` finds each such name as an organisation of its own.
"""

from __future__ import annotations

from ..parsed import Sent, Tok
from ..syntax import surface_text
from .candidates import Candidate, LinkPriority
from .context import ArticleInfo
from .lexicon import ActorsLexicon
from .named import phrase_set

LIST_DEPS = frozenset({"appos", "conj"})
LISTED_RULE = "listed-body"
LIST_ITEMS = 3  # the acronym and two names at least: a list, not a name and its apposition
CLIMB_LIMIT = 8


def listed_bodies(sent: Sent, cands: list[Candidate], info: ArticleInfo, lex: ActorsLexicon) -> list[Candidate]:
    """Organisations listed after an organisation's acronym (`_list_head`): each proper noun of the list that spaCy
    left unlabelled and no candidate covers, with the proper nouns that modify it ("Border Force"), spelt in lower-case
    letters after a capital (no acronym, initial or plural of one: "MEPs"), no word the page writes in lower case
    ("Editor in Chief"), no listed software ("PHP, Python, and Ruby"), no word right before a bracket or a number
    ("BIS or BIA (...)", "NT, XP and Server 2003"): `listed-body`, an organisation."""
    covered = {i for c in cands for i in range(c.start_i, c.end_i + 1)}
    software = phrase_set(lex.software_names)
    toks = {t.i: t for t in sent.tokens}
    heads: dict[int, list[Tok]] = {}
    for tok in sent.tokens:
        head = _list_head(tok, toks) if tok.dep in LIST_DEPS else None
        if head is not None:
            heads.setdefault(head.i, []).append(tok)
    out = []
    for items in heads.values():
        if len(items) + 1 < LIST_ITEMS:
            continue
        for tok in items:
            span = _name_run(tok, toks) if tok.ent_iob == "O" else None
            if span is None or any(t.i in covered for t in span):
                continue
            if not all(_spelt(t) and t.lower not in info.lower_words for t in span) or (tok.lower,) in software:
                continue
            name = surface_text(span)
            out.append(
                Candidate(
                    span[0].i, span[-1].i, span[0].start, span[-1].end, None, "organisation", "ner-discovered",
                    LinkPriority.DISCOVERED, 1.0, None, name, "ORG", LISTED_RULE, [toks[_list_head(tok, toks).i]],
                )
            )  # fmt: skip
    return out


def _list_head(tok: Tok, toks: dict[int, Tok]) -> Tok | None:
    """The list's first item that `tok` is an apposition or a conjunct of, through the items between: an
    organisation's acronym spaCy labels (two capitals or more, "The NSA"), or None."""
    head, steps = tok.head, 0
    while head is not None and head.i in toks and head.dep in LIST_DEPS and steps < CLIMB_LIMIT:
        head, steps = head.head, steps + 1
    if head is None or head.i not in toks or head is tok:
        return None
    acronym = head.ent_type == "ORG" and head.ent_iob == "B" and head.text.isupper() and len(head.text) >= 2
    return head if acronym else None


def _name_run(tok: Tok, toks: dict[int, Tok]) -> list[Tok] | None:
    """The proper nouns from the first that modifies `tok` to `tok` ("Border Force"), or None where the word after
    it is a bracket or a number, or a capitalised word stands right before the run ("UK Online")."""
    if tok.pos != "PROPN" or not tok.text[:1].isupper():
        return None
    after = toks.get(tok.i + 1)
    if after is not None and (after.text == "(" or after.pos == "NUM"):
        return None
    first = tok.i
    while (prev := toks.get(first - 1)) is not None and prev.pos == "PROPN" and prev.dep == "compound":
        first -= 1
    before = toks.get(first - 1)
    if before is not None and before.text[:1].isupper():
        return None  # "UK Online": the end of a longer name, its first word another's
    return [toks[k] for k in range(first, tok.i + 1)]


def _spelt(tok: Tok) -> bool:
    """A capital, then lower-case letters only ("Equifax", "Centrelink"; not "MEPs", "IM", "LVMHF")."""
    return tok.text.isalpha() and tok.text[:1].isupper() and tok.text[1:].islower() and len(tok.text) > 1
