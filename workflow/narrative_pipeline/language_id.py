"""The offline language identifier (py3langid), its model unpacked once into a cache folder.

py3langid ships its model as an LZMA-compressed NumPy archive (4.6 MB) and decompresses it (68 MB)
every time it is loaded: about 0.3 s of CPU at the start of every ingest job, most of the job when a
shard holds one new file. With a cache folder the arrays are kept there unpacked, in one file of raw
arrays (`langid-<digest>.arrays`, named by a digest of the packed file: a new py3langid release gets a
new entry), and later jobs map that file into memory instead of reading it: a text's classification
touches only the pages of the features it has (the probability table's rows, the automaton's states
it walks), so the add-one's first ingest job no longer reads and copies 68 MB to classify one text
(0.05-0.37 CPU s, BENCHMARKS.md speed48 and speed52). The same arrays, so the same classifications. An
entry is written whole under a temporary name and linked in place, never changed or replaced while it is
whole (a mapped file never shrinks or vanishes under a reader); one that cannot be read (a wrong header, a
size that does not match it) counts as a miss and is written again. The entry is flushed to disk before its link
(a power loss never leaves a whole-size entry with lost blocks) and its header holds two digests (cache54): one of
all its arrays, checked by the job that writes the entry or finds another job's there, and one of the small arrays
(the class priors and the automaton's row and output tables, 0.6 MB that every load reads anyway), checked at each
map; a classification that fails on a mapped entry (an index out of range, a probability that is not finite) checks
the whole digest, and a damaged entry is made again instead of failing the job. Another model's entry is removed
when a new one is written; a cache folder that cannot be written leaves the arrays in memory, with a warning.

The languages found are kept too (`Remembered`): an ingest job classifies again only the texts it has
not seen, so adding one file to a shard classifies one text instead of the shard's hundred-odd (about
0.3 s of every add-one's first job, and the model is not even loaded when nothing is new).
"""

from __future__ import annotations

import hashlib
import json
import lzma
import math
import os
import sys
from array import array
from functools import lru_cache
from pathlib import Path
from typing import Any

_TYPECODES = {2: "H", 4: "I", 8: "L"}
# The mapped entry: MAGIC, the header's length (8 bytes, little-endian), the JSON header (each array's dtype,
# shape and offset, the classes, the data's size, the digests of all the data and of the small arrays), then the
# arrays, each at an offset that is a multiple of ALIGN.
MAGIC = b"narrative-pipeline langid arrays 2\n"
ALIGN = 64
_ARRAYS = ("ptc", "pc", "nextmove", "nextmove_row", "out_feat")
# the arrays whose digest each map checks: every load reads them anyway (py3langid shifts each row of nextmove_row)
_SMALL = ("pc", "nextmove_row", "out_feat")
# what a damaged mapped entry can make a classification raise (an automaton state or feature out of range)
_DAMAGE = (IndexError, ValueError, OverflowError, KeyError, TypeError)


def _uint_array(values: Any) -> array:
    """An unsigned NumPy array as a stdlib array, as py3langid's own loader makes it."""
    import numpy as np

    out = array(_TYPECODES[values.dtype.itemsize])
    out.frombytes(memoryview(np.ascontiguousarray(values)).cast("B"))
    return out


def _padded(n: int) -> int:
    return -(-n // ALIGN) * ALIGN


def packed_arrays(packed: bytes) -> bytearray:
    """py3langid's packed model (LZMA of a NumPy archive) as one mapped entry's bytes (`MAGIC`), each array copied
    once into them (a first run's ingest jobs each make them)."""
    import io

    import numpy as np

    with np.load(io.BytesIO(lzma.decompress(packed)), allow_pickle=False) as data:
        arrays = {name: np.ascontiguousarray(data[name]) for name in _ARRAYS}
        classes = [str(c) for c in data["classes"].tolist()]
    layout: dict[str, Any] = {}
    offset = 0
    for name, values in arrays.items():
        layout[name] = {"dtype": values.dtype.str, "shape": list(values.shape), "offset": offset}
        offset = _padded(offset + values.nbytes)

    def head(digests: dict[str, str]) -> bytes:
        header = {"arrays": layout, "classes": classes, "data": offset, "sha256": digests}
        encoded = json.dumps(header, sort_keys=True).encode()
        return MAGIC + len(encoded).to_bytes(8, "little") + encoded

    start = _padded(len(head({"data": "0" * 64, "small": "0" * 64})))  # the digests' length is fixed
    out = bytearray(start + offset)  # zeros: the padding
    for name, values in arrays.items():
        at = start + layout[name]["offset"]
        out[at : at + values.nbytes] = memoryview(values.reshape(-1)).cast("B")
    data = memoryview(out)[start:]
    first = head({"data": hashlib.sha256(data).hexdigest(), "small": _small_digest(out, layout, start)})
    data.release()
    out[: len(first)] = first
    return out


def _small_digest(data: Any, layout: dict[str, Any], start: int = 0) -> str:
    """A digest of the small arrays' bytes (`_SMALL`) in `data`, whose arrays begin at `start`."""
    import numpy as np

    digest = hashlib.sha256()
    view = memoryview(data)
    for name in _SMALL:
        spec = layout[name]
        size = int(np.prod(spec["shape"], dtype=np.int64)) * np.dtype(spec["dtype"]).itemsize
        digest.update(view[start + spec["offset"] : start + spec["offset"] + size])
    return digest.hexdigest()


def _header(buffer: Any) -> tuple[dict[str, Any], int]:
    """An entry's header and where its data begins; ValueError when it is not a whole entry (a wrong magic, a size
    that does not match its header, small arrays whose digest does not match)."""
    if buffer[: len(MAGIC)] != MAGIC:
        raise ValueError("not a langid arrays file")
    length = int.from_bytes(buffer[len(MAGIC) : len(MAGIC) + 8], "little")
    header = json.loads(bytes(buffer[len(MAGIC) + 8 : len(MAGIC) + 8 + length]))
    start = _padded(len(MAGIC) + 8 + length)
    if len(buffer) != start + header["data"]:
        raise ValueError("a langid arrays file of the wrong size")
    if _small_digest(buffer, header["arrays"], start) != header["sha256"]["small"]:
        raise ValueError("a damaged langid arrays file")
    return header, start


def whole(path: Path) -> bool:
    """Whether the entry at `path` is whole: its header right and every array's bytes those its digest names (the
    whole file read: once, by the job that writes an entry or finds one damaged)."""
    try:
        with path.open("rb") as f:
            buffer = f.read()
        header, start = _header(buffer)
        return hashlib.sha256(memoryview(buffer)[start:]).hexdigest() == header["sha256"]["data"]
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _mapped(path: Path) -> Any:
    """The identifier whose arrays are the entry at `path`, mapped read-only (shared with the page cache); ValueError
    when the file is not a whole entry."""
    import mmap

    with path.open("rb") as f:
        if os.fstat(f.fileno()).st_size < len(MAGIC) + 8:
            raise ValueError("not a langid arrays file")
        mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    return _identifier_of(mapped)


def _identifier_of(buffer: Any) -> Any:
    """The identifier whose arrays are views of `buffer` (an entry's bytes, `packed_arrays`); ValueError when it
    is not a whole entry."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    header, start = _header(buffer)
    view = memoryview(buffer)

    def ndarray(name: str) -> Any:
        spec = header["arrays"][name]
        dtype = np.dtype(spec["dtype"])
        count = int(np.prod(spec["shape"], dtype=np.int64))
        if spec["offset"] + count * dtype.itemsize > header["data"]:
            raise ValueError("a langid arrays file of the wrong size")
        return np.frombuffer(buffer, dtype, count, start + spec["offset"]).reshape(spec["shape"])

    def uints(name: str) -> memoryview:
        # a stdlib view as py3langid's own stdlib arrays: item access gives the same Python ints
        values = ndarray(name)
        code = "i" if values.dtype.kind == "i" else _TYPECODES[values.dtype.itemsize]
        offset = start + header["arrays"][name]["offset"]
        return view[offset : offset + values.nbytes].cast(code)

    return LanguageIdentifier(
        ndarray("ptc"),
        ndarray("pc").copy(),
        list(header["classes"]),
        uints("nextmove"),
        uints("out_feat"),
        norm_probs=True,
        tk_row=uints("nextmove_row"),
    )


def _publish(entry: Path, data: bytes | bytearray) -> None:
    """Put `data` at `entry` whole (written under a temporary name first), without replacing an entry another job
    put there meanwhile (a hard link, which fails on an existing name): a whole entry, which other jobs may have
    mapped, is never replaced (on a network file system the pages of a replaced file can vanish under a reader).
    A damaged one is (`os.replace`; the whole file's digest checked), and so is any where the file system has no hard
    links. The data is flushed to disk before the link: a power loss leaves no entry with lost blocks."""
    from .jsonio import temporary_beside

    tmp, handle = temporary_beside(entry, data)
    try:
        try:
            os.fsync(handle.fileno())
        finally:
            handle.close()
        try:
            os.link(tmp, entry)
        except FileExistsError:
            if not whole(entry):  # another job's whole entry is kept
                os.replace(tmp, entry)
        except OSError:  # no hard links here
            os.replace(tmp, entry)
    finally:
        Path(tmp).unlink(missing_ok=True)


@lru_cache(maxsize=2)
def identifier(cache_dir: Path | None = None) -> Any:
    """py3langid's identifier with normalised probabilities; its model kept unpacked under `cache_dir`
    (`langid-<digest>.arrays`, mapped into memory) when given."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    if cache_dir is None:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    entry = _entry(cache_dir)
    try:
        return _mapped(entry)
    except (OSError, ValueError, KeyError, TypeError):  # absent or damaged: unpacked (again)
        return _unpacked(Path(cache_dir))


def _unpacked(cache_dir: Path) -> Any:
    """The identifier whose arrays are py3langid's packed model unpacked here, and put in `cache_dir` (`_publish`:
    a damaged entry there replaced, a whole one kept); another model's entries removed; a folder that cannot be
    written leaves the arrays in memory only, with a warning."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    entry = _entry(cache_dir)
    data = packed_arrays((Path(MODEL_DIR) / MODEL_FILE).read_bytes())
    try:
        _publish(entry, data)
        # the entry before this one (the whole NumPy archive, read and copied by every job): not read any more
        Path(cache_dir, f"langid-{model_digest()}.npz").unlink(missing_ok=True)
        # another model's entries (a py3langid release before or after this one): 68 MB each, not read by this one
        for other in Path(cache_dir).glob("langid-*.arrays"):
            if other.name != entry.name:
                other.unlink(missing_ok=True)
    except OSError as exc:  # a folder that cannot be written (read-only, full): the arrays kept in memory
        _warn(
            f"the language identifier's model could not be kept in {cache_dir} ({exc}); its arrays are used from memory"
        )
    return _identifier_of(data)  # the bytes made here, not the file (which another job may have replaced)


def _entry(cache_dir: Path) -> Path:
    return Path(cache_dir) / f"langid-{model_digest()}.arrays"


def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def classify(text: str, cache_dir: Path | None = None) -> tuple[str, float]:
    """`identifier(cache_dir).classify(text)`; when it fails on a mapped entry (an automaton state or a feature out
    of range, a probability that is not finite) and the entry is not whole (`whole`), the entry is made again and the
    text classified with the new arrays: a damaged entry costs one rebuild, not the job. The damaged file is replaced,
    not deleted first: a job that finds it damaged after another job put a whole one there keeps that one."""
    ident = identifier(cache_dir)
    found: tuple[str, float] | None = None
    try:
        found = ident.classify(text)
        if math.isfinite(found[1]) or cache_dir is None:
            return found
        problem: Exception = ValueError(f"a probability that is not finite: {found[1]}")
    except _DAMAGE as exc:
        if cache_dir is None:
            raise
        problem = exc
    entry = _entry(cache_dir)
    if whole(entry):  # the model's own answer (as py3langid's own load gives it), or a fault of the code
        if found is None:
            raise problem
        return found
    _warn(f"the language identifier's entry {entry} is damaged ({problem!r}); made again")
    identifier.cache_clear()  # the next call maps the entry made here (or another job's whole one)
    return _unpacked(Path(cache_dir)).classify(text)


@lru_cache(maxsize=1)
def model_digest() -> str:
    """A digest of py3langid's packed model file (names the cache entries that depend on it)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return hashlib.sha256((Path(MODEL_DIR) / MODEL_FILE).read_bytes()).hexdigest()[:16]


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the code that decides a text's language (this module and `ingest`, where the sample
    is cut and the probability rounded): a change of either forgets what was remembered."""
    here = Path(__file__).parent
    return hashlib.sha256(b"".join((here / n).read_bytes() for n in ("language_id.py", "ingest.py"))).hexdigest()[:16]


class Remembered:
    """The (language, probability) of texts classified by an earlier run, by a digest of the text
    sample and the letter threshold, kept in one JSON file per shard (one job writes it: no two jobs
    share a file). `save` keeps only the entries this run asked for, so the file follows its shard.
    A file that cannot be read counts as empty, one that cannot be written is not kept (a warning); without a path
    nothing is kept."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.known: dict[str, list] = {}
        self.used: dict[str, list] = {}
        if path is not None:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(data, dict) and all(isinstance(v, list) and len(v) == 2 for v in data.values()):
                    self.known = data
            except (OSError, ValueError):  # absent, unreadable or damaged: empty
                pass

    @classmethod
    def for_shard(cls, cache_dir: Path | None, shard: int) -> Remembered:
        if cache_dir is None:
            return cls(None)
        return cls(Path(cache_dir) / f"langid-{model_digest()}-{code_digest()}-{shard}.json")

    @staticmethod
    def key(sample: str, min_letters: int) -> str:
        return f"{hashlib.sha256(sample.encode('utf-8', 'surrogatepass')).hexdigest()}:{min_letters}"

    def get(self, key: str) -> tuple[str | None, float | None] | None:
        if self.path is None:
            return None
        value = self.known.get(key)
        if value is None:
            return None
        self.used[key] = value
        return value[0], value[1]

    def put(self, key: str, value: tuple[str | None, float | None]) -> None:
        if self.path is not None:
            self.used[key] = list(value)

    def save(self) -> None:
        if self.path is None or self.used == self.known:
            return
        from .jsonio import atomic_write_bytes

        try:
            atomic_write_bytes(self.path, json.dumps(self.used, sort_keys=True).encode("utf-8"), durable=False)
        except OSError as exc:  # a cache folder that cannot be written: the next run classifies again
            _warn(f"the languages found could not be kept in {self.path} ({exc})")
