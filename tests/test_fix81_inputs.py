"""fix81 (session 59): review71's findings on inputs. A plain text (or an undeclared page) read in a guessed charset
says so, as an export row does (13); a byline that is only a label is no author (7); a page is called JavaScript-only
only when its scripts hold far more text than it shows (9)."""

from __future__ import annotations

import codecs

from narrative_pipeline.sources import SourceSettings, read_source
from narrative_pipeline.sources.charset import decode_page

SETTINGS = SourceSettings()
BODY = (
    "The minister said the new caf\u00e9 rules would pass next week after a long debate in parliament, officials "
    "said on Monday.\n\nCritics said the plan would cost the country billions over the next decade."
)


def _text_item(tmp_path, data: bytes, name: str = "a.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    (item,) = read_source(path, name, SETTINGS)
    assert item.status == "ok", item.reason
    return item


# 13. A plain text that is not UTF-8 is read in a guessed charset, silently (a Mac Roman "Café" became "CafŽ").


def test_a_plain_text_read_in_a_guessed_charset_says_so(tmp_path):
    item = _text_item(tmp_path, ("Cafe rules\n\n" + BODY).encode("mac_roman"))
    assert item.encoding == "cp1252"
    assert [w for w in item.warnings if "not UTF-8" in w and "read as cp1252" in w], item.warnings


def test_a_latin1_plain_text_says_so_too(tmp_path):
    item = _text_item(tmp_path, ("Cafe rules\n\n" + BODY).encode("latin-1"))
    assert item.encoding == "iso-8859-1" and any("read as iso-8859-1, a guess" in w for w in item.warnings)


def test_utf8_and_byte_order_marked_texts_get_no_charset_warning(tmp_path):
    text = "Cafe rules\n\n" + BODY
    for n, data in enumerate((text.encode("utf-8"), codecs.BOM_UTF8 + text.encode(), text.encode("utf-16"))):
        assert _text_item(tmp_path, data, f"t{n}.txt").warnings == []


def test_a_cp1252_text_holding_utf8_characters_keeps_its_one_warning(tmp_path):
    """What must stay: the mojibake warning (review45) is the row's one warning about its charset."""
    data = ("Cafe rules\n\n" + BODY).encode("cp1252").replace(b"debate", b"d\x92\x93\x94 \xe2\x80\x94 debate")
    item = _text_item(tmp_path, data)
    assert len(item.warnings) == 1 and "more stray bytes than UTF-8 characters" in item.warnings[0]


def test_an_undeclared_page_read_in_a_guessed_charset_says_so():
    page = f"<html><body><p>{BODY}</p></body></html>".encode("cp1252")
    decoded = decode_page(page)
    assert "caf\u00e9" in decoded.text  # (cp1250 or cp1252: the detector's guess, both read it)
    assert [w for w in decoded.warnings if f"declares no charset: read as {decoded.encoding}, a guess" in w]


def test_a_declared_or_utf8_page_gets_no_guess_warning():
    declared = f'<html><head><meta charset="windows-1252"></head><body><p>{BODY}</p></body></html>'.encode("cp1252")
    assert decode_page(declared).warnings == ()
    assert decode_page(f"<html><body><p>{BODY}</p></body></html>".encode()).warnings == ()


# 7. An author element that holds only a byline's label ("Article by") was kept as the page's author.


def test_a_byline_label_alone_is_no_author():
    from narrative_pipeline.sources.authors import clean_authors

    for label in ("Article by", "By", "Written by", "Posted by", "Author", "Author:", "By:", "Story by"):
        assert clean_authors([label]) == [], label
    assert clean_authors(["Article by", "Jane Roe"]) == ["Jane Roe"]


def test_a_label_before_a_name_is_cut_and_names_like_labels_stay():
    """What must stay: a name after the label is the author; names that begin like a label are names."""
    from narrative_pipeline.sources.authors import clean_authors

    assert clean_authors(["Article by Jane Roe"]) == ["Jane Roe"]
    assert clean_authors(["Author: Jane Roe"]) == ["Jane Roe"]
    assert clean_authors(["By Jane Roe and John Doe"]) == ["Jane Roe", "John Doe"]
    assert clean_authors(["Byron Smith", "Authority Watch", "Bystander"]) == [
        "Byron Smith",
        "Authority Watch",
        "Bystander",
    ]


def test_a_pages_author_element_with_only_a_label_gives_no_author(tmp_path):
    para = "<p>" + BODY.replace("\n\n", "</p><p>") + "</p>"
    page = (
        "<html><head><title>Cafe rules pass</title><meta charset='utf-8'></head><body><article><h1>Cafe rules pass"
        f"</h1><div class='byline'><span class='author'>Article by</span></div>{para}</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (item,) = read_source(path, "page.html", SETTINGS)
    assert item.status == "ok" and "Article by" not in item.authors


# 9. A navigation-only page with one small inline script was called "JavaScript-only".


def _reason(html: str) -> str:
    from narrative_pipeline.sources.html import extract_html

    page = extract_html(html.encode(), SETTINGS)
    assert not page.ok
    return page.reason


def test_a_menu_and_a_small_script_is_a_page_with_no_main_text():
    html = (
        "<!DOCTYPE html><html><head><title>Site</title></head><body><nav><a href='/'>Home</a> <a href='/a'>About</a>"
        "</nav><script>var analytics = 1;</script></body></html>"
    )
    assert _reason(html).startswith("no main text")


def test_much_more_code_than_text_or_an_app_root_is_javascript_only():
    """What must stay: a page its scripts build is JavaScript-only, by its code's size or its application root."""
    code = "window.__STATE__ = " + "[" + ",".join(f'{{"id": {n}, "title": "Story {n}"}}' for n in range(60)) + "];"
    nav = "<nav><a href='/'>Home</a> <a href='/a'>About</a></nav>"
    assert _reason(f"<html><body>{nav}<script>{code}</script></body></html>").startswith("JavaScript-only page")
    app = "<html><head><script src='/app.js'></script></head><body><div id='__next'></div></body></html>"
    assert _reason(app).startswith("JavaScript-only page")
    noscript = (
        "<html><body><noscript>You need to enable JavaScript to run this app.</noscript>"
        "<script src='/bundle.js'></script></body></html>"
    )
    assert _reason(noscript).startswith("JavaScript-only page")


def test_a_big_json_ld_block_is_no_code():
    """A page's JSON-LD metadata is not the code that would build it: a menu beside it is no main text."""
    data = '{"@type": "WebSite", "name": "Site", "description": "' + "A site about news. " * 80 + '"}'
    html = (
        f"<html><head><script type='application/ld+json'>{data}</script></head><body><nav><a href='/'>Home</a>"
        "</nav></body></html>"
    )
    assert _reason(html).startswith("no main text")


# 8. The end-of-run line counted the rows that are no article by design (sidecars, WARC requests) as "rejected".


def _row(path: str, status: str, rejection: str | None, locator: str = "", analysed: bool = False):
    from narrative_pipeline.records import ArticleRecord

    return ArticleRecord.model_construct(
        source_path=path, status=status, rejection=rejection, locator=locator, analysed=analysed, skip_reason=None
    )


def _summary(tmp_path, rows) -> list[str]:
    import pyarrow as pa
    import pyarrow.parquet as pq
    from narrative_pipeline.failures import not_analysed_summary

    columns = ["status", "rejection", "analysed", "skip_reason", "locator"]
    path = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist([{c: getattr(r, c) for c in columns} for r in rows]), path)
    return not_analysed_summary(path)


def test_rows_that_are_no_article_by_design_are_counted_apart_from_the_rejected(tmp_path):
    rows = [
        _row("a.txt", "rejected", "unreadable"),
        _row("a.meta.json", "rejected", "not_article"),
        _row("crawl.warc", "rejected", "not_article", "warc:0"),
        _row("b.txt", "ok", None, analysed=True),
    ]
    assert _summary(tmp_path, rows) == [
        "1 file rejected (unreadable), 2 not articles by design (sidecars, WARC requests, redirects and the like): "
        "see validation/report.json (articles_not_analysed)"
    ]


def test_a_file_whose_name_is_not_utf8_is_counted_as_a_file(tmp_path):
    rows = [_row("bad\\xff.txt", "rejected", "unreadable", "name:not-utf-8")]
    assert _summary(tmp_path, rows) == [
        "1 file rejected (unreadable): see validation/report.json (articles_not_analysed)"
    ]


# 11. Small leniencies: a corpus kept in git listed every object of .git/; a number URL kept as "123" and a dict
#     title dropped, both silently.


def test_version_control_folders_are_not_listed(tmp_path):
    from narrative_pipeline.discovery import discover, has_files, list_paths

    (tmp_path / "a.txt").write_text("Headline\n\nThe minister said so on Monday, officials said.\n", encoding="utf-8")
    objects = tmp_path / ".git" / "objects" / "ab"
    objects.mkdir(parents=True)
    (objects / "cdef0123").write_bytes(b"x\x9c\x01\x02")
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Headline\n\nA hidden text is still a text, officials said.\n")
    assert [e.rel_path for e in discover(tmp_path)] == [".hidden.txt", "a.txt"]
    assert list_paths(tmp_path) == [".hidden.txt", "a.txt"]
    only_git = tmp_path / "only"
    (only_git / ".git").mkdir(parents=True)
    (only_git / ".git" / "HEAD").write_text("ref\n", encoding="utf-8")
    assert not has_files(only_git)


def _export(tmp_path, row: dict):
    import json

    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (item,) = read_source(path, "rows.jsonl", SETTINGS)
    assert item.status == "ok"
    return item


def test_a_number_url_and_a_dict_title_are_left_out_with_a_warning(tmp_path):
    item = _export(tmp_path, {"url": 123, "title": {"en": "Cafe rules"}, "text": BODY})
    assert item.url is None and item.title is None
    assert "URL column 'url' holds a JSON number, not text: left out" in item.warnings
    assert "title column 'title' holds a JSON object, not text: left out" in item.warnings


def test_text_urls_and_number_titles_stay(tmp_path):
    item = _export(tmp_path, {"url": "https://example.org/a", "title": 1984, "text": BODY})
    assert item.url == "https://example.org/a" and item.title == "1984" and item.warnings == []
