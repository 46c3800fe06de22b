"""One article's lookups for the claim features and the claimer phrase, built once per article.

Token offsets, sentences, mentions by token, the quote state and the previous sentence's speaker
before each sentence, and (lazily) each sentence's quoted tokens and reporting verbs outside quotes.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Protocol

from ..parsed import ParsedArticle, Tok
from ..records import ClaimRecord, MentionRecord
from .genre import Genre, article_genre

OPEN_QUOTES = frozenset({'"', "“", "‘", "«", "``", "''"})
CLOSE_QUOTES = frozenset({'"', "”", "’", "»", "''"})
TOGGLE_QUOTES = frozenset({'"', "''"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
SECOND_PERSON = frozenset({"you", "your"})
THIRD_PERSON = frozenset({"he", "she", "they", "him", "her", "them", "his", "their"})


class LexiconLike(Protocol):
    """The parts of the claims lexicon the features read (`claims.Lexicon` has them)."""

    reporting_verbs: frozenset[str]
    speech_acts: frozenset[str]
    hedge_words: frozenset[str]
    hedge_verbs: frozenset[str]
    prescription_modals: frozenset[str]
    prediction_modals: frozenset[str]
    prescription_verbs: frozenset[str]
    prediction_verbs: frozenset[str]
    sense_bound_prediction_verbs: frozenset[str]
    assessment_verbs: frozenset[str]
    evaluative_words: frozenset[str]
    evaluative_nouns: frozenset[str]
    desire_verbs: frozenset[str]
    non_source_subjects: frozenset[str]  # subjects that name no speaker: "it", "this", "which", ...
    agent_endings: frozenset[str]  # a noun's endings that name a person or body: "-er", "-ist", ...
    non_agent_nouns: frozenset[str]  # nouns with such an ending that name none: "number", "border", ...
    held_assessment_acts: frozenset[str]  # ANNOTATION's assessment speech acts: "accuse", "criticise", ...
    source_nouns: frozenset[str]  # nouns of sources that can claim: "official", "report", "critics", ...
    evidence_nouns: frozenset[str]  # data that can show something: "figure", "poll", "survey", ...
    quantifier_subjects: frozenset[str]  # "one", "some", "many": a part of a group as the source
    share_words: frozenset[str]  # "%", "majority", "half": a share of a group polled
    female_titles: frozenset[str]  # titles of a person: "duchess", "lady", ...
    male_titles: frozenset[str]  # "duke", "lord", ...

    def predicting(self, verb: Tok) -> bool:
        """Whether `verb` is one of `prediction_verbs` in its reading about the future ('tipped to win', not 'tipped
        over'; `claims.Lexicon.predicting`)."""
        ...


@dataclass(frozen=True)
class SentenceContext:
    """What the article has said before a sentence."""

    paragraph_rank: int  # position of the sentence in its paragraph
    quote_open_before: bool  # a quotation opened earlier and not yet closed
    prev_speaker: str  # claimer kind of the previous sentence's last claim ("none" if no claim)
    prev_rule: str  # claimer rule of that claim


@dataclass(frozen=True)
class SentenceInfo:
    """What every claim of a sentence reads of it: quoted tokens and reporting verbs outside quotes."""

    quoted: frozenset[int]
    verbs: tuple[tuple[int, str, str], ...]  # (token index, lemma, subject kind)
    ends_colon: bool
    has_quote: bool


@dataclass
class ArticleIndex:
    """Lookups for one article, built once and shared by its claims."""

    article: ParsedArticle
    starts: list[int]
    sent_of: dict[str, int]
    mention_at: dict[int, MentionRecord]
    context: dict[str, SentenceContext]
    infos: dict[int, SentenceInfo] = field(default_factory=dict)
    genre: Genre = field(default_factory=Genre)  # the article's genre signal (classify/genre.py)

    def info(self, k: int, lex: LexiconLike) -> SentenceInfo:
        """The sentence's info, computed once."""
        found = self.infos.get(k)
        if found is None:
            found = self.infos[k] = _sentence_info(self, k, lex)
        return found


def lemma(tok: Tok) -> str:
    return (tok.lemma or tok.text).lower()


def index_article(article: ParsedArticle, mentions: list[MentionRecord], claims: list[ClaimRecord]) -> ArticleIndex:
    starts = [t.start for t in article.tokens]
    by_start = {t.start: t for t in article.tokens}
    mention_at: dict[int, MentionRecord] = {}
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        tok = by_start.get(m.start)
        if tok is not None:
            for i in range(tok.i, m.head_i + 1):
                mention_at.setdefault(i, m)
    last_claim: dict[str, ClaimRecord] = {}
    for c in sorted(claims, key=lambda c: (c.start, c.end)):
        last_claim[c.sentence_id] = c
    context: dict[str, SentenceContext] = {}
    open_quote, paragraph, rank, prev = False, -1, 0, None
    for sent in article.sents:
        para = sent.record.paragraph_index
        starts_quoted = bool(sent.tokens) and sent.tokens[0].text in OPEN_QUOTES
        if para != paragraph:
            rank = 0
            if not starts_quoted:
                open_quote = False
            paragraph = para
        else:
            rank += 1
        prev_claim = last_claim.get(prev) if prev else None
        context[sent.sentence_id] = SentenceContext(
            rank,
            open_quote,
            prev_claim.claimer_kind if prev_claim else "none",
            prev_claim.claimer_rule if prev_claim else "none",
        )
        for tok in sent.tokens:
            if tok.text in TOGGLE_QUOTES:
                open_quote = not open_quote
            elif tok.text in {"“", "«", "``"}:
                open_quote = True
            elif tok.text in {"”", "»"}:
                open_quote = False
        prev = sent.sentence_id
    sent_of = {s.sentence_id: k for k, s in enumerate(article.sents)}
    authored = {c.sentence_id for c in claims if c.claimer_kind == "author"}
    quoted_of = {
        s.sentence_id: frozenset(quoted_ids(s.tokens, context[s.sentence_id].quote_open_before))
        for s in article.sents
        if s.sentence_id in authored
    }
    genre = article_genre(article, claims, quoted_of)
    return ArticleIndex(article, starts, sent_of, mention_at, context, genre=genre)


def span_tokens(index: ArticleIndex, start: int, end: int) -> list[Tok]:
    toks = index.article.tokens
    k = bisect_left(index.starts, start)
    out = []
    while k < len(toks) and toks[k].start < end:
        out.append(toks[k])
        k += 1
    return out


def quoted_ids(tokens: list[Tok], open_before: bool) -> set[int]:
    inside, out = open_before, set()
    for tok in tokens:
        if tok.text in TOGGLE_QUOTES:
            inside = not inside
            continue
        if tok.text in {"“", "«", "``"}:
            inside = True
            continue
        if tok.text in {"”", "»"}:
            inside = False
            continue
        if inside:
            out.add(tok.i)
    return out


def _subject_kind(verb: Tok, index: ArticleIndex) -> str:
    subject = next((c for c in verb.children if c.dep in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        agent = next((c for c in verb.children if c.dep == "agent"), None)
        return "agent" if agent is not None else "none"
    if subject.lower in {"it", "this", "that", "which", "there"}:
        return subject.lower
    if subject.pos == "PRON":
        return "pron"
    mention = mention_of(subject, index)
    if mention is not None:
        return f"actor_{mention.actor_type}"
    return subject.pos.lower()


def mention_of(tok: Tok, index: ArticleIndex) -> MentionRecord | None:
    """The mention at a noun phrase's head, or at one of its compound, possessive or modifier children."""
    found = index.mention_at.get(tok.i)
    if found is not None:
        return found
    for child in tok.children:
        if child.dep in {"compound", "poss", "amod", "nmod"} and child.i in index.mention_at:
            return index.mention_at[child.i]
    return None


def _sentence_info(index: ArticleIndex, k: int, lex: LexiconLike) -> SentenceInfo:
    sent = index.article.sents[k]
    ctx = index.context.get(sent.sentence_id)
    quoted = frozenset(quoted_ids(sent.tokens, ctx.quote_open_before if ctx else False))
    verbs = []
    for tok in sent.tokens:
        if tok.i in quoted or tok.pos not in {"VERB", "AUX"}:
            continue
        lem = lemma(tok)
        if lem in lex.reporting_verbs or lem in lex.speech_acts:
            verbs.append((tok.i, lem, _subject_kind(tok, index)))
    toks = sent.tokens
    return SentenceInfo(
        quoted,
        tuple(verbs),
        any(t.text == ":" for t in toks[-2:]),
        any(t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES for t in toks),
    )
