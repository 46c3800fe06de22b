"""review16b: a fresh-eyes review of user16's ingestion changes (boilerplate patterns, export encodings, authors).

Each finding is a plain test: "already a member" of a political body fixed by review16b, the others (news taken by
the reader-prompt and metadata patterns, a cp1252 line valid as UTF-8 by chance, a byline's outlet, place or role
after a comma) by user17."""

from __future__ import annotations

import json

from narrative_pipeline.normalize import compile_patterns, split_paragraphs
from narrative_pipeline.settings import PipelineConfig
from narrative_pipeline.sources import SourceSettings
from narrative_pipeline.sources.authors import clean_authors
from narrative_pipeline.sources.exports import read_jsonl

PATTERNS = compile_patterns(PipelineConfig().boilerplate_patterns)


def _roles(paragraphs: list[str]) -> list[str]:
    raw = "Headline\n\n" + "\n\n".join(paragraphs) + "\n"
    return [p.role for p in split_paragraphs(raw, PATTERNS)][1:]


def test_already_a_member_of_a_political_body_is_news():
    # user16's paywall pattern took any paragraph with "already a member" (fixed: only with a log-in prompt)
    news = [
        "Finland, which is already a member of the European Union, applied to join Nato in May.",
        "The MP, who is already a member of the committee, said the report was a whitewash.",
        "Anyone who is already a member of the party will be able to vote in the leadership contest.",
    ]
    assert _roles(news) == ["body"] * 3


def test_a_paywalls_already_a_subscriber_prompt_is_still_boilerplate():
    prompt = "If you’re seeing this message but you’re already a subscriber, you can log in for immediate access."
    assert _roles([prompt]) == ["boilerplate"]


def test_news_about_subscription_offers_is_body():
    news = [
        "The company said first-time subscribers would be offered a month free.",
        "Netflix said customers who subscribe today will pay the old price until June.",
        "Readers who want to read the full story of the scandal will have to wait for the inquiry's report.",
    ]
    assert _roles(news) == ["body"] * 3


def test_news_about_downloading_an_app_is_body():
    news = ["People can download the NHS Covid-19 app for iPhone and Android from Thursday, the health secretary said."]
    assert _roles(news) == ["body"]


def test_a_number_of_categories_is_body():
    # "three categories:" stays body (user16's test); a number in figures does not
    assert _roles(["Awards will be given in 12 categories: film, music, theatre, dance and literature."]) == ["body"]


def _jsonl(tmp_path, rows: list[bytes]):
    path = tmp_path / "export.jsonl"
    path.write_bytes(b"".join(rows))
    return [item.text for item in read_jsonl(path, SourceSettings())]


def _row(text: str, encoding: str) -> bytes:
    return json.dumps({"text": text}, ensure_ascii=False).encode(encoding) + b"\n"


def test_a_cp1252_export_with_a_capital_accent_before_a_curly_quote(tmp_path):
    # 'É’' (C9 92) is valid UTF-8 (U+0252): that line counts as a UTF-8 line, the file is read as utf-8+cp1252 line
    # by line, and the line becomes 'CAFɒs'; decoding.mostly_utf8's _plausible guard (review15b) is not applied
    texts = _jsonl(tmp_path, [_row("CAFÉ’s new menu opens today.", "cp1252"), _row("José’s café is shut.", "cp1252")])
    assert texts == ["CAFÉ’s new menu opens today.", "José’s café is shut."]


def test_a_bylines_outlet_or_place_after_a_comma_is_no_author():
    assert clean_authors(["Jane Roe, The Guardian"]) in (["Jane Roe, The Guardian"], ["Jane Roe"])
    assert clean_authors(["Ahmed Ali, Al Jazeera"]) in (["Ahmed Ali, Al Jazeera"], ["Ahmed Ali"])
    assert clean_authors(["Jane Roe, New York"]) in (["Jane Roe, New York"], ["Jane Roe"])


def test_a_bylines_role_after_a_comma_is_no_author():
    assert "Senior Political Analyst" not in clean_authors(["By Jane Roe, Senior Political Analyst"])
    assert "Chief Executive" not in clean_authors(["John Smith, Chief Executive"])


def test_names_split_at_commas_and_surnames_kept():
    assert clean_authors(["Li Wei, Zhang Min"]) == ["Li Wei", "Zhang Min"]
    assert clean_authors(["Smith, Jones"]) == ["Smith, Jones"]
    assert clean_authors(["Procter, Gamble"]) == ["Procter, Gamble"]


def test_a_one_paragraph_article_holding_its_headline_gets_no_squashed_block_warning():
    # review16b: a one-paragraph article whose text says its headline was extracted again and warned of as a
    # squashed block although favor_precision gave the same text
    from narrative_pipeline.sources.html import extract_html

    title = "Minister resigns over expenses claims"
    para = (
        "The health minister, Jane Roe, said on Friday that she would step down, and her office confirmed that the"
        " minister resigns over expenses claims made in 2019 and 2020, which an inquiry found had broken the code."
        " Opposition parties said the prime minister should have acted sooner, and called for a full statement in"
        " parliament next week. A spokesman for the prime minister said he accepted her resignation with regret."
    )
    html = (
        f"<html><head><title>{title} | Daily News</title></head><body><nav><a href='/'>Home</a></nav><article>"
        f"<h1>{title}</h1><p>{para}</p><div class='share'>Share Facebook Twitter WhatsApp</div></article></body></html>"
    )
    page = extract_html(html.encode(), SourceSettings())
    assert page.text == f"{title}\n\n{para}"
    assert not any("one line holding the headline" in w for w in page.warnings)


def test_a_cr_only_csv_with_line_feeds_in_its_cells(tmp_path):
    # review16b: Excel's "CSV (Macintosh)" ends rows with a CR and keeps a cell's line breaks as line feeds; with a
    # line feed in the first 64 KB user16's test took the file for LF-ended and rejected it whole
    from narrative_pipeline.sources.exports import read_csv

    path = tmp_path / "mac.csv"
    path.write_bytes(b'title,text\r"One","Para one.\nPara two."\r"Two","Second row text."\r')
    items = list(read_csv(path, SourceSettings()))
    assert [(i.status, i.locator, i.text) for i in items] == [
        ("ok", "line:2", "One\n\nPara one.\nPara two."),
        ("ok", "line:3", "Two\n\nSecond row text."),
    ]


def test_lf_and_crlf_csvs_with_a_carriage_return_in_a_cell_are_not_cr_only(tmp_path):
    from narrative_pipeline.sources.exports import read_csv

    for name, data in [
        ("lf.csv", b'title,text\n"One","Para one.\rPara two."\n"Two","Second row."\n'),
        ("crlf.csv", b'title,text\r\n"One","Para one.\rPara two."\r\n"Two","Second row."\r\n'),
    ]:
        path = tmp_path / name
        path.write_bytes(data)
        items = list(read_csv(path, SourceSettings()))
        assert [(i.status, i.locator) for i in items] == [("ok", "line:2"), ("ok", "line:3")], name


def test_a_utf8_export_with_a_few_rows_in_another_code_page_keeps_its_utf8_rows(tmp_path):
    # review16b: user16's export_codec rejected the whole file ("not a text export: not valid UTF-8 and no other text
    # encoding fits") when a few rows of a UTF-8 export with accented names were cp1251 or cp1253; before user16
    # only those rows were rejected
    for encoding, other in [
        ("cp1251", "Президент России заявил, что переговоры продолжатся в Москве на следующей неделе."),
        ("cp1253", "Ο πρωθυπουργός δήλωσε ότι οι διαπραγματεύσεις θα συνεχιστούν."),
    ]:
        path = tmp_path / f"{encoding}.jsonl"
        path.write_bytes(_row("José Núñez said the vote was fair.", "utf-8") * 3 + _row(other, encoding))
        items = list(read_jsonl(path, SourceSettings()))
        assert [i.status for i in items] == ["ok", "ok", "ok", "rejected"], encoding
        assert items[0].text == "José Núñez said the vote was fair."
        assert items[0].encoding == "utf-8"


def test_exports_in_one_code_page_are_read_in_it(tmp_path):
    # checked sound: a Latin-1, Cyrillic, Greek or CJK export throughout is read in its code page
    texts = {
        "latin-1": ["Le président a déclaré: «Ça suffit».", "Où est la négociation?"],
        "cp1251": ["Президент России заявил, что переговоры продолжатся.", "Министр иностранных дел."],
        "cp1253": ["Ο πρωθυπουργός δήλωσε ότι οι διαπραγματεύσεις θα συνεχιστούν."],
        "gbk": ["中国外交部发言人表示，谈判将继续进行。", "美国总统说。"],
        "shift_jis": ["日本の首相は交渉が続くと述べた。"],
    }
    for encoding, rows in texts.items():
        assert _jsonl(tmp_path, [_row(text, encoding) for text in rows]) == rows, encoding
