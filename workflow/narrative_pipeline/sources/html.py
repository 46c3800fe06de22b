"""Main text and metadata of an HTML page, with trafilatura.

Measured on 168 real pages (`workflow/scripts/bench_extraction.py`, BENCHMARKS.md): trafilatura's
body extraction is clearly better than resiliparse's (F1 0.93 against 0.87), and it alone gives
authors and dates, so it does both. The text the pipeline analyses is

    <title>\\n\\n<paragraph 1>\\n\\n<paragraph 2> ...

the headline first (the pipeline reads the first line as the headline), then each line of the
extracted body as its own paragraph, blank lines between. A body line equal to the title is
dropped, so the headline is not read twice; a drop capital in an element of its own is put back at the
start of its paragraph and the blocks of related stories' links are removed before extraction
(`join_drop_capitals`, `drop_related_blocks`). The title is the page's only `<h1>` when it has one
of at least three words that is not the site name nor the page title after a section kicker
("Local News | ..."); otherwise trafilatura's title (og:title,
`<title>`, `<h1>`) without a trailing or leading " | Site name" segment.

When trafilatura's body is less than a third of the page's JSON-LD `articleBody`, the articleBody
is the body, with a warning (scmp.com keeps its article in a script: trafilatura finds only a
caption). When trafilatura's own rescue of a short extraction gave another story's JSON-LD
articleBody (its headline is not the page's), the page is extracted again with favor_precision (no
rescue) and its own text is the body, with a warning; so is a page whose body is one line holding
its headline (the rescue squashed a whole article block, navigation and share buttons included, into
one line). A page is rejected when it is larger than
`max_page_bytes`, when its body has almost no visible text and its scripts build it (JavaScript-only: far more
code than text, or an application's root element), or when the
extracted body is shorter than `min_body_chars` (navigation and boilerplate only). No publication
date later than the capture day is believed; without a capture time the bound is a fixed day,
never the day of the run, so reruns give the same dates.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..decoding import guess_check, odd_characters
from .authors import clean_authors, without_outlet
from .charset import Decoded, charset_from_content_type, decode_page
from .dates import to_utc_iso
from .model import SourceSettings

EXTRACTOR = "trafilatura"
_SEPARATOR = re.compile(r"(\s+[|\-–—:·•»]\s+)")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
_SINGLEFILE_URL = re.compile(r"Page saved with SingleFile\s*\n\s*url:\s*(\S+)(?:\s*\n\s*saved date:\s*([^\n(]+))?")
_NOT_TEXT = {"script", "style", "noscript", "template", "svg"}
_MIN_VISIBLE_CHARS = 20
_LATEST_DATE = "2099-12-31"


@dataclass(frozen=True)
class HtmlPage:
    """What one page yields: ok with text and metadata, or rejected with the reason."""

    ok: bool
    reason: str | None = None
    text: str | None = None
    encoding: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published_at: str | None = None
    canonical_url: str | None = None
    saved_from_url: str | None = None
    saved_at: str | None = None
    outlet: str | None = None
    language: str | None = None
    warnings: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def extractor_version() -> str:
    import trafilatura

    return str(trafilatura.__version__)


def _squash(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _key(text: str | None) -> str:
    return re.sub(r"[\W_]+", "", _squash(text).casefold())


def strip_site_name(title: str | None, site: str | None) -> str | None:
    """The title without a first or last ' | Site' segment naming the site."""
    if not title or not site:
        return title
    parts = _SEPARATOR.split(title)
    if len(parts) < 3:
        return title
    site_key = _key(site)
    last, first = _key(parts[-1]), _key(parts[0])
    if last and (last in site_key or site_key in last):
        return "".join(parts[:-2]).strip() or title
    if first and first == site_key:
        return "".join(parts[2:]).strip() or title
    return title


_KICKER_ENDS = ("|", "·", "•", "»", "›", ">")


def _kicker_before(heading: str, title: str | None) -> bool:
    """Whether the h1 is the title after a section kicker ("Local News | Brothel ...", or a kicker in
    an element of its own, glued to the headline: "Open ProgressWhy ..."); not a headline's own
    opening ("Coronavirus: New York ...")."""
    if not title or len(title.split()) < 3 or len(heading) <= len(title) or not heading.endswith(title):
        return False
    prefix = heading[: -len(title)]
    return not prefix[-1].isspace() or prefix.rstrip().endswith(_KICKER_ENDS)


def choose_title(library_title: str | None, site: str | None, h1s: list[str]) -> str | None:
    """The headline: the page's only h1 (3+ words, not the site name, not the library's title after
    a section kicker), else the library's title."""
    distinct = list(dict.fromkeys(h for h in h1s if h))
    stripped = strip_site_name(_squash(library_title), site)
    if len(distinct) == 1 and len(distinct[0].split()) >= 3 and not _kicker_before(distinct[0], stripped):
        heading, site_key = _key(distinct[0]), _key(site)
        if not site_key or (heading not in site_key and site_key not in heading):
            return distinct[0]
    return stripped or None


def site_name(document: Any) -> str | None:
    """The outlet: the library's site name, unless it is the page's own title (a page whose
    `application-name` or `og:site_name` repeats its headline), then the URL's host name."""
    site = _squash(getattr(document, "sitename", None)) or None
    if site and _key(site) == _key(getattr(document, "title", None)):
        site = _squash(getattr(document, "hostname", None)) or None
    return site


def body_paragraphs(body: str, title: str | None) -> list[str]:
    """Non-blank lines of the extracted body; a first line equal to the title is dropped."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if lines and title and _key(lines[0]) == _key(title):
        lines = lines[1:]
    return lines


def compose_text(title: str | None, paragraphs: list[str]) -> str:
    """The analysed text: title, blank line, paragraphs separated by blank lines."""
    blocks = ([_squash(title)] if title else []) + paragraphs
    return "\n\n".join(blocks)


_ARTICLE_BODY_FACTOR = 3


def _json_ld_objects(data: Any) -> Iterator[dict[str, Any]]:
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            stack.extend(reversed([v for v in item.values() if isinstance(v, dict | list)]))


_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "tr")


def markup_text(body: str) -> str:
    """The text of an articleBody written as HTML, a line break after each block element: '<p>He resigned.</p>
    <p>She denied it.</p>' gives two paragraphs, not 'He resigned.She denied it.' (review15b)."""
    import lxml.html

    fragment = lxml.html.fromstring(f"<div>{body}</div>")
    for element in fragment.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return fragment.text_content()


def _headline_key(obj: dict[str, Any]) -> set[str]:
    names = (obj.get(k) for k in ("headline", "name", "alternativeHeadline"))
    return {_key(n) for n in names if isinstance(n, str) and _key(n)}  # _key drops a cut headline's "..."


def _page_json_ld(tree: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of the page's `application/ld+json` scripts, in page order (unreadable scripts left out)."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        yield from _json_ld_objects(data)


def _body_text(body: str) -> str:
    """A JSON-LD articleBody as text: its markup read as text when it holds any (`markup_text`)."""
    return markup_text(body) if "<" in body else body


def json_ld_article_body(tree: Any, title: str | None = None) -> str | None:
    """The longest `articleBody` of the page's JSON-LD blocks (schema.org Article, NewsArticle,
    OpinionNewsArticle, ...), markup removed, or None. When the blocks hold several different bodies
    (the next articles of an endless page, related stories), only one whose headline begins the page's
    `title` (or that the title begins: scmp.com cuts its headline with '...') is the page's (review15b)."""
    found: list[tuple[str, set[str]]] = []
    for obj in _page_json_ld(tree):
        body = obj.get("articleBody")
        if isinstance(body, str) and body.strip():
            found.append((_body_text(body), _headline_key(obj)))
    if len({_squash(body) for body, _ in found}) > 1:
        page = _key(title)
        found = [(b, keys) for b, keys in found if page and any(k.startswith(page) or page.startswith(k) for k in keys)]
    return max((body for body, _ in found), key=len) if found else None


def foreign_article_body(tree: Any, body: str, title: str | None) -> str | None:
    """The headline of another story when the extracted body is that story's JSON-LD `articleBody` (its
    headline neither begins the page's title nor is begun by it), else None. trafilatura's rescue of a
    short extraction (its baseline) takes the first JSON-LD articleBody of the page, which on a page of a
    one-paragraph article can be a related story's (review15b, user16)."""
    found, page = _key(body), _key(title)
    if not found or not page:
        return None
    for obj in _page_json_ld(tree):
        text = obj.get("articleBody")
        if not isinstance(text, str) or _key(_body_text(text)) != found:
            continue
        keys = _headline_key(obj)
        if keys and not any(k.startswith(page) or page.startswith(k) for k in keys):
            return _squash(
                next(obj[k] for k in ("headline", "name", "alternativeHeadline") if isinstance(obj.get(k), str))
            )
    return None


def squashed_block(paragraphs: list[str], title: str | None) -> bool:
    """Whether the body is one line that holds the page's title (four words or more) inside it: trafilatura's
    rescue of a short extraction took a whole article block as one line, the breadcrumbs, headline, share buttons
    and related links run into the text ("Home Issues <headline> ... Share Facebook Twitter WhatsApp ...",
    caymancompass.com, user16)."""
    if len(paragraphs) != 1 or not title or len(title.split()) < 4:
        return False
    line, head = _squash(paragraphs[0]).casefold(), _squash(title).casefold()
    return head in line and line != head


def article_body_fallback(
    tree: Any, paragraphs: list[str], minimum: int, title: str | None = None
) -> tuple[list[str], str | None]:
    """The body paragraphs, or the page's JSON-LD articleBody (one paragraph per line) with a warning
    when the extractor's body is less than a third of it: trafilatura misses the article of some
    pages whose text sits in a script (scmp.com) and keeps only a caption."""
    body = json_ld_article_body(tree, title)
    found = sum(len(p) for p in paragraphs)
    if body is None or len(_squash(body)) < max(minimum, _ARTICLE_BODY_FACTOR * found):
        return paragraphs, None
    lines = [_squash(line) for line in body.splitlines() if line.strip()]
    warning = (
        f"main text taken from the page's JSON-LD articleBody ({len(_squash(body))} characters): "
        f"the extractor found only {found} characters of body"
    )
    return lines, warning


def _page_authors(tree: Any) -> list[str]:
    """Author names as the page writes them: `<meta name="author">` and JSON-LD `author` names."""
    names = [str(v) for v in tree.xpath('//meta[@name="author"]/@content')]
    for obj in _page_json_ld(tree):
        authors = obj.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            name = author.get("name") if isinstance(author, dict) else author
            names += [name] if isinstance(name, str) else []
    return [part for name in names for part in re.split(r"\s*[;,]\s*|\s+and\s+", name) if part.strip()]


def restore_spelling(authors: list[str], written: list[str]) -> list[str]:
    """Each author as the page writes it when their punctuation differs (trafilatura drops full stops:
    "Perry Bacon Jr." -> "Perry Bacon Jr", "R.C. Baker" -> "R C Baker"); a difference of case only
    keeps trafilatura's spelling."""
    by_key = {_key(name): _squash(name) for name in reversed(written) if _key(name)}
    spelled = [by_key.get(_key(author), author) for author in authors]
    return [w if w.casefold() != a.casefold() else a for w, a in zip(spelled, authors, strict=True)]


def _visible_text_chars(tree: Any) -> tuple[int, int, int]:
    """(characters of text outside script/style/..., number of <script> elements, characters of code in them: a
    JSON-LD block is metadata, not code) in the page."""
    chars = 0
    scripts = 0
    code = 0
    for element in tree.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "script":
            scripts += 1
            if "ld+json" not in (element.get("type") or "").lower():
                code += len((element.text or "").strip())
        if tag in _NOT_TEXT or any(a.tag in _NOT_TEXT for a in element.iterancestors()):
            continue
        if tag in {"head", "title", "meta"} or any(a.tag == "head" for a in element.iterancestors()):
            continue
        chars += len((element.text or "").strip()) if tag else 0
        chars += len((element.tail or "").strip())
    return chars, scripts, code


def heading_text(heading: Any) -> str:
    """A heading's text without its `<small>` secondary text (Bootstrap's `<h1>Title <small>Subtitle</small></h1>`:
    tofugu.com's "Dezuka Suisan: ... Hot and Fresh" is no headline "... Fresh Welcome to the Flavor Capital",
    user16), unless all of it is small."""
    main = _squash("".join(heading.xpath(".//text()[not(ancestor::small)]")))
    return main or _squash(heading.text_content())


_BLOCKS = frozenset({"p", "div", "section", "article", "blockquote"})


def _first_letter_lower(element: Any) -> bool:
    text = element.text_content()
    return bool(text) and text[0].islower()


def join_drop_capitals(tree: Any) -> int:
    """Put each drop capital back at the start of its paragraph: an element that holds one capital letter and
    nothing else, right before a sibling whose text goes on in lower case with no space between (a blank before a
    paragraph is no space: "<span>T</span> <p>urkey"); standard.co.uk's `<span>T</span><p>urkey, Poland and ...`
    the extractor reads as a line "T" it drops and a paragraph "urkey, Poland ..." (web18), but "<em>I</em> was"
    keeps its space. Returns how many were joined; the tree is changed in place."""
    joined = 0
    for element in list(tree.iter("span", "div", "p", "strong", "b", "em", "i", "big")):
        letter = (element.text or "").strip()
        following = element.getnext()
        if len(letter) != 1 or not letter.isupper() or len(element) or following is None:
            continue
        if not isinstance(following.tag, str) or not _first_letter_lower(following):
            continue
        if element.tail and (element.tail.strip() or following.tag not in _BLOCKS):
            continue
        following.text = letter + (following.text or "")
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)  # its tail is blank or empty
            joined += 1
    return joined


_RELATED_CLASS = re.compile(
    r"(?i)(^|[\s_-])(more-about|more-stories|related[-_]?(articles?|stories|posts|content))([\s_-]|$)"
)
_RELATED_TAGS = ("div", "section", "aside", "ul", "nav")
# a class that flags what a block holds or shows ("has-related-articles" on an article's body): not the block itself
_FLAG_CLASS = re.compile(r"(?i)(has|with|show|shows|hide|no)[-_]")


def related_class(classes: str) -> bool:
    """Whether a class attribute names a block of related stories: one of its classes, not a flag of another block
    ('article-body has-related-articles' is the article's body, review18a)."""
    return any(_RELATED_CLASS.search(c) and not _FLAG_CLASS.match(c) for c in classes.split())


def drop_related_blocks(tree: Any) -> int:
    """Remove the blocks of other stories' links whose class says so ("more-about-container", "related-articles",
    "related-posts", "more-stories"): the extractor keeps some of their headlines after the article as body lines
    (pcgamer.com's "Skyrim finally truly beaten as ...", user16, web18). Returns how many were removed."""
    found = [e for e in tree.iter(*_RELATED_TAGS) if related_class(e.get("class") or "")]
    removed = 0
    for element in found:
        parent = element.getparent()
        if parent is not None and not any(a in found for a in element.iterancestors()):
            element.drop_tree()
            removed += 1
    return removed


def _page_signals(tree: Any, head_text: str) -> dict[str, Any]:
    h1s = [heading_text(h) for h in tree.iter("h1")]
    lang = next((v.strip() for v in tree.xpath("/html/@lang | //html/@lang | //html/@xml:lang") if v.strip()), None)
    saved_url = saved_at = None
    if match := _SAVED_FROM.search(head_text):
        saved_url = match.group(1)
    elif match := _SINGLEFILE_URL.search(head_text):
        saved_url, saved_at = match.group(1), match.group(2)
    return {"h1s": h1s, "lang": lang, "saved_url": saved_url, "saved_at": saved_at}


_JS_MIN_CODE_CHARS = 1_000
"""A page with (almost) no visible text is JavaScript-only when its scripts hold at least this much code, ten times
its text or more, or its body holds an application's root element (`_app_root`): a menu and a small analytics or
consent script is a page with no main text (fix81, review71 9)."""
_APP_ROOT_IDS = frozenset({"root", "app", "__next", "__nuxt", "___gatsby", "svelte", "app-root", "main-app"})
_APP_ROOT_ATTRIBUTES = ("ng-app", "ng-version", "data-reactroot", "data-server-rendered", "data-v-app")


def _app_root(tree: Any) -> bool:
    """Whether the page's body holds the root element a JavaScript application builds its content in (`<div
    id="root">`, `<div id="__next">`, an element with `ng-version`), or a `<noscript>` asking for JavaScript."""
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if (element.get("id") or "").lower() in _APP_ROOT_IDS or any(a in element.attrib for a in _APP_ROOT_ATTRIBUTES):
            return True
        if element.tag == "noscript" and "javascript" in element.text_content().lower():
            return True
    return False


def _javascript_only(tree: Any, chars: int, scripts: int, code: int) -> bool:
    """Whether a page with fewer than `_MIN_VISIBLE_CHARS` characters of visible text is built by its scripts."""
    if not scripts:
        return False
    return (code >= _JS_MIN_CODE_CHARS and code >= 10 * chars) or _app_root(tree)


def _no_text_reason(tree: Any, body_chars: int, minimum: int) -> str:
    chars, scripts, code = _visible_text_chars(tree)
    if chars < _MIN_VISIBLE_CHARS and _javascript_only(tree, chars, scripts, code):
        outside = f"only {chars} character(s) of text" if chars else "no text"
        return (
            f"JavaScript-only page: {outside} outside its {scripts} <script> element(s); "
            "the content is built in the browser and is not in the archived HTML"
        )
    if not chars:
        return "no text: the page's body is empty"
    return (
        f"no main text: {body_chars} characters of body found (min_body_chars is {minimum}) among the page's "
        f"{chars} characters of visible text; the rest is navigation or boilerplate"
    )


def _date_params(captured_at: str | None) -> dict[str, Any]:
    """Date search bounded by the capture day when known, else by a fixed day (not by today, which
    would make the output depend on the day of the run)."""
    latest = captured_at[:10] if captured_at else _LATEST_DATE
    return {"original_date": True, "extensive_search": True, "max_date": latest}


_PARSER_DEPTH_LIMIT = 255
"""libxml2's default nesting limit: a page nested deeper (unclosed `<div>` or `<font>` tags of an old CMS or forum page)
comes back cut there, its body empty (review71 3)."""


def _reaches_depth(tree: Any, limit: int) -> bool:
    """Whether the parsed tree's elements nest `limit` deep (the root is 0): one walk, stopped where it gets there,
    not a count of every element's ancestors on every page."""
    import lxml.etree

    depth = -1
    for event, _ in lxml.etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth >= limit:
            return True
    return False


def _deep_tree(text: str) -> Any:
    """A page that reached the parser's depth limit parsed again without it (lxml's `huge_tree`), with the options
    trafilatura's own parser has; None when that fails (fix79)."""
    import lxml.html

    parser = lxml.html.HTMLParser(
        collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True,
        huge_tree=True,
    )  # fmt: skip
    try:
        return lxml.html.fromstring(text.encode("utf-8"), parser=parser)
    except (ValueError, lxml.etree.ParserError):
        return None


def _run_library(
    text: str, url: str | None, captured_at: str | None, precision: bool = False
) -> tuple[Any, dict[str, Any], Any]:
    """The parsed tree, the page signals read before extraction, and trafilatura's document (with
    `precision`: favor_precision, which runs no baseline rescue of a short extraction)."""
    import trafilatura

    tree = trafilatura.load_html(text)
    if tree is not None and _reaches_depth(tree, _PARSER_DEPTH_LIMIT):
        deep = _deep_tree(text)
        tree = deep if deep is not None else tree
    if tree is None:
        return None, {}, None
    signals = _page_signals(tree, text[:8192])
    join_drop_capitals(tree)
    drop_related_blocks(tree)
    saved_at = to_utc_iso(signals["saved_at"])[0]
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        date_extraction_params=_date_params(captured_at or saved_at),
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_formatting=False,
        favor_precision=precision,
    )
    return tree, signals, document


def _guess_check(decoded: Decoded, text: str) -> tuple[str | None, str | None]:
    """`decoding.guess_check` of a page read in a guessed charset: its main text is checked (not its markup), with the
    odd characters the HTML parser dropped from the page's reading (control characters) counted as the text's."""
    if not decoded.guessed:
        return None, None
    return guess_check(text, decoded.encoding, max(odd_characters(decoded.text) - odd_characters(text), 0))


def extract_html(
    data: bytes,
    settings: SourceSettings,
    *,
    content_type: str | None = None,
    url: str | None = None,
    captured_at: str | None = None,
) -> HtmlPage:
    """Main text and metadata of one page's bytes; never raises for bad input.

    `content_type` is the HTTP header (its charset is honoured), `url` the capture URL, and
    `captured_at` (ISO 8601) the capture time: no publication date after it is believed.
    """
    max_bytes = settings.max_page_bytes
    if len(data) > max_bytes:
        return HtmlPage(False, f"page of {len(data)} bytes is larger than max_page_bytes ({max_bytes})")
    decoded = decode_page(data, charset_from_content_type(content_type))
    warnings = list(decoded.warnings)
    if not decoded.text.strip():
        return HtmlPage(False, "empty page: no characters", encoding=decoded.encoding, warnings=warnings)
    try:
        tree, signals, document = _run_library(decoded.text, url, captured_at)
    except Exception as exc:  # noqa: BLE001 - a library failure on one page must not stop the others
        reason = f"extraction failed: {type(exc).__name__}: {str(exc)[:200]}"
        return HtmlPage(False, reason, encoding=decoded.encoding, warnings=warnings)
    if tree is None:
        return HtmlPage(False, "not an HTML document (no element could be parsed)", encoding=decoded.encoding)
    body = getattr(document, "text", None) or ""
    site = site_name(document)
    title = choose_title(getattr(document, "title", None), site, signals["h1s"])
    if foreign := foreign_article_body(tree, body, title):
        precise = _run_library(decoded.text, url, captured_at, precision=True)[2]
        body = getattr(precise, "text", None) or ""
        warnings.append(
            f"the extractor's text was the JSON-LD articleBody of another story ({foreign[:80]!r}): "
            "the page's own text is used (extracted with favor_precision)"
        )
    paragraphs, fallback = body_paragraphs(body, title), None
    if not foreign and squashed_block(paragraphs, title):
        precise = _run_library(decoded.text, url, captured_at, precision=True)[2]
        own = body_paragraphs(getattr(precise, "text", None) or "", title)
        if own != paragraphs and sum(len(p) for p in own) >= settings.min_body_chars:  # same text: no warning
            paragraphs = own
            warnings.append(
                "the extractor's text was one line holding the headline (a whole article block with its navigation "
                "and share buttons): the page's text is extracted again with favor_precision"
            )
    if not foreign:  # the page's JSON-LD articleBody is another story's: no fallback to it
        paragraphs, fallback = article_body_fallback(tree, paragraphs, settings.min_body_chars, title)
    paragraphs = body_paragraphs("\n".join(paragraphs), title) if fallback else paragraphs
    warnings += [fallback] if fallback else []
    body_chars = sum(len(p) for p in paragraphs)
    if body_chars < settings.min_body_chars:
        reason = _no_text_reason(tree, body_chars, settings.min_body_chars)
        return HtmlPage(False, reason, encoding=decoded.encoding, warnings=warnings)
    text = compose_text(title, paragraphs)
    unreadable, odd = _guess_check(decoded, text)
    if unreadable is not None:
        return HtmlPage(False, unreadable, encoding=decoded.encoding, warnings=warnings)
    published_at, warning = to_utc_iso(document.date, "published date")
    saved_at, saved_warning = to_utc_iso(signals["saved_at"], "saved date")
    warnings += [w for w in (odd, warning, saved_warning) if w]
    authors = restore_spelling(clean_authors((document.author or "").split(";")), _page_authors(tree))
    authors = without_outlet(authors, site)
    return HtmlPage(
        True,
        text=text,
        encoding=decoded.encoding,
        title=title,
        authors=authors,
        published_at=published_at,
        canonical_url=document.url or None,
        saved_from_url=signals["saved_url"],
        saved_at=saved_at,
        outlet=site,
        language=signals["lang"],
        warnings=warnings,
    )
