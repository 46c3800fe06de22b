"""Author names: placeholders dropped, bylines split, for pages and exports alike (user15's archive:
The Japan Times' `<meta name="author" content="No Author">`, a scraper's "By ... and ..." byline)."""

from __future__ import annotations

from narrative_pipeline.sources import SourceSettings, read_source
from narrative_pipeline.sources.authors import clean_authors, without_outlet
from narrative_pipeline.sources.html import extract_html
from sources_fixtures import BODY

SETTINGS = SourceSettings()


def test_placeholders_are_no_author():
    assert clean_authors(["No Author"]) == []
    assert clean_authors(["Unknown", "admin", " N/A "]) == []
    assert clean_authors(["Ana Petrova", "No Author"]) == ["Ana Petrova"]


def test_byline_loses_by_and_is_split_between_names():
    assert clean_authors(["By Jane Roe and John Doe"]) == ["Jane Roe", "John Doe"]
    assert clean_authors(["BY ALLY MUTNICK"]) == ["ALLY MUTNICK"]
    assert clean_authors(["By Ibtisam Mahdi & Ruwaida Kamal Amer"]) == ["Ibtisam Mahdi", "Ruwaida Kamal Amer"]


def test_names_that_are_not_bylines_are_kept_whole():
    assert clean_authors(["Marks and Spencer Staff"]) == ["Marks and Spencer Staff"]
    assert clean_authors(["Roe, Jane"]) == ["Roe, Jane"]
    assert clean_authors(["Ana Petrova", "ana  petrova"]) == ["Ana Petrova"]


JAPAN_TIMES_HEAD = """<meta name="author" content="No Author" />
<meta property="article:author" content="https://www.japantimes.co.jp/author/no-author/" />
<meta property="og:title" content="Losing face: 6,000 surgical masks stolen from Kobe hospital | The Japan Times" />
<meta property="og:site_name" content="The Japan Times" />"""


def test_page_whose_author_meta_says_no_author_has_no_author():
    paragraphs = "\n".join(f"<p>{p}</p>" for p in BODY)
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Losing face: 6,000 surgical masks stolen from Kobe hospital | The Japan Times</title>
{JAPAN_TIMES_HEAD}</head><body><main><article>
<h1>Losing face: 6,000 surgical masks stolen from Kobe hospital</h1>{paragraphs}</article></main></body></html>"""
    page = extract_html(html.encode(), SETTINGS)
    assert page.ok, page.reason
    assert page.authors == []
    assert page.outlet == "The Japan Times"


def test_export_byline_column_gives_one_author_per_name(tmp_path):
    path = tmp_path / "scrape.jsonl"
    path.write_text(
        '{"text": "The port reopened on Tuesday.", "byline": "By Jane Roe and John Doe"}\n'
        '{"text": "Ships are back.", "authors": ["No Author"]}\n',
        encoding="utf-8",
    )
    first, second = read_source(path, "scrape.jsonl", SETTINGS)
    assert first.authors == ["Jane Roe", "John Doe"]
    assert second.authors == []


def test_a_byline_of_one_firm_or_of_staff_and_agencies_is_not_split():
    # review15b: "and" / "&" inside one name split it into words that are no names
    assert clean_authors(["By Procter and Gamble"]) == ["Procter and Gamble"]
    assert clean_authors(["By Marks & Spencer"]) == ["Marks & Spencer"]
    assert clean_authors(["By Guardian staff and agencies"]) == ["Guardian staff and agencies"]
    assert clean_authors(["By Reuters"]) == ["Reuters"]


def test_names_written_with_commas_between_them_are_split():
    # user16: theintercept.com writes two authors as "Ibtisam Mahdi, Ruwaida Kamal Amer" (one author string)
    assert clean_authors(["Ibtisam Mahdi, Ruwaida Kamal Amer"]) == ["Ibtisam Mahdi", "Ruwaida Kamal Amer"]
    assert clean_authors(["By Jane Roe, John Doe and Ann Lee"]) == ["Jane Roe", "John Doe", "Ann Lee"]


def test_a_comma_inside_one_name_or_before_a_role_does_not_split():
    assert clean_authors(["Roe, Jane"]) == ["Roe, Jane"]
    assert clean_authors(["Perry Bacon, Jr."]) == ["Perry Bacon, Jr."]
    assert clean_authors(["Jane Roe, Political Correspondent"]) == ["Jane Roe, Political Correspondent"]
    assert clean_authors(["Jane Roe, Associated Press"]) == ["Jane Roe, Associated Press"]
    assert clean_authors(["JESSICA HOLLY, GAIL LEVY, 7 NEWS WSVN"]) == ["JESSICA HOLLY, GAIL LEVY, 7 NEWS WSVN"]


def test_author_labels_credentials_and_commenters_are_no_authors():
    # user16: authors trafilatura returned for pages of the web-pages corpus (lemire.me, healthline.com,
    # thenervousbreakdown.com's comment header)
    assert clean_authors(["View all posts by Daniel Lemire"]) == ["Daniel Lemire"]
    assert clean_authors(["Grant Tinsley", "PhD"]) == ["Grant Tinsley"]
    assert clean_authors(["Art Edwards says"]) == []
    assert clean_authors(["Posted by Ana Petrova"]) == ["Ana Petrova"]
    assert clean_authors(["Jane Says"]) == ["Jane Says"]  # a capitalised "Says" is part of a name


def test_the_outlets_name_is_no_author():
    # user16: cnn.com ("Rob Picheta; CNN"), jobsnhire.com ("Jobs; Hire" for "Jobs & Hire"), phillyvoice.com
    assert without_outlet(["Rob Picheta", "CNN"], "CNN") == ["Rob Picheta"]
    assert without_outlet(["Jobs", "Hire"], "Jobs & Hire") == []
    assert without_outlet(["Adam Aaronson PhillyVoice Staff"], "PhillyVoice") == ["Adam Aaronson"]
    assert without_outlet(["Matthew Davis"], "Matthew Davis") == ["Matthew Davis"]  # a personal site's own name
    assert without_outlet(["Ana Petrova"], None) == ["Ana Petrova"]
