"""Author names as readers find them, cleaned the same way for pages, exports and sidecars.

Pages and scraper exports carry placeholders where no author is known ("No Author" in a news
site's `<meta name="author">`, "Unknown", "admin") and bylines written for display ("By Jane Roe
and John Doe"). A placeholder is no author; a byline loses its leading "By" and is split at
" and " / " & " between names. Commas are kept: "Roe, Jane" is one name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

PLACEHOLDERS = frozenset(
    {"no author", "unknown", "unknown author", "anonymous", "admin", "none", "null", "n/a", "undefined"}
)
_BY = re.compile(r"^by\s+", re.IGNORECASE)
_AND = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def _full_name(part: str) -> bool:
    """Two words or more, the first capitalised: "Jane Roe" is a name of its own, "Gamble" in "By Procter and
    Gamble", "agencies" in "By Guardian staff and agencies" and "Spencer" in "By Marks & Spencer" are not
    (review15b)."""
    words = part.split()
    return len(words) >= 2 and words[0][:1].isupper()


def clean_authors(names: Iterable[str]) -> list[str]:
    """The names without placeholders, a leading "By", or repeats; a byline of several names is
    split at " and " / " & " ("By Jane Roe and John Doe" -> "Jane Roe", "John Doe") when every part is
    a full name (not "By Procter and Gamble")."""
    out: list[str] = []
    seen = set(PLACEHOLDERS)
    for raw in names:
        name = re.sub(r"\s+", " ", raw).strip()
        bylined = bool(_BY.match(name))
        name = _BY.sub("", name).strip()
        parts = _AND.split(name) if bylined else [name]
        parts = parts if all(_full_name(p) for p in parts) else [name]
        for part in (p.strip() for p in parts):
            if part and _key(part) not in seen:
                seen.add(_key(part))
                out.append(part)
    return out
