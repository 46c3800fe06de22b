"""WARC/ARC: one item per record, every record accounted for, records found again by offset."""

from __future__ import annotations

import gzip as gzip_module
import io
import itertools
import tracemalloc
from collections import Counter

import pytest
from narrative_pipeline.sources import SourceSettings, digest_like, index_records, read_record, read_source
from narrative_pipeline.sources.html import extract_html
from narrative_pipeline.sources.warc import read_warc_item, skip_reason
from sources_fixtures import BODY, TITLE, article_html, truncated_response, write_test_warc

SETTINGS = SourceSettings()
N_WRITTEN = 9  # warcinfo, request, response, revisit, metadata, resource, 301, 404, image


@pytest.fixture(params=[False, True], ids=["warc", "warc.gz"])
def warc_file(request, tmp_path):
    gzip = request.param
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    uris = write_test_warc(path, gzip, article_html().encode())
    complete = path.stat().st_size
    with open(path, "ab") as handle:
        handle.write(truncated_response(gzip))
    return path, uris, complete


def test_every_record_is_accounted_for(warc_file):
    path, uris, _ = warc_file
    items = list(read_source(path, path.name, SETTINGS))
    assert len(items) == N_WRITTEN + 1
    statuses = Counter(item.status for item in items)
    assert statuses == {"ok": 2, "skipped": 7, "rejected": 1}
    by_type = Counter((item.warc_type, item.status) for item in items)
    for kind in ("warcinfo", "request", "revisit", "metadata"):
        assert by_type[(kind, "skipped")] == 1, kind
    reasons = {item.url: item.reason for item in items if item.status == "skipped" and item.warc_type == "response"}
    assert reasons[uris["redirect"]] == f"redirect (HTTP 301) to {uris['page']}"
    assert reasons[uris["missing"]].startswith("HTTP status 404")
    assert reasons[uris["image"]].startswith("media type image/png")
    last = items[-1]
    assert last.status == "rejected" and "truncated" in last.reason
    assert last.locator == f"warc:{last.warc_offset}"


def test_article_records_carry_provenance(warc_file):
    path, uris, _ = warc_file
    ok = [item for item in read_source(path, path.name, SETTINGS) if item.status == "ok"]
    page = next(item for item in ok if item.url == uris["page"])
    assert page.text == TITLE + "\n\n" + "\n\n".join(BODY)
    assert page.warc_record_id.startswith("<urn:uuid:") and page.warc_type == "response"
    assert page.archived_at.endswith("Z") and page.http_status == 200 and page.content_type == "text/html"
    assert page.extractor == "trafilatura" and page.locator == f"warc:{page.warc_offset}"
    text = next(item for item in ok if item.url == uris["text"])
    assert text.warc_type == "resource" and text.extractor == "plain"
    assert text.text.startswith("Harbour notice\n")


def test_read_record_by_offset_gives_the_payload_digest(warc_file):
    path, _, _ = warc_file
    items = [i for i in read_source(path, path.name, SETTINGS) if i.status != "rejected" and i.warc_type != "revisit"]
    assert len(items) == N_WRITTEN - 1
    for item in items:
        payload = read_record(path, item.warc_offset)
        assert digest_like(payload, item.payload_digest) == item.payload_digest, item.locator
        assert not item.warnings, item.warnings  # warcio's header digest agrees with ours
    page = next(i for i in items if i.status == "ok" and i.warc_type == "response")
    assert extract_html(read_record(path, page.warc_offset), SETTINGS, url=page.url).text == page.text


def test_record_lengths_cover_the_file(warc_file):
    path, _, complete = warc_file
    items = list(read_source(path, path.name, SETTINGS))[:-1]
    for before, after in itertools.pairwise(items):
        assert before.warc_offset + before.warc_length <= after.warc_offset
        if path.name.endswith(".gz"):
            assert before.warc_offset + before.warc_length == after.warc_offset
    assert items[-1].warc_offset + items[-1].warc_length <= complete


def test_index_matches_the_full_read(warc_file):
    path, _, _ = warc_file
    index = list(index_records(path))
    items = list(read_source(path, path.name, SETTINGS))
    assert [e.offset for e in index] == [i.warc_offset for i in items]
    assert [e.candidate for e in index[:-1]] == [i.status == "ok" for i in items[:-1]]
    assert not index[-1].candidate and "truncated" in index[-1].reason


def test_skip_reasons():
    assert skip_reason("response", 200, True, "text/plain", "https://a.example/robots.txt").startswith("site file")
    assert skip_reason("response", 200, True, "text/css", "https://a.example/s.css").startswith("media type text/css")
    assert skip_reason("response", 200, True, "application/javascript") is not None
    assert skip_reason("resource", None, False, "text/plain", "https://a.example/notes.txt") is None
    assert skip_reason("response", 206, True, "text/html") == "HTTP status 206: not a page that was served"
    assert skip_reason("continuation", None, False, None).startswith("continuation record")


def test_not_a_warc(tmp_path):
    for name, data in (
        ("notes.warc", b"just some text\nnot a crawl\n"),
        ("x.warc.gz", gzip_module.compress(b"plain\n" * 50)),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        (item,) = read_source(path, name, SETTINGS)
        assert item.status == "rejected" and item.reason.startswith("not a WARC file"), item.reason


def test_arc_file(tmp_path):
    body = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + article_html().encode()
    info = b"1 0 Tests\nURL IP-address Archive-date Content-type Archive-length\n"
    header = b"filedesc://t.arc 0.0.0.0 20240501100000 text/plain %d\n" % len(info) + info + b"\n"
    record = b"https://courier.example/a 192.0.2.1 20240501100500 text/html %d\n" % len(body) + body + b"\n"
    path = tmp_path / "old.arc.gz"
    path.write_bytes(gzip_module.compress(header) + gzip_module.compress(record))
    items = list(read_source(path, path.name, SETTINGS))
    assert [i.status for i in items] == ["skipped", "ok"]
    assert items[1].url == "https://courier.example/a" and items[1].archived_at == "2024-05-01T10:05:00Z"
    assert items[1].warc_record_id is None and items[1].text.startswith(TITLE)


def test_warc_gzipped_as_one_block_is_reported(tmp_path):
    plain = tmp_path / "crawl.warc"
    write_test_warc(plain, False, article_html().encode())
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip_module.compress(plain.read_bytes()))
    items = list(read_source(path, path.name, SETTINGS))
    assert [(i.locator, i.status) for i in items] == [("warc:0", "rejected")]
    assert "one member per record" in items[0].reason and "warcio recompress" in items[0].reason


def test_warc_gzipped_as_one_block_is_one_rejected_entry_of_the_plan(tmp_path):
    """The shards read a WARC record by record at the offsets of the index: a file gzipped as one
    block has no such offsets (warcio gave the second record a negative one, and seeking there
    stopped the whole run)."""
    plain = tmp_path / "crawl.warc"
    write_test_warc(plain, False, article_html().encode())
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip_module.compress(plain.read_bytes()))
    index = list(index_records(path))
    assert [(e.offset, e.candidate) for e in index] == [(0, False)] and "one member per record" in index[0].reason
    item = read_warc_item(path, 0, SETTINGS)
    assert item.status == "rejected" and item.locator == "warc:0" and "one member per record" in item.reason
    assert read_warc_item(path, -15897, SETTINGS).status == "rejected"


def test_chunked_gzip_payload_and_size_limit(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    packed = gzip_module.compress(article_html().encode())
    chunked = b"%x\r\n" % len(packed) + packed + b"\r\n0\r\n\r\n"
    headers = [
        ("Content-Type", "text/html"),
        ("Content-Encoding", "gzip"),
        ("Transfer-Encoding", "chunked"),
    ]  # no charset
    path = tmp_path / "chunked.warc"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://courier.example/c", "response", payload=io.BytesIO(chunked), http_headers=http
            )
        )
    (item,) = read_source(path, path.name, SETTINGS)
    assert item.status == "ok" and item.text.startswith(TITLE) and not item.warnings
    assert digest_like(read_record(path, item.warc_offset), item.payload_digest) == item.payload_digest
    (big,) = read_source(path, path.name, SourceSettings(max_page_bytes=100))
    assert big.status == "rejected" and "larger than max_page_bytes" in big.reason
    assert big.payload_digest == item.payload_digest


def _text_warc(path, n_records: int) -> None:
    from warcio.warcwriter import WARCWriter

    line = b"Port traffic report line with enough words to be a paragraph.\n"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for k in range(n_records):
            payload = io.BytesIO(b"Report %d\n\n" % k + line * 300)
            writer.write_record(
                writer.create_warc_record(
                    f"https://x.example/{k}", "resource", payload=payload, warc_content_type="text/plain"
                )
            )


def _peak(path) -> tuple[int, int]:
    tracemalloc.start()
    n = sum(1 for _ in read_source(path, path.name, SETTINGS))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return n, peak


def test_memory_does_not_grow_with_the_warc(tmp_path):
    small, large = tmp_path / "small.warc.gz", tmp_path / "large.warc.gz"
    _text_warc(small, 20)
    _text_warc(large, 400)
    n_small, peak_small = _peak(small)
    n_large, peak_large = _peak(large)
    assert (n_small, n_large) == (20, 400)
    assert peak_large < 1.5 * peak_small + 256 * 1024, (peak_small, peak_large)


def test_payload_without_media_type_is_sniffed(tmp_path):
    def record(k: int, payload: bytes) -> bytes:
        head = (
            f"WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000{k}>\r\n"
            f"WARC-Target-URI: https://x.example/{k}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n"
        )
        return head.encode() + payload + b"\r\n\r\n"

    path = tmp_path / "untyped.warc"
    path.write_bytes(record(1, article_html().encode()) + record(2, bytes(range(256))))
    page, blob = read_source(path, path.name, SETTINGS)
    assert page.status == "ok" and page.text.startswith(TITLE) and page.content_type is None
    assert blob.status == "skipped" and blob.reason.startswith("no media type")
    assert [e.candidate for e in index_records(path)] == [True, True]  # the index cannot see payloads


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
@pytest.mark.parametrize("cut", [10, 40, 120, 300])
def test_a_file_cut_inside_a_records_headers_still_lists_that_record(tmp_path, gzip, cut):
    """warcio ends its iteration quietly when the file stops inside a record's headers or the start of
    its gzip member; the cut record must still be a rejected row, in the index and in both reads."""
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_test_warc(path, gzip, article_html().encode())
    complete = path.stat().st_size
    with open(path, "ab") as handle:
        handle.write(truncated_response(gzip)[:cut])
    index = list(index_records(path))
    items = list(read_source(path, path.name, SETTINGS))
    assert len(index) == len(items) == N_WRITTEN + 1
    assert [e.offset for e in index] == [i.warc_offset for i in items]
    last, entry = items[-1], index[-1]
    assert last.status == "rejected" and ("truncated" in last.reason or "unreadable" in last.reason), last.reason
    assert not entry.candidate and entry.reason
    assert complete - 2 <= last.warc_offset <= complete  # warcio's offsets after a member may differ by a CRLF
    assert read_warc_item(path, last.warc_offset, SETTINGS).status == "rejected"


def test_whitespace_after_the_last_record_is_no_record(tmp_path):
    path = tmp_path / "crawl.warc"
    write_test_warc(path, False, article_html().encode())
    with open(path, "ab") as handle:
        handle.write(b"\r\n\r\n\n")
    assert len(list(read_source(path, path.name, SETTINGS))) == len(list(index_records(path))) == N_WRITTEN
