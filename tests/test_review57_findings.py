"""review57's findings 2-4 on the user path (1 is in test_provenance57.py): WARC error texts that say what is wrong
with the file, and a WARC row's `n_bytes` and `sha256` of the same bytes."""

from __future__ import annotations

import hashlib
import re

import pytest
from narrative_pipeline.sources import read_source
from narrative_pipeline.sources.model import SourceSettings
from narrative_pipeline.sources.warc import index_records, read_warc_item
from sources_fixtures import article_html, truncated_response, write_test_warc

SETTINGS = SourceSettings()


def _reasons(path) -> tuple[str, str, str]:
    item = list(read_source(path, path.name, SETTINGS))[-1]
    return (
        item.reason,
        read_warc_item(path, item.warc_offset or 0, SETTINGS).reason,
        list(index_records(path))[-1].reason,
    )


@pytest.mark.parametrize(
    "data, what",
    [
        (b"WARC/1.0\r\n\x01\x02garbage\r\nmore junk\r\n\r\nbody\r\n\r\n", " (binary bytes)"),
        (b"WARC/1.0\r\nthis is garbage\r\n", ": 'this is garbage'"),
    ],
)
def test_a_garbage_header_is_not_a_warc_record_not_a_truncated_one(tmp_path, data, what):
    path = tmp_path / "corrupt.warc"
    path.write_bytes(data)
    reason, again, indexed = _reasons(path)
    expected = f"not a WARC record: a line of its headers is not a 'Name: value' header{what}"
    assert reason == again == f"{expected} (at byte 0); nothing after it is read"
    assert indexed == expected and "truncated" not in reason


def test_headers_that_end_without_a_warc_type_are_not_a_warc_record(tmp_path):
    path = tmp_path / "odd.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Record-ID: <urn:x>\r\n\r\nbody\r\n\r\n")
    assert (
        _reasons(path)[0]
        == "not a WARC record: its headers end and name no WARC-Type (at byte 0); nothing after it is read"
    )


def test_headers_the_file_cuts_off_are_still_a_truncated_record(tmp_path):
    path = tmp_path / "cut.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Record-ID: <urn:x>\r\nContent-Le")
    reason = _reasons(path)[0]
    assert reason.startswith("truncated record: its headers end before the WARC-Type (the file is cut off)")


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_a_payload_cut_off_names_where_the_file_ends_and_decompressed_bytes(tmp_path, gzip):
    """review57 3: a .warc.gz cut at 20,000 of 61,844 bytes said 'the file ends 61399 bytes into its payload': a count
    of decompressed bytes, larger than the file."""
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_test_warc(path, gzip, article_html().encode())
    tail = truncated_response(gzip)
    with open(path, "ab") as handle:
        handle.write(tail)
    size = path.stat().st_size
    reason = list(read_source(path, path.name, SETTINGS))[-1].reason
    if gzip:
        pattern = rf"truncated record: the file ends at byte {size}, inside the record's gzip member, after \d+ decompressed bytes of its payload"
    else:
        pattern = rf"truncated record: the file ends at byte {size}, \d+ bytes into its payload"
    assert re.fullmatch(pattern, reason), reason


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_a_warc_rows_n_bytes_and_sha256_are_of_the_same_bytes(tmp_path, gzip):
    """review57 4: a WARC row's `n_bytes` was the record's length in the (gzipped) file, its `sha256` that of the
    payload read_record gives: a user checking len(read_record(...)) == n_bytes failed."""
    from narrative_pipeline.discovery import _index_container
    from narrative_pipeline.ingest import row_of
    from narrative_pipeline.settings import PipelineConfig
    from narrative_pipeline.sources.warc import read_record

    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_test_warc(path, gzip, article_html().encode())
    with open(path, "ab") as handle:
        handle.write(b"WARC/1.0\r\nthis is garbage\r\n")
    entries = _index_container(path, path.name, "warc", SETTINGS)
    rows = [row_of(e, read_warc_item(path, int(e.locator[5:]), SETTINGS), None, 0, PipelineConfig()) for e in entries]
    *read, broken = rows
    assert any(r.status == "ok" for r in read) and sum(r.n_bytes > 0 for r in read) >= 5
    for row in read:
        data = read_record(path, row.warc_offset)
        assert (row.n_bytes, row.sha256) == (len(data), hashlib.sha256(data).hexdigest()), row.locator
        assert row.warc_length and row.warc_length != row.n_bytes  # the record's length in the file: its headers too
    assert broken.status == "rejected" and broken.n_bytes == 0 and broken.sha256 == hashlib.sha256(b"").hexdigest()
