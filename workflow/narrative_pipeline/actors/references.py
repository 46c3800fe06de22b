"""The authors of a reference list's entries (actors37, issue 12: pages that are not news).

Wikipedia's and journals' reference lists name a cited work's authors surname first, "Linderman, George C.;
Steinerberger, Stefan (2017-06-08).", "van der Maaten, L.J.P.; Hinton, G.E. (Nov 2008).", or in the Vancouver style,
"58. Tausche A-K, Reuss-Borst M, Koch U. Urate lowering therapy ...". spaCy cuts such a list at its commas: it takes
"George C." for one person and "Linderman" for another, "L.J.P." or "Pezzotti" for organisations, "Koch U. Urate"
for a person's name run into the title. A cited author is a named person (ANNOTATION: a named person is an actor),
and the whole "Surname, Given" is the mention: `reference_authors` finds the authors of every such list, each with
its span and its name ("George C. Linderman", "L.J.P. van der Maaten"; a Vancouver author as written, "Koch U").
They replace whatever spaCy found inside those spans.

An author list is only taken where its shape says it is one: surname-first authors, separated by semicolons (or one
author alone), right before the year of the work ("(2017-06-08)", "(Nov 2008)", ". 1995."); or, at the opening of a
line (after a bullet or the entry's number), Vancouver authors (a surname and up to three capital initials) separated
by commas and closed by a full stop or "et al.". A sentence of prose has neither shape. And a reference goes on to
its work: the year is closed by a full stop, a comma or a colon, before the title or the line's end ("(2017-06-08).
"Clustering ..."", "1995. The Dictionary"), and a Vancouver entry's line gives the year of the work
after its authors; a place and its region before a year at a line's opening ("Washington, D.C. (2019) was the
venue", "London, May 2019 - The", "- Arsenal FC, Chelsea FC.") is no author list (review28).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..parsed import Tok
from .candidates import Candidate, LinkPriority

# Every pattern below can match a text in one way only (no two quantifiers that take the same letters), so that a
# long run of initials or capitals with no year after it fails at once instead of trying every split of it.
_CAP_WORD = r"[A-Z][^\W\d_]*(?:['’‐-][^\W\d_]+)*"  # "Linderman", "Reuss-Borst", "O'Brien", "Viégas"
_GIVEN_WORD = r"[A-Z][^\W\dA-Z_]*\.?(?:-?[A-Z][^\W\dA-Z_]*\.?)*"  # "George", "C.", "L.J.P.", "G.E.", "A-K", "JoAnn"
_LINE_OPENING = r"^[^\w\n]*(?:\d{1,3}[^\w\n]+)?(?:\b[a-z]\b[^\w\n]*)*"  # "- ^ a b ", "12. ", "[3] "
_INITIALS = re.compile(r"(?:[A-Z]\.?-?)+")  # "C.", "L.J.P.", "A-K"


@dataclass(frozen=True)
class AuthorPatterns:
    """The patterns of a reference list's authors, built from the name particles of the actors lexicon
    (`name_particles`, the one list of them: "van der Maaten", "Ibn Khaldun", "ter Braak")."""

    author: re.Pattern[str]
    inverted_list: re.Pattern[str]
    vancouver_author: re.Pattern[str]
    vancouver_list: re.Pattern[str]


def _alternatives(words: frozenset[str]) -> str:
    """The words as one regex alternation, the longest first ("della" before "del" before "de")."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@cache
def author_patterns(particles: frozenset[str]) -> AuthorPatterns:
    """The author patterns for these particles: a surname may open with particles written in lower case or
    capitalised ("van der Maaten", "Van der Maaten", "Ibn Khaldun"); a given name may hold them in lower case
    ("Laurens van der")."""
    words = frozenset(p.lower() for p in particles if p.isalpha())
    upper = frozenset(w[:1].upper() + w[1:] for w in words)
    particle = rf"(?:{_alternatives(words | upper)})\b"
    surname = rf"(?:{particle}\s+)*{_CAP_WORD}"
    given = rf"{_GIVEN_WORD}(?:\s+(?:{_GIVEN_WORD}|(?:{_alternatives(words)})\b))*"
    vancouver = rf"{surname}\s+[A-Z]{{1,3}}(?:-[A-Z]{{1,2}})?"
    return AuthorPatterns(
        author=re.compile(rf"(?P<surname>{surname}),\s+(?P<given>{given})"),
        inverted_list=re.compile(
            rf"{_LINE_OPENING}(?P<list>{surname},\s+{given}(?:\s*;\s*{surname},\s+{given})*)"
            r"\s*(?:\.\s*)?\(?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:1[5-9]|20)\d\d(?=[-).,;\s])",
            re.MULTILINE,
        ),
        vancouver_author=re.compile(rf"(?P<surname>{surname})\s+(?P<given>[A-Z]{{1,3}}(?:-[A-Z]{{1,2}})?)\b"),
        vancouver_list=re.compile(
            rf"^[ \t]*(?:[-•*·^][ \t]*)*(?:\[?\d{{1,3}}[.)\]][ \t]*)?(?:[-•*·^][ \t]*)*"
            rf"(?P<list>{vancouver}(?:\s*,\s*{vancouver})*)"
            r"(?:\s*,?\s*et al)?\s*\.",
            re.MULTILINE,
        ),
    )


# What follows the year of a reference: the rest of a date ("-06-08"), the bracket, and a full stop, comma or colon
# before the title or the line's end (review28: "(2019) was the venue" is prose, "(2005)" alone a place's line)
_WORK_AFTER_YEAR = re.compile(r"(?:-\d\d){0,2}\)?[.,:](?:[ \t]+\S|[ \t]*$)", re.MULTILINE)
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


@dataclass(frozen=True)
class Author:
    """One author of a reference: the span of "Surname, Given" (or "Surname GI"), its name ("George C. Linderman"; a
    Vancouver author as written, "Koch U", as spaCy's whole spans of such lists are named), its surname and the
    initial of its given name."""

    start: int
    end: int
    name: str
    surname: str
    initial: str


def _given_first(given: str, surname: str) -> str:
    """'George C.' and 'Linderman': "George C. Linderman"; "Laurens van der" and "Maaten": "Laurens van der Maaten"."""
    return f"{given.strip()} {surname.strip()}"


def _inverted(part: re.Match[str], base: int) -> Author:
    """One "Surname, Given" author; a full stop after a given name that is no initial closes the list, not the name
    ("Humm, Maggie. 1995.")."""
    given, end = part["given"], base + part.end()
    if given.endswith(".") and not _INITIALS.fullmatch(given.split()[-1]):
        given, end = given[:-1], end - 1
    surname = part["surname"].split()[-1]
    return Author(base + part.start(), end, _given_first(given, part["surname"]), surname, given[:1])


def inverted_authors(text: str, particles: frozenset[str]) -> list[Author]:
    """The authors of the surname-first author lists that open a line (after nothing but a bullet, an entry's number
    or Wikipedia's back-links "^ a b"), before a year ("- ^ Linderman, George C.; Steinerberger, Stefan
    (2017-06-08)"); not "in Washington, D.C. (2019)", inside a sentence. Anchored at a line's opening, the search
    tries each line once, not each word of a long list of names with no year after it."""
    patterns, out = author_patterns(particles), []
    for found in patterns.inverted_list.finditer(text):
        if not _WORK_AFTER_YEAR.match(text, found.end()):
            continue  # "Washington, D.C. (2019) was the venue", "London, May 2019 - The": no work after the year
        base = found.start("list")
        out.extend(_inverted(part, base) for part in patterns.author.finditer(found.group("list")))
    return out


def vancouver_authors(text: str, particles: frozenset[str]) -> list[Author]:
    """The authors of the Vancouver author lists that open a line ("58. Tausche A-K, Reuss-Borst M, Koch U. Urate
    lowering ...", "Schumacher HR et al. Effects of ..."): "Tausche A-K", "Reuss-Borst M", "Koch U", as written."""
    patterns, out = author_patterns(particles), []
    for found in patterns.vancouver_list.finditer(text):
        base = found.start("list")
        if "," not in found.group("list") and "et al" not in found.group(0):
            continue  # one "Surname GI." alone: as likely "Apple TV." as an author
        if not _YEAR.search(text, found.end(), _line_end(text, found.end())):
            continue  # "- Arsenal FC, Chelsea FC.": a reference's line gives its work's year (review28)
        for part in patterns.vancouver_author.finditer(found.group("list")):
            name, surname = f"{part['surname']} {part['given']}", part["surname"].split()[-1]
            out.append(Author(base + part.start(), base + part.end(), name, surname, part["given"][:1]))
    return out


def reference_authors(text: str, particles: frozenset[str]) -> list[Author]:
    """Every author of the page's reference lists, in text order, none overlapping another (`particles`: the actors
    lexicon's `name_particles`)."""
    out: list[Author] = []
    found = inverted_authors(text, particles) + vancouver_authors(text, particles)
    for author in sorted(found, key=lambda a: (a.start, -a.end)):
        if not out or author.start >= out[-1].end:
            out.append(author)
    return out


def page_form(author: Author, person_names: frozenset[str]) -> str:
    """The one person's name of the page (`person_names`, spaCy's persons of two words or more) with the author's
    surname last and the initial of its given name first ("L.J.P. van der Maaten" is the "Laurens van der Maaten" the
    article's text names), else the author's own name: a cited author the page writes of is that person, not a second
    one whose surname makes the page's later "Maaten" ambiguous."""
    found = {
        n
        for n in person_names
        if len(n.split()) >= 2 and n.split()[-1] == author.surname and n[:1] == author.initial and "," not in n
    }
    return found.pop() if len(found) == 1 else author.name


def author_candidates(
    authors: list[Author], toks: dict[int, Tok], person_names: frozenset[str] = frozenset()
) -> list[Candidate]:
    """A person's candidate for each author whose span holds whole tokens of one sentence (`reference-author`),
    named as `Author` says, or as the page names that person (`page_form`)."""
    by_start = {t.start: t for t in toks.values()}
    by_end = {t.end: t for t in toks.values()}
    out = []
    for author in authors:
        first = by_start.get(author.start)
        last = by_end.get(author.end) or _token_ending_after(author.end, toks, first)
        if first is None or last is None or first.sent != last.sent or last.i < first.i:
            continue
        out.append(
            Candidate(
                first.i,
                last.i,
                first.start,
                last.end,
                None,
                "person",
                "ner-discovered",
                LinkPriority.DISCOVERED,
                1.0,
                None,
                page_form(author, person_names),
                "PERSON",
                "reference-author",
            )
        )
    return out


def _token_ending_after(end: int, toks: dict[int, Tok], first: Tok | None) -> Tok | None:
    """The token that holds offset `end - 1` and runs on over punctuation only ("C.;" taken as one token)."""
    if first is None:
        return None
    for k in range(first.i, first.i + 12):
        tok = toks.get(k)
        if tok is None:
            return None
        if tok.start < end <= tok.end:
            return tok
    return None


def without_overlaps(cands: list[Candidate], authors: list[Candidate]) -> list[Candidate]:
    """The candidates that overlap no author: what spaCy cut from the list ("George C.", "Koch U. Urate") gives way
    to the whole author."""
    return [c for c in cands if not any(c.start_i <= a.end_i and a.start_i <= c.end_i for a in authors)]
