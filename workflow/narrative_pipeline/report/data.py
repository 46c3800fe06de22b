"""Loading a results folder for the report: every table of the catalogue that is present, and the
archived text of each article (from the texts table when present, else re-read from input_dir)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pyarrow.parquet as pq

from ..catalogue import TABLES, Table, table
from ..decoding import reread

if TYPE_CHECKING:
    from .rowcache import RowCache


def _frame(path: Path, name: str = "", rows: RowCache | None = None) -> pd.DataFrame:
    """A table as a DataFrame; nullable integers stay Python ints or None (object columns). With
    `rows`, its chunks' digests are noted there (from the Arrow table, before it is dropped)."""
    t = pq.read_table(path)
    df = t.to_pandas(integer_object_nulls=True)
    if rows is not None:
        from .keys import list_columns
        from .rowcache import table_chunks

        rows.note(name, df, table_chunks(name, t, df, list_columns(df)))
    return df


def load_tables(
    results: Path, specs: Sequence[Table] = TABLES, rows: RowCache | None = None
) -> dict[str, pd.DataFrame]:
    """Corpus-level tables of the catalogue present in `results` (the texts table is loaded apart).
    `rows`: the row hashes kept from the last build, told each table's chunks (`rowcache`)."""
    out = {}
    for spec in specs:
        path = Path(results) / spec.path
        if spec.name not in ("texts", "tokens") and path.is_file():
            out[spec.name] = _frame(path, spec.name, rows)
    return out


def text_files(results: Path) -> list[Path]:
    """Parquet files holding article texts: the corpus table when gathered, else its shard files."""
    spec = table("texts")
    corpus = Path(results) / spec.path
    if corpus.is_file():
        return [corpus]
    return sorted(Path(results).glob(spec.shard_path("*")))


@dataclass
class Texts:
    """Archived texts by article id, read lazily from the texts files or the archived files."""

    files: list[Path]
    input_dir: Path | None
    articles: pd.DataFrame
    _cache: dict[str, str] = field(default_factory=dict)
    _problems: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for path in self.files:
            t = pq.read_table(path, columns=["article_id", "text"])
            self._cache.update(zip(t.column("article_id").to_pylist(), t.column("text").to_pylist(), strict=True))

    def get(self, article_id: str) -> str | None:
        if article_id in self._cache:
            return self._cache[article_id]
        if self.input_dir is None:
            self._problems[article_id] = "no texts table and no input_dir to re-read the archived file from"
            return None
        rows = self.articles[(self.articles.article_id == article_id) & (self.articles.status == "ok")]
        for row in rows.sort_values("source_path").itertuples():
            text, problem = reread(self.input_dir, row.source_path, row.sha256)
            if text is not None:
                self._cache[article_id] = text
                return text
            self._problems[article_id] = problem or "unreadable"
        return None

    def problem(self, article_id: str) -> str | None:
        return self._problems.get(article_id)
