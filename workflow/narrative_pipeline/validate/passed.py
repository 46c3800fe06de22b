"""The checks of one article that passed, kept for the shard's next validation (speed40).

A shard is validated again whenever one of its articles changes (an article added is the usual case), and most
of that work was every other article's spans re-derived from its text and its document rebuilt from the tables
and compared byte for byte. Those two checks read nothing but the article's own rows, its text and its
document, so their result is a function of those bytes and of the validation code: an article whose key (all of
that, `article_keys`) is the one of a validation where both passed is counted, not checked again. Nor are its
rows typed again by their record model (speed49: `shard._partly_typed`): an entry is kept only from a validation
where every row of every keyed table was valid (a table with a row that is not is named unread in the keys), and
the key holds the rows' bytes, the code and pydantic's version. Everything else (each table's Arrow schema, keys,
references, rows inside their sentence, the archived sources, coverage) is checked again in every run, on those
rows too. Only passes are kept; a key holds the validation code's fingerprint, its settings and the place of
every file read as the rule names it (`base`), so another code version, configuration, `results` folder or corpus
never finds an entry (a copy of a whole project does, and may: every byte the checks read is in the key). The
report is the same bytes either way (its counts come from the entry), and so is the file in every copy of a
project. It lives under the results' cache and may be deleted at any time.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import pyarrow as pa

FORMAT = "validate.passed.v1"

# the tables the kept checks read, and how a row names its article (a claim's role: by its claim id, as the
# documents group them)
KEYED_TABLES = ("articles", "texts", "sentences", "mentions", "claims", "claim_actors", "statements", "framing")


class Passed(NamedTuple):
    """An article's kept checks: its spans checked in each table (table -> count) and whether its document was
    rebuilt and found equal (False: not checked then, so not known)."""

    spans: dict[str, int]
    document: bool


def article_of_rows(name: str, data: pa.Table) -> list[str]:
    """The article id of each row of a keyed table (`documents.documents` groups a role by its claim id's head)."""
    if name == "claim_actors":
        return [c.split(":", 1)[0] for c in data.column("claim_id").to_pylist()]
    return data.column("article_id").to_pylist()


def article_keys(base: str, tables: Mapping[str, pa.Table], documents: Mapping[str, str]) -> dict[str, str]:
    """Each article's key (the articles of the `articles` table): `base`, its id, a digest of its rows in every
    keyed table that was read (`articlecache.article_digests`; a table not read is named missing) and the sha256
    of its document as found (`documents`; none: missing)."""
    from ..articlecache import article_digests
    from ..cache import cache_key

    if "articles" not in tables:
        return {}
    digests = {
        name: article_digests(tables[name], article_of_rows(name, tables[name])) if name in tables else None
        for name in KEYED_TABLES
    }

    def part(name: str, article_id: str) -> str:
        found = digests[name]
        return f"{name}=" + ("not read" if found is None else found.get(article_id, "-"))

    ids = dict.fromkeys(article_of_rows("articles", tables["articles"]))
    return {
        a: cache_key(base, a, *(part(name, a) for name in KEYED_TABLES), f"document={documents.get(a, '-')}")
        for a in ids
    }


def read_passed(path: Path, base: str) -> dict[str, Passed]:
    """The kept entries (key -> checks) of the file at `path`, if it was written with the same `base`; none
    when it is missing, unreadable, of another base or holds an entry not as `write_passed` writes it (a count
    that is no whole number, a flag that is no boolean: a file edited by hand; review36)."""
    try:
        data = json.loads(Path(path).read_bytes())
        if data.get("format") != FORMAT or data.get("base") != base:
            return {}
        entries = {key: Passed(dict(entry["spans"]), entry["document"]) for key, entry in data["entries"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
    return entries if all(_as_written(e) for e in entries.values()) else {}


def _as_written(entry: Passed) -> bool:
    """Whether a kept entry has the types `write_passed` writes: table names to counts, and a boolean."""
    spans = entry.spans.items()
    return isinstance(entry.document, bool) and all(isinstance(k, str) and type(n) is int and n >= 0 for k, n in spans)


def write_passed(path: Path, base: str, entries: Mapping[str, Passed]) -> None:
    """Keep `entries` (key -> checks that passed) at `path`, in place of what it held."""
    from ..jsonio import atomic_write_bytes

    data = {
        "format": FORMAT,
        "base": base,
        "entries": {key: {"spans": e.spans, "document": e.document} for key, e in sorted(entries.items())},
    }
    atomic_write_bytes(Path(path), json.dumps(data, sort_keys=True).encode(), durable=False)
