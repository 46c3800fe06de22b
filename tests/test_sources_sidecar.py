"""Sidecars, dates, plain text and the suffix dispatch of read_source."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from narrative_pipeline.schemas import schema_for
from narrative_pipeline.sources import SUPPORTED_SUFFIXES, Sidecar, SourceSettings, kind_of, read_source
from narrative_pipeline.sources.dates import to_utc_iso

SETTINGS = SourceSettings()
TEXT = "Port reopens\n\nThe port reopened on Tuesday.\n"


def _pair(tmp_path, sidecar: object, name: str = "story"):
    text = tmp_path / f"{name}.txt"
    text.write_text(TEXT, encoding="utf-8")
    meta = tmp_path / f"{name}.meta.json"
    meta.write_text(sidecar if isinstance(sidecar, str) else json.dumps(sidecar), encoding="utf-8")
    return text, meta


def test_good_sidecar_fills_the_text_item(tmp_path):
    sidecar = {
        "url": "https://courier.example/a",
        "title": "Port  reopens",
        "published_at": "2024-05-01T12:00:00+02:00",
        "outlet": "Velmora Courier",
        "author": ["Ana Petrova"],
        "archived_at": "2024-05-02",
    }
    text, meta = _pair(tmp_path, sidecar)
    (item,) = read_source(text, "story.txt", SETTINGS)
    assert item.status == "ok" and item.text == TEXT and item.extractor == "plain" and item.encoding == "utf-8"
    assert (item.url, item.title, item.outlet) == ("https://courier.example/a", "Port reopens", "Velmora Courier")
    assert (item.published_at, item.archived_at, item.authors) == (
        "2024-05-01T10:00:00Z",
        "2024-05-02",
        ["Ana Petrova"],
    )
    (row,) = read_source(meta, "story.meta.json", SETTINGS)
    assert row.status == "skipped" and "story.txt" in row.reason


@pytest.mark.parametrize(
    ("sidecar", "needle"),
    [
        ({"url": "https://a.example", "tags": ["x"]}, "field 'tags'"),
        ({"published_at": 20240501}, "field 'published_at'"),
        ("{not json", "not valid JSON"),
        ('["a list"]', "must be a JSON object"),
    ],
)
def test_malformed_sidecar_is_named_and_the_article_still_runs(tmp_path, sidecar, needle):
    text, meta = _pair(tmp_path, sidecar)
    (item,) = read_source(text, "news/story.txt", SETTINGS)
    assert item.status == "ok" and item.url is None
    assert any("news/story.meta.json" in w and needle in w for w in item.warnings), item.warnings
    (row,) = read_source(meta, "news/story.meta.json", SETTINGS)
    assert row.status == "rejected" and needle in row.reason and "news/story.meta.json" in row.reason


def test_unreadable_date_in_sidecar_is_left_empty_with_a_warning(tmp_path):
    text, _ = _pair(tmp_path, {"published_at": "last Tuesday", "url": "https://a.example"})
    (item,) = read_source(text, "story.txt", SETTINGS)
    assert item.published_at is None and item.url == "https://a.example"
    assert any("'published_at'" in w and "last Tuesday" in w for w in item.warnings)


def test_orphan_sidecar_is_reported(tmp_path):
    meta = tmp_path / "gone.meta.json"
    meta.write_text("{}", encoding="utf-8")
    (row,) = read_source(meta, "gone.meta.json", SETTINGS)
    assert row.status == "rejected" and row.reason == "sidecar of gone.txt, which does not exist"


def test_sidecar_json_schema_accepts_and_rejects():
    validator = Draft202012Validator(schema_for(Sidecar))
    assert not list(validator.iter_errors({"url": "https://a.example", "author": ["A", "B"]}))
    assert list(validator.iter_errors({"url": "https://a.example", "extra": 1}))
    assert list(validator.iter_errors({"author": 3}))


def test_plain_text_that_is_not_text_is_rejected(tmp_path):
    path = tmp_path / "blob.txt"
    path.write_bytes(b"\x00\x01\x02binary")
    (item,) = read_source(path, "blob.txt", SETTINGS)
    assert item.status == "rejected" and "binary" in item.reason


def test_dispatch():
    assert kind_of("A.WARC.GZ") == "warc" and kind_of("x.arc") == "warc"
    assert kind_of("p.html.gz") == "html.gz" and kind_of("p.htm") == "html"
    assert kind_of("s.meta.json") == "sidecar" and kind_of("other.json") is None
    assert kind_of("e.jsonl") == "jsonl" and kind_of("e.csv") == "csv" and kind_of("t.text") == "text"
    assert all(kind_of("f" + suffix) for suffix in SUPPORTED_SUFFIXES)


def test_export_without_rows(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"id,title,text\r\n\r\n")
    (item,) = read_source(path, "empty.csv", SETTINGS)
    assert item.status == "rejected" and item.reason.startswith("no rows")


def test_unsupported_file(tmp_path):
    path = tmp_path / "doc.pdf"
    path.write_bytes(b"%PDF-1.4")
    (item,) = read_source(path, "doc.pdf", SETTINGS)
    assert item.status == "rejected" and item.reason.startswith("unsupported file type")


@pytest.mark.parametrize(
    ("value", "expected", "warns"),
    [
        ("2024-05-01", "2024-05-01", False),
        ("2024-05-01T12:00:00Z", "2024-05-01T12:00:00Z", False),
        ("2024-05-01T12:00:00.123+02:00", "2024-05-01T10:00:00Z", False),
        ("2024-05-01 12:00", "2024-05-01T12:00:00Z", True),
        ("Wed, 01 May 2024 12:00:00 GMT", "2024-05-01T12:00:00Z", False),
        ("20240501120000", "2024-05-01T12:00:00Z", False),
        ("2024/05/01", "2024-05-01", False),
        ("1 May 2024", "2024-05-01", False),
        ("May 1, 2024", "2024-05-01", False),
        (1714564800, "2024-05-01T12:00:00Z", False),
        (1714564800000, "2024-05-01T12:00:00Z", False),
        ("not a date", None, True),
        ("2024-13-45", None, True),
        (-5, None, True),
        (None, None, False),
        ("", None, False),
    ],
)
def test_dates(value, expected, warns):
    result, warning = to_utc_iso(value, "date")
    assert result == expected
    assert (warning is not None) == warns


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.binary(max_size=600),
    suffix=st.sampled_from([".html", ".html.gz", ".warc", ".warc.gz", ".arc", ".jsonl", ".csv", ".txt"]),
)
def test_any_bytes_give_items_never_an_exception(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    items = list(read_source(path, path.name, SETTINGS))
    assert items  # every file has at least one row
    assert all(item.status in {"ok", "rejected", "skipped"} for item in items)
    assert all(item.reason for item in items if item.status != "ok")


def test_a_sidecar_describes_its_text_in_any_case_and_each_file_once(tmp_path):
    """`<name>.TXT` takes `<name>.meta.json`, so the sidecar names it; a second name of the same file (a
    hard link, as a file system that ignores case shows every spelling) is named once."""
    from narrative_pipeline.sources.sidecar import described_texts

    meta = tmp_path / "story.meta.json"
    meta.write_text("{}", encoding="utf-8")
    (tmp_path / "story.TeXt").write_text(TEXT, encoding="utf-8")
    assert [p.name for p in described_texts(meta)] == ["story.TeXt"]
    (tmp_path / "story.TXT").hardlink_to(tmp_path / "story.TeXt")
    assert [p.name for p in described_texts(meta)] == ["story.TXT"]
    (tmp_path / "story.txt").write_text(TEXT, encoding="utf-8")
    assert [p.name for p in described_texts(meta)] == ["story.txt", "story.TXT"]
