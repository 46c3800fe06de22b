"""Actors: find every actor mention and link it to a canonical actor.

Linking (`COMPONENT`; words are data in `config/actors_lexicon.yaml`, see `lexicon`), recorded
in `mentions.parquet` as `link_method`, with the rule that decided the type in `type_rule`:

- `alias`/`acronym`: exact, case-aware (accent-folded) registry names; `alignment` when the name
  follows "pro-"/"anti-" ("pro-Haftar" mentions Haftar);
- `demonym`: adjectives and plural nouns of a registry actor that carry its agency ("Emirati
  drones", "Turkish-backed", "Russian intervention"), not a nationality ("British actor");
- `metonym`: names standing for a government ("the Kremlin", "Ankara"), linked only where the
  name acts, is acted on or owns, never as a mere place;
- `filters` (`FILTER_RULES`): named rules drop registry names that mention no actor: places
  ("training in Syria", "a Singapore-based analyst", "handsets from Japan", "the Indian state of
  Kerala"), nationalities ("US firm", "Britain's Kelly Holmes"), markets ("US crude prices", "UK
  homes"), parts of longer names ("British Telecom", "Little Britain", "UK Online"; `newsnames`: "Alternative for
  Germany", "The Citizens' Independent Transportation Trust"), places named as what a place is ("the island of
  Curacao", "in what is now Tanzania"), a nation's
  entrants in an arts contest, another person's surname; `national-team`: in an article about
  sport, a country that plays is its team;
- `ner-discovered`: names the registry lacks (spaCy PERSON, ORG, NORP, GPE), their spans repaired
  (`discovery`: no sentence-opening verb or preposition, a person's name given whole across a
  hyphen or a middle initial, an organisation's name given whole as far as its bracketed acronym
  spells it, letters of an honour making a person's name, a lower-case word ending a person's name
  cut off; `candidates`: a party before a full name split off, a "name" made of registry names alone
  none, a name split after a particle or after "for" joined: "Ursula von der Leyen"; `references`:
  a reference list's authors whole, "Linderman, George C." as George C. Linderman, `reference-author`),
  typed with evidence or kept out as
  products, works, characters, events, places, portfolios, names cut from longer ones and common
  nouns (`typing`, `nonactors`; a name taken for a place where the article's other mentions make it
  an organisation is that organisation; a name typed by spaCy's label alone and given only on lines
  that are no prose, a capitalised common word, or a thing used that never acts, none: `pagelines`),
  with a stable id made from the name (`disc.<name>`); a
  nation's word before a party's name is the party's branch ("the Welsh Liberal Democrats");
- `surname`, `short-form`: a name repeating a person's full name ("Mr Abbas"), the short form or
  initials of an organisation the article names ("Newbridge", "BoE"; an acronym the article defines in
  brackets, wherever it is written later, `acronyms`; the words before "of" of its name: "the ACLU
  Foundation" of the ACLU Foundations of California), a body of a named state ("the Treasury");
  `fuzzy`: spelling variants of registry names above the configured similarity;
- `descriptor` (`DESCRIPTOR_RULES`): common nouns resolved within the article ("the rebels",
  "the foreign secretary", "the cardinal", "the government", "the party", "the families" after
  "the family of X").

Overlapping candidates are decided by `LinkPriority` (registry names, then registry forms, fuzzy
matches, descriptors, discovered names), then by length.
"""

from __future__ import annotations

from .candidates import Candidate, LinkPriority
from .discovery import discovered_id, org_type
from .lexicon import ActorsLexicon, default_lexicon, load_actors_lexicon
from .linking import Linker, link_article, link_articles, run
from .resolution import FuzzyIndex

COMPONENT = "actors.rules.v186"

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
