"""Ingest of saved pages, WARC archives, exports and sidecars: every record and row accounted for,
metadata kept, captures of one page analysed once, spans traceable to the record."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from narrative_pipeline.discovery import discover, plan_shards, url_key
from narrative_pipeline.ingest import ingest_shard
from narrative_pipeline.settings import PipelineConfig
from narrative_pipeline.sources import digest_like, read_record
from sources_fixtures import BODY, COMMENT, article_html, truncated_response, write_test_warc

STORY = "Harbour workers strike\n\nDock workers in Velmora walked out on Monday over pay, their union said.\n"


def build_archive_corpus(folder: Path) -> Path:
    """A page, a second capture of it with other comments, a WARC holding it, an export, a sidecar."""
    folder.mkdir(parents=True, exist_ok=True)
    page = article_html()
    (folder / "page.html").write_text(page, encoding="utf-8")
    (folder / "captures").mkdir()
    (folder / "captures/page-again.html").write_text(page.replace(COMMENT, "Second comment."), encoding="utf-8")
    write_test_warc(folder / "crawl.warc.gz", gzip=True, html=page.encode("utf-8"))
    with open(folder / "crawl.warc.gz", "ab") as handle:
        handle.write(truncated_response(gzip=True))
    rows = [
        {
            "id": "a1",
            "title": "Ferry fares rise",
            "text": "Ferry operators raised fares by ten percent, the ministry said.",
            "url": "https://other.example/fares",
            "date": "2024-04-02",
            "source": "Other Times",
        },
        {
            "id": "a2",
            "headline": "Bridge closed",
            "body": "The old bridge was closed for repairs on Friday, the council announced.",
            "link": "https://other.example/bridge",
        },
    ]
    lines = [json.dumps(r) for r in rows] + ["{not json", json.dumps({"title": "no text column"})]
    (folder / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    sidecar = {
        "url": "https://courier.example/news/strike",
        "published_at": "2024-05-03T08:00:00+02:00",
        "outlet": "Velmora Courier",
        "author": "Ana Petrova",
    }
    (folder / "story.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return build_archive_corpus(tmp_path_factory.mktemp("archives") / "input")


def ingest_all(folder: Path, n_shards: int):
    cfg = PipelineConfig(n_shards=n_shards)
    rows, texts = [], []
    for shard in range(n_shards):
        r, t = ingest_shard(folder, shard, cfg)
        rows += r
        texts += t
    return rows, texts


def test_every_record_and_row_is_accounted_for_once(corpus):
    entries = discover(corpus)
    rows, _ = ingest_all(corpus, 4)
    assert sorted((r.source_path, r.locator) for r in rows) == sorted((e.rel_path, e.locator) for e in entries)
    warc = [r for r in rows if r.source_path == "crawl.warc.gz"]
    kinds = {r.warc_type for r in warc}
    assert {"warcinfo", "request", "response", "revisit", "metadata", "resource"} <= kinds
    assert all(r.error for r in warc if r.status == "rejected")
    assert any("404" in (r.error or "") for r in warc) and any("301" in (r.error or "") for r in warc)
    assert any("truncated" in (r.error or "") for r in warc)
    export = sorted((r for r in rows if r.source_path == "export.jsonl"), key=lambda r: r.line_number or 0)
    assert [r.line_number for r in export] == [1, 2, 3, 4]
    assert [r.status for r in export] == ["ok", "ok", "rejected", "rejected"]
    assert "not JSON" in export[2].error and export[3].error


def test_records_keep_url_capture_time_offset_and_digest(corpus):
    rows, texts = ingest_all(corpus, 3)
    response = next(r for r in rows if r.warc_type == "response" and r.http_status == 200 and r.status == "ok")
    assert response.url == "https://courier.example/news/port-reopens" and response.archived_at
    payload = read_record(corpus / "crawl.warc.gz", response.warc_offset)
    assert digest_like(payload, response.payload_digest) == response.payload_digest
    assert hashlib.sha256(payload).hexdigest() == response.sha256
    page = next(r for r in rows if r.source_path == "page.html")
    assert page.title and "Velmora" in page.title and page.outlet == "The Velmora Courier"
    assert page.published_at and page.published_at.startswith("2024-05-01") and page.authors == ["Ana Petrova"]
    story = next(r for r in rows if r.source_path == "story.txt")
    assert story.url == "https://courier.example/news/strike" and story.outlet == "Velmora Courier"
    assert story.published_at == "2024-05-03T06:00:00Z" and story.title == "Harbour workers strike"
    text = next(t for t in texts if t.text_sha256 == page.text_sha256)
    assert text.extractor == "trafilatura" and text.text_sha256 == page.text_sha256
    assert all(p in text.text for p in BODY) and COMMENT not in text.text


def test_captures_of_one_page_meet_in_one_shard_and_are_analysed_once(corpus):
    entries = discover(corpus)
    key = url_key("https://courier.example/news/port-reopens")
    captures = [e for e in entries if e.shard_key == key]
    assert {e.rel_path for e in captures} >= {"page.html", "captures/page-again.html", "crawl.warc.gz"}
    for n in (2, 5, 16):
        plan = plan_shards(entries, n)
        assert len({k for k, members in plan.items() for e in members if e.shard_key == key}) == 1
    rows, texts = ingest_all(corpus, 5)
    same = [r for r in rows if r.text_sha256 == next(x for x in rows if x.source_path == "page.html").text_sha256]
    assert len(same) >= 2 and sum(r.analysed for r in same) == 1
    assert all(r.duplicate_of for r in same if not r.analysed)
    assert len({t.text_sha256 for t in texts}) == len(texts)


def test_a_broken_sidecar_does_not_stop_its_article(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "a.meta.json").write_text('{"url": 5, "colour": "red"}', encoding="utf-8")
    (folder / "orphan.meta.json").write_text('{"title": "x"}', encoding="utf-8")
    rows, texts = ingest_all(folder, 1)
    by_path = {r.source_path: r for r in rows}
    assert by_path["a.txt"].analysed and any("sidecar" in w for w in by_path["a.txt"].warnings)
    assert by_path["a.meta.json"].status == "rejected" and "a.meta.json" in by_path["a.meta.json"].error
    assert by_path["orphan.meta.json"].status == "rejected" and "does not exist" in by_path["orphan.meta.json"].error
    assert len(texts) == 1


def test_a_changed_sidecar_changes_the_text_entry_membership(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "a.meta.json").write_text('{"outlet": "One"}', encoding="utf-8")
    before = next(e for e in discover(folder) if e.rel_path == "a.txt")
    (folder / "a.meta.json").write_text('{"outlet": "Two"}', encoding="utf-8")
    after = next(e for e in discover(folder) if e.rel_path == "a.txt")
    assert before.article_id == after.article_id and before.companions != after.companions


def test_the_container_index_is_cached_and_refreshed_when_the_file_changes(tmp_path, corpus):
    cache = tmp_path / "cache"
    first = discover(corpus, cache)
    assert list(cache.glob("*.json"))
    assert discover(corpus, cache) == first
    export = tmp_path / "copy"
    export.mkdir()
    (export / "e.jsonl").write_text(json.dumps({"text": "One row only, with enough words to be an article."}) + "\n")
    one = discover(export, cache)
    (export / "e.jsonl").write_text((export / "e.jsonl").read_text() + json.dumps({"text": "A second row."}) + "\n")
    assert len(discover(export, cache)) == len(one) + 1
