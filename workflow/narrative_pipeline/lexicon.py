"""Lexicons: cue-word files (YAML) read into validated, immutable pydantic models.

Each lexicon file has one model (`claims.lexicon.Lexicon`, `actors.lexicon.ActorsLexicon`) whose
every key is required and whose unknown keys are refused. Word lists become lower-case
frozensets, phrase lists tuples of lower-case words (longest first); an empty entry or an entry
listed twice fails. Every failure names the file and the key.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, TypeVar

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available; always safe


def safe_load(text: str) -> Any:
    """`yaml.safe_load` through libyaml when it is there: the same data, 8-13 times faster (the actors
    lexicon 0.05 -> 0.004 s, loaded by every actors job)."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader


# speed56: the configuration files a run's steps parse (the actor registry and its includes, the lexicons), parsed
# once by the run's warm worker (`keeping_parses`, from `warm.later_steps`) and kept in its memory, which every step
# it forks shares: a step's loader (`kept_parse`) takes the worker's parse when each file it was parsed from holds the
# same bytes now (compared whole: a file edited since is parsed again), else parses as it always did. The parse is a
# pure function of those bytes (the same code: the worker serves only steps of its own code state), so the step gets
# what its own parse would give; a forked step's changes to it stay in that step's process. A process that is not a
# child of the worker keeps nothing (`_KEEPING` is set only while the worker parses), so tests and steps of their own
# parse as before. About 0.15-0.2 CPU s of an actors job (the registry 0.07-0.13, the actors lexicon 0.03-0.1), 0.04
# of a narratives shard job, 0.02 of a claims job on BBC.
_KEPT: dict[tuple[str, tuple[str, ...]], tuple[tuple[str, ...], tuple[bytes | None, ...], Any]] = {}
_KEEPING = False


def _raw(path: str) -> bytes | None:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


def kept_parse(kind: str, paths: Sequence[Path | str], parse: Callable[[], tuple[T, Sequence[Path | str]]]) -> T:
    """`parse()`'s value, which it made from the files `paths` (and the others it names: `parse` returns the value
    and every file it read); the worker's value of the same `kind` and paths instead when it kept one and each file
    it was made from holds the bytes it held then (`_KEPT`)."""
    key = (kind, tuple(os.path.abspath(p) for p in paths))
    kept = _KEPT.get(key)
    if kept is not None and tuple(map(_raw, kept[0])) == kept[1]:
        return kept[2]
    if not _KEEPING:
        return parse()[0]
    before = tuple(map(_raw, key[1]))
    value, read = parse()
    files = tuple(dict.fromkeys([*key[1], *(os.path.abspath(p) for p in read)]))
    raws = tuple(map(_raw, files))
    if raws[: len(before)] == before:  # (not edited while it was parsed)
        _KEPT[key] = (files, raws, value)
    return value


@contextmanager
def keeping_parses() -> Iterator[None]:
    """In the warm worker: the loaders called inside the block keep their parses for the steps it forks."""
    global _KEEPING
    _KEEPING = True
    try:
        yield
    finally:
        _KEEPING = False


class LexiconError(ValueError):
    """A lexicon file is malformed: the message names the file and the key."""


def _entries(values: Any) -> list[str]:
    """The lower-case entries of a list; fails on a non-list, an empty entry or a duplicate."""
    if not isinstance(values, list | tuple | set | frozenset):
        raise ValueError("must be a list")  # noqa: TRY004 - pydantic reports a ValueError with the key
    if isinstance(values, set | frozenset):  # built in code, not read from a file: no duplicates to find
        values = sorted(values)
    out = []
    for value in values:
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"entries must be non-empty strings, got {value!r}")
        out.append(" ".join(value.lower().split()))
    duplicates = sorted({v for v in out if out.count(v) > 1})
    if duplicates:
        raise ValueError(f"duplicate entries: {', '.join(duplicates)}")
    return out


def _words(values: Any) -> frozenset[str]:
    return frozenset(_entries(values))


# the most straight apostrophes a phrase's first word may have: `syntax.iter_phrases` looks a token up among every
# writing of the first word with each one kept or written ’ (2 ** n writings; no shipped phrase has more than 1)
MAX_PHRASE_APOSTROPHES = 4


def _phrases(values: Any) -> tuple[tuple[str, ...], ...]:
    if isinstance(values, tuple) and all(isinstance(v, tuple) for v in values):
        values = [" ".join(v) for v in values]
    phrases = tuple(sorted((tuple(p.split()) for p in _entries(values)), key=lambda p: (-len(p), p)))
    many = [" ".join(p) for p in phrases if p[0].count("'") > MAX_PHRASE_APOSTROPHES]
    if many:
        raise ValueError(f"more than {MAX_PHRASE_APOSTROPHES} apostrophes in a phrase's first word: {', '.join(many)}")
    return phrases


Words = Annotated[frozenset[str], BeforeValidator(_words)]
"""A set of lower-case words (lemmas or forms, as the key's description says)."""

Phrases = Annotated[tuple[tuple[str, ...], ...], BeforeValidator(_phrases)]
"""Lower-case word sequences, longest first, matched on consecutive tokens."""


class LexiconModel(BaseModel):
    """Base of every lexicon model: immutable, every key required, unknown keys refused."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def describe(exc: ValidationError) -> str:
    """`key 'a.b': message; ...` for each error of a validation."""
    parts = []
    for err in exc.errors():
        key = ".".join(str(x) for x in err["loc"]) or "(file)"
        message = err["msg"].removeprefix("Value error, ")
        parts.append(f"key {key!r}: {message}")
    return "; ".join(parts)


def load_model(path: Path, model: type[M]) -> M:
    """Read a YAML lexicon file into `model`; raises LexiconError naming the file and the key."""
    return kept_parse(f"model:{model.__module__}.{model.__qualname__}", [path], lambda: (_load_model(path, model), []))


def _load_model(path: Path, model: type[M]) -> M:
    path = Path(path)
    try:
        data = safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LexiconError(f"{path}: cannot be read: {exc}") from exc
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: must be a mapping of keys to word lists")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise LexiconError(f"{path}: {describe(exc)}") from exc


# actors87: the claims lexicon's lists of common given names, which the actors step reads from it (one list, three
# readers: `claims.pronouns`, the narratives step's gender words and `actors.typing`'s given-name persons); here, in
# the module the workflow imports at start, for the actors rule's digest of them
GIVEN_NAME_KEYS = ("female_first_names", "male_first_names")
# fix78: the given names and titles that say a woman, and a man ("Mrs Howard" is no Michael Howard)
GENDER_KEYS = (("female_first_names", "female_titles"), ("male_first_names", "male_titles"))


def given_names(path: Path) -> frozenset[str]:
    """The common given names of the claims lexicon at `path` (`GIVEN_NAME_KEYS`, lower case, as the claims step
    reads them); raises `LexiconError` naming the file and the key."""
    return kept_parse("given-names", [path], lambda: (_given_names(path), []))


def _given_names(path: Path) -> frozenset[str]:
    data = _claims_data(path)
    return frozenset(w for key in GIVEN_NAME_KEYS for w in _name_list(data, path, key))


def gender_words(path: Path) -> tuple[frozenset[str], frozenset[str]]:
    """The words of the claims lexicon at `path` that say a woman and a man (`GENDER_KEYS`: its given names and its
    titles, lower case; fix78); raises `LexiconError` naming the file and the key."""
    return kept_parse("gender-words", [path], lambda: (_gender_words(path), []))


def _gender_words(path: Path) -> tuple[frozenset[str], frozenset[str]]:
    data = _claims_data(path)
    female, male = (frozenset(w for key in keys for w in _name_list(data, path, key)) for keys in GENDER_KEYS)
    return female, male


def _claims_data(path: Path) -> object:
    try:
        return safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise LexiconError(f"{path}: cannot be read: {exc}") from exc


# fix89: the claims lexicon's words the normalize step's parse repairs read (`misparse`); here, beside the given names,
# for the normalize rule's digest of them
REPAIR_WORD_KEYS = ("reporting_verbs", "position_nouns")


@dataclass(frozen=True)
class RepairWords:
    """The words behind the parse repairs (`misparse`): `reporting_verbs`, the lemmas of speech verbs whose "-s" form
    a root tagged as a plural noun may be; `position_nouns`, a player's positions the parser takes for a verb before a
    name."""

    reporting_verbs: frozenset[str]
    position_nouns: frozenset[str]


def repair_words(path: Path) -> RepairWords:
    """The parse repairs' words of the claims lexicon at `path` (`REPAIR_WORD_KEYS`, lower case); raises
    `LexiconError` naming the file and the key."""
    return kept_parse("repair-words", [path], lambda: (_repair_words(path), []))


def _repair_words(path: Path) -> RepairWords:
    data = _claims_data(path)
    verbs, positions = (frozenset(_name_list(data, path, key)) for key in REPAIR_WORD_KEYS)
    return RepairWords(verbs, positions)


def repair_words_digest(words: RepairWords) -> str:
    """A digest of the parse repairs' words: the parse cache's key and the normalize rule's parameter hold it, so an
    edit of the claims lexicon re-parses only when these words change."""
    from .hashing import canonical_json_hash

    return canonical_json_hash({key: sorted(getattr(words, key)) for key in REPAIR_WORD_KEYS})


def _name_list(data: object, path: Path, key: str) -> list[str]:
    words = data.get(key) if isinstance(data, dict) else None
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise LexiconError(f"{path}: key {key!r}: must be a list of names")
    return [w.strip().lower() for w in words]
