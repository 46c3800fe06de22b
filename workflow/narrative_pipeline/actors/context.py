"""What the rules know of a whole article before linking: its words, and whether it is about sport."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..parsed import ParsedArticle, Tok
from .lexicon import ActorsLexicon

# An article is about sport when at least this many different sport words occur, this often in all,
# and at least this densely (a long essay that mentions a goal and a match is not).
SPORT_MIN_DISTINCT = 2
SPORT_MIN_COUNT = 3
SPORT_MIN_DENSITY = 0.005  # sport words per token


@dataclass
class ArticleInfo:
    """Facts about one article that the filter and type rules consult."""

    toks: dict[int, Tok]
    lower_words: frozenset[str] = frozenset()  # lower-case words written in lower case
    capitalised_inside: frozenset[str] = frozenset()  # capitalised words not first in their sentence
    sport: bool = False
    sport_cues: list[Tok] = field(default_factory=list)
    headlines: frozenset[int] = frozenset()  # indexes of the headline sentences

    @classmethod
    def build(cls, article: ParsedArticle, lex: ActorsLexicon) -> ArticleInfo:
        lower, capitalised = set(), set()
        sport: Counter[str] = Counter()
        cues: list[Tok] = []
        for sent in article.sents:
            if sent.role == "boilerplate":
                continue
            body = sent.role != "headline"
            for k, tok in enumerate(sent.tokens):
                text = tok.text
                if text.islower():
                    lower.add(text)
                elif body and k > 0 and text[:1].isupper() and sent.tokens[k - 1].text not in {'"', "'", "“", "‘", ":"}:
                    capitalised.add(text)
                lemma = (tok.lemma or tok.lower).lower()
                if lemma in lex.sport_words:
                    sport[lemma] += 1
                    if len(cues) < 3:
                        cues.append(tok)
        n_sport = sum(sport.values())
        is_sport = (
            len(sport) >= SPORT_MIN_DISTINCT
            and n_sport >= SPORT_MIN_COUNT
            and n_sport >= SPORT_MIN_DENSITY * len(article.tokens)
        )
        toks = {t.i: t for t in article.tokens}
        headlines = frozenset(s.index for s in article.sents if s.role == "headline")
        return cls(toks, frozenset(lower), frozenset(capitalised), is_sport, cues if is_sport else [], headlines)

    def before(self, tok: Tok) -> Tok | None:
        """The token before `tok` in its sentence."""
        prev = self.toks.get(tok.i - 1)
        return prev if prev is not None and prev.sent == tok.sent else None

    def after(self, tok: Tok) -> Tok | None:
        """The token after `tok` in its sentence."""
        nxt = self.toks.get(tok.i + 1)
        return nxt if nxt is not None and nxt.sent == tok.sent else None
