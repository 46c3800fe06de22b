"""Author names as readers find them, cleaned the same way for pages, exports and sidecars.

Pages and scraper exports carry placeholders where no author is known ("No Author" in a news
site's `<meta name="author">`, "Unknown", "admin") and bylines written for display ("By Jane Roe
and John Doe", "Ibtisam Mahdi, Ruwaida Kamal Amer"). A placeholder is no author; a byline loses its
leading "By" and is split at " and " / " & " between names, and any name at commas when every part
is a person's full name (user16). Other commas are kept: "Roe, Jane" is one name, "Jane Roe, Political
Correspondent", "Jane Roe, The Guardian" and "Jane Roe, New York" too (review16b).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

PLACEHOLDERS = frozenset(
    {"no author", "unknown", "unknown author", "anonymous", "admin", "none", "null", "n/a", "undefined"}
)
_BY = re.compile(r"^by\s+", re.IGNORECASE)
# An author link's label around the name ("View all posts by Daniel Lemire"), and a comment's header
# ("Art Edwards says"): the name of a commenter, no author (user16, web-pages corpus).
_POSTS_BY = re.compile(
    r"^(view |see )?(all )?(posts|articles|stories) by\s+|^(written|posted|article|story|words|reporting) by\s+"
    r"|^authors?\s*:\s*",
    re.IGNORECASE,
)
# A byline's label with no name after it: the author element of a page that names nobody ("Article by", "By",
# "Written by", "Posted by", "Author:"); no author (fix81, review71 7).
_LABEL_ONLY = re.compile(
    r"^((view |see )?(all )?(posts|articles|stories)|written|posted|article|story|words|reporting)?\s*by\W*$"
    r"|^authors?\W*$",
    re.IGNORECASE,
)
_SAYS = re.compile(r"\s(says|said|wrote)\s*:?$")  # lower case, as a header writes it (not the band "Jane Says")
# Credentials a page lists as authors of their own ("Grant Tinsley; PhD").
CREDENTIALS = frozenset({"phd", "ph.d.", "md", "m.d.", "mph", "rd", "rn", "mba", "msc", "bsc", "dds", "do", "np"})
_AND = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")
# Words of a byline part that is a role, a desk or an outlet, not a person: "Jane Roe, Political Correspondent",
# "By Jane Roe, Senior Political Analyst", "John Smith, Chief Executive" (any word of the part; review16b).
_ROLE_WORDS = frozenset(
    {"correspondent", "editor", "reporter", "writer", "staff", "contributor", "columnist", "producer", "team"}
    | {"desk", "service", "services", "agency", "agencies", "bureau", "news", "wire", "wires", "reports"}
    | {"press", "media", "times", "post", "journal", "online", "digital", "tv", "radio"}
    | {"analyst", "executive", "officer", "director", "president", "secretary", "manager", "chief", "head"}
    | {"economist", "strategist", "commentator", "presenter", "anchor", "host", "critic", "researcher", "fellow"}
    | {"professor", "lecturer", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "founder"}
    | {"ceo", "cfo", "coo", "cto", "senior", "deputy", "associate", "assistant", "contributing", "managing"}
    | {"political", "diplomatic", "economics", "business", "foreign", "international", "special", "national"}
)
# First and last words of a part that is an outlet or a place, not a person: "Jane Roe, The Guardian", "Ahmed Ali,
# Al Jazeera", "Jane Roe, New York" (review16b). A part with one of them is kept with its name: a string that is
# not split loses nothing, a place or an outlet taken for an author is a false one.
_PLACE_OR_OUTLET_FIRST = frozenset(
    {"the", "al", "al-", "el", "new", "los", "las", "san", "santa", "sao", "st", "st.", "saint", "fort", "port"}
    | {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower"}
    | {"hong", "abu", "kuala", "sri", "buenos", "rio", "tel", "costa", "puerto", "cape", "mexico", "lake", "mount"}
)
_PLACE_OR_OUTLET_LAST = frozenset(
    {"york", "city", "jersey", "zealand", "kingdom", "states", "republic", "island", "islands", "county", "province"}
    | {"africa", "america", "arabia", "delhi", "angeles", "francisco", "diego", "vegas", "dc", "d.c.", "kong"}
    | {"aires", "janeiro", "lumpur", "lanka", "aviv", "salaam", "gazette", "herald", "tribune", "telegraph"}
    | {"guardian", "observer", "independent", "chronicle", "examiner", "inquirer", "jazeera", "today", "daily"}
    | {"magazine", "network", "channel", "broadcasting", "group", "institute", "university", "foundation"}
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
    """A full name with no role or desk word ("Political Correspondent", "Senior Political Analyst", "Chief
    Executive") and no outlet's or place's first or last word ("The Guardian", "Al Jazeera", "New York")."""
    if not _full_name(part):
        return False
    words = [w.casefold().strip(".,") for w in part.split()]
    if any(w in _ROLE_WORDS for w in words):
        return False
    return words[0] not in _PLACE_OR_OUTLET_FIRST and words[-1] not in _PLACE_OR_OUTLET_LAST


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
    """The names without placeholders, credentials ("PhD"), a byline's label alone ("Article by", "Author"), a
    leading "By", "Article by", "Author:" or "View all posts by", a commenter's "X says", or repeats; a string of
    several names is split (`split_names`: "By Jane Roe and John Doe" and "Jane Roe, John Doe" -> "Jane Roe", "John
    Doe"; not "By Procter and Gamble")."""
    out: list[str] = []
    seen = set(PLACEHOLDERS) | CREDENTIALS
    for raw in names:
        name = re.sub(r"\s+", " ", raw).strip()
        if _LABEL_ONLY.match(name):
            continue
        name = _POSTS_BY.sub("", name)
        if _SAYS.search(name):
            continue
        bylined = bool(_BY.match(name))
        name = _BY.sub("", name).strip()
        for part in (p.strip() for p in split_names(name, bylined)):
            if part and _key(part) not in seen:
                seen.add(_key(part))
                out.append(part)
    return out


def _squash_key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def without_outlet(authors: list[str], outlet: str | None) -> list[str]:
    """The authors without the outlet's name: an author that is the outlet beside other authors ("Rob Picheta;
    CNN" on cnn.com; a lone one is kept: a personal blog's name is its author's), the outlet's name cut into
    authors ("Jobs; Hire" for "Jobs & Hire"), or the outlet and a role after a name ("Adam Aaronson PhillyVoice
    Staff"). The outlet is the `outlet` field, not an author (user16)."""
    site = _squash_key(outlet or "")
    if not site or not authors:
        return authors
    if len(authors) > 1 and "".join(_squash_key(a) for a in authors) == site:
        return []
    out = []
    for author in authors:
        if _squash_key(author) == site and len(authors) > 1:
            continue
        words = author.split()
        for cut in range(2, len(words)):
            rest = " ".join(words[cut:])
            staff = re.sub(r"(?i)\s+(staff( writer| reporter)?|writer|reporter|contributor)$", "", rest)
            if _squash_key(staff) == site and _full_name(" ".join(words[:cut])):
                author = " ".join(words[:cut])
                break
        out.append(author)
    return out
