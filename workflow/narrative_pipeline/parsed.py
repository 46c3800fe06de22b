"""The parse as the actor and claim steps see it: light token and sentence objects.

Built from the normalize step's token and sentence tables, so those steps need neither spaCy nor
a second parse.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import groupby
from operator import attrgetter
from pathlib import Path
from typing import Any

from .records import ArticleText, SentenceRecord
from .tables import arrow_schema, read_parquet, validate_rows

_INDEX = attrgetter("i")  # a token's place in its article: the order of `Tok.subtree`


@dataclass(slots=True, eq=False)
class Tok:
    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head_i: int
    ent_type: str
    ent_iob: str
    space_after: bool
    sent: int
    lower: str = ""
    children: list[Tok] = field(default_factory=list)
    head: Tok | None = None

    def subtree(self) -> list[Tok]:
        """This token and all its descendants, in text order."""
        out = [self]
        stack = list(self.children)
        while stack:
            tok = stack.pop()
            out.append(tok)
            stack.extend(tok.children)
        return sorted(out, key=_INDEX)

    def ancestors(self) -> list[Tok]:
        out = []
        tok, head = self, self.head
        while head is not None and head is not tok and len(out) < 200:
            out.append(head)
            tok, head = head, head.head
        return out


@dataclass(slots=True, eq=False)
class Sent:
    index: int
    record: SentenceRecord
    tokens: list[Tok]

    @property
    def sentence_id(self) -> str:
        return self.record.sentence_id

    @property
    def role(self) -> str:
        return self.record.role


@dataclass(slots=True, eq=False)
class ParsedArticle:
    article_id: str
    text: str
    sents: list[Sent]
    tokens: list[Tok]

    def span_text(self, start: int, end: int) -> str:
        from .textnorm import normalize_text

        return normalize_text(self.text[start:end])


# the token table's columns in the order of Tok's first fields (`head` is Tok.head_i)
TOKEN_FIELDS = ("i", "start", "end", "text", "lemma", "pos", "tag", "dep", "head", "ent_type", "ent_iob", "space_after")


def lower_form(text: str) -> str:
    """A token's lower-case text, an apostrophe written ’ in a word of more than the mark made straight ("it’s" ->
    "'s", "don’t" -> "n't"), as the parser read it (`nlp.parser_text`) and as the rules' phrases are written; a
    lone "’" (a closing quote, a plural's possessive) is kept."""
    lower = text.lower()
    return lower.replace("\u2019", "'") if "\u2019" in lower and len(lower) > 1 else lower


def build_articles(
    texts: list[ArticleText], sentences: list[SentenceRecord], token_columns: dict[str, list]
) -> list[ParsedArticle]:
    """Group sentences and tokens by article and link token heads and children."""
    by_article_sents: dict[str, list[SentenceRecord]] = defaultdict(list)
    for record in sentences:
        by_article_sents[record.article_id].append(record)
    sent_pos: dict[str, int] = {}
    for records in by_article_sents.values():
        records.sort(key=lambda r: r.sentence_index)
        for k, r in enumerate(records):
            sent_pos[r.sentence_id] = k
    cols = token_columns
    if len({len(column) for column in cols.values()}) > 1:
        raise ValueError("token columns of different lengths")
    # the tokens made by `map` over the columns side by side (the fields' order, up to space_after, then
    # the sentence's position and the lower-case text): no Python loop per token; then cut into each
    # article's run of rows (a shard's tables hold an article's rows together)
    sents_of = [sent_pos[sentence_id] for sentence_id in cols["sentence_id"]]
    lowers = list(map(str.lower, cols["text"]))
    if "\u2019" in "".join(lowers):  # one scan of the whole text: a BBC shard has none, and pays nothing per token
        lowers = list(map(lower_form, lowers))
    made = list(map(Tok, *(cols[name] for name in TOKEN_FIELDS), sents_of, lowers))
    by_article_toks: dict[str, list[Tok]] = {}
    first = 0
    for article_id, rows in groupby(cols["article_id"]):
        end = first + sum(1 for _ in rows)
        by_article_toks.setdefault(article_id, []).extend(made[first:end])
        first = end
    articles = []
    by_i = attrgetter("i")
    for text in texts:
        toks = by_article_toks.get(text.article_id, [])
        if all(tok.i == k for k, tok in enumerate(toks)):  # the tokens 0..n-1 in order, as normalize writes them
            n = len(toks)
            for tok in toks:
                h = tok.head_i
                tok.head = toks[h] if 0 <= h < n else tok
                if tok.head is not tok:
                    tok.head.children.append(tok)
        else:
            toks = sorted(toks, key=by_i)
            index = {t.i: t for t in toks}
            for tok in toks:
                tok.head = index.get(tok.head_i, tok)
                if tok.head is not tok:
                    tok.head.children.append(tok)
        records = by_article_sents.get(text.article_id, [])
        sents = [Sent(k, r, []) for k, r in enumerate(records)]
        for tok in toks:
            sents[tok.sent].tokens.append(tok)
        articles.append(ParsedArticle(text.article_id, text.text, sents, toks))
    return articles


def load_shard(texts_path: Path, sentences_path: Path, tokens_path: Path) -> list[ParsedArticle]:
    return articles_from_tables(*read_shard_tables(texts_path, sentences_path, tokens_path))


def read_shard_tables(texts_path: Path, sentences_path: Path, tokens_path: Path) -> tuple[Any, Any, Any]:
    """A shard's texts, sentences and tokens as Arrow tables (texts and sentences with their schemas)."""
    return (
        read_parquet(texts_path, schema=arrow_schema(ArticleText)),
        read_parquet(sentences_path, schema=arrow_schema(SentenceRecord)),
        read_parquet(tokens_path),
    )


def articles_from_tables(texts: Any, sentences: Any, tokens: Any) -> list[ParsedArticle]:
    """The parsed articles of texts, sentences and tokens tables (rows of the texts' articles)."""
    return build_articles(
        validate_rows(ArticleText, texts.to_pylist()),
        validate_rows(SentenceRecord, sentences.to_pylist()),
        tokens.to_pydict(),
    )
