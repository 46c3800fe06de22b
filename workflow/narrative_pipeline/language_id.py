"""The offline language identifier (py3langid), its model unpacked once into a cache folder.

py3langid ships its model as an LZMA-compressed NumPy archive (4.6 MB) and decompresses it (68 MB)
every time it is loaded: about 0.3 s of CPU at the start of every ingest job, most of the job when a
shard holds one new file. With a cache folder the decompressed archive is kept there, named by a
digest of the packed file (a new py3langid release gets a new entry), and later jobs read it
directly: the same arrays, so the same classifications. A cache entry that cannot be read counts as
a miss.
"""

from __future__ import annotations

import hashlib
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
    unpacked = Path(cache_dir) / f"langid-{hashlib.sha256(packed).hexdigest()[:16]}.npz"
    if unpacked.is_file():
        try:
            return _from_archive(unpacked)
        except Exception:  # a damaged entry: unpack it again
            pass
    from .jsonio import atomic_write_bytes

    atomic_write_bytes(unpacked, lzma.decompress(packed), durable=False)
    return _from_archive(unpacked)
