"""Validate: check every artifact and report each violation with its file, row and field.

Everything is re-derived from the artifacts and the archived files, never taken from another
step's code. Per shard, for every table of the catalogue: its Arrow schema and record model, unique
keys, references to the tables it points at, spans (normalizing the archived text at a row's offsets
gives the row's text), the archived files (their sha256 still matches and they decode to the stored
text), and the article documents (rebuilt from the tables, byte for byte; a sample against their
JSON Schema). For the corpus: the shard reports, the gathered tables against their shards, every
file under input_dir listed; documents left over from articles that are gone are named in the job's log (the
publish job removes them), not in the report, which must be a run from scratch's (trial32).
"""

from __future__ import annotations

from .checks import span_matches
from .corpus import run_corpus, validate_corpus
from .shard import run_shard, validate_shard

__all__ = ["run_corpus", "run_shard", "span_matches", "validate_corpus", "validate_shard"]
