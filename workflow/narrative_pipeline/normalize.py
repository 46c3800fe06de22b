"""Normalize: paragraphs, boilerplate, sentences and the one spaCy parse of each article.

Paragraphs are found on the archived text (a line, or a block of hard-wrapped lines); the first
is the headline, and so is a paragraph that repeats it near the start (`repeated_headlines`); lines
matching a boilerplate pattern are flagged and not parsed; embedded posts (a tweet and its signature
line, `embedded_posts`) are flagged `post`, with the author's name and handle of the signature on each
of their sentences; the text and its offsets are never changed. Every other
paragraph is normalized (`textnorm`) and parsed once; the sentences and the tokens of that parse
are written with offsets into the archived text, for the actor and claim steps to read.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .misparse import RepairWords, default_repair_words, repair_article
from .records import ArticleText, SentenceRecord, SentenceRole
from .settings import DATE_PATTERN
from .textnorm import TERMINAL, Normalized, normalize, normalize_text

PARSE_VERSION = "normalize.parse.v11"
"""The version of how this step parses, beside the spaCy model's: a change that moves sentences or tokens of the same
text and model gets a new one. v2 (fix62): a headline's line is one sentence (`one_sentence`). v3 (claims84):
two sentences the source ran together without a full stop are two (`nlp.run_on_starts`). v5 (fix79): a stretch with
no sentence end longer than `MAX_RUN_CHARS` is parsed in pieces cut at spaces (`_run_cuts`); an untitled text
(`ArticleText.titled` false) has no headline. v7 (fix82): a word holding a numeric character reference ("caf&#233;")
is one token (`nlp.keep_entities`). v8 (fix84): a character reference, numeric or named ("Jos&#233;", "AT&amp;T",
"&pound;5", "&nbsp;"), is read as the character it names (`textnorm`): the parser, the token texts and every row's text
have it decoded, the offsets stay the archived text's. v9 (fix87): an inverted question mark between two letters of a
word ("America&#191;s", "don¿t") is read as an apostrophe (`textnorm` rule 5). v10 (fix89): two trees the parser gets
wrong are repaired before the tokens are written (`misparse`, claims90's repairs of the claims reading moved here so
every step reads them): a speech verb in "-s" tagged as a plural noun after a definite subject ("the review forecasts
growth") and a player's position taken for the verb before a name ("Munster lock Paul O'Connell has dismissed"); and
"¿" right after a word's last letter, not only between two letters, is read as an apostrophe ("the students¿ union").
v11 (fix92): a sentence start the parser put inside a name, after a capitalised word with no closing mark ("storage
specialists BridgeHead" / "Software.", "an import version of Do" / "They Know It's Christmas"), is forbidden and the
paragraph parsed again (`nlp.split_name_starts`); a web page's footnote or edit marker glued to a word ("Hinton.[1]",
"elected.[12][13]", "References[edit]") is dropped from the text the parser and the rows read (`textnorm` rule 7).
The rule versions' log (tests/data/rule_versions.yaml) names it with the model: the rules' output moves with the parse
they read, not only with the rules."""

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_CHUNK_CUT = re.compile(r"[.!?][\"'”’»)]*\s+(?=[A-Z\"'“‘«(])")
MAX_RUN_CHARS = 5_000
"""The longest stretch of a paragraph with no sentence end parsed as one piece (fix79, review71 14): an unpunctuated
transcript gave sentences of 100,000 characters whose claims cost grows with the square of their length. The BBC
and web runs' longest sentence is 3,775 characters and longest stretch between sentence ends under 2,000: they are
never cut."""


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    role: SentenceRole
    # a post's author and handle as its signature line gives them: raw (start, end) of "Donald J. Trump" and of
    # "@realDonaldTrump" in "— Donald J. Trump (@realDonaldTrump) February 4, 2017" (on each paragraph of the post)
    author: tuple[int, int] | None = None
    handle: tuple[int, int] | None = None


@dataclass(frozen=True)
class Chunk:
    """A piece of a paragraph parsed as one spaCy Doc; `one_sentence`: parsed as one sentence (a headline's line)."""

    paragraph: Paragraph
    norm: Normalized
    one_sentence: bool = False

    @property
    def parser_input(self) -> tuple[str, frozenset[int] | None]:
        """The text and sentence starts `nlp.parse` takes: None for a text that is one sentence."""
        return self.norm.text, None if self.one_sentence else self.norm.breaks


def lines_of(raw: str) -> list[tuple[int, int]]:
    """(start, end) of each line's content, line break excluded."""
    spans = []
    for match in _LINE.finditer(raw):
        if match.start() == len(raw) and match.group() == "":
            break
        line = match.group().rstrip("\r\n")
        spans.append((match.start(), match.start() + len(line)))
    return spans


def _hard_wrapped(block: list[tuple[int, int]], raw: str) -> bool:
    """A block of several lines cut at a fixed width rather than at paragraph ends."""
    if len(block) < 3:
        return False
    body = block[:-1]
    widths = [end - start for start, end in body]
    unterminated = sum(1 for start, end in body if not raw[start:end].rstrip().endswith(TERMINAL))
    return max(widths) <= 100 and min(widths) >= 30 and unterminated >= len(body) * 0.6


def split_paragraphs(raw: str, boilerplate: Sequence[re.Pattern[str]], titled: bool = True) -> list[Paragraph]:
    """Paragraphs with raw offsets; each non-blank line is one unless a block is hard-wrapped. The first is the
    headline only when the text opens with a title (`ArticleText.titled`): an untitled export row's or page's first
    paragraph is its lede, body like the rest (fix79, review71 1)."""
    blocks: list[list[tuple[int, int]]] = [[]]
    for start, end in lines_of(raw):
        if raw[start:end].strip():
            blocks[-1].append((start, end))
        elif blocks[-1]:
            blocks.append([])
    spans: list[tuple[int, int]] = []
    for block in blocks:
        if not block:
            continue
        if _hard_wrapped(block, raw):
            spans.append((block[0][0], block[-1][1]))
        else:
            spans.extend(block)
    texts = [normalize_text(raw[start:end]) for start, end in spans]
    roles: list[SentenceRole] = []
    for index, text in enumerate(texts):
        role: SentenceRole = "body"
        if index == 0 and titled:
            role = "headline"
        elif any(p.search(text) for p in boilerplate):
            role = "boilerplate"
        roles.append(role)
    roles, signatures = embedded_posts(texts, repeated_headlines(texts, timeline_items(texts, roles)))
    names = {sig: signature_names(raw, *spans[sig]) for sig in set(signatures.values())}
    return [
        Paragraph(index, start, end, role, *_post_names(raw, start, end, index, signatures, names))
        for index, ((start, end), role) in enumerate(zip(spans, roles, strict=True))
    ]


# A retweet flattened into the text: "RT @FEMA: Evacuate now ..." passes on @FEMA's words (review19d).
_RETWEET = re.compile(r"\s*RT\s+(@\w{1,15}):")


def _post_names(
    raw: str,
    start: int,
    end: int,
    index: int,
    signatures: dict[int, int],
    names: dict[int, tuple[tuple[int, int] | None, tuple[int, int] | None]],
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The author and handle offsets of a post's paragraph: its signature's, but the retweeted account's (its @handle
    as both) for a retweet paragraph before the signature ('RT @FEMA: Evacuate now ...')."""
    signature = signatures.get(index)
    if signature is None:
        return None, None
    retweet = _RETWEET.match(raw, start, end) if signature != index else None
    if retweet is not None:
        span = (retweet.start(1), retweet.end(1))
        return span, span
    return names[signature]


_WORD = re.compile(r"\w+")
_REPEAT_WITHIN = 4  # a repeated headline comes before the article: among the first paragraphs after the headline
_REWORDED_SHARE = 0.8  # not a BBC standfirst: 'Arsenal through on penalties' then 'Arsenal win 4-2 on penalties'
_REWORDED_MIN_WORDS = 5
_REWORDED_MAX_CHARS = 250
_REWORDED_MAX_GROWTH = 1.5  # a headline again is about as long; a standfirst that adds to it is prose (review18a)


def _words(text: str) -> list[str]:
    """Lower-case words without a possessive "'s" ("Jamie's" -> "jamie")."""
    return _WORD.findall(re.sub(r"[’']s\b", "", text.casefold()))


def _restates(line: str, headline: str, index: int) -> bool:
    """Whether a paragraph is the headline again: the same words (space, case and punctuation aside), or, right
    after the headline, a headline-shaped line (no sentence end) with four in five of the headline's words ("New
    York ramps up mass burials amid virus outbreak" then "Coronavirus: New York ramps up mass burials amid
    outbreak"): a page's `og:title` and `<h1>` both kept (web18)."""
    words, head = _words(line), _words(headline)
    if not head or index > _REPEAT_WITHIN:
        return False
    if words == head:
        return True
    if index == 1 and _kicker_repeats(line, head):
        return True
    if (
        index != 1
        or len(set(head)) < _REWORDED_MIN_WORDS
        or len(line) > _REWORDED_MAX_CHARS
        or line.rstrip().endswith(TERMINAL)
        or len(words) > _REWORDED_MAX_GROWTH * len(head)
    ):
        return False
    return len(set(head) & set(words)) >= _REWORDED_SHARE * len(set(head))


_KICKER_MIN_WORDS = 4


def _kicker_repeats(line: str, head: list[str]) -> bool:
    """A headline-shaped line (no sentence end, at most `_REWORDED_MAX_CHARS`) whose label before its first colon is
    four or more of the headline's words: the page's longer `<h1>` after its short `og:title` ("Chef Jamie Oliver
    joins Mail on Sunday's war on toxic US food" then "Jamie's war on toxic US food: Chef and fitness guru Joe Wicks
    lead plea to ...", web19). A standfirst carries no such label."""
    label, colon, _ = line.partition(":")
    words = _words(label)
    return (
        bool(colon)
        and len(words) >= _KICKER_MIN_WORDS
        and set(words) <= set(head)
        and len(line) <= _REWORDED_MAX_CHARS
        and not line.rstrip().endswith(TERMINAL)
    )


# A timeline's heading ("Timeline of the conflict", "Chronology", "Key dates") and its items, each with its date after
# a dash or before one ("- Russia annexes Crimea - March 18, 2014", "March 18, 2014: Russia annexes Crimea").
_TIMELINE_HEADING = re.compile(r"(?i)^\s*(timeline|chronology|key (dates|events|moments))\b[^.!?]{0,80}$")
_DATED_ITEM = re.compile(
    rf"(?i)^\s*([-•*·]\s+)?(\S.{{0,200}}\s[—–-]\s{DATE_PATTERN}\s*|{DATE_PATTERN}\s*[—–:-]\s*\S.*)$"
)


def timeline_items(texts: list[str], roles: list[SentenceRole]) -> list[SentenceRole]:
    """The roles with the dated items of a timeline made body again: a list of related stories and a timeline have
    the same shape in plain text (a capitalised line, a dash, a date: a boilerplate pattern), but the items under a
    heading (or headline) that names a timeline are the events of the story ('Russia annexes Crimea - March 18,
    2014', review21a). The run ends at the first paragraph that is no dated item. A heading that is itself a dated
    item is a related story's link ("Timeline: Iraq's war - 12 June 2014"): the links after it stay boilerplate."""
    out = list(roles)
    in_timeline = False
    for index, text in enumerate(texts):
        if _TIMELINE_HEADING.match(text) and not _DATED_ITEM.match(text):
            in_timeline = True  # not a dated link to a timeline ("Timeline: Iraq's war - 12 June 2014", review23)
        elif in_timeline and _DATED_ITEM.match(text):
            out[index] = "body" if out[index] == "boilerplate" else out[index]
        else:
            in_timeline = False
    return out


def repeated_headlines(texts: list[str], roles: list[SentenceRole]) -> list[SentenceRole]:
    """The roles with a body paragraph that restates the headline made a headline: the headline is not read as a
    claim twice, and the text and every offset stay as they are. An untitled text (no headline) has none."""
    if not texts or roles[0] != "headline":
        return roles
    return [
        "headline" if role == "body" and _restates(text, texts[0], index) else role
        for index, (text, role) in enumerate(zip(texts, roles, strict=True))
    ]


# The signature line of an embedded post as a page's text keeps it: "— Dave Schukin (@schukin) July 3, 2019", the
# date in any language or left out.
# What follows the handle is a date and at most a link, nothing else: an author's line after an op-ed ("— Jane Doe
# (@janedoe) is a senior fellow at ...", review18a; "— Jane Doe (@janedoe) has covered Nato since 2015.", review19d)
# is no signature, and the paragraphs before it are the article's. A date holds a day and a year and at most three
# words ("July 3, 2019", "16 мая 2018 г.", "1 de marzo de 2020", "1. März 2020") or is written "2020年1月24日".
_POST_SIGNATURE = re.compile(
    r"^[—–-]\s*(?P<name>\S.{0,80}?)\s*\((?P<handle>@\w{1,15})\)"
    r"(?:\s+(?P<date>\S.{0,40}))?$"
)
_SIGNATURE_LINK = re.compile(r"\s+(?:https?://|pic\.twitter\.com/)\S+$")
_DATE_WORD = re.compile(r"[^\W\d_]{1,12}\.?,?")
_DATE_DAY = re.compile(r"\d{1,2}[.,]?")
_DATE_YEAR = re.compile(r"\d{4}[.,]?")
_DATE_CJK = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
_DATE_MAX_WORDS = 3


def _is_date(text: str) -> bool:
    """A signature's date: a day, a year and at most three words, or a date in CJK figures."""
    if _DATE_CJK.fullmatch(text):
        return True
    parts = text.split()
    words = sum(1 for part in parts if _DATE_WORD.fullmatch(part))
    days = sum(1 for part in parts if _DATE_DAY.fullmatch(part))
    years = sum(1 for part in parts if _DATE_YEAR.fullmatch(part))
    return words + days + years == len(parts) and words <= _DATE_MAX_WORDS and days == 1 and years == 1


def post_signature(line: str) -> re.Match[str] | None:
    """The match of a post's signature line ('— Dave Schukin (@schukin) July 3, 2019'), else None."""
    match = _POST_SIGNATURE.match(_SIGNATURE_LINK.sub("", line))
    if match is None or (match.group("date") is not None and not _is_date(match.group("date"))):
        return None
    return match


_POST_MAX_CHARS = 300  # a post is at most 280 characters (a link counts as 23), so its lines are few and short
_POST_MAX_LINES = 4
# A paragraph before the post's last one is the post's only with a mark of a post: a link, a pic.twitter.com address, an
# @handle or a #hashtag (review18a: "Mr Trump attacked the judge on Twitter on Saturday morning." before the tweet is
# the article's).
# A #hashtag or @handle counts only where a post puts it: at the line's end ('It would cut costs. #budget') or opening
# a reply ('@FEMA Thank you'); inside an article's sentence it is a word the article quotes ('Protesters used the
# hashtag #BlackLivesMatter as marches spread', review19d), which a post's line before it does not make the post's.
_CLOSING_TAG = re.compile(r"(?<![\w@#])[@#][A-Za-z_]\w*$")
_POST_MARK = re.compile(
    r"pic\.twitter\.com|https?://|^[.]?@\w|(?<![\w@#])[@#][A-Za-z_]\w*(?:\s*[@#][A-Za-z_]\w*)*[.!?]?\s*$"
)


def embedded_posts(texts: list[str], roles: list[SentenceRole]) -> tuple[list[SentenceRole], dict[int, int]]:
    """The roles with each embedded post (a tweet flattened into the text: its lines, then its signature line) made
    `post`, and the index of each post paragraph's signature paragraph. The post's sentences are the poster's, put
    forward by a signature after them that no reporting frame reads: the claims step gives them to the signature's
    author (web19; web18 left them out as boilerplate). The post is the paragraph before the signature and those
    right before it that bear a mark of a post themselves (a link, #hashtags or @handles that end the line, an @handle
    opening a reply) while all of them fit in one post, up to a paragraph that ends in a colon (the article's lead-in:
    'Goldstein tweeted he was "honored":').
    A post's earlier paragraph with no such mark stays body: it cannot be told from the article's own sentence
    before the post."""
    out = list(roles)
    signature_of: dict[int, int] = {}
    for index, text in enumerate(texts):
        if index == 0 or not post_signature(text.strip()):
            continue
        out[index], signature_of[index] = "post", index
        size = 0
        for first in range(index - 1, max(0, index - 1 - _POST_MAX_LINES), -1):
            line = texts[first].strip()
            size += len(line)
            marked = _POST_MARK.search(line) is not None and (
                line.endswith(TERMINAL[:3]) or "/" in line or _CLOSING_TAG.search(line) is not None
            )
            ends = line.endswith(":") or (first < index - 1 and not marked)
            if out[first] != "body" or size > _POST_MAX_CHARS or ends or post_signature(line):
                break
            out[first], signature_of[first] = "post", index
    return out, signature_of


def signature_names(raw: str, start: int, end: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Raw offsets of the author's name and of the @handle in a post's signature line raw[start:end]."""
    norm = normalize(raw[start:end], offset=start)
    lead = len(norm.text) - len(norm.text.lstrip())
    match = post_signature(norm.text.strip())
    if match is None:  # the signature was found on this same normalized text
        return None, None
    name, handle = match.span("name"), match.span("handle")
    return norm.raw_span(lead + name[0], lead + name[1]), norm.raw_span(lead + handle[0], lead + handle[1])


def chunk_paragraph(raw: str, paragraph: Paragraph, max_chars: int) -> list[Chunk]:
    """Normalize a paragraph; one longer than max_chars is cut after sentence ends (or spaces)."""
    cuts = [paragraph.start]
    while paragraph.end - cuts[-1] > max_chars:
        window_start, window_end = cuts[-1], cuts[-1] + max_chars
        window = raw[window_start:window_end]
        ends = [m.end() for m in _CHUNK_CUT.finditer(window)]
        if not ends:
            ends = [m.end() for m in re.finditer(r"\s+", window)]
        cut = window_start + (ends[-1] if ends and ends[-1] > max_chars // 4 else max_chars)
        cuts.append(cut)
    cuts.append(paragraph.end)
    cuts = [cut for start, end in itertools.pairwise(cuts) for cut in _run_cuts(raw, start, end)] + [paragraph.end]
    whole = one_sentence(raw, paragraph)
    chunks = []
    for start, end in itertools.pairwise(cuts):
        norm = normalize(raw[start:end], offset=start)
        if norm.text:
            chunks.append(Chunk(paragraph, norm, whole))
    return chunks


def _run_cuts(raw: str, start: int, end: int) -> list[int]:
    """`start` and the cuts inside raw[start:end] that keep every stretch with no sentence end (`_CHUNK_CUT`) at
    most `MAX_RUN_CHARS` long: each such stretch is cut after its last space within the limit (or at the limit when
    it has none). A text with sentence ends at least that often is not cut."""
    cuts, last = [start], start
    for stop in [m.end() for m in _CHUNK_CUT.finditer(raw, start, end)] + [end]:
        while stop - last > MAX_RUN_CHARS:
            window = raw[last : last + MAX_RUN_CHARS]
            space = max(window.rfind(" "), window.rfind("\n"), window.rfind("\t"))
            last += space + 1 if space > 0 else MAX_RUN_CHARS
            cuts.append(last)
        last = stop
    return cuts


def stretch_cuts(raw: str, titled: bool = True) -> int:
    """How many cuts `_run_cuts` makes in a text's paragraphs: the ingest step's warning on the row (fix79). A text of
    at most `MAX_RUN_CHARS` characters has none (a paragraph's stretch is part of the text): its paragraphs are not
    split and normalized to find out, which cost the ingest step about 1.5 CPU s on the BBC corpus (speed59)."""
    if len(raw) <= MAX_RUN_CHARS:
        return 0
    return sum(len(_run_cuts(raw, p.start, p.end)) - 1 for p in split_paragraphs(raw, (), titled))


def one_sentence(raw: str, paragraph: Paragraph) -> bool:
    """Whether a paragraph is parsed as one sentence: a headline of one line (ANNOTATION.md: the first line of a
    plain-text article, and a line that restates it, `repeated_headlines`) is one unit, never cut at a colon or a
    line-internal stop ("2004:" / "An Irish Athletics Year", "Stam spices up" / "Man Utd encounter", review59 12); a
    headline block of hard-wrapped lines is not a line and keeps the parser's sentences."""
    return paragraph.role == "headline" and not any(c in raw[paragraph.start : paragraph.end] for c in "\r\n")


def compile_patterns(patterns: Sequence[str]) -> list[re.Pattern[str]]:
    return [re.compile(p) for p in patterns]


def sentence_id(article_id: str, index: int) -> str:
    return f"{article_id}:s{index:04d}"


@dataclass
class ArticleParse:
    """Sentences and token columns of one article."""

    sentences: list[SentenceRecord]
    tokens: dict[str, list[Any]]


TOKEN_COLUMNS = (
    "article_id",
    "sentence_id",
    "i",
    "start",
    "end",
    "text",
    "lemma",
    "pos",
    "tag",
    "dep",
    "head",
    "ent_type",
    "ent_iob",
    "space_after",
)


def empty_token_columns() -> dict[str, list[Any]]:
    return {name: [] for name in TOKEN_COLUMNS}


def plan_article(
    raw: str, boilerplate: Sequence[re.Pattern[str]], max_chars: int, titled: bool = True
) -> tuple[list[Paragraph], list[Chunk]]:
    """Paragraphs of an article and the chunks of it to parse (boilerplate is not parsed)."""
    paragraphs = split_paragraphs(raw, boilerplate, titled)
    chunks = [
        chunk
        for paragraph in paragraphs
        if paragraph.role != "boilerplate"
        for chunk in chunk_paragraph(raw, paragraph, max_chars)
    ]
    return paragraphs, chunks


def assemble(
    article: ArticleText, paragraphs: list[Paragraph], chunks: list[Chunk], docs: list[Any], words: RepairWords
) -> ArticleParse:
    """Sentence rows and token columns of one article from the parsed chunks, its trees repaired with `words`
    (`misparse.repair_article`)."""
    raw = article.text
    sentences: list[SentenceRecord] = []
    tokens = empty_token_columns()
    parsed = {id(c.paragraph): [] for c in chunks}
    for chunk, doc in zip(chunks, docs, strict=True):
        parsed[id(chunk.paragraph)].append((chunk, doc))
    offset = 0
    for paragraph in paragraphs:
        if paragraph.role == "boilerplate":
            norm = normalize(raw[paragraph.start : paragraph.end], offset=paragraph.start)
            start, end = norm.raw_span(0, len(norm.text))
            sentences.append(
                SentenceRecord(
                    article_id=article.article_id,
                    sentence_id=sentence_id(article.article_id, len(sentences)),
                    paragraph_index=paragraph.index,
                    sentence_index=len(sentences),
                    start=start,
                    end=end,
                    text=norm.text,
                    role="boilerplate",
                )
            )
            continue
        for chunk, doc in parsed.get(id(paragraph), []):
            norm = chunk.norm
            rows = token_rows(doc)
            for sent in doc.sents:
                span = _trim(sent)
                if span is None:
                    continue
                first, last = span
                a, b = doc[first].idx, doc[last].idx + len(doc[last].text)
                start, end = norm.raw_span(a, b)
                sid = sentence_id(article.article_id, len(sentences))
                sentences.append(
                    SentenceRecord(
                        article_id=article.article_id,
                        sentence_id=sid,
                        paragraph_index=paragraph.index,
                        sentence_index=len(sentences),
                        start=start,
                        end=end,
                        text=norm.text[a:b],
                        role=paragraph.role,
                        **_post_fields(paragraph),
                    )
                )
                _append_tokens(tokens, article.article_id, sid, doc, rows, sent.start, sent.end, norm, offset)
            offset += len(doc)
    repair_article(article, sentences, tokens, words)
    return ArticleParse(sentences, tokens)


def _post_fields(paragraph: Paragraph) -> dict[str, int]:
    """A post paragraph's author and handle offsets as the sentence record's fields (none for other paragraphs)."""
    fields: dict[str, int] = {}
    for name, span in (("post_author", paragraph.author), ("post_handle", paragraph.handle)):
        if span is not None:
            fields[f"{name}_start"], fields[f"{name}_end"] = span
    return fields


def _trim(sent: Any) -> tuple[int, int] | None:
    """First and last token of a sentence without dangling opening brackets at its end."""
    first, last = sent.start, sent.end - 1
    doc = sent.doc
    while last >= first and doc[last].text in {"(", "["}:
        last -= 1
    return (first, last) if last >= first else None


# the token attributes `_append_tokens` reads, one integer each a token (`Doc.to_array`), in this order
TOKEN_ARRAY_ATTRS = ("IDX", "LENGTH", "LEMMA", "POS", "TAG", "DEP", "HEAD", "ENT_TYPE", "ENT_IOB", "SPACY")
ENT_IOB_NAMES = ("", "I", "O", "B")  # `Token.ent_iob_` of each `ENT_IOB` integer


def token_rows(doc: Any) -> list[list[int]]:
    """One row of `TOKEN_ARRAY_ATTRS` integers a token of the Doc, read in one call instead of a Token object made
    (and its head's) for each attribute; the head as the token's own index plus its (signed) offset."""
    import numpy as np

    array = doc.to_array(list(TOKEN_ARRAY_ATTRS))
    rows = array.tolist()
    head = TOKEN_ARRAY_ATTRS.index("HEAD")
    for k, offset in enumerate(array[:, head].astype(np.int64).tolist()):
        rows[k][head] = k + offset
    return rows


def _append_tokens(
    columns: dict[str, list[Any]], article_id: str, sid: str, doc: Any, rows: list[list[int]], first: int, end: int,
    norm: Normalized, offset: int,
) -> None:  # fmt: skip
    """The columns of the Doc's tokens `first` to `end` (a sentence): what `Token.lemma_`, `pos_`, `tag_`, `dep_`,
    `head.i`, `ent_type_`, `ent_iob_` and `whitespace_` give, from `token_rows`."""
    from spacy.parts_of_speech import NAMES as POS_NAMES

    strings = doc.vocab.strings
    text = norm.text
    for k in range(first, end):
        idx, length, lemma, pos, tag, dep, head, ent_type, ent_iob, space = rows[k]
        start, stop = norm.raw_span(idx, idx + length)
        columns["article_id"].append(article_id)
        columns["sentence_id"].append(sid)
        columns["i"].append(k + offset)
        columns["start"].append(start)
        columns["end"].append(stop)
        columns["text"].append(text[idx : idx + length])  # as written (`nlp.parser_text`)
        columns["lemma"].append(strings[lemma])
        columns["pos"].append(POS_NAMES[pos])
        columns["tag"].append(strings[tag])
        columns["dep"].append(strings[dep])
        columns["head"].append(head + offset)
        columns["ent_type"].append(strings[ent_type])
        columns["ent_iob"].append(ENT_IOB_NAMES[ent_iob])
        columns["space_after"].append(bool(space))


def parse_articles(
    articles: Sequence[ArticleText],
    nlp: Any,
    boilerplate: Sequence[re.Pattern[str]],
    max_chars: int,
    batch_size: int,
    words: RepairWords | None = None,
) -> Iterator[ArticleParse]:
    """Parse every article once; yields one ArticleParse per article, in order, its trees repaired with `words` (the
    source checkout's claims lexicon's when None: `misparse.default_repair_words`)."""
    from .nlp import parse

    repairs = words if words is not None else default_repair_words()
    plans = [plan_article(a.text, boilerplate, max_chars, a.titled) for a in articles]
    docs = parse(nlp, (c.parser_input for _, chunks in plans for c in chunks), batch_size)
    for article, (paragraphs, chunks) in zip(articles, plans, strict=True):
        article_docs = [next(docs) for _ in chunks]
        yield assemble(article, paragraphs, chunks, article_docs, repairs)


# --- I/O edge ----------------------------------------------------------------------------------


NORMALIZE_SETTINGS = ("spacy_model", "spacy_disable", "spacy_batch_size", "max_chunk_chars", "boilerplate_patterns")


def run(
    texts_path: Any, cfg: Any, out_sentences: Any, out_tokens: Any, cache_dir: Any = None, out_failures: Any = None,
    words_path: Any = None,
) -> tuple[int, int, int]:  # fmt: skip
    """Parse one shard, the trees repaired with the words of the claims lexicon at `words_path` (the source
    checkout's when None; `lexicon.repair_words`); articles parsed before with the same text, settings, model, repair
    words and code come from the cache. Returns (articles, articles parsed now, tokens). When the parse of the
    articles to parse raises, the ones not parsed yet are parsed one by one: an article whose own parse raises has no
    sentences or tokens, is not cached, and is written to `out_failures` (see narrative_pipeline.failures)."""
    from pathlib import Path

    import pyarrow as pa

    from .articlecache import FAULT_VARIABLE, article_failure, injected_faults, systematic
    from .cache import TableCache, cache_key
    from .failures import write_failures
    from .hashing import step_fingerprint
    from .lexicon import repair_words, repair_words_digest
    from .nlp import load_pipeline, model_version
    from .records import TokenRecord
    from .tables import arrow_schema, read_records, to_table, write_table

    articles = read_records(Path(texts_path), ArticleText)
    settings = cfg.model_dump(mode="json", include=set(NORMALIZE_SETTINGS))
    words = repair_words(Path(words_path)) if words_path is not None else default_repair_words()
    base = cache_key(
        settings, model_version(cfg.spacy_model), step_fingerprint("normalize"), repair_words_digest(words)
    )
    cache = TableCache(Path(cache_dir) if cache_dir else None)
    keys = {a.article_id: cache_key(base, a.article_id, a.text_sha256, a.titled) for a in articles}
    parts = {a.article_id: cache.get(keys[a.article_id], ("sentences", "tokens")) for a in articles}
    todo = [a for a in articles if parts[a.article_id] is None]
    failures = []
    if todo:
        nlp = load_pipeline(cfg.spacy_model, tuple(cfg.spacy_disable))
        patterns = compile_patterns(cfg.boilerplate_patterns)
        faults = injected_faults("normalize")

        def parsed_of(batch: list[ArticleText]) -> Any:
            if any(a.article_id in faults for a in batch):
                raise RuntimeError(f"fault injected by {FAULT_VARIABLE} (a test)")
            return parse_articles(batch, nlp, patterns, cfg.max_chunk_chars, cfg.spacy_batch_size, words)

        def keep(article: ArticleText, parsed: ArticleParse) -> None:
            tables = {
                "sentences": to_table(parsed.sentences, SentenceRecord),
                "tokens": pa.table(parsed.tokens, schema=arrow_schema(TokenRecord)),
            }
            cache.put(keys[article.article_id], tables)
            parts[article.article_id] = tables

        done = 0
        try:
            for article, parsed in zip(todo, parsed_of(todo), strict=True):
                keep(article, parsed)
                done += 1
        except Exception as first:  # a bug or an odd article: the rest one by one finds which
            errors = []
            for article in todo[done:]:
                try:
                    (parsed,) = parsed_of([article])
                except Exception as exc:
                    errors.append((article, exc))
                    continue
                keep(article, parsed)
            systematic("normalize", len(todo), len(errors), first)  # every article failed: the step's error
            failures = [article_failure(a.article_id, "normalize", exc) for a, exc in errors]
    kept = [a for a in articles if parts[a.article_id] is not None]
    sentences = _concat([parts[a.article_id]["sentences"] for a in kept], SentenceRecord)  # type: ignore[index]
    tokens = _concat([parts[a.article_id]["tokens"] for a in kept], TokenRecord)  # type: ignore[index]
    if out_failures is not None:
        write_failures(Path(out_failures), failures)
    write_table(Path(out_sentences), sentences)
    write_table(Path(out_tokens), tokens)
    return len(articles), len(todo), tokens.num_rows


def _concat(tables: list[Any], model: Any) -> Any:
    import pyarrow as pa

    from .tables import arrow_schema

    schema = arrow_schema(model)
    if not tables:
        return schema.empty_table()
    return pa.concat_tables([t.cast(schema) for t in tables]).combine_chunks()
