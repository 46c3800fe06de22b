"""fix79 (session 58): review71's findings on bad and odd inputs. A paragraph with no sentence end is parsed in
pieces of at most `MAX_RUN_CHARS` (14), an empty input folder is refused at start (12), a number date is read as its
digits are (2); review71's own tests (tests/test_review71_first_day.py) pin the rest."""

from __future__ import annotations

import os
import re

import pytest
from narrative_pipeline.discovery import has_files
from narrative_pipeline.normalize import MAX_RUN_CHARS, compile_patterns, plan_article
from narrative_pipeline.settings import PipelineConfig
from narrative_pipeline.sources.dates import to_utc_iso

CFG = PipelineConfig()
PATTERNS = compile_patterns(CFG.boilerplate_patterns)
UNPUNCTUATED = " ".join(["minister council said plan would pass"] * 3_000)  # 111,000 characters, no sentence end
SENTENCES = " ".join(["The minister said the plan would pass next week, officials told reporters on Monday."] * 400)


def _pieces(body: str) -> list[str]:
    raw = f"Transcript\n\n{body}\n"
    _, chunks = plan_article(raw, PATTERNS, CFG.max_chunk_chars)
    return [c.norm.text for c in chunks if c.paragraph.role == "body"]


# 14. An unpunctuated transcript was one 100,000-character sentence a chunk; the claims step's cost grows with the
#     square of a sentence's length (a walk of the whole sentence for each of its verbs): one file held a shard for
#     minutes. Such a stretch is parsed in pieces cut at spaces; nothing is lost.


def test_a_paragraph_with_no_sentence_end_is_parsed_in_pieces_cut_at_spaces():
    pieces = _pieces(UNPUNCTUATED)
    assert len(pieces) > len(UNPUNCTUATED) // MAX_RUN_CHARS
    assert all(len(p) <= MAX_RUN_CHARS for p in pieces)
    assert " ".join(pieces) == UNPUNCTUATED  # cut at spaces, every word kept
    assert all(not p.startswith(" ") and p.split()[0] == "minister" or p.split()[0] in UNPUNCTUATED for p in pieces)


def test_a_long_stretch_without_spaces_is_cut_at_the_limit_and_kept_whole():
    body = "x" * (MAX_RUN_CHARS * 2 + 10)
    assert "".join(_pieces(body)) == body and max(map(len, _pieces(body))) == MAX_RUN_CHARS


def test_a_long_paragraph_of_punctuated_sentences_is_not_cut():
    """What must stay: 35,000 characters of sentences is one piece (it is under `max_chunk_chars`), as on main."""
    assert _pieces(SENTENCES) == [SENTENCES]


def test_paragraphs_deep_in_a_text_are_each_one_piece():
    """What must stay: cuts are offsets in the whole text; short paragraphs far into it are parsed whole."""
    paragraphs = [f"Paragraph {k} of the text. The minister said the plan would pass next week." for k in range(300)]
    assert _pieces("\n\n".join(paragraphs)) == paragraphs


def test_a_stretch_after_sentences_is_cut_from_its_last_sentence_end():
    body = SENTENCES[:2_000] + " " + UNPUNCTUATED[:12_000]
    pieces = _pieces(body)
    assert " ".join(pieces) == body.strip() and all(len(p) <= MAX_RUN_CHARS + 2_000 for p in pieces)
    assert len(pieces) >= 3


def test_ingest_warns_on_a_text_parsed_in_pieces_and_only_then(tmp_path):
    (tmp_path / "transcript.txt").write_text(f"Transcript\n\n{UNPUNCTUATED}\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text(f"Minimum wage to rise\n\n{SENTENCES}\n", encoding="utf-8")
    records, _ = _ingested(tmp_path)
    (warning,) = records["transcript.txt"].warnings
    cuts = int(re.search(r"\((\d+) cut\(s\)\)", warning).group(1))
    assert "no sentence end" in warning and len(UNPUNCTUATED) // MAX_RUN_CHARS <= cuts < len(_pieces(UNPUNCTUATED))
    assert records["story.txt"].warnings == []


# 12. An input folder that exists but holds no file ran, rc 0, and replaced the results with empty tables.


def test_has_files_finds_a_file_at_any_depth_and_none_in_empty_folders(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    assert not has_files(tmp_path)
    (tmp_path / "a" / "b" / "x.txt").write_text("text", encoding="utf-8")
    assert has_files(tmp_path)


def test_a_symbolic_link_to_a_folder_counts_as_a_file(tmp_path):
    """discover lists a link to a folder as an entry (never followed): the folder is not empty."""
    (tmp_path / "in").mkdir()
    os.symlink(tmp_path, tmp_path / "in" / "elsewhere")
    assert has_files(tmp_path / "in")


def test_an_empty_input_dir_runs_when_allowed(tmp_path):
    from workflow_helpers import copy_project, snakemake

    project = copy_project(tmp_path / "project")
    (project / "fetched").mkdir()
    dry = snakemake(project, "-n", "--config", "input_dir=fetched", "allow_empty_input=True", check=False)
    assert dry.returncode == 0, (dry.stdout + dry.stderr)[-2000:]


# 2. A JSON number date was Unix seconds whatever its digits.


@pytest.mark.parametrize(
    ("number", "read"),
    [
        (20240501, "2024-05-01"),
        (20240501.0, "2024-05-01"),
        (20240501120000, "2024-05-01T12:00:00Z"),
        (1714550400.5, "2024-05-01T08:00:00Z"),
    ],
)
def test_a_number_date_is_read_as_its_digits(number, read):
    assert to_utc_iso(number) == (read, None)


@pytest.mark.parametrize("number", [999_999_999, 12345, -1714550400, 20241301, float("nan")])
def test_a_number_that_is_neither_a_day_nor_a_unix_time_is_left_empty_with_a_warning(number):
    published, warning = to_utc_iso(number, "published date")
    assert published is None and warning is not None and "published date" in warning


# 1. An untitled export row or page: its first paragraph (the lede) was made the headline, which gives no claim.

LEDE = "The government said on Monday it would raise the minimum wage next year."
REST = "Opposition leaders accused the government of buying votes before the election."


def _ingested(folder):
    from narrative_pipeline.ingest import ingest_shard

    config = PipelineConfig(n_shards=1, languages=["en"], min_language_chars=10**6)
    records, texts = ingest_shard(folder, 0, config)
    by_source = {r.source_path + (f"#{r.locator}" if r.locator else ""): r for r in records}
    return by_source, {t.source_path: t for t in texts}


def test_ingest_records_whether_a_text_opens_with_a_title(tmp_path):
    import json

    rows = [{"title": "Minimum wage to rise", "text": f"{LEDE}\n\n{REST}"}]
    (tmp_path / "titled.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    (tmp_path / "untitled.jsonl").write_text(json.dumps({"text": f"{LEDE}\n\n{REST}"}) + "\n", encoding="utf-8")
    (tmp_path / "plain.txt").write_text(f"Minimum wage to rise\n\n{LEDE}\n\n{REST}\n", encoding="utf-8")
    records, texts = _ingested(tmp_path)
    assert {path: t.titled for path, t in texts.items()} == {
        "titled.jsonl": True,
        "untitled.jsonl": False,
        "plain.txt": True,
    }
    assert records["untitled.jsonl#line:1"].title is None  # no paragraph made up into a title
    assert records["titled.jsonl#line:1"].title == records["plain.txt"].title == "Minimum wage to rise"


def test_an_untitled_page_opens_with_body(tmp_path):
    from narrative_pipeline.ingest import opens_with_title
    from narrative_pipeline.sources import SourceSettings, read_source

    body = "".join(f"<p>{p} It was said again by many people who were there that day.</p>" for p in (LEDE, REST))
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><article>{body}</article></body></html>", encoding="utf-8")
    (item,) = read_source(page, "page.html", SourceSettings())
    assert item.status == "ok" and item.title is None and item.text.startswith(LEDE)
    assert not opens_with_title(item)
    text = item.text
    roles = [p.role for p in plan_article(text, PATTERNS, CFG.max_chunk_chars, titled=False)[0]]
    assert roles == ["body"] * len(roles)


def test_a_titled_text_keeps_its_headline():
    """What must stay: the first paragraph of a titled text is the headline."""
    text = f"Minimum wage to rise\n\n{LEDE}\n\n{REST}"
    assert [p.role for p in plan_article(text, PATTERNS, CFG.max_chunk_chars)[0]] == ["headline", "body", "body"]


# 3. A page nested 255 deep or more came back from the parser cut at its depth limit: "the page's body is empty".


@pytest.mark.parametrize("depth", [255, 1000])
def test_a_page_nested_past_the_parsers_limit_keeps_its_text(tmp_path, depth):
    from narrative_pipeline.sources import SourceSettings, read_source

    para = f"<p>{LEDE} {REST}</p>"
    page = tmp_path / "deep.html"
    page.write_text(
        f"<html><head><title>Minimum wage to rise</title></head><body>{'<div>' * depth}{para * 3}"
        f"{'</div>' * depth}</body></html>",
        encoding="utf-8",
    )
    (item,) = read_source(page, "deep.html", SourceSettings())
    assert item.status == "ok" and item.title == "Minimum wage to rise" and item.text.count(REST) == 3
