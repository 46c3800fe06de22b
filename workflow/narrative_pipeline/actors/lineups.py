"""A sport report's team sheet: a sentence that only lists players ("Van Gisbergen; Lewsey, Erinle, Abbott, Voyce;
King, Dawson; ... Worsley, O'Connor, Dallaglio (capt).", "Replacements: Gotting, McKenzie, Lock, Hart.").

spaCy labels many of such a sheet's surnames an organisation or a place; every one of them is a player (actors58).
`lineup_items` finds the sheet and the tokens of each name on it; the type rule `line-up` makes those names persons
and the registry's politicians are not read into them ("Brown, Powell" of a rugby pack are no Gordon Brown nor Colin
Powell).

A sentence is a sheet when, after an optional label ending in a colon ("Man City:", "Subs Not Used:"), it is nothing
but four or more names separated by commas or semicolons (two or more after a label of substitutes), each one to
three capitalised words with an initial or a name particle at most, maybe followed by a bracket, and something says
its names are persons (`sheet_evidence`): a captain's mark "(capt)", a substitution "(Cisse 76)", an initial
("L Deacon"), a label of substitutes; or, in an article about sport, two of its names that are persons elsewhere
(a name of several words spaCy labels a person, or the surname of a person the page names in full). A draw's
seeds ("England (2), Samoa (7), France") and a list of clubs ("AC Milan, Bayer Leverkusen, Juventus") have none.
An article that has one sheet so shown makes its other lists of this shape sheets too (the other side's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..parsed import Tok

MIN_ITEMS = 4  # names on a sheet, at least ("Hyypia, Traore, Hamann, Carragher.")
MIN_LABELLED_ITEMS = 2  # ... after a label of substitutes ("Subs Not Used: Orr, Brown.")
MAX_NAME_WORDS = 3  # capitalised words of one name ("Shaun Wright-Phillips" is three tokens, "Juninho Paulista" two)
MAX_LABEL_TOKENS = 6  # tokens of a label before its colon ("Replacements (from):")
WEAK_NEEDED = 2  # names that are persons elsewhere, where nothing else on the sheet says it lists persons
SEPARATORS = frozenset({",", ";"})
CAPTAIN = frozenset({"capt", "capt.", "captain"})
# a captain's lower-case "(c)"; a capital "(C)" is a party's initial in a list of candidates ("Howard (C), Kennedy
# (LD)": review48), never a captain's mark on the BBC corpus's sheets
CAPTAIN_LETTER = "c"
SUBSTITUTES = frozenset({"replacements", "replacement", "subs", "substitutes", "substitute", "reserves", "bench"})
_INITIAL = re.compile(r"[A-Z]{1,2}\.?|[A-Z]\.?-[A-Z]\.?")  # "L", "S.", "KP", "J-P"
_ONE_INITIAL = re.compile(r"[A-Z]\.?")  # a person's initial, not a firm's letters ("LG Electronics")
_WORD = re.compile(r"[A-Z][A-Za-z'\u2019]*[a-z][A-Za-z'\u2019]*-?")  # "Dallaglio", "O'Connor", "McKenzie", "MacLeod"


@dataclass(frozen=True)
class Sheet:
    """A team sheet's names: (first token, last token) of each, and the token that says they are persons."""

    names: tuple[tuple[int, int], ...]
    cue: int | None  # None: shown only by the article's other sheet


def _label_end(tokens: list[Tok]) -> int:
    """The position after a label's colon ("Man City:", "Replacements (from):"), 0 without one."""
    for k, t in enumerate(tokens[: MAX_LABEL_TOKENS + 1]):
        if t.text in {":", "):"}:
            return k + 1
    return 0


def _name_tokens(item: list[Tok], particles: frozenset[str]) -> bool:
    """Whether the tokens are one person's name as a sheet writes it: an initial at most, then one to three
    capitalised words (name particles and the hyphen of a double-barrelled name besides)."""
    words = [t for t in item if t.text != "-" and t.lower not in particles]
    if words and _INITIAL.fullmatch(words[0].text) and len(words) > 1:
        words = words[1:]
    return 0 < len(words) <= MAX_NAME_WORDS and all(_WORD.fullmatch(t.text) for t in words)


def _items(tokens: list[Tok]) -> list[list[Tok]]:
    """The tokens between separators, the sentence's last full stop left out."""
    if tokens and tokens[-1].text == ".":
        tokens = tokens[:-1]
    out: list[list[Tok]] = [[]]
    for t in tokens:
        if t.text in SEPARATORS:
            out.append([])
        else:
            out[-1].append(t)
    return out


def _split_bracket(item: list[Tok]) -> tuple[list[Tok], list[Tok]]:
    """An item's name and its bracket ("Stone (Cisse 76)" -> Stone, [Cisse, 76]); the bracket empty without one."""
    for k, t in enumerate(item):
        if t.text == "(":
            return item[:k], [u for u in item[k + 1 :] if u.text != ")"]
    return item, []


def _slashed(name: list[Tok]) -> list[list[Tok]]:
    """'Buckland/Cockerill', 'W Johnson/B Deacon': either player, each a name."""
    parts: list[list[Tok]] = [[]]
    for t in name:
        if t.text == "/":
            parts.append([])
        else:
            parts[-1].append(t)
    return parts


@dataclass(frozen=True)
class _Read:
    names: list[tuple[int, int]]
    strong: int | None  # the token of a captain's mark, a substitution, an initial or a label of substitutes
    multiword: list[int]  # the first token of each name of several words


def read_sheet(tokens: list[Tok], particles: frozenset[str]) -> _Read | None:
    """A sentence's names and cues if it has a team sheet's shape, else None."""
    start = _label_end(tokens)
    label = [t.lower for t in tokens[: start - 1]]
    substitutes = next((tokens[k] for k, w in enumerate(label) if w in SUBSTITUTES), None)
    items = _items(tokens[start:])
    if len(items) < (MIN_LABELLED_ITEMS if substitutes is not None else MIN_ITEMS):
        return None
    names: list[tuple[int, int]] = []
    strong: Tok | None = substitutes
    multiword: list[int] = []
    for item in items:
        name, bracket = _split_bracket(item)
        parts = _slashed(name)
        if not all(_name_tokens(p, particles) for p in parts):
            return None
        for p in parts:
            names.append((p[0].i, p[-1].i))
            if len(p) > 1 and _ONE_INITIAL.fullmatch(p[0].text):
                strong = strong or p[0]
            elif len(p) > 1 and not _INITIAL.fullmatch(p[0].text):
                multiword.append(p[0].i)
        if not bracket:
            continue
        words = [t.text.rstrip(")").lower() for t in bracket]
        if words and (words[0] in CAPTAIN or bracket[0].text.rstrip(")") == CAPTAIN_LETTER):
            strong = strong or bracket[0]
        sub = [t for t in bracket if _WORD.fullmatch(t.text)]
        if sub and any(t.text.rstrip(")").isdigit() for t in bracket) and _name_tokens(sub, particles):
            names.append((sub[0].i, sub[-1].i))  # "(Cisse 76)": the player who came on
            strong = strong or sub[0]
    return _Read(names, strong.i if strong is not None else None, multiword)


def _person_elsewhere(first: int, last: int, read: _Read, tokens: dict[int, Tok], surnames: frozenset[str]) -> bool:
    """A sheet's name of several words spaCy labels a person, or a one-word name the page gives as a surname."""
    if first in read.multiword:
        return all(tokens[k].ent_type == "PERSON" for k in range(first, last + 1))
    return first == last and tokens[first].text in surnames


def sheet_evidence(read: _Read, tokens: dict[int, Tok], sport: bool, surnames: frozenset[str]) -> int | None:
    """The token that shows a sheet's names are persons (`read_sheet`'s cue), or in an article about sport the
    second of its names that are persons elsewhere: a name of several words spaCy labels a person, or a one-word
    name the page gives as the surname of a person it names in full."""
    if read.strong is not None:
        return read.strong
    if not sport:
        return None
    persons = [first for first, last in read.names if _person_elsewhere(first, last, read, tokens, surnames)]
    return persons[WEAK_NEEDED - 1] if len(persons) >= WEAK_NEEDED else None


def team_sheets(
    sents: list[list[Tok]], tokens: dict[int, Tok], sport: bool, surnames: frozenset[str], particles: frozenset[str]
) -> list[Sheet]:
    """The article's team sheets (`read_sheet`, `sheet_evidence`); where one is shown, every list of that shape."""
    reads = [r for r in (read_sheet(s, particles) for s in sents) if r is not None]
    cues = [sheet_evidence(r, tokens, sport, surnames) for r in reads]
    if all(c is None for c in cues):
        return []
    return [Sheet(tuple(r.names), c) for r, c in zip(reads, cues, strict=True)]


def on_a_sheet(names: dict[int, tuple[int, int | None]], first: int, last: int) -> tuple[int, int | None] | None:
    """The (first token, cue token) of the sheet name of `sheet_names` that the tokens `first`..`last` lie in, else
    None."""
    found = names.get(last)
    return found if found is not None and found[0] <= first else None


def sheet_names(sheets: list[Sheet]) -> dict[int, tuple[int, int | None]]:
    """Each sheet name's last token -> (its first token, the sheet's cue token)."""
    return {last: (first, s.cue) for s in sheets for first, last in s.names}
