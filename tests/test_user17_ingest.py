"""user17: review16b's ingestion findings fixed: the reader-prompt patterns only as the reader is addressed, a
byline's outlet, place or role after a comma kept with its name, a cp1252 line valid as UTF-8 by chance."""

from __future__ import annotations

import json

from narrative_pipeline.decoding import doubtful_utf8
from narrative_pipeline.normalize import compile_patterns, split_paragraphs
from narrative_pipeline.settings import PipelineConfig
from narrative_pipeline.sources import SourceSettings
from narrative_pipeline.sources.authors import clean_authors
from narrative_pipeline.sources.exports import export_codec, read_jsonl

PATTERNS = compile_patterns(PipelineConfig().boilerplate_patterns)


def _roles(paragraphs: list[str]) -> list[str]:
    raw = "Headline\n\n" + "\n\n".join(paragraphs) + "\n"
    return [p.role for p in split_paragraphs(raw, PATTERNS)][1:]


def test_news_of_offers_apps_and_categories_stays_body():
    news = [
        "First-time subscribers will get a month free, the company said.",
        "Customers who subscribe now will keep the old price, Netflix said.",
        "To read the full story of the scandal, one has to go back to 1998.",
        'The YouTuber told fans: "Please subscribe to my channel."',
        "People can download the NHS Covid-19 app for iPhone and Android.",
        "Users will be able to download the new app for iOS and Android.",
        "The ministry urged farmers to download the app for Android.",
        "The magazine said readers signing up for the newsletter rose by a third.",
        "The 2022 awards have 12 categories: film, music, theatre and dance.",
    ]
    assert _roles(news) == ["body"] * len(news)


def test_the_reader_prompts_of_the_web_pages_stay_boilerplate():
    # the web-pages corpus' 'without' snippets the narrowed patterns were written for (haitiantimes, nationnews)
    prompts = [
        "Subscribe now to our eNATION edition for the full story.",
        "To view the full story, please subscribe to The Haitian Times.",
        "To read the full article, log in or subscribe.",
        "Please subscribe to read this story.",
        "First-time subscribers also receive a special welcome gift handmade in Haiti by expert artisans! Do it for "
        "the culture and support Black-owned businesses.",
        "For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.",
        "Download our app for iPhone",
        "Posted 12/01/2022 | Category: Politics",
    ]
    assert _roles(prompts) == ["boilerplate"] * len(prompts)


def test_a_comma_splits_names_only_between_persons():
    assert clean_authors(["Li Wei, Zhang Min, Chen Jie"]) == ["Li Wei", "Zhang Min", "Chen Jie"]
    assert clean_authors(["Ibtisam Mahdi, Ruwaida Kamal Amer"]) == ["Ibtisam Mahdi", "Ruwaida Kamal Amer"]
    assert clean_authors(["Perry Bacon, Jr."]) == ["Perry Bacon, Jr."]
    assert clean_authors(["Jane Roe, The Guardian"]) == ["Jane Roe, The Guardian"]
    assert clean_authors(["Ahmed Ali, Al Jazeera"]) == ["Ahmed Ali, Al Jazeera"]
    assert clean_authors(["Jane Roe, New York"]) == ["Jane Roe, New York"]
    assert clean_authors(["By Jane Roe, Senior Political Analyst"]) == ["Jane Roe, Senior Political Analyst"]
    assert clean_authors(["John Smith, Chief Executive"]) == ["John Smith, Chief Executive"]


def test_a_character_glued_to_latin_letters_is_doubtful_utf8():
    assert doubtful_utf8("CAFɒs new menu")  # cp1252 'CAFÉ’s' read as UTF-8
    assert not doubtful_utf8("José Núñez")
    assert not doubtful_utf8("Президент России")
    assert not doubtful_utf8("plain ASCII")


def _row(text: str, encoding: str) -> bytes:
    return json.dumps({"text": text}, ensure_ascii=False).encode(encoding) + b"\n"


def test_a_mixed_export_reads_a_cp1252_line_valid_as_utf8_by_chance_as_cp1252(tmp_path):
    # two scrapes run together: UTF-8 rows and cp1252 rows, one of them valid UTF-8 by chance
    path = tmp_path / "mixed.jsonl"
    rows = ["José Núñez said the vote was fair.", "Zoë’s café reopened.", "CAFÉ’s new menu opens today."]
    path.write_bytes(_row(rows[0], "utf-8") * 2 + _row(rows[1], "cp1252") + _row(rows[2], "cp1252"))
    assert export_codec(path) == ("utf-8+cp1252", None)
    assert [i.text for i in read_jsonl(path, SourceSettings())] == rows[:1] * 2 + rows[1:]


def test_a_quoted_consultation_news_of_a_letter_and_a_sentence_with_a_position_stay_body():
    news = [
        'Ministers said: "We want to hear what you think about the plans."',
        "Residents were told to submit a letter to the editor of the local paper.",
        "Jane Roe (left), who presents the Today programme, said the BBC had let her down.",
        "The prime minister (centre) listens as the president speaks, officials said.",
    ]
    assert _roles(news) == ["body"] * len(news)
    prompts = [
        "We want to hear what you think about this article. Submit a letter to the editor or write to us.",
        "Submit your letter to the editor via this form.",
        "Senator Aubyn Hill (right), looks on as Chief Executive Officer Gary Scott (left), addresses a Think Tank.",
    ]
    assert _roles(prompts) == ["boilerplate"] * len(prompts)
