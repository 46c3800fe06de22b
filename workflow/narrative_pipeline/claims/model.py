"""What the claim rules pass around: cues, attributions, clause units, drafts, the article scope."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..parsed import Sent, Tok
from ..records import Certainty, ClaimerKind, ClaimerRule, ClaimType, MentionRecord
from .lexicon import Lexicon


@dataclass
class Cue:
    """The rule that made a decision and the tokens that made it fire (possibly none)."""

    rule: str
    tokens: list[Tok] = field(default_factory=list)

    @property
    def start(self) -> int | None:
        return self.tokens[0].start if self.tokens else None

    @property
    def end(self) -> int | None:
        return self.tokens[-1].end if self.tokens else None


@dataclass
class Attribution:
    """Who puts a claim forward (an actor phrase, or an unnamed source) and the cue that says so."""

    kind: ClaimerKind  # actor / unnamed
    claimer: list[Tok]
    cue: Cue
    verb: Tok | None  # the reporting verb or stance adjective, when there is one
    content: Tok | None  # root of the reported content, when the verb governs it


@dataclass
class Unit:
    """A clause unit: a sentence or a clause of it that may be a claim of its own."""

    sent: Sent
    tokens: list[Tok]
    root: Tok


@dataclass
class ClaimDraft:
    """A claim being decided: its unit, claimer, type and certainty, each with its cue."""

    unit: Unit
    attribution: Attribution | None
    claimer_kind: ClaimerKind
    claimer_actor: str | None
    claim_type: ClaimType
    type_cue: Cue
    certainty: Certainty
    certainty_cue: Cue
    inherited: ClaimerRule | None = None  # set when the claimer comes from the context, not the unit
    withheld: Cue | None = None  # a withheld reporting verb of an author's claim ('did not say whether')
    voice: Cue | None = None  # the frame of a first person in the page's own voice ('I suggest we ...': `own_voice`)
    # the type from the unit's own words, where the rules' cue lies outside the unit (`type.own_cue`): taken when the
    # unit stays apart from the clause that holds the cue (`drafts.own_words_type`)
    own_type: tuple[ClaimType, Cue] | None = None


@dataclass
class Speaker:
    """A claimer handed on to later claims: the claimer phrase, its actor, the tokens of its cue."""

    claimer: list[Tok]
    actor: str | None
    cue_tokens: list[Tok]


@dataclass
class Discourse:
    """What the article has established so far: the last person in subject position, the last
    actor claimer, and the speaker of an open quotation."""

    last_subject_person: str | None = None
    subject_history: list[str] = field(default_factory=list)  # persons named in subject position, in order
    sentence_subjects: list[tuple[int, str]] = field(default_factory=list)  # those of the sentence being read
    previous_persons: list[str] = field(default_factory=list)  # persons the sentence before named anywhere
    # persons the sentence before named as the active subject of its main clause and who are a claimer of one of its
    # claims ('Weitz said he had visited Pullman, who had told him ...': Weitz), in text order
    previous_subject_speakers: list[str] = field(default_factory=list)
    # (token index, actor) of the persons the sentence before named as the subject of its main clause or a conjunct
    # of it, in text order ("... and then claimed ... but McIlroy is unfazed": McIlroy)
    previous_subjects: list[tuple[int, str]] = field(default_factory=list)
    # the organisation, state or group named in subject position (outside quotations) when no person
    # was named there after it, and its paragraph: what "it said" may stand for
    last_subject_group: str | None = None
    last_subject_group_paragraph: int = -10
    last_claimer: Speaker | None = None
    last_claimer_paragraph: int = -10
    last_claimer_sentence: int = -10
    last_claimer_unit_end: int = -1  # the token index of the last word of the last actor claimer's unit
    sentence_quoted: frozenset[int] = frozenset()  # token indexes of the sentence being read inside quotation marks
    quote_claimer: Speaker | None = None
    pending_quote: list[ClaimDraft] = field(default_factory=list)
    quote_open: bool = False
    # the speaker of the sentence right before a list, kept over its items (claims21: who introduced the list)
    list_speaker: Speaker | None = None
    # a quotation opened by a sentence's first token is still open, and the paragraph and sentence it opened in:
    # when a later sentence closes it at its end, the quotation is made of whole sentences (claims21)
    whole_quote_open: bool = False
    whole_quote_paragraph: int = -10
    whole_quote_sentence: int = -10
    # the last linked person named as the main subject outside quotation marks, its sentence and paragraph: a
    # quotation right after 'Mr Brown disagreed.' is his, not the last claimer's (review17e, claims22)
    subject_speaker: Speaker | None = None
    subject_speaker_sentence: int = -10
    subject_speaker_paragraph: int = -10
    paragraph: int = -1
    sentence: int = -1  # index of the sentence being read
    # the speaker of indirect speech ("X said the plan would fail") and the sentence it was last heard in
    indirect_speaker: Speaker | None = None
    indirect_sentence: int = -10


@dataclass
class Scope:
    """What the rules of one article consult: the lexicon, the linked mentions by token, and the
    discourse so far."""

    lex: Lexicon
    mentions: dict[int, MentionRecord]  # token index -> the mention covering that token
    discourse: Discourse = field(default_factory=Discourse)
    genders: dict[str, str] = field(default_factory=dict)  # person actor -> the gender its title gives
    # person actor -> the gender its first name gives ("Gordon Brown"): consulted only before giving a
    # pronoun to the speaker of the sentence before (claims/pronouns.py `person_of_pronoun`)
    name_genders: dict[str, str] = field(default_factory=dict)
    # the author of each embedded post, by the start of the author's name in the post's signature line
    # (SentenceRecord.post_author_start): the claimer of the post's sentences (claims/discourse.py `post_author`)
    posts: dict[int, Speaker] = field(default_factory=dict)
    # the start of each post's first sentence, by the same key: a speaker named inside the post keeps its quotation
    post_starts: dict[int, int] = field(default_factory=dict)
    # the speaker each labelled turn of an interview names, by paragraph (claims/discourse.py `speaker_labels`)
    labels: dict[int, Speaker] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.mention_tokens: frozenset[int] = frozenset(self.mentions)
        # each token's `attribution.frame_kind` once worked out (`attribution.frame_kind_in`; speed64): a token is asked
        # again for each unit that holds it (a sentence of two units or more is asked whole too). The answer reads the
        # token's tree and the lexicon only, both fixed for the article
        self.frame_kinds: dict[Tok, str | None] = {}
