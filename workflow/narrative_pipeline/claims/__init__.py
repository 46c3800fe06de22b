"""Claims: typed, attributed and hedged propositions, with the actors who act and undergo.

Rules (`COMPONENT`; cue words are data in `config/claims_lexicon.yaml`, see `lexicon`), each an
ordered registry of named rules whose names are recorded with their cue in `claims.parquet`:

- `units`: one claim per body sentence; a coordinated or relative clause with its own subject or
  reporting verb becomes a claim of its own when its claimer, type or certainty differs;
  headlines, boilerplate, questions and fragments without a verb are not claims;
- `attribution` (`claimer_rule`): "according to X", a reporting frame (the subject of a reporting
  verb, the agent of a passive one, a stance adjective's subject, a speaker after a closing
  quote, ", X said." when the parse lost it), or an unnamed source ("it is reported that"); `verbs`
  holds the tests put to a candidate reporting verb and its subject, `closing` the frames that close a
  sentence, `pronouns` the person a claimer "he" / "she" stands for; `drafts` shares a frame across the clauses
  and quotations of a sentence, `discourse` hands a speaker on to a quotation that runs over
  several sentences or paragraphs and to a list after reported speech; otherwise the author's:
  `withheld-speech` when the clause holds a reporting verb that puts nothing forward ("did not say
  whether ...", "refused to say if ..."; the classifier keeps it the author's), else `author-default`;
- `certainty` (`certainty_rule`): `hedged` when a hedge qualifies the claim, else `reported` when
  the claimer is not the author, else `asserted`;
- `type` (`type_rule`): an interpretive framing (an assessment), then `prescription`, then
  `prediction`, then `assessment`, else `event`;
- `roles`: agents and patients from the dependency parse; the claimer and other linked actors
  are kept with roles `claimer` and `mentioned`.

Adding a rule: one function, one entry in its module's registry (`TYPE_RULES`, `CERTAINTY_RULES`,
`FRAME_RULES`, `ATTRIBUTION_RULES`, `INHERIT_RULES`), its name in the matching `Literal` of
`records`, and one example in the rule tables of the tests.
"""

from __future__ import annotations

from .assembly import claim_records, extract_claims, run
from .discourse import extract_article, mention_index
from .drafts import merge_units
from .lexicon import Lexicon, load_lexicon

COMPONENT = "claims.rules.v145"

__all__ = [
    "COMPONENT",
    "Lexicon",
    "claim_records",
    "extract_article",
    "extract_claims",
    "load_lexicon",
    "mention_index",
    "merge_units",
    "run",
]
