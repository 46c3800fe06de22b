"""Author names as readers find them, cleaned the same way for pages, exports and sidecars.

Pages and scraper exports carry placeholders where no author is known ("No Author" in a news
site's `<meta name="author">`, "Unknown", "admin") and bylines written for display ("By Jane Roe
and John Doe", "Ibtisam Mahdi, Ruwaida Kamal Amer"). A placeholder is no author; a byline loses its
leading "By" and is split at " and " / " & " between names, and any name at commas when every part
is a full name (user16). Other commas are kept: "Roe, Jane" is one name, "Jane Roe, Political
Correspondent" too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

PLACEHOLDERS = frozenset(
    {"no author", "unknown", "unknown author", "anonymous", "admin", "none", "null", "n/a", "undefined"}
)
_BY = re.compile(r"^by\s+", re.IGNORECASE)
_AND = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")
# Last words of a byline part that is a role, a desk or an outlet, not a person: "Jane Roe, Political Correspondent".
_ROLE_WORDS = frozenset(
    {"correspondent", "editor", "reporter", "writer", "staff", "contributor", "columnist", "producer", "team"}
    | {"desk", "service", "services", "agency", "agencies", "bureau", "news", "wire", "wires", "reports"}
    | {"press", "media", "times", "post", "journal", "online", "digital", "tv", "radio"}
)


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def _full_name(part: str) -> bool:
    """Two words or more, the first capitalised: "Jane Roe" is a name of its own, "Gamble" in "By Procter and
    Gamble", "agencies" in "By Guardian staff and agencies" and "Spencer" in "By Marks & Spencer" are not
    (review15b)."""
    words = part.split()
    return len(words) >= 2 and words[0][:1].isupper()


def _person(part: str) -> bool:
    """A full name that ends in no role or desk word ("Political Correspondent", "Staff Reporter")."""
    return _full_name(part) and part.split()[-1].casefold().strip(".") not in _ROLE_WORDS


def split_names(name: str, bylined: bool) -> list[str]:
    """One written author string as its names: at commas when every part is a person's full name
    ("Ibtisam Mahdi, Ruwaida Kamal Amer"; not "Roe, Jane", "Perry Bacon, Jr.", "Jane Roe, Political
    Correspondent"), and a byline's parts at " and " / " & " when every part is a full name."""
    commas = _COMMA.split(name)
    parts = commas if len(commas) > 1 and all(_person(p) for p in commas) else [name]
    if not bylined:
        return parts
    out: list[str] = []
    for part in parts:
        pieces = _AND.split(part)
        out += pieces if all(_full_name(p) for p in pieces) else [part]
    return out


def clean_authors(names: Iterable[str]) -> list[str]:
    """The names without placeholders, a leading "By", or repeats; a string of several names is split
    (`split_names`: "By Jane Roe and John Doe" and "Jane Roe, John Doe" -> "Jane Roe", "John Doe"; not
    "By Procter and Gamble")."""
    out: list[str] = []
    seen = set(PLACEHOLDERS)
    for raw in names:
        name = re.sub(r"\s+", " ", raw).strip()
        bylined = bool(_BY.match(name))
        name = _BY.sub("", name).strip()
        for part in (p.strip() for p in split_names(name, bylined)):
            if part and _key(part) not in seen:
                seen.add(_key(part))
                out.append(part)
    return out
