"""review71 (session 58): a researcher's first day with the pipeline, by README alone. Three input shapes a scraper
export or a saved page can have that lose text or get a wrong date without a word. The xfail tests show each bug
(strict: they fail on main's code and must be turned into plain tests by the fix); the others pin what must stay."""

from __future__ import annotations

import json
import os
import re

from narrative_pipeline.discovery import discover
from narrative_pipeline.ingest import ingest_shard, opens_with_title
from narrative_pipeline.normalize import compile_patterns, split_paragraphs
from narrative_pipeline.settings import PipelineConfig
from narrative_pipeline.sources import SourceSettings, read_source
from narrative_pipeline.sources.dates import to_utc_iso

SETTINGS = SourceSettings()
PATTERNS = compile_patterns(PipelineConfig().boilerplate_patterns)
LEDE = (
    "The government said on Monday it would raise the minimum wage next year. Unions welcomed the move, but "
    "employers warned it would cost jobs."
)
BODY = f"{LEDE}\n\nOpposition leaders accused the government of buying votes before the election."


def _export_row(tmp_path, row: dict) -> tuple[str, bool]:
    """The row's text and whether it opens with a title (fix79: ingest records it, normalize reads it)."""
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (item,) = read_source(path, "export.jsonl", SETTINGS)
    assert item.status == "ok"
    return item.text, opens_with_title(item)


# 1. An export row with no title column: the first paragraph of its text is made the headline, which is one
#    sentence row and never a claim, so the lede of every untitled row is lost from the claims.


def test_an_untitled_export_rows_first_paragraph_is_body_not_headline(tmp_path):
    text, titled = _export_row(tmp_path, {"id": "w1", "url": "https://example.org/wage", "text": BODY})
    assert text == BODY  # the text is the row's text, offsets unchanged
    roles = [p.role for p in split_paragraphs(text, PATTERNS, titled)]
    assert roles[0] == "body"


def test_a_titled_export_rows_title_is_still_the_headline(tmp_path):
    """What must stay: with a title, the title is the headline and the text's first paragraph is body."""
    text, titled = _export_row(tmp_path, {"title": "Minimum wage to rise", "text": BODY})
    assert [p.role for p in split_paragraphs(text, PATTERNS, titled)] == ["headline", "body", "body"]


# 2. A JSON number of eight digits in the date column: the string "20240501" is read as a day, the number 20240501
#    as Unix seconds (1970-08-23), silently; a 1970 date then feeds the dated-office rule and the timeline.


def test_an_eight_digit_json_number_date_is_read_as_the_string_is():
    assert to_utc_iso(20240501)[0] == to_utc_iso("20240501")[0] == "2024-05-01"


def test_unix_seconds_and_milliseconds_numbers_stay_unix_time():
    """What must stay: a number in the range of today's Unix time (10 digits, or 13 in milliseconds) is one."""
    assert to_utc_iso(1714550400) == ("2024-05-01T08:00:00Z", None)
    assert to_utc_iso(1714550400000) == ("2024-05-01T08:00:00Z", None)
    assert to_utc_iso("20240501") == ("2024-05-01", None)


# 3. A saved page whose elements nest 255 deep or more (unclosed <div>/<font> tags of old CMS pages): the HTML
#    parser stops at its depth limit, the body comes back empty and the page is rejected as "the page's body is
#    empty", which it is not.


def _deep_page(tmp_path, depth: int):
    para = (
        "<p>The minister said the plan would pass next week after a long debate in parliament, officials said on "
        "Monday. Critics of the plan said it would cost the country billions of pounds over the next decade.</p>"
    )
    path = tmp_path / f"deep{depth}.html"
    path.write_text(
        "<html><head><title>Deep page of nesting here</title></head><body>"
        + "<div>" * depth
        + para * 3
        + "</div>" * depth
        + "</body></html>",
        encoding="utf-8",
    )
    (item,) = read_source(path, path.name, SETTINGS)
    return item


def test_a_deeply_nested_page_keeps_its_text(tmp_path):
    item = _deep_page(tmp_path, 300)
    assert item.status == "ok" and "Critics of the plan" in item.text


def test_a_page_nested_200_deep_is_read(tmp_path):
    """What must stay: depth below the limit is read as any page."""
    item = _deep_page(tmp_path, 200)
    assert item.status == "ok" and "Critics of the plan" in item.text


# 4. A file name that is not UTF-8 is recorded with its bytes escaped as "\xe9", which a real file name can also
#    hold: the two rows shared (source_path, locator), the corpus validation's unique check failed and the whole run
#    stopped with no manifest (seen on a three-file folder), where one bad file must never stop the others. fix81:
#    such a row has the locator 'name:not-utf-8' (no real file's row has it) and an escape no other such name shares.


def test_a_non_utf8_file_name_and_its_escaped_spelling_are_two_sources(tmp_path):
    text = b"Headline\n\nThe minister said the plan would pass next week, officials said.\n"
    (tmp_path / "name-\\xe9.txt").write_bytes(text)
    (tmp_path / "other.txt").write_bytes(text.replace(b"minister", b"mayor"))
    with open(os.path.join(os.fsencode(tmp_path), b"name-\xe9.txt"), "wb") as handle:
        handle.write(text.replace(b"minister", b"council"))
    paths = [(e.rel_path, e.locator) for e in discover(tmp_path)]
    assert len(paths) == 3 and len(set(paths)) == 3
    # the rows ingest makes (the corpus validation's unique key): the real file read, the other rejected by name
    records, _ = ingest_shard(tmp_path, 0, PipelineConfig(n_shards=1))
    assert len({(r.source_path, r.locator) for r in records}) == 3
    assert sorted(r.status for r in records) == ["ok", "ok", "rejected"]


def test_two_non_utf8_names_never_share_a_spelling(tmp_path):
    """fix81: a back-slash in a name that is not UTF-8 is doubled, so the byte 0xE9 and the text '\\xe9' stay apart."""
    root = os.fsencode(tmp_path)
    for name in (b"a-\\xe9\xff.txt", b"a-\xe9\\xff.txt"):
        with open(os.path.join(root, name), "wb") as handle:
            handle.write(name + b" is the name of this file.\n")
    entries = discover(tmp_path)
    assert sorted(e.rel_path for e in entries) == ["a-\\\\xe9\\xff.txt", "a-\\xe9\\\\xff.txt"]
    assert {e.kind for e in entries} == {"badname"} and len({e.article_id for e in entries}) == 2


# 12. An input folder that exists but holds nothing (a failed fetch in CI, an unmounted volume) runs, passes and
#     replaces the previous results with empty tables, rc 0 and no word: the scheduled example then caches the empty
#     results as next week's baseline. (A folder that does not exist is refused at start.)


def test_an_empty_input_dir_is_refused_or_named_at_start(tmp_path):
    from workflow_helpers import copy_project, snakemake

    project = copy_project(tmp_path / "project")
    (project / "fetched").mkdir()
    dry = snakemake(project, "-n", "--config", "input_dir=fetched", check=False)
    said = dry.stdout + dry.stderr
    assert dry.returncode != 0 or re.search(r"no (input )?files?\b|is empty|holds nothing", said, re.I), said[-2000:]
