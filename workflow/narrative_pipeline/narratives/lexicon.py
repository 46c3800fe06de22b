"""The PLOVER lexicon: cue words of the 16 event categories, validated when loaded.

`config/plover_lexicon.yaml` maps each category to its quad class and cues (verbs, object verbs,
intransitive verbs, verb+particle, verb+object noun, event nouns), names the verbs that frame,
name or negate, the word classes the role rules read (agency, proposal and military nouns,
pronouns) and three blocks of the classification rules (leaving a relation, commercial deals,
military moves). A malformed file fails with `LexiconError` naming the file and the key: unknown
or missing keys, unknown or missing categories, unknown quad classes or actor types, malformed
cues and cues listed twice under one kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from ..hashing import canonical_json_hash
from ..lexicon import kept_parse, safe_load
from ..records import ActorType, PloverCategory, QuadClass

CATEGORIES: tuple[str, ...] = PloverCategory.__args__  # type: ignore[attr-defined]
QUADS: tuple[str, ...] = QuadClass.__args__  # type: ignore[attr-defined]
ACTOR_TYPES: tuple[str, ...] = ActorType.__args__  # type: ignore[attr-defined]
CUE_KINDS = ("verbs", "object_verbs", "intransitive", "particles", "verb_objects", "nouns", "received_nouns")
CATEGORY_KEYS = {"quad", "patient_preps", *CUE_KINDS}
PAIR_TABLES = ("particles", "verb_objects", "noun_pairs")  # looked up by (first word, the rest)
WORD_LISTS = (
    "frame_verbs",
    "question_verbs",
    "light_verbs",
    "naming_verbs",
    "negators",
    "label_stopwords",
    "partitive_nouns",
    "other_party_nouns",
    "doer_nouns",
    "standing_nouns",
    "receiving_verbs",
    "undergoing_verbs",
    "holding_verbs",
    "held_nouns",
    "bystander_verbs",
    "performing_verbs",
    "characterised_nouns",
    "characterising_verbs",
    "open_governing_preps",
    "giver_nouns",
    "authored_nouns",
    "owner_self_nouns",
    "origin_nouns",
    "measure_nouns",
    "suffered_nouns",
    "listing_verbs",
    "funding_verbs",
    "venture_nouns",
    "object_control_verbs",
    "addressed_verbs",
    "caution_verbs",
    "objectless_particles",
    "market_nouns",
    "addressing_verbs",
    "speech_verbs",
    "addressee_preps",
    "interview_nouns",
    "follower_nouns",
    "government_nouns",
    "military_nouns",
    "state_body_nouns",
    "member_nouns",
    "bygone_modifiers",
    "descriptor_nouns",
    "acting_nouns",
    "assent_verbs",
    "fixture_verbs",
    "fixture_nouns",
    "fixture_words",
    "possibility_modals",
    "agency_nouns",
    "described_nouns",
    "demonym_types",
    "proposal_nouns",
    "place_nouns",
    "governing_preps",
    "verb_prefixes",
    "hyphen_prefixes",
    "person_pronouns",
    "nonperson_pronouns",
    "plural_pronouns",
    "speaker_pronouns",
    "speaker_group_pronouns",
    "shared_we_nouns",
    "shared_we_phrases",
    "inclusive_we_words",
    "market_we_roles",
    "market_we_view_verbs",
    "lone_person_pronouns",
    "lone_body_pronouns",
    "dummy_subject_verbs",
    "work_verbs",
    "owned_person_nouns",
    "owned_female_nouns",
    "owned_male_nouns",
    "conditional_marks",
    "denial_verbs",
    "raising_verbs",
    "nobody_words",
    "pair_negators",
    "near_negators",
    "scalar_words",
    "report_nouns",
)
CATEGORY_LISTS = (
    "content_categories",
    "mutual_categories",
    "complement_subject_categories",
    "conditional_threat_categories",
)
# blocks of the classification rules: key -> (word-list keys, actor-type-list keys); each has a category
BLOCKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "leaving": (("verbs", "relation_nouns"), ("leaver_types", "left_types")),
    "deals": (("verbs", "nouns", "commercial_words", "commercial_verbs"), ("party_types",)),
    "military": (("verbs", "nouns"), ()),
    "unexcluded": (("verbs", "act_quads"), ()),
    "write_offs": (("verbs", "nouns", "debtor_preps"), ()),
    "recognising": (("verbs", "object_nouns", "office_nouns", "award_nouns"), ("object_types",)),
    "suspending": (("verbs", "object_nouns"), ("object_types",)),
    "suspending_members": (("verbs", "object_nouns"), ("object_types",)),
    "appeals": (("nouns", "caller_verbs", "removal_words", "owned_acts"), ()),
    "requesting": (("frames", "modals", "needs", "wants", "states", "directives"), ()),
    "promising": (("conflict_verbs",), ()),
    "hosting": (("verbs", "object_nouns"), ("object_types",)),
    "seizing": (("verbs", "nouns", "place_entities"), ("place_types", "agent_types")),
}
# the blocks of verbs that carry their category only on an actor of `object_types` or a noun of `object_nouns` (narr36)
OBJECT_BLOCKS = ("recognising", "suspending", "suspending_members", "hosting")
TOP_KEYS = {"version", "categories", "not_events", *WORD_LISTS, *CATEGORY_LISTS, *BLOCKS}
# number of words a cue of each kind has
_WORDS = {
    "verbs": (1,),
    "object_verbs": (1,),
    "intransitive": (1,),
    "particles": (2,),
    "verb_objects": (2, 3),
    "nouns": (1, 2),
    "received_nouns": (1,),
}


class LexiconError(ValueError):
    """The lexicon file is malformed."""


@dataclass(frozen=True)
class Block:
    """Cue words of one classification rule and the category it decides."""

    category: str
    words: dict[str, frozenset[str]]
    actor_types: dict[str, frozenset[str]]

    def __getitem__(self, key: str) -> frozenset[str]:
        return self.words[key] if key in self.words else self.actor_types[key]


GENDER_LISTS = (
    "female_titles",
    "male_titles",
    "female_first_names",
    "male_first_names",
    "female_pronouns",
    "male_pronouns",
)


@dataclass(frozen=True)
class GenderWords:
    """Titles, common first names and pronouns that give a person's gender, read from the claims lexicon (one list,
    two readers: `claims.pronouns` and the narratives step's `roles.lone_persons`)."""

    female_titles: frozenset[str] = frozenset()
    male_titles: frozenset[str] = frozenset()
    female_first_names: frozenset[str] = frozenset()
    male_first_names: frozenset[str] = frozenset()
    female_pronouns: frozenset[str] = frozenset()
    male_pronouns: frozenset[str] = frozenset()

    def pronoun_gender(self, word: str) -> str | None:
        """ "female" / "male" for a pronoun of the lists, else None."""
        if word in self.female_pronouns:
            return "female"
        return "male" if word in self.male_pronouns else None

    def digest(self) -> str:
        """A digest of the lists, for the narratives step's cache key: an edit elsewhere in the claims lexicon leaves
        the narratives of unchanged articles cached."""
        return canonical_json_hash({key: sorted(getattr(self, key)) for key in GENDER_LISTS})


# narr31 (review56 finding 8): the claims lexicon's verbs of speech and cognition whose "it" is an organisation ("It
# warned that ...", "It believes that ..."): an "it" with their that-clause is no dummy (`roles._dummy_it`)
THAT_CLAUSE_LISTS = ("organisation_reporting_verbs", "belief_verbs")


@dataclass(frozen=True)
class OwnedNouns:
    """Persons someone has ("Mr Blair's spokesman"), by gender (narr31): the owner of one is not read as the one person
    a later pronoun means when the owned person may be that pronoun (`roles.lone_persons`)."""

    either: frozenset[str] = frozenset()
    female: frozenset[str] = frozenset()
    male: frozenset[str] = frozenset()

    def blocking(self, gender: str | None) -> frozenset[str]:
        """The nouns whose person a pronoun of `gender` ("female" / "male") may mean; all of them when it is not
        known."""
        if gender == "female":
            return self.either | self.female
        if gender == "male":
            return self.either | self.male
        return self.either | self.female | self.male


@dataclass(frozen=True)
class PloverLexicon:
    """Lookup tables: every cue maps to its category; word lists are sets."""

    quad: dict[str, str]
    verbs: dict[str, str]
    object_verbs: dict[str, str]
    intransitive: dict[str, str]
    particles: dict[tuple[str, str], str]
    verb_objects: dict[tuple[str, str], str]
    nouns: dict[str, str]
    noun_pairs: dict[tuple[str, str], str]
    patient_preps: dict[str, tuple[str, ...]]
    content_categories: frozenset[str]
    not_events: frozenset[tuple[str, str]]
    frame_verbs: frozenset[str]
    light_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    negators: frozenset[str]
    label_stopwords: frozenset[str]
    partitive_nouns: frozenset[str]
    other_party_nouns: frozenset[str]
    doer_nouns: frozenset[str]
    standing_nouns: frozenset[str]
    receiving_verbs: frozenset[str]
    undergoing_verbs: frozenset[str]
    holding_verbs: frozenset[str]
    held_nouns: frozenset[str]
    bystander_verbs: frozenset[str]
    performing_verbs: frozenset[str]
    characterised_nouns: frozenset[str]
    characterising_verbs: frozenset[str]
    open_governing_preps: frozenset[str]
    giver_nouns: frozenset[str]
    object_control_verbs: frozenset[str]
    addressed_verbs: frozenset[str]
    caution_verbs: frozenset[str]
    objectless_particles: frozenset[str]
    market_nouns: frozenset[str]
    addressing_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    addressee_preps: frozenset[str]
    interview_nouns: frozenset[str]
    follower_nouns: frozenset[str]
    government_nouns: frozenset[str]
    military_nouns: frozenset[str]
    state_body_nouns: frozenset[str]
    member_nouns: frozenset[str]
    bygone_modifiers: frozenset[str]
    descriptor_nouns: frozenset[str]
    acting_nouns: frozenset[str]
    assent_verbs: frozenset[str]
    fixture_verbs: frozenset[str]
    fixture_nouns: frozenset[str]
    fixture_words: frozenset[str]
    possibility_modals: frozenset[str]
    agency_nouns: frozenset[str]
    described_nouns: frozenset[str]
    demonym_types: frozenset[str]
    proposal_nouns: frozenset[str]
    place_nouns: frozenset[str]
    governing_preps: frozenset[str]
    verb_prefixes: tuple[str, ...]
    hyphen_prefixes: frozenset[str]
    person_pronouns: frozenset[str]
    nonperson_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    speaker_pronouns: frozenset[str]
    speaker_group_pronouns: frozenset[str]
    shared_we_nouns: frozenset[str]
    shared_we_phrases: frozenset[str]
    inclusive_we_words: frozenset[str]
    market_we_roles: frozenset[str]
    market_we_view_verbs: frozenset[str]
    lone_person_pronouns: frozenset[str]
    owned_person_nouns: frozenset[str]
    owned_female_nouns: frozenset[str]
    owned_male_nouns: frozenset[str]
    mutual_categories: frozenset[str]
    complement_subject_categories: frozenset[str]
    # fix77 (session 58): "will vote against it unless ...": a promised act of these on a condition is a threat too
    conditional_threat_categories: frozenset[str]
    leaving: Block
    deals: Block
    military: Block
    unexcluded: Block
    write_offs: Block
    # narr36 (session 55): "recognised Israel", not "recognised Charles Kennedy"; "suspended Mr Houston", not sales
    recognising: Block
    suspending: Block
    # fix68 (session 56, review66 3): "the Commonwealth suspended Zimbabwe": SANCTION on a state, before `suspending`
    suspending_members: Block
    hosting: Block
    seizing: Block
    appeals: Block
    # narr37 (session 56): "X said Y should <act>", "X wants Y to <act>": a request of Y by X
    requesting: Block
    # fix77 (session 58): "vowed to fight back", "pledged to launch strikes": a promised conflict act is a threat
    promising: Block
    event_nouns: frozenset[str] = field(default=frozenset())
    # narr35 (session 54): nouns that name an act only as the object of an undergoing verb ("faces charges")
    received_nouns: dict[str, str] = field(default_factory=dict)
    # narr27: the claims lexicon's titles and first names that give a person's gender (`load_lexicon`'s
    # `gender_lexicon`; none when it is not given: no gender is then known)
    genders: GenderWords = field(default_factory=lambda: GenderWords())
    verb_words: frozenset[str] = field(default=frozenset())
    # narr29: "it" / "they" / "them" read back to the one body named before (`roles.lone_bodies`), and the verbs whose
    # "it" is a dummy subject ("It emerged that ...")
    lone_body_pronouns: frozenset[str] = field(default=frozenset())
    dummy_subject_verbs: frozenset[str] = field(default=frozenset())
    work_verbs: frozenset[str] = field(default=frozenset())
    # narr36: object verbs that ask a question, no request, without an infinitive ("asked X if ...", "was asked about")
    question_verbs: frozenset[str] = field(default=frozenset())
    # narr31: `speech_verbs` and, with `load_lexicon`'s `gender_lexicon`, the claims lexicon's `THAT_CLAUSE_LISTS`
    that_clause_verbs: frozenset[str] = field(default=frozenset())
    # narr37: "if", "unless", "whether": an act in a clause so marked did not happen
    conditional_marks: frozenset[str] = field(default=frozenset())
    # report73: a predicate label a denial, a nobody or a near-negator denies; a scalar word keeps it (framing.denied);
    # fix74: a negated verb of belief (`raising_verbs`) denies its clause too, and a statement's act too (`said_not`)
    denial_verbs: frozenset[str] = field(default=frozenset())
    raising_verbs: frozenset[str] = field(default=frozenset())
    # fix74: "Neither Russia nor China supports", "met neither X nor Y", "neither attacked nor threatened": negated
    pair_negators: frozenset[str] = field(default=frozenset())
    nobody_words: frozenset[str] = field(default=frozenset())
    near_negators: frozenset[str] = field(default=frozenset())
    scalar_words: frozenset[str] = field(default=frozenset())
    # fix99: the content clause of a noun of report is no act the claim asserts ("dismissed reports he would quit")
    report_nouns: frozenset[str] = field(default=frozenset())
    # fix76: "the original book by George Abbott": a work's by-phrase names its author, no patient
    authored_nouns: frozenset[str] = field(default=frozenset())
    # fix83: a passive subject's owner undergoes the act only through itself or what it acts through; a person noun's
    # from-phrase names where one is from; money backing of a work or venture is no support
    owner_self_nouns: frozenset[str] = field(default=frozenset())
    origin_nouns: frozenset[str] = field(default=frozenset())
    # fix86: a quantity or measure of an owner ("the club's turnover dropped", "reduced Nissan's overheads"): its owner
    # neither acts through it nor undergoes what is done to it
    measure_nouns: frozenset[str] = field(default=frozenset())
    # fix90: an event its possessive owner undergoes ("Scholl's arrest", "Stefan's murder"): the owner does not do it
    suffered_nouns: frozenset[str] = field(default=frozenset())
    # fix90: a verb whose active object is a member, part or performer of the subject ("brands include X"): no patient
    listing_verbs: frozenset[str] = field(default=frozenset())
    funding_verbs: frozenset[str] = field(default=frozenset())
    venture_nouns: frozenset[str] = field(default=frozenset())

    @property
    def owned(self) -> OwnedNouns:
        """The owned-person nouns by gender: `owned_person_nouns` (either), `owned_female_nouns`, `owned_male_nouns`."""
        return OwnedNouns(self.owned_person_nouns, self.owned_female_nouns, self.owned_male_nouns)

    def quad_of(self, category: str | None) -> str | None:
        return self.quad[category] if category else None


def _fail(path: Path, key: str, message: str) -> LexiconError:
    return LexiconError(f"{path}: {key}: {message}")


def _str_list(path: Path, key: str, value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(path, key, "must be a list of non-empty strings")
    words = [" ".join(v.lower().split()) for v in value]
    seen: set[str] = set()
    for w in words:
        if w in seen:
            raise _fail(path, key, f"{w!r} is listed twice")
        seen.add(w)
    return words


def _categories(path: Path, key: str, value: Any) -> frozenset[str]:
    names = _str_list(path, key, value)
    for name in names:
        if name.upper() not in CATEGORIES:
            raise _fail(path, key, f"unknown category {name!r}")
    return frozenset(n.upper() for n in names)


def _block(path: Path, key: str, value: Any) -> Block:
    """One rule block: a category, word lists and actor-type lists, every key present."""
    words, types = BLOCKS[key]
    if not isinstance(value, dict):
        raise _fail(path, key, "must be a mapping")
    expected = {"category", *words, *types}
    for k in value:
        if k not in expected:
            raise _fail(path, f"{key}.{k}", f"unknown key (expected one of {sorted(expected)})")
    missing = sorted(expected - set(value))
    if missing:
        raise _fail(path, f"{key}.{missing[0]}", "missing key")
    category = value["category"]
    if category not in CATEGORIES:
        raise _fail(path, f"{key}.category", f"must be one of {list(CATEGORIES)}, not {category!r}")
    actor_types = {k: frozenset(_str_list(path, f"{key}.{k}", value[k])) for k in types}
    for k, found in actor_types.items():
        unknown = sorted(found - set(ACTOR_TYPES))
        if unknown:
            raise _fail(path, f"{key}.{k}", f"unknown actor type {unknown[0]!r} (expected one of {list(ACTOR_TYPES)})")
    return Block(category, {k: frozenset(_str_list(path, f"{key}.{k}", value[k])) for k in words}, actor_types)


def _category_cues(
    path: Path, name: str, body: Any, tables: dict[str, dict], owner: dict[tuple[str, str], str]
) -> tuple[str, tuple[str, ...]]:
    """Add one category's cues to the tables; returns its quad class and patient prepositions."""
    key = f"categories.{name}"
    if not isinstance(body, dict):
        raise _fail(path, key, "must be a mapping")
    for k in body:
        if k not in CATEGORY_KEYS:
            raise _fail(path, f"{key}.{k}", f"unknown key (expected one of {sorted(CATEGORY_KEYS)})")
    quad = body.get("quad")
    if quad not in QUADS:
        raise _fail(path, f"{key}.quad", f"must be one of {list(QUADS)}, not {quad!r}")
    for kind in CUE_KINDS:
        for cue in _str_list(path, f"{key}.{kind}", body.get(kind)):
            if len(cue.split()) not in _WORDS[kind]:
                raise _fail(path, f"{key}.{kind}", f"{cue!r} must have {' or '.join(map(str, _WORDS[kind]))} word(s)")
            table_kind = "noun_pairs" if kind == "nouns" and " " in cue else kind
            words = cue.split()
            lookup = (
                (words[0], " ".join(words[1:])) if table_kind in ("particles", "verb_objects", "noun_pairs") else cue
            )
            if (table_kind, cue) in owner:
                raise _fail(path, f"{key}.{kind}", f"{cue!r} is already a cue of {owner[(table_kind, cue)]}")
            owner[(table_kind, cue)] = name
            tables[table_kind][lookup] = name
    preps = _str_list(path, f"{key}.patient_preps", body.get("patient_preps"))
    return quad, tuple(preps)


def parse_lexicon(data: Any, path: Path) -> PloverLexicon:
    """Validate the parsed YAML and build the lookup tables."""
    if not isinstance(data, dict):
        raise _fail(path, "(file)", "must be a mapping")
    for k in data:
        if k not in TOP_KEYS:
            raise _fail(path, str(k), f"unknown key (expected one of {sorted(TOP_KEYS)})")
    missing_keys = sorted(TOP_KEYS - set(data))
    if missing_keys:
        raise _fail(path, missing_keys[0], "missing key")
    if data.get("version") != 1:
        raise _fail(path, "version", "must be 1")
    categories = data.get("categories")
    if not isinstance(categories, dict):
        raise _fail(path, "categories", "must be a mapping of category -> cues")
    for name in categories:
        if name not in CATEGORIES:
            raise _fail(path, f"categories.{name}", f"unknown category (expected one of {list(CATEGORIES)})")
    missing = [c for c in CATEGORIES if c not in categories]
    if missing:
        raise _fail(path, "categories", f"missing categories {missing}")
    tables: dict[str, dict] = {k: {} for k in (*CUE_KINDS, "noun_pairs")}
    owner: dict[tuple[str, str], str] = {}
    quad: dict[str, str] = {}
    preps: dict[str, tuple[str, ...]] = {}
    for name in CATEGORIES:
        quad[name], preps[name] = _category_cues(path, name, categories[name], tables, owner)
    category_lists = {k: _categories(path, k, data[k]) for k in CATEGORY_LISTS}
    blocks = {k: _block(path, k, data[k]) for k in BLOCKS}
    for quad in sorted(blocks["unexcluded"]["act_quads"] - set(QUADS)):
        raise _fail(path, "unexcluded.act_quads", f"must be among {list(QUADS)}, not {quad!r}")
    pairs = _str_list(path, "not_events", data.get("not_events"))
    for cue in pairs:
        if len(cue.split()) != 2:
            raise _fail(path, "not_events", f"{cue!r} must be 'verb object'")
    lists: dict[str, Any] = {k: frozenset(_str_list(path, k, data[k])) for k in WORD_LISTS}
    lists["verb_prefixes"] = tuple(_str_list(path, "verb_prefixes", data["verb_prefixes"]))
    owned = ("owned_person_nouns", "owned_female_nouns", "owned_male_nouns")  # one gender a noun (narr31)
    for k, key in enumerate(owned):
        for other in owned[:k]:
            for word in sorted(lists[key] & lists[other]):
                raise _fail(path, key, f"{word!r} is also in {other}")
    unknown = sorted(lists["demonym_types"] - set(ACTOR_TYPES))
    if unknown:
        raise _fail(path, "demonym_types", f"unknown actor type {unknown[0]!r} (expected one of {list(ACTOR_TYPES)})")
    nouns = frozenset(tables["nouns"]) | frozenset(pair[1] for pair in tables["noun_pairs"])
    verb_words = (
        frozenset(tables["verbs"]) | frozenset(tables["object_verbs"]) | frozenset(tables["intransitive"])
    ) | frozenset(pair[0] for kind in ("particles", "verb_objects") for pair in tables[kind])
    return PloverLexicon(
        quad=quad,
        verbs=tables["verbs"],
        object_verbs=tables["object_verbs"],
        intransitive=tables["intransitive"],
        particles=tables["particles"],
        verb_objects=tables["verb_objects"],
        nouns=tables["nouns"],
        noun_pairs=tables["noun_pairs"],
        patient_preps=preps,
        not_events=frozenset(tuple(p.split()) for p in pairs),
        event_nouns=nouns | blocks["appeals"]["nouns"],
        received_nouns=tables["received_nouns"],
        verb_words=verb_words
        | blocks["military"]["verbs"]
        | {v.split()[0] for v in blocks["leaving"]["verbs"]}
        | frozenset().union(*(blocks[k]["verbs"] for k in OBJECT_BLOCKS)),
        **category_lists,
        **blocks,
        **lists,
    )


def load_lexicon(path: Path, gender_lexicon: Path | None = None) -> PloverLexicon:
    """The PLOVER lexicon at `path`; with `gender_lexicon` (the claims lexicon, an input of the narratives step
    since narr27), its four gender lists (`GENDER_LISTS`) and its verbs of speech and cognition (`THAT_CLAUSE_LISTS`,
    narr31) too, the that-clause verbs being `speech_verbs` and those (fix58b: review58 finding 2, narr31 had dropped
    'explain', 'reply', 'write' ...); without it, the that-clause verbs are `speech_verbs`."""
    files = [path] if gender_lexicon is None else [path, gender_lexicon]
    return kept_parse("plover-lexicon", files, lambda: (_load_lexicon(Path(path), gender_lexicon), []))


def _load_lexicon(path: Path, gender_lexicon: Path | None) -> PloverLexicon:
    lex = parse_lexicon(_read_yaml(path), path)
    if gender_lexicon is None:
        return replace(lex, that_clause_verbs=lex.speech_verbs)
    data = _claims_lists(Path(gender_lexicon), THAT_CLAUSE_LISTS)
    that = lex.speech_verbs.union(*data.values())
    return replace(lex, genders=load_genders(Path(gender_lexicon)), that_clause_verbs=that)


def load_genders(path: Path) -> GenderWords:
    """The gender lists of the claims lexicon at `path` (read as the claims step reads them, lowercased)."""
    return GenderWords(**_claims_lists(path, GENDER_LISTS))


def _claims_lists(path: Path, keys: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """The word lists `keys` of the claims lexicon at `path` (read as the claims step reads them, lowercased)."""
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: expected a mapping")
    for key in keys:
        if key not in data:
            raise _fail(path, key, "missing")
    return {k: frozenset(_str_list(path, k, data[k])) for k in keys}


def _read_yaml(path: Path) -> Any:
    """The YAML document at `path`, or a LexiconError naming the file."""
    try:
        return safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: not valid YAML: {exc}") from exc
