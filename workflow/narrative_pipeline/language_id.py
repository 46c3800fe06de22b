"""The offline language identifier (py3langid), its model unpacked once into a cache folder.

py3langid ships its model as an LZMA-compressed NumPy archive (4.6 MB) and decompresses it (68 MB)
every time it is loaded: about 0.3 s of CPU at the start of every ingest job, most of the job when a
shard holds one new file. With a cache folder the decompressed archive is kept there, named by a
digest of the packed file (a new py3langid release gets a new entry), and later jobs read it
directly: the same arrays, so the same classifications. A cache entry that cannot be read counts as
a miss.

The languages found are kept too (`Remembered`): an ingest job classifies again only the texts it has
not seen, so adding one file to a shard classifies one text instead of the shard's hundred-odd (about
0.3 s of every add-one's first job, and the model is not even loaded when nothing is new).
"""

from __future__ import annotations

import hashlib
import json
import lzma
from array import array
from functools import lru_cache
from pathlib import Path
from typing import Any

_TYPECODES = {2: "H", 4: "I", 8: "L"}


def _uint_array(values: Any) -> array:
    """An unsigned NumPy array as a stdlib array, as py3langid's own loader makes it."""
    import numpy as np

    out = array(_TYPECODES[values.dtype.itemsize])
    out.frombytes(memoryview(np.ascontiguousarray(values)).cast("B"))
    return out


def _from_archive(path: Path) -> Any:
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    with np.load(path, allow_pickle=False) as data:
        return LanguageIdentifier(
            np.asarray(data["ptc"]),
            np.asarray(data["pc"]),
            data["classes"].tolist(),
            _uint_array(data["nextmove"]),
            data["out_feat"].tolist(),
            norm_probs=True,
            tk_row=_uint_array(data["nextmove_row"]),
        )


@lru_cache(maxsize=2)
def identifier(cache_dir: Path | None = None) -> Any:
    """py3langid's identifier with normalised probabilities; its model unpacked under `cache_dir`
    (`langid-<digest>.npz`) when given."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    if cache_dir is None:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    packed = (Path(MODEL_DIR) / MODEL_FILE).read_bytes()
    unpacked = Path(cache_dir) / f"langid-{model_digest()}.npz"
    if unpacked.is_file():
        try:
            return _from_archive(unpacked)
        except Exception:  # a damaged entry: unpack it again
            pass
    from .jsonio import atomic_write_bytes

    atomic_write_bytes(unpacked, lzma.decompress(packed), durable=False)
    return _from_archive(unpacked)


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
