"""Per-article caching of a shard step: a shard re-run because one of its articles changed does the
work of that article only, and takes every other article's rows from the cache.

A step whose output rows for an article depend on that article's input rows alone (and on the
step's settings, lexicons, models and code, hashed into `base` by the caller) calls `run_by_article`
with its input tables and a `compute` function over input tables. Each article's key hashes `base`,
its id and a digest of its rows in every input table (`article_digests`); a miss is computed (all misses in one
call of `compute`, on the input rows of those articles in their original order); the output is every
article's rows concatenated in the shard's order, so a shard made from the cache has the same bytes as one
made without it (tests check cold, warm and one article changed). The entries are kept in one pack a job
(`PACKS`: the job's output tables and an index of each article's rows in them, one file written at the job's
end instead of a file an article and table: new files are what cost on a cold run), read back by the same
job's next run and, for an article that moved shard, by the others. Anything a step computes over the whole
shard (counts, merged names) is derived by the caller from the concatenated per-article rows. The cache lives
under results/.cache and may be deleted at any time.
"""

from __future__ import annotations

import hashlib
import os
import sys
import traceback
from collections.abc import Callable, Collection, Mapping, Sequence
from itertools import groupby
from pathlib import Path

import pyarrow as pa

from .cache import cache_key
from .records import ArticleFailure

RowsOf = Callable[[pa.Table], list[str]]  # the article id of each row of a table


def by_article_id(table: pa.Table) -> list[str]:
    return table.column("article_id").to_pylist()


def by_claim_id(table: pa.Table) -> list[str]:
    """Rows keyed by a claim id (`<article_id>:c0000`)."""
    return [c.rsplit(":", 1)[0] for c in table.column("claim_id").to_pylist()]


def split_rows(table: pa.Table, ids: list[str]) -> dict[str, pa.Table]:
    """Each article's rows of a table, in table order, as compact copies (a slice would keep, and
    write to the cache and into its digest, the buffers of the whole table)."""
    rows: dict[str, list[int]] = {}
    for k, article_id in enumerate(ids):
        rows.setdefault(article_id, []).append(k)
    if not rows:
        return {}
    (batch,) = table.combine_chunks().to_batches()  # a batch's take is far cheaper than a table's
    return {
        article_id: pa.Table.from_batches([batch.take(pa.array(positions, type=pa.int64()))])
        for article_id, positions in rows.items()
    }


def rows_digest(table: pa.Table | None) -> str:
    """sha256 of the rows' Arrow IPC bytes (schema included): equal rows, equal digest."""
    if table is None:
        return "-"
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return hashlib.sha256(sink.getvalue()).hexdigest()


def article_digests(table: pa.Table, ids: list[str]) -> dict[str, str]:
    """Each article's digest of its rows of a table: equal rows, equal digest, wherever they sit.

    A shard's tables hold each article's rows together, so the digests are read straight from the
    table's buffers (`_digests_of_runs`: 7-25 times cheaper than a compact copy of each article's rows
    and its IPC bytes, shard 3's tokens 0.07 -> 0.01 s); a table whose rows are not grouped by article,
    or with a column of a type that reading does not cover, takes the copies' digests (`rows_digest`)."""
    runs = [(article_id, sum(1 for _ in group)) for article_id, group in groupby(ids)]
    if len(runs) == len({article_id for article_id, _ in runs}):
        digests = _digests_of_runs(table, runs)
        if digests is not None:
            return digests
    return {article_id: rows_digest(rows) for article_id, rows in split_rows(table, ids).items()}


def _digests_of_runs(table: pa.Table, runs: list[tuple[str, int]]) -> dict[str, str] | None:
    """sha256 of the schema, the row count and each column's values of each run of rows: fixed-width
    values as their bytes (booleans as one byte each), strings as their lengths and their bytes, lists
    of strings as their lengths and their strings; for every column, also which rows have a value (the
    nulls read as zero, "" or []). None for a column of another type."""
    import pyarrow.compute as pc

    if not runs:
        return {}
    combined = table.combine_chunks()
    readers: list[Callable[[int, int], list]] = []  # each column's pieces of bytes for rows [first, end)
    for column in combined.columns:
        (chunk,) = column.chunks
        # whether each row has a value, one byte a row, read for every column (not only for one with a null
        # somewhere: then a null in another article's rows would change this article's digest); a null's value is a
        # fixed one
        readers.append(_fixed(pc.is_valid(chunk).cast(pa.uint8())))
        if chunk.null_count:
            chunk = pc.fill_null(chunk, pa.scalar(_blank(chunk.type), type=chunk.type))
        reader = _reader(chunk)
        if reader is None:
            return None
        readers.append(reader)
    head = combined.schema.serialize().to_pybytes()
    out: dict[str, str] = {}
    first = 0
    for article_id, count in runs:
        digest = hashlib.sha256(head)
        digest.update(count.to_bytes(8, "little"))
        for read in readers:
            for piece in read(first, first + count):
                digest.update(piece)
        out[article_id] = digest.hexdigest()
        first += count
    return out


def _reader(chunk: pa.Array) -> Callable[[int, int], list] | None:
    """The bytes of rows [first, end) of an array without nulls, or None for a type not read here."""
    import pyarrow.compute as pc

    kind = chunk.type
    if pa.types.is_boolean(kind):
        return _fixed(chunk.cast(pa.uint8()))
    if pa.types.is_integer(kind) or pa.types.is_floating(kind):
        return _fixed(chunk)
    if pa.types.is_string(kind):
        lengths = _fixed(pc.binary_length(chunk))
        offsets = memoryview(chunk.buffers()[1]).cast("i")[chunk.offset :]
        data = memoryview(chunk.buffers()[2] or b"")
        return lambda first, end: [*lengths(first, end), data[offsets[first] : offsets[end]]]
    if pa.types.is_list(kind) and pa.types.is_string(kind.value_type):
        items = chunk.values  # every list's items, at the list offsets (which ignore the array's offset)
        if items.null_count:
            return None
        lengths = _fixed(pc.list_value_length(chunk))
        offsets = memoryview(chunk.buffers()[1]).cast("i")[chunk.offset :]
        read_items = _reader(items)
        if read_items is None:
            return None
        return lambda first, end: [*lengths(first, end), *read_items(offsets[first], offsets[end])]
    return None


def _fixed(array: pa.Array) -> Callable[[int, int], list]:
    """The bytes of rows [first, end) of a fixed-width array."""
    width = array.type.bit_width // 8
    values = memoryview(array.buffers()[1])[array.offset * width :]
    return lambda first, end: [values[first * width : end * width]]


def _blank(kind: pa.DataType) -> str | bool | int | list:
    """The value a null reads as in a digest."""
    if pa.types.is_string(kind):
        return ""
    if pa.types.is_list(kind):
        return []
    return False if pa.types.is_boolean(kind) else 0


def _select(table: pa.Table, ids: list[str], wanted: set[str], keep: bool = True) -> pa.Table:
    """The rows of the wanted articles (with keep=False: of the others), in table order."""
    positions = [k for k, article_id in enumerate(ids) if (article_id in wanted) == keep]
    if len(positions) == table.num_rows:
        return table
    return table.take(pa.array(positions, type=pa.int64()))


FAULT_VARIABLE = "NARRATIVE_PIPELINE_TEST_FAULT"
"""`<step>:<article_id>[,<step>:<article_id>...]`: that step's compute raises on any batch holding that
article. For the tests of failed articles only (a run's data cannot set it)."""


def injected_faults(step: str) -> set[str]:
    """The articles the test fault variable makes `step` fail on (none unless it is set)."""
    pairs = [item.partition(":") for item in os.environ.get(FAULT_VARIABLE, "").split(",")]
    return {article_id for name, _, article_id in pairs if name == step and article_id}


def article_failure(article_id: str, step: str, exc: BaseException) -> ArticleFailure:
    """The record of an article whose compute raised `exc` (its traceback on stderr, for the step's log)."""
    print(f"{step}: article {article_id} failed:", file=sys.stderr)
    traceback.print_exception(exc, file=sys.stderr)
    message = str(exc)
    return ArticleFailure(
        article_id=article_id,
        step=step,
        error_type=type(exc).__name__,
        message=message if len(message) <= 1000 else message[:1000] + "…",
    )


def run_by_article(
    cache_dir: Path | None,
    base: str,
    order: Sequence[str],
    inputs: Mapping[str, tuple[pa.Table, RowsOf]],
    compute: Callable[[dict[str, pa.Table]], dict[str, pa.Table]],
    outputs: Mapping[str, tuple[pa.Schema, RowsOf]],
    step: str = "step",
    skip: Collection[str] = (),
    pack: str = "entries",
) -> tuple[dict[str, pa.Table], int, list[ArticleFailure]]:
    """The step's output tables for the articles of `order`, in that order; how many articles were
    computed now; and the articles whose compute raised. Without a cache folder every article is
    computed (in one call).

    With one, the entries are kept in packs (`PACKS`): the job's pack, `pack` (a name of the job's own, e.g.
    its shard's output file), holds every article's rows of the job's last run, and is read first; an
    article it lacks is looked up in the step's other packs (an article that moved to another shard).

    When `compute` raises on a batch, its articles are computed one by one: an article that raises
    alone is a failure of `step` (no rows of it in the outputs, nothing of it cached, its traceback on
    stderr); the others' rows are what the batch would have given. The articles of `skip` (failed in an
    earlier step) are left out: neither computed nor in the outputs."""
    names = tuple(outputs)
    ids = {name: of(table) for name, (table, of) in inputs.items()}
    if skip:
        skipped = set(skip)
        order = [a for a in order if a not in skipped]
        inputs = {n: (_select(t, ids[n], skipped, keep=False), of) for n, (t, of) in inputs.items()}
        ids = {name: of(table) for name, (table, of) in inputs.items()}
    faults = injected_faults(step)

    def run(wanted: set[str] | None) -> dict[str, pa.Table]:
        if faults and faults & (wanted or set(order)):
            raise RuntimeError(f"fault injected by {FAULT_VARIABLE} (a test)")
        if wanted is None:
            return compute({n: t for n, (t, _) in inputs.items()})
        return compute({n: _select(t, ids[n], wanted) for n, (t, _) in inputs.items()})

    if cache_dir is None:
        whole = _attempt(run, None)
        if not isinstance(whole, BaseException):
            return _assemble(whole, outputs), len(order), []
        entries, failures = _one_by_one(order, run, outputs, step, whole)
        done = [a for a in order if a in entries]
        tables = {n: _concat([entries[a][n] for a in done], outputs[n][0]) for n in names}
        return tables, len(entries) + len(failures), failures
    digests = {name: article_digests(table, ids[name]) for name, (table, _) in inputs.items()}
    keys = {a: cache_key(base, a, *(f"{n}={digests[n].get(a, '-')}" for n in sorted(inputs))) for a in order}
    folder = Path(cache_dir) / PACKS
    found, elsewhere = find_entries(folder, pack, set(keys.values()), names)
    parts: dict[str, dict[str, pa.Table]] = {a: found[keys[a]] for a in order if keys[a] in found}
    todo = [a for a in order if a not in parts]
    computed: dict[str, pa.Table] = {}
    rows: dict[str, dict[str, list[int]]] = {}  # output -> article -> its rows in `computed`
    failures: list[ArticleFailure] = []
    if todo:
        batch = _attempt(run, set(todo))
        if isinstance(batch, BaseException):
            entries, failures = _one_by_one(todo, run, outputs, step, batch)
            parts.update(entries)
        else:
            computed, rows = batch, _rows_by_article(todo, batch, outputs)
    now = set(todo) if computed else set()
    done = [a for a in order if a in parts or a in now]
    tables = {n: _concat(_pieces(done, parts, computed.get(n), rows.get(n, {}), n), outputs[n][0]) for n in names}
    if todo or elsewhere:
        counts = {n: [parts[a][n].num_rows if a in parts else len(rows[n].get(a, ())) for a in done] for n in names}
        write_pack(folder / f"{pack}.arrow", tables, [keys[a] for a in done], counts)
    return tables, len(todo), failures


# --- packs: a job's entries in one file ------------------------------------------------------------
# A cold BBC run made about 14,600 entry files (one an article and output table), each a new file; one pack a
# job instead: its output tables as they are, and an index of each entry's rows in them.

PACKS = "packs"
INDEX = ".index"  # the pack's row naming the entries (an output's name is an identifier)
INDEX_SCHEMA = pa.schema([("key", pa.string()), ("name", pa.string()), ("start", pa.int64()), ("length", pa.int64())])


def _ipc_bytes(table: pa.Table) -> pa.Buffer:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue()


def pack_bytes(tables: Mapping[str, pa.Table], keys: Sequence[str], counts: Mapping[str, Sequence[int]]) -> bytes:
    """A pack: each table's Arrow IPC file and the index (key, table, first row, rows) of the entries, whose
    rows sit in each table one entry after the other in the order of `keys`, `counts[name]` rows each."""
    index: dict[str, list] = {"key": [], "name": [], "start": [], "length": []}
    for name, lengths in counts.items():
        start = 0
        for key, length in zip(keys, lengths, strict=True):
            index["key"].append(key)
            index["name"].append(name)
            index["start"].append(start)
            index["length"].append(length)
            start += length
    blobs = {
        **{name: _ipc_bytes(table) for name, table in tables.items()},
        INDEX: _ipc_bytes(pa.table(index, schema=INDEX_SCHEMA)),
    }
    outer = pa.table({"name": list(blobs), "data": pa.array([b.to_pybytes() for b in blobs.values()], pa.binary())})
    return _ipc_bytes(outer).to_pybytes()


def write_pack(
    path: Path, tables: Mapping[str, pa.Table], keys: Sequence[str], counts: Mapping[str, Sequence[int]]
) -> None:
    """Write a job's pack (atomically; not flushed to disk: a pack that cannot be read is a miss)."""
    from .jsonio import atomic_write_bytes

    atomic_write_bytes(path, pack_bytes(tables, keys, counts), durable=False)


def read_pack(path: Path) -> tuple[dict[str, pa.Table], pa.Table] | None:
    """A pack's tables and index; None when it is missing or cannot be read."""
    try:
        with pa.memory_map(str(path)) as source:
            outer = pa.ipc.open_file(source).read_all()
        data = outer.column("data").combine_chunks()
        tables = {
            name: pa.ipc.open_file(pa.BufferReader(data[k].as_buffer())).read_all()
            for k, name in enumerate(outer.column("name").to_pylist())
        }
        index = tables.pop(INDEX)
        if not index.schema.equals(INDEX_SCHEMA):
            return None
        return tables, index
    except (OSError, ValueError, KeyError, IndexError, TypeError, pa.ArrowException):
        return None


def find_entries(
    folder: Path, own: str, wanted: set[str], names: Sequence[str]
) -> tuple[dict[str, dict[str, pa.Table]], bool]:
    """The entries of the `wanted` keys found in the packs of `folder`: the job's own pack first, the others
    (in name order) for what it lacks; each entry's rows of every output in `names` (slices of the pack's
    tables). And whether any was found outside the job's own pack."""
    found: dict[str, dict[str, pa.Table]] = {}
    own_path = folder / f"{own}.arrow"
    others = sorted(p for p in folder.glob("*.arrow") if p != own_path) if folder.is_dir() else []
    elsewhere = False
    for path in [own_path, *others]:
        if not wanted - found.keys():
            break
        pack = read_pack(path)
        if pack is None:
            continue
        tables, index = pack
        spans: dict[str, dict[str, tuple[int, int]]] = {}
        for key, name, start, length in zip(*(index.column(c).to_pylist() for c in INDEX_SCHEMA.names), strict=True):
            if key in wanted and key not in found:
                spans.setdefault(key, {})[name] = (start, length)
        for key, at in spans.items():
            if all(name in at and name in tables for name in names):
                found[key] = {name: tables[name].slice(*at[name]) for name in names}
                elsewhere = elsewhere or path != own_path
    return found, elsewhere


def _rows_by_article(
    todo: Sequence[str], computed: dict[str, pa.Table], outputs: Mapping[str, tuple[pa.Schema, RowsOf]]
) -> dict[str, dict[str, list[int]]]:
    """Each output's rows of each computed article (positions in table order); rows of an article not in
    `todo` are an error of the step."""
    wanted = set(todo)
    out: dict[str, dict[str, list[int]]] = {}
    for name, (_, of) in outputs.items():
        rows: dict[str, list[int]] = {}
        for k, article_id in enumerate(of(computed[name])):
            rows.setdefault(article_id, []).append(k)
        out[name] = rows
    unknown = [n for n, rows in out.items() if any(a not in wanted for a in rows)]
    if unknown:
        raise ValueError(f"rows of articles not asked for in {unknown}")
    return out


def _pieces(
    done: Sequence[str],
    parts: Mapping[str, Mapping[str, pa.Table]],
    computed: pa.Table | None,
    rows: Mapping[str, list[int]],
    name: str,
) -> list[pa.Table]:
    """One output's rows of the `done` articles in their order: an entry's rows as they are, and each run of
    computed articles one `take` of the computed table (a cold run: the whole output in one)."""
    pieces: list[pa.Table] = []
    positions: list[int] = []
    for a in done:
        if a in parts:
            if positions:
                pieces.append(_take(computed, positions))
                positions = []
            pieces.append(parts[a][name])
        else:
            positions.extend(rows.get(a, ()))
    if positions:
        pieces.append(_take(computed, positions))
    return pieces


def _take(table: pa.Table | None, positions: list[int]) -> pa.Table:
    assert table is not None
    if positions == list(range(table.num_rows)):
        return table
    return table.take(pa.array(positions, type=pa.int64()))


def _attempt(
    run: Callable[[set[str] | None], dict[str, pa.Table]], wanted: set[str] | None
) -> dict[str, pa.Table] | Exception:
    try:
        return run(wanted)
    except Exception as exc:  # a bug or an odd article: `_one_by_one` finds which
        return exc


def _one_by_one(
    todo: Sequence[str],
    run: Callable[[set[str] | None], dict[str, pa.Table]],
    outputs: Mapping[str, tuple[pa.Schema, RowsOf]],
    step: str,
    first: Exception,
) -> tuple[dict[str, dict[str, pa.Table]], list[ArticleFailure]]:
    """Each article of a batch that raised (`first`) computed alone: its rows, or its failure. When every
    article of a batch of two or more raises alone too, the error is the step's, not an article's (a broken
    lexicon or model): `first` is raised again, and the step fails as it did before failures were kept."""
    entries: dict[str, dict[str, pa.Table]] = {}
    errors: list[tuple[str, BaseException]] = []
    for a in todo:
        got = first if len(todo) == 1 else _attempt(run, {a})
        if isinstance(got, BaseException):
            errors.append((a, got))
        else:
            entries.update(_split([a], got, outputs))
    systematic(step, len(todo), len(errors), first)
    return entries, [article_failure(a, step, exc) for a, exc in errors]


def systematic(step: str, n_tried: int, n_failed: int, first: BaseException) -> None:
    """Raise `first` when every one of two or more articles a step tried failed: per-article failures are
    for the odd article, and a step that fails on all of them is broken (CI must go red)."""
    if n_tried >= 2 and n_failed == n_tried:
        print(f"{step}: all {n_tried} articles failed one by one: the step's error, not an article's", file=sys.stderr)
        raise first


def _split(
    todo: Sequence[str], computed: dict[str, pa.Table], outputs: Mapping[str, tuple[pa.Schema, RowsOf]]
) -> dict[str, dict[str, pa.Table]]:
    """Each article's rows of the computed tables (an empty table where it has none)."""
    split = {n: split_rows(computed[n], of(computed[n])) for n, (_, of) in outputs.items()}
    wanted = set(todo)
    unknown = [n for n in outputs if any(k not in wanted for k in split[n])]
    if unknown:
        raise ValueError(f"rows of articles not asked for in {unknown}")
    # one empty table per output, shared by the articles without rows (a table is immutable; making one per
    # article cost 0.4 ms for the 35 columns of a claims table, each time an article had rows too)
    empty = {n: schema.empty_table() for n, (schema, _) in outputs.items()}
    return {a: {n: split[n][a] if a in split[n] else empty[n] for n in outputs} for a in todo}


def _assemble(computed: dict[str, pa.Table], outputs: Mapping[str, tuple[pa.Schema, RowsOf]]) -> dict[str, pa.Table]:
    return {n: _concat([computed[n]], schema) for n, (schema, _) in outputs.items()}


def _concat(tables: list[pa.Table], schema: pa.Schema) -> pa.Table:
    if not tables:
        return schema.empty_table()
    return pa.concat_tables([as_schema(t, schema) for t in tables]).combine_chunks()


def as_schema(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """`table.cast(schema)`, without the cast when the table has that schema already, metadata included (the
    same table: a cast calls Arrow's cast once per column, 0.1 ms for a claims table, once per article of a
    shard)."""
    return table if table.schema.equals(schema, check_metadata=True) else table.cast(schema)
