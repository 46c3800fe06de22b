"""The base record and the closed vocabularies every record uses (types, kinds, rule names)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

SCHEMA_VERSION = "1.0.0"

Status = Literal["ok", "rejected"]
Rejection = Literal["not_article", "unsupported", "unreadable"]
SentenceRole = Literal["headline", "body", "post", "boilerplate"]
ActorType = Literal[
    "state",
    "government",
    "armed_group",
    "organisation",
    "party",
    "person",
    "media",
    "company",
    "group",
]
ActorSource = Literal["registry", "discovered"]
ClaimType = Literal["event", "assessment", "prediction", "prescription"]
Certainty = Literal["asserted", "reported", "hedged"]
ClaimerKind = Literal["author", "actor", "unnamed"]
Role = Literal["agent", "patient", "claimer", "mentioned"]
DecisionSource = Literal["rules", "model"]

# The closed sets of rule names recorded in the outputs (rules: narrative_pipeline.actors, .claims).
LinkMethod = Literal[
    "alias",
    "acronym",
    "demonym",
    "metonym",
    "alignment",
    "national-team",
    "surname",
    "short-form",
    "descriptor",
    "fuzzy",
    "ner-discovered",
]
# What decided a mention's actor_type: the registry, a rule of actors.typing.TYPE_RULES (or the
# article's agreement, or spaCy's label) for a discovered name, the person or organisation a
# surname or short form repeats, the country of a national team, or the descriptor rule that
# found the referent (actors.descriptors.DESCRIPTOR_RULES).
ActorTypeRule = Literal[
    "registry",
    "title",
    "initial",
    "determiner-before-name",
    "body-after-the",
    "person-noun",
    "person-conjunct",
    "line-up",
    "central-bank",
    "name-word",
    "county-short-form",
    "company-cue",
    "media-cue",
    "band-cue",
    "team-cue",
    "article-agreement",
    "business-article",
    "firms-article",
    "ner-label",
    "person-evidence",
    "surname-of-person",
    "camel-case-name",
    "us-state",
    "acting-place",
    "surname",
    "short-form",
    "national-team",
    "capital-city",
    "registry-descriptor",
    "role-title",
    "named-minister",
    "dated-office",
    "era-office",
    "state-descriptor",
    "bare-state-noun",
    "state-of-person",
    "country-descriptor",
    "place-descriptor",
    "named-group-head",
    "name-words",
    "group-of-named",
    "group-continuation",
    "kind-of-named",
    "salient-person",
    "national-person",
    "sport-person",
    "opponent-of-person",
    "introduced-person",
    "noun-of-person",
    "kin-of-person",
    "manager-of-side",
    "fixture-side",
    "team-of-person",
    "national-side",
    "national-side-people",
    "party-of-leader",
    "firm-of-person",
    "outlet-reporter",
    "own-publication",
    "former-office",
    "reference-author",
    "software-firm",
    "coordinated-given-name",
    "listed-body",
    "listed-firm",
]
TypeRule = Literal[
    "framed-interpretation",
    "counterfactual",
    "modal-prescription",
    "phrase-prescription",
    "forecast-necessity",
    "first-person-desire",
    "verb-prescription",
    "speech-act-prescription",
    "necessity-judgement",
    "reported-necessity",
    "case-for-action",
    "owed-duty",
    "reported-recommendation",
    "reported-wish",
    "reported-aim",
    "directive",
    "imperative",
    "modal-prescription-in-content",
    "voiced-call",
    "list-action-item",
    "speech-act-prediction",
    "planned-action",
    "modal-future",
    "modal-conditional",
    "modal-possibility",
    "hedged-explanation",
    "stance-on-future",
    "comparative-likelihood",
    "past-arrangement",
    "scheduled-present",
    "bound-to-come",
    "phrase-future",
    "verb-future",
    "reporting-future",
    "conditional-state",
    "stated-attitude",
    "measured-state",
    "copula-adjective",
    "explanation",
    "quoted-complement",
    "modal-ability",
    "verb-assessment",
    "grounding-verb",
    "speech-act-assessment",
    "evaluative-word",
    "judged-manner",
    "phrase-assessment",
    "regarded-as",
    "opinion-frame",
    "reported-finding",
    "reported-state",
    "reported-present",
    "present-copula",
    "quoted-existential",
    "hedged-judgement",
    "default-event",
]
# claimers inherited from the discourse (a quotation's speaker, a list's introducer)
InheritedRule = Literal[
    "post-author",
    "quote-continuation",
    "speaker-label",
    "quote-of-last-speaker",
    "list-continuation",
    "indirect-continuation",
    # the sentence right after names its holder: "That is the view of X", "That is according to X" (claims53)
    "view-of-next",
]
CertaintyRule = Literal[
    "hedge-phrase", "hedge-word", "hedge-verb", "hedge-passive", "attributed", "author-default", InheritedRule
]
ClaimerRule = Literal[
    "according-to-reports",
    "according-to",
    "stance-adjective",
    "quote-frame",
    "passive-agent",
    "inverted-reporting",
    "relative-reporting",
    "reporting-verb",
    # a speech act aimed at someone: "X has hit out at ...", "X joined calls for ..." (claims80)
    "targeted-speech-act",
    # a newsroom's finding out: "..., BBC Scotland has learned." (claims73)
    "newsroom-finding",
    "tail-frame",
    # a sentence closed by a citation in brackets: "(Copernicus Climate Change Service, 2023)." (claims53)
    "bracket-citation",
    "unnamed-attribution",
    "impersonal-passive",
    "shared-reporting-verb",
    "colon-quote",
    "withheld-speech",
    # a first-person frame in the page's own voice: the author's (claims/discourse.py `own_voice`)
    "own-voice",
    "author-default",
    InheritedRule,
    # the claim classifier chose a claimer kind other than the rules' (classify/relabel.py)
    "model",
]


class Record(BaseModel):
    """Base of every row: no extra fields, immutable once made. Each model's validator is built when the
    model is first used, not when it is defined: a job builds those of the records it makes or reads
    (about 0.08 s a process for all of them)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


PloverCategory = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
QuadClass = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]
FramingKind = Literal["descriptor", "premodifier", "apposition", "predicate", "alignment"]
