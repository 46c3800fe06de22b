"""The actors lexicon (`config/actors_lexicon.yaml`, config key `actors_lexicon`) as one model.

Every word list the linking rules consult: titles, the words around names, the words that tell a
place from an actor, and the words that type an organisation. A missing or unknown key, an empty
entry or a duplicate fails, naming the file and the key.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field

from ..lexicon import LexiconModel, Phrases, Words, load_model
from ..records import ActorType

# the default file of a source checkout (the pipeline always passes the configured path)
DEFAULT_LEXICON = Path(__file__).resolve().parents[3] / "config" / "actors_lexicon.yaml"


class ActorsLexicon(LexiconModel):
    """Words behind finding, filtering and typing actor mentions."""

    version: Literal[1] = Field(description="Format version of the lexicon file.")
    titles: Words = Field(description="Titles kept out of a name's span (mr, president, ...).")
    person_titles: Words = Field(description="Titles after which a capitalised name is a person.")
    peerage_titles: Words = Field(description="Titles whose name keeps its 'of Place' part.")
    post_nominals: Words = Field(description="Letters after a name kept out of its span (qc, mp).")
    role_nouns: Words = Field(description="Last words of a title phrase that names its holder.")
    determiners: Words = Field(description="Articles trimmed from the start of a name's span.")
    alignment_prefixes: Words = Field(description="Prefixes of an alignment ('pro-X', 'anti-X').")
    possessive_endings: Words = Field(description="Possessive endings trimmed from a name's span.")
    locative_prepositions: Words = Field(description="Prepositions whose object is a place.")
    compass_words: Words = Field(description="Words that make a place a region ('south London').")
    motion_verbs: Words = Field(description="Lemmas of verbs of travel: their object is a destination.")
    travel_nouns: Words = Field(description="Lemmas of travel nouns: 'to X' after them is a destination.")
    acting_prepositions: Words = Field(description="Prepositions after which a capital acts.")
    population_nouns: Words = Field(description="Nouns that make a demonym name people ('British tourists').")
    state_descriptors: Words = Field(description="Common nouns for the state the article mentions most.")
    non_actor_name_endings: Words = Field(description="Last words of names that are no actor (square, act).")
    non_actor_name_openings: Phrases = Field(description="Openings of names that are documents.")
    document_words: Words = Field(description="Words of names that are documents (treaty, charter).")
    org_type_words: dict[ActorType, Words] = Field(
        description="Actor type of an organisation from a word of its name; the first type that applies wins."
    )


def load_actors_lexicon(path: Path) -> ActorsLexicon:
    """The actors lexicon of `path`; raises `LexiconError` naming the file and the key."""
    return load_model(Path(path), ActorsLexicon)


@cache
def default_lexicon() -> ActorsLexicon:
    """The source checkout's `config/actors_lexicon.yaml`, read once."""
    return load_actors_lexicon(DEFAULT_LEXICON)
