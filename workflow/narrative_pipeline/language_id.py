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
size that does not match it) counts as a miss and is written again.

The languages found are kept too (`Remembered`): an ingest job classifies again only the texts it has
not seen, so adding one file to a shard classifies one text instead of the shard's hundred-odd (about
0.3 s of every add-one's first job, and the model is not even loaded when nothing is new).
"""

from __future__ import annotations

import hashlib
import json
import lzma
import os
from array import array
from functools import lru_cache
from pathlib import Path
from typing import Any

_TYPECODES = {2: "H", 4: "I", 8: "L"}
# The mapped entry: MAGIC, the header's length (8 bytes, little-endian), the JSON header (each array's dtype,
# shape and offset, the classes, the file's size), then the arrays, each at an offset that is a multiple of ALIGN.
MAGIC = b"narrative-pipeline langid arrays 1\n"
ALIGN = 64
_ARRAYS = ("ptc", "pc", "nextmove", "nextmove_row", "out_feat")


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
    header = json.dumps({"arrays": layout, "classes": classes, "data": offset}, sort_keys=True).encode()
    head = MAGIC + len(header).to_bytes(8, "little") + header
    start = _padded(len(head))
    out = bytearray(start + offset)  # zeros: the padding
    out[: len(head)] = head
    for name, values in arrays.items():
        at = start + layout[name]["offset"]
        out[at : at + values.nbytes] = memoryview(values.reshape(-1)).cast("B")
    return out


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

    if buffer[: len(MAGIC)] != MAGIC:
        raise ValueError("not a langid arrays file")
    length = int.from_bytes(buffer[len(MAGIC) : len(MAGIC) + 8], "little")
    header = json.loads(bytes(buffer[len(MAGIC) + 8 : len(MAGIC) + 8 + length]))
    start = _padded(len(MAGIC) + 8 + length)
    if len(buffer) != start + header["data"]:
        raise ValueError("a langid arrays file of the wrong size")
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
    A damaged one is (`os.replace`), and so is any where the file system has no hard links."""
    from .jsonio import temporary_beside

    tmp, handle = temporary_beside(entry, data)
    try:
        handle.close()
        try:
            os.link(tmp, entry)
        except FileExistsError:
            try:
                _mapped(entry)  # another job's whole entry: kept
            except (OSError, ValueError, KeyError, TypeError):
                os.replace(tmp, entry)
        except OSError:  # no hard links here
            os.replace(tmp, entry)
    finally:
        Path(tmp).unlink(missing_ok=True)


@lru_cache(maxsize=2)
def identifier(cache_dir: Path | None = None) -> Any:
    """py3langid's identifier with normalised probabilities; its model kept unpacked under `cache_dir`
    (`langid-<digest>.arrays`, mapped into memory) when given."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    if cache_dir is None:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    entry = Path(cache_dir) / f"langid-{model_digest()}.arrays"
    try:
        return _mapped(entry)
    except (OSError, ValueError, KeyError, TypeError):  # absent or damaged: unpacked (again)
        pass
    data = packed_arrays((Path(MODEL_DIR) / MODEL_FILE).read_bytes())
    _publish(entry, data)
    # the entry before this one (the whole NumPy archive, read and copied by every job): not read any more
    Path(cache_dir, f"langid-{model_digest()}.npz").unlink(missing_ok=True)
    return _identifier_of(data)  # the bytes made here, not the file (which another job may have replaced)


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
    A file that cannot be read counts as empty; without a path nothing is kept."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.known: dict[str, list] = {}
        self.used: dict[str, list] = {}
        if path is not None and path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(data, dict) and all(isinstance(v, list) and len(v) == 2 for v in data.values()):
                    self.known = data
            except ValueError:
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

        atomic_write_bytes(self.path, json.dumps(self.used, sort_keys=True).encode("utf-8"), durable=False)
