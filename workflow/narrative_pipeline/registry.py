"""The actor registry: canonical actors from YAML, validated, and the lookups linking uses.

`config/actors.yaml` (its path is the config key `actor_registry`) lists hand-curated actors and
may `include:` other registry files (the generated states file). Each entry is checked against
`RegistryEntry`; a malformed entry fails with a message naming the file, the entry and the field.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .lexicon import kept_parse, safe_load
from .records import ActorType

RelationType = Literal["part_of", "allied_with", "backed_by", "led_by", "leader_of", "government_of", "member_of"]
_ID = re.compile(r"^[a-z0-9][a-z0-9_.:-]*$")


class Relation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    type: RelationType = Field(description="Kind of relation.")
    target: str = Field(description="Id of the related actor.")
    since: str | None = Field(None, description="Start date (ISO 8601), when known.")
    until: str | None = Field(None, description="End date (ISO 8601), when known.")


class RegistryEntry(BaseModel):
    """One canonical actor."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(description="Stable id: lower case letters, digits, _ . : -")
    name: str = Field(description="Display name.")
    type: ActorType = Field(description="Actor type.")
    aliases: list[str] = Field(default_factory=list, description="Names, short forms, acronyms, spelling variants.")
    demonyms: list[str] = Field(
        default_factory=list, description="Adjectives and plural nouns carrying the actor's agency (Turkish, Turks)."
    )
    metonyms: list[str] = Field(
        default_factory=list, description="Names standing for the actor's government (Kremlin, Ankara)."
    )
    descriptors: list[str] = Field(
        default_factory=list,
        description=(
            "Common nouns that refer to the actor once the article has named it or a related actor (rebels, regime)."
        ),
    )
    country_iso3: str | None = Field(None, description="ISO 3166 alpha-3 code of the actor's country.")
    wikidata_id: str | None = Field(None, description="Wikidata item id (Q...).")
    relations: list[Relation] = Field(default_factory=list, description="Relations to other actors.")

    @field_validator("id")
    @classmethod
    def _id_form(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError("must be lower case letters, digits and _ . : - (starting with a letter or digit)")
        return value

    @field_validator("country_iso3")
    @classmethod
    def _iso3(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"[A-Z]{3}", value):
            raise ValueError("must be three upper-case letters (ISO 3166 alpha-3)")
        return value

    @field_validator("wikidata_id")
    @classmethod
    def _qid(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"Q[1-9][0-9]*", value):
            raise ValueError("must look like Q123")
        return value

    @field_validator("aliases", "demonyms", "metonyms", "descriptors")
    @classmethod
    def _non_empty(cls, values: list[str]) -> list[str]:
        for value in values:
            if not value.strip():
                raise ValueError("names must not be empty")
        return values


class OfficeTerm(BaseModel):
    """One person's time in an office: from `since` (the day they took it) to `until` (the day they left it)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    holder: str = Field(description="Id of the registry person who held the office.")
    since: date = Field(description="The day the holder took office (ISO 8601).")
    until: date | None = Field(None, description="The day the holder left office; none while in office at `checked`.")


class Office(BaseModel):
    """An office of a state with its dated holders ("the prime minister" of the United Kingdom), for the article that
    says the office without naming who held it (`actors.dated_offices`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(description="Stable id of the office: lower case letters, digits and _")
    name: str = Field(description="Display name (Prime Minister of the United Kingdom).")
    state: str = Field(description="Id of the registry state whose office it is.")
    forms: list[str] = Field(description="Lower-case phrases that say the office bare (prime minister, pm).")
    source: str = Field(description="Where the dates come from.")
    checked: date = Field(description="The day the terms were last checked: an open term holds no later.")
    terms: list[OfficeTerm] = Field(description="The holders in order; terms meet or leave a gap, never overlap.")

    @field_validator("id")
    @classmethod
    def _office_id(cls, value: str) -> str:
        if not re.fullmatch(r"[a-z0-9_]+", value):
            raise ValueError("must be lower case letters, digits and _")
        return value

    @field_validator("forms")
    @classmethod
    def _lower_forms(cls, values: list[str]) -> list[str]:
        if not values or any(not v.strip() or v != v.lower() for v in values):
            raise ValueError("forms must be non-empty lower-case phrases")
        return values

    @field_validator("terms")
    @classmethod
    def _ordered(cls, values: list[OfficeTerm]) -> list[OfficeTerm]:
        for k, term in enumerate(values):
            if term.until is not None and term.until <= term.since:
                raise ValueError(f"term {k} ({term.holder}) ends before it starts")
            later = values[k + 1] if k + 1 < len(values) else None
            if later is not None and (term.until is None or later.since < term.until):
                raise ValueError(f"term {k} ({term.holder}) overlaps the next ({later.holder})")
        return values


class EraHolder(BaseModel):
    """One office of the undated articles' era and the person who held it then (Tony Blair, prime minister)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    office: str = Field(description="Id of a registry office (`offices`).")
    holder: str = Field(description="Id of the registry person who held it in the era: one of the office's `terms`.")


class EraGovernment(BaseModel):
    """The parties that governed a state in the undated articles' era (Labour the UK's; Labour and the Liberal
    Democrats Scotland's in 2004-05): a legislator of another party named with it ("Tory MSP X") is not the holder of
    a lead's office of that state (`actors.players.of_another_party`, fix75)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    state: str = Field(description="Id of a registry state (a devolved one too: Scotland, Wales).")
    parties: list[str] = Field(min_length=1, description="Ids of the registry parties of its government then.")


class Era(BaseModel):
    """The era of the articles that give no date (the BBC text files, 2004-05): the offices `era-office` may link
    bare ("the prime minister") and their holder then (`actors.dated_offices.era_office`, actors72; declared here,
    not read from the persons' `descriptors`: review56 3, actors74). The holder's years in the office are its
    `terms` in the office's entry."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="What the era is (the corpus and its years), for the reader.")
    holders: list[EraHolder] = Field(description="Each office of the era once, with its holder then.")
    governing: list[EraGovernment] = Field(
        default_factory=list, description="The parties governing each state the era gives (none: unknown)."
    )

    @field_validator("holders")
    @classmethod
    def _one_each(cls, values: list[EraHolder]) -> list[EraHolder]:
        offices = [v.office for v in values]
        twice = sorted({o for o in offices if offices.count(o) > 1})
        if twice:
            raise ValueError(f"an office is given twice: {', '.join(twice)}")
        return values


class RegistryFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(1, description="Format version of the registry file.")
    include: list[str] = Field(default_factory=list, description="Other registry files, relative to this one.")
    actors: list[dict] = Field(default_factory=list, description="Actor entries (see RegistryEntry).")
    offices: list[dict] = Field(default_factory=list, description="Offices with dated holders (see Office).")
    era: dict | None = Field(None, description="The undated articles' era (see Era); one file of the registry at most.")


class RegistryError(ValueError):
    """A registry file or entry is malformed."""


@dataclass(frozen=True)
class _ReadFile:
    """One file of the registry as read: its path, its bytes and its YAML data."""

    path: Path
    raw: bytes
    data: object


def _read_files(path: Path) -> list[_ReadFile]:
    """The registry file and every file it includes, in load order, each read and parsed once (or the warm worker's
    parse of the same bytes: `lexicon.kept_parse`; the list and its data are read, never changed)."""

    def parse() -> tuple[list[_ReadFile], list[Path]]:
        files = _parse_files(path)
        return files, [f.path for f in files]

    return kept_parse("registry-files", [path], parse)


def _parse_files(path: Path) -> list[_ReadFile]:
    seen: list[_ReadFile] = []

    def visit(p: Path) -> None:
        p = Path(p)
        if any(f.path == p for f in seen):
            return
        if not p.is_file():
            raise RegistryError(f"registry file {p} does not exist")
        raw = p.read_bytes()
        try:
            data = safe_load(raw.decode("utf-8")) or {}
        except yaml.YAMLError as exc:
            raise RegistryError(f"{p}: not valid YAML: {exc}") from exc
        seen.append(_ReadFile(p, raw, data))
        for inc in data.get("include", []) if isinstance(data, dict) else []:
            visit(p.parent / inc)

    visit(Path(path))
    return seen


def registry_files(path: Path) -> list[Path]:
    """The registry file and every file it includes, in load order."""
    return [f.path for f in _read_files(path)]


def _digest(named: Iterable[tuple[str, bytes]]) -> str:
    """The registry's hash from each of its files' name and bytes, in load order."""
    digest = hashlib.sha256()
    for name, raw in named:
        digest.update(name.encode())
        digest.update(raw)
    return digest.hexdigest()


def _hash_files(files: list[_ReadFile]) -> str:
    return _digest((f.path.name, f.raw) for f in files)


def files_hash(paths: Iterable[Path]) -> str:
    """`registry_hash` of the registry whose files, in load order, are `paths` (`registry_files`' list, such as
    the run's start cache keeps: `startcache.registry_files`): their names and bytes, without parsing the YAML
    again to find the includes (two parses of the registry, about 0.1 CPU s, in the publish job at every run's
    end: speed39)."""
    return _digest((Path(p).name, Path(p).read_bytes()) for p in paths)


def registry_hash(path: Path) -> str:
    return _hash_files(_read_files(path))


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err["loc"]) or "(entry)"
        parts.append(f"field {where!r}: {err['msg']}")
    return "; ".join(parts)


def load_entries(path: Path) -> list[RegistryEntry]:
    """Every entry of the registry and its includes; raises RegistryError naming entry and field."""
    return _entries_of(_read_files(path))


def _offices_of(files: list[_ReadFile], entries: list[RegistryEntry]) -> list[Office]:
    """Every office of the registry and its includes; each holder a registry person, each state a registry state."""
    kinds = {e.id: e.type for e in entries}
    offices: list[Office] = []
    for f in files:
        raw_offices = f.data.get("offices", []) if isinstance(f.data, dict) else []
        for k, raw in enumerate(raw_offices):
            label = raw.get("id", f"#{k}") if isinstance(raw, dict) else f"#{k}"
            try:
                office = Office.model_validate(raw)
            except ValidationError as exc:
                raise RegistryError(f"{f.path}: office {k} ({label}): {_describe(exc)}") from exc
            if kinds.get(office.state) != "state":
                raise RegistryError(f"{f.path}: office {k} ({label}): state {office.state!r} is no registry state")
            for term in office.terms:
                if kinds.get(term.holder) != "person":
                    raise RegistryError(f"{f.path}: office {k} ({label}): holder {term.holder!r} is no registry person")
            offices.append(office)
    return offices


def _era_of(
    files: list[_ReadFile], offices: list[Office], entries: list[RegistryEntry]
) -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """The undated articles' era (`Era`): office id -> its holder then, and state id -> its governing parties; each
    office a registry office, each holder one of its terms' holders, each state and party a registry one; at most one
    file gives an era. None given: no office is linked by era."""
    terms = {o.id: {t.holder for t in o.terms} for o in offices}
    found = [(f.path, f.data["era"]) for f in files if isinstance(f.data, dict) and f.data.get("era") is not None]
    if len(found) > 1:
        raise RegistryError(f"{found[1][0]}: era: an era is given already in {found[0][0]}")
    if not found:
        return {}, {}
    path, raw = found[0]
    try:
        era = Era.model_validate(raw)
    except ValidationError as exc:
        raise RegistryError(f"{path}: era: {_describe(exc)}") from exc
    for k, held in enumerate(era.holders):
        if held.office not in terms:
            raise RegistryError(f"{path}: era: holder {k}: office {held.office!r} is no registry office")
        if held.holder not in terms[held.office]:
            raise RegistryError(f"{path}: era: holder {k}: {held.holder!r} held {held.office!r} in none of its terms")
    kinds = {e.id: e.type for e in entries}
    for k, gov in enumerate(era.governing):
        if kinds.get(gov.state) != "state" or any(kinds.get(p) != "party" for p in gov.parties):
            raise RegistryError(f"{path}: era: governing {k}: {gov.state!r} or a party of it is no registry one")
    return {held.office: held.holder for held in era.holders}, {g.state: frozenset(g.parties) for g in era.governing}


def _entries_of(files: list[_ReadFile]) -> list[RegistryEntry]:
    entries: list[RegistryEntry] = []
    ids: dict[str, str] = {}
    for f in files:
        p = f.path
        try:
            parsed = RegistryFile.model_validate(f.data)
        except ValidationError as exc:
            raise RegistryError(f"{p}: {_describe(exc)}") from exc
        for k, raw in enumerate(parsed.actors):
            label = raw.get("id", f"#{k}") if isinstance(raw, dict) else f"#{k}"
            try:
                entry = RegistryEntry.model_validate(raw)
            except ValidationError as exc:
                raise RegistryError(f"{p}: entry {k} ({label}): {_describe(exc)}") from exc
            if entry.id in ids:
                raise RegistryError(f"{p}: entry {k} ({label}): field 'id': duplicate of an entry in {ids[entry.id]}")
            ids[entry.id] = str(p)
            entries.append(entry)
    known = set(ids)
    for entry in entries:
        for rel in entry.relations:
            if rel.target not in known:
                raise RegistryError(
                    f"entry {entry.id}: field 'relations': target {rel.target!r} is not an actor of the registry"
                )
    return entries


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Accent- and apostrophe-folded form used for lookups (Erdoğan -> Erdogan)."""
    if text.isascii():
        return text  # no curly apostrophe, nothing NFKD decomposes, no combining mark: itself, without the work
    text = text.replace("’", "'").replace("‘", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Surface:
    """A registry string that can appear in text, and what it means."""

    actor_id: str
    kind: str  # alias, acronym, demonym, metonym, descriptor
    form: str


@dataclass
class Registry:
    entries: dict[str, RegistryEntry]
    surfaces: dict[str, list[Surface]] = field(default_factory=dict)
    lower_surfaces: dict[str, list[Surface]] = field(default_factory=dict)
    first_words: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)  # every leading part of a surface key
    descriptor_last_words: set[str] = field(default_factory=set)  # lower-case last words of descriptors
    max_words: int = 1
    # actor id -> actors whose mention lets the actor's descriptors refer to it: its leaders
    # (led_by, leader_of) and the state it is the government of (government_of)
    descriptor_anchors: dict[str, set[str]] = field(default_factory=dict)
    demonym_forms: set[str] = field(default_factory=set)  # folded demonyms ("Welsh", "Turks")
    state_of: dict[str, str] = field(default_factory=dict)  # ISO 3166 alpha-3 code -> the state's actor id
    # head word of the name of a body of a state ("treasury" for HM Treasury) -> (actor id, state id)
    state_bodies: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    offices: dict[str, list[Office]] = field(default_factory=dict)  # a form ("prime minister") -> the offices it says
    era_holders: dict[str, str] = field(default_factory=dict)  # the undated articles' era: office id -> holder (`Era`)
    era_governing: dict[str, frozenset[str]] = field(default_factory=dict)  # the era's state id -> governing parties

    def entry(self, actor_id: str) -> RegistryEntry:
        return self.entries[actor_id]


def _kind_of_alias(alias: str) -> str:
    letters = alias.replace(".", "").replace("-", "")
    return "acronym" if letters.isupper() and len(letters) <= 6 and " " not in alias else "alias"


def _words(text: str) -> list[str]:
    return re.findall(r"[^\s\-'’]+", text)


def build_registry(
    entries: list[RegistryEntry],
    offices: Iterable[Office] = (),
    era_holders: dict[str, str] | None = None,
    era_governing: dict[str, frozenset[str]] | None = None,
) -> Registry:
    """Lookup tables: exact (case-aware, accent-folded) surface forms and lower-case descriptors; the dated
    offices by their forms; the undated articles' era (office id -> holder, state id -> governing parties)."""
    registry = Registry(
        entries={e.id: e for e in entries}, era_holders=dict(era_holders or {}), era_governing=dict(era_governing or {})
    )
    for office in offices:
        for form in office.forms:
            registry.offices.setdefault(fold(form), []).append(office)
    for entry in entries:
        forms: list[tuple[str, str]] = [(entry.name, _kind_of_alias(entry.name))]
        forms += [(a, _kind_of_alias(a)) for a in entry.aliases]
        forms += [(d, "demonym") for d in entry.demonyms]
        forms += [(m, "metonym") for m in entry.metonyms]
        for form, kind in forms:
            key = fold(form)
            bucket = registry.surfaces.setdefault(key, [])
            if not any(s.actor_id == entry.id and s.kind == kind for s in bucket):
                bucket.append(Surface(entry.id, kind, form))
            registry.prefixes.update(key[:k] for k in range(1, len(key) + 1))
            words = _words(key)
            if words:
                registry.first_words.add(words[0])
                registry.max_words = max(registry.max_words, len(words) + 2)
        registry.demonym_forms.update(fold(d) for d in entry.demonyms)
        if entry.type == "state" and entry.country_iso3 and not any(r.type == "part_of" for r in entry.relations):
            registry.state_of.setdefault(entry.country_iso3, entry.id)
        head = re.sub(r"\s*\(.*\)$", "", entry.name).split()
        for rel in entry.relations:
            if rel.type == "part_of" and head:
                registry.state_bodies.setdefault(head[-1].lower(), []).append((entry.id, rel.target))
        for desc in entry.descriptors:
            registry.descriptor_last_words.add(fold(desc).lower().split()[-1])
            registry.lower_surfaces.setdefault(fold(desc).lower(), []).append(Surface(entry.id, "descriptor", desc))
        for rel in entry.relations:
            if rel.type in {"led_by", "government_of"}:
                registry.descriptor_anchors.setdefault(entry.id, set()).add(rel.target)
            elif rel.type == "leader_of":
                registry.descriptor_anchors.setdefault(rel.target, set()).add(entry.id)
    return registry


def load_registry(path: Path) -> Registry:
    files = _read_files(path)
    return _built(files)


def _built(files: list[_ReadFile]) -> Registry:
    """The registry of the files read: entries, offices and era, each checked."""
    entries = _entries_of(files)
    offices = _offices_of(files, entries)
    return build_registry(entries, offices, *_era_of(files, offices, entries))


def load_registry_hashed(path: Path) -> tuple[Registry, str]:
    """The registry and its hash (`registry_hash`), its files read and parsed once for both (or the warm worker's of
    the same bytes: `lexicon.kept_parse`)."""

    def parse() -> tuple[tuple[Registry, str], list[Path]]:
        files = _read_files(path)
        return (_built(files), _hash_files(files)), [f.path for f in files]

    return kept_parse("registry", [path], parse)
