"""Actors: find every actor mention and link it to a canonical actor.

Linking (`COMPONENT`; words are data in `config/actors_lexicon.yaml`, see `lexicon`), recorded
in `mentions.parquet` as `link_method`:

- `alias`/`acronym`: exact, case-aware (accent-folded) registry names; `alignment` when the name
  follows "pro-"/"anti-" ("pro-Haftar" mentions Haftar);
- `demonym`: adjectives and plural nouns of a registry actor ("Emirati drones", "Turkish-backed");
- `metonym`: names standing for a government ("the Kremlin", "Ankara"), linked only where the
  name acts, is acted on or owns, never as a mere place;
- `filters`: named rules drop registry names that mention no actor: states used only as places
  ("training in Syria"), a surname inside a longer person's name, a demonym naming people;
- `surname`: a single name repeating a person's full name in the same article ("Mr Abbas");
  titles are kept out of spans;
- `descriptor`: common nouns resolved within the article ("the rebels" once their leader is
  named, "the regime" after "the Assad regime", "the government" for the article's state,
  "the party" for the party last named, "the foreign secretary" for the person given that title);
- `fuzzy`: spelling variants of registry names above the configured similarity;
- `ner-discovered`: names the registry lacks (spaCy PERSON, ORG, NORP, GPE) get a stable
  discovered id made from their type and name, the same in every article.

Overlapping candidates are decided by `LinkPriority` (registry names, then registry forms, fuzzy
matches, descriptors, discovered names), then by length.
"""

from __future__ import annotations

from .candidates import Candidate, LinkPriority
from .discovery import discovered_id, org_type
from .lexicon import ActorsLexicon, default_lexicon, load_actors_lexicon
from .linking import Linker, link_article, link_articles, run
from .resolution import FuzzyIndex

COMPONENT = "actors.rules.v3"

__all__ = [
    "COMPONENT",
    "ActorsLexicon",
    "Candidate",
    "FuzzyIndex",
    "LinkPriority",
    "Linker",
    "default_lexicon",
    "discovered_id",
    "link_article",
    "link_articles",
    "load_actors_lexicon",
    "org_type",
    "run",
]
