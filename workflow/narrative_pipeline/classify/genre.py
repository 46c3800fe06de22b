"""An article's genre signal for the claim classifier: how much its own voice argues (issue 12, opinion24).

The same construction means different things in a report and in an opinion piece: an author's unit that the
rules type `default-event` or `evaluative-word` is mostly an event in BBC reports and mostly an assessment in
essays, columns, reviews and letters (opinion23's count: `evaluative-word` author units 75 event / 43 assessment in
the BBC labels, 1 / 9 on opinion pages). A unit alone does not tell the genre; the article does. The signal is read
from the rules' claims of the article itself at run time, before the classifier:

- a *personal* author unit: it holds a first person pronoun outside quotation marks ("I think", "we need");
- a *judging* author unit: the rules typed it by a construction of judgement or prescription (`JUDGING_RULES`).

`score` = (personal + judging units) / (2 * (author units + PRIOR_UNITS)): the share of such units among the
author's, shrunk towards 0 for articles with few author units (one "I" in a two-unit article is no essay).
`bucket` cuts it at `EDGES`, set on the base runs of session 24 for opinion24's first definition (which also
counted second person and the instruction rules): 70 % of BBC articles fell in bucket 0, 6 % in bucket 2 and 3 % in
bucket 3, against 21 of 23 opinion / essay web pages in buckets 2-3. The narrower definition kept the edges.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ..parsed import ParsedArticle, Tok
from ..records import ClaimRecord

PRIOR_UNITS = 5
EDGES = (0.06, 0.12, 0.2)
# the author's own voice: first person only ("you" is as common in instructions, guides and recipes, which
# address the reader without arguing: opinion24's first model read them as argued pieces)
PERSONAL = frozenset({"i", "we", "me", "us", "my", "our"})
# type rules of the claim rules that read a judgement or a case for action in the unit itself; not the rules of
# instructions (`imperative`, `directive`, `modal-prescription`: "Press the button", "You should store it cold"),
# which instructional pages are full of and essays are not
JUDGING_RULES = frozenset(
    {
        "evaluative-word",
        "copula-adjective",
        "verb-assessment",
        "judged-manner",
        "explanation",
        "phrase-assessment",
        "necessity-judgement",
        "hedged-judgement",
        "hedged-explanation",
        "phrase-prescription",
        "case-for-action",
    }
)


# the reader addressed: second person outside quotation marks (claims44). A page whose own voice speaks to its reader
# lays down its own rules and advice ("A ticket should be purchased at the earliest opportunity", "The animals must be
# kept on a lead"); a news report's "must" and "should" mostly pass on a rule or forecast of others. The rules'
# instructions were tried as well and lost: they also count a judge's terms listed in a court report
ADDRESSING = frozenset({"you", "your", "yours", "yourself", "yourselves"})
# `addressed` above this: the page addresses its reader (on base37's claim texts about 4 % of BBC articles, 47 % of
# the saved web pages)
ADDRESS_EDGE = 0.05


@dataclass(frozen=True)
class Genre:
    """The article's genre signal: the score and its bucket (0 reads as a report, 3 as an argued piece), and how much
    the author's units address the reader (`addressed`, shrunk as `score` is)."""

    score: float = 0.0
    bucket: int = 0
    author_units: int = 0
    addressed: float = 0.0

    @property
    def addresses_reader(self) -> bool:
        return self.addressed > ADDRESS_EDGE


def is_personal(tokens: list[Tok], quoted: frozenset[int] | set[int]) -> bool:
    """A first person pronoun of the unit outside quotation marks."""
    return any(t.lower in PERSONAL and t.pos == "PRON" and t.i not in quoted for t in tokens)


def speaks_to_reader(tokens: list[Tok], quoted: frozenset[int] | set[int]) -> bool:
    """An author's unit that speaks to the reader: 'you' or 'your' outside quotation marks."""
    return any(t.lower in ADDRESSING and t.i not in quoted for t in tokens)


def is_judging(claim: ClaimRecord) -> bool:
    """A unit the rules typed by a construction of judgement or prescription (`JUDGING_RULES`), or a call to act
    together ('So, let's get on with it then': the imperative 'let' of `type.proposal`, which was
    `phrase-prescription`'s before claims44 and argues as it did)."""
    return claim.type_rule in JUDGING_RULES or (
        claim.type_rule == "imperative" and (claim.type_cue or "").lower() == "let"
    )


def bucket_of(score: float) -> int:
    return sum(score >= e for e in EDGES)


def article_genre(article: ParsedArticle, claims: list[ClaimRecord], quoted_of: dict[str, frozenset[int]]) -> Genre:
    """The genre signal of an article from the rules' claims: `quoted_of` gives each sentence's quoted token
    indexes (by sentence id); a claim's tokens are the article's tokens within its span."""
    authors = [c for c in claims if c.claimer_kind == "author"]
    if not authors:
        return Genre()
    tokens = article.tokens
    starts = [t.start for t in tokens]
    hits = addressing = 0
    for c in authors:
        k = bisect_left(starts, c.start)
        span = []
        while k < len(tokens) and tokens[k].start < c.end:
            span.append(tokens[k])
            k += 1
        quoted = quoted_of.get(c.sentence_id, frozenset())
        hits += is_personal(span, quoted)
        hits += is_judging(c)
        addressing += speaks_to_reader(span, quoted)
    score = round(hits / (2 * (len(authors) + PRIOR_UNITS)), 4)
    return Genre(score, bucket_of(score), len(authors), round(addressing / (len(authors) + PRIOR_UNITS), 4))


def genre_features(claim: ClaimRecord, genre: Genre) -> dict[str, float]:
    """The signal joined with what flips between genres: the claimer kind, and for an author's unit the type
    rule. Nothing for bucket 0, so a report's units keep exactly the features they had."""
    if genre.bucket == 0:
        return {}
    b = genre.bucket
    f = {f"genre:opinion={b}": 1.0, f"genre:opinion|kind={b}|{claim.claimer_kind}": 1.0}
    if claim.claimer_kind == "author":
        f[f"genre:opinion|rule={b}|{claim.type_rule}"] = 1.0
        f[f"genre:opinion|type={b}|{claim.claim_type}"] = 1.0
    return f
