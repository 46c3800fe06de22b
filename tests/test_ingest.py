from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from awkward_corpus import EXPECTED, build
from narrative_pipeline.decoding import DecodeError, decode_bytes
from narrative_pipeline.discovery import discover
from narrative_pipeline.hashing import shard_of
from narrative_pipeline.ingest import detect_language, ingest_shard, mark_duplicates, title_of
from narrative_pipeline.settings import PipelineConfig
from narrative_pipeline.sources import SourceSettings, read_source


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("awkward") / "input", big_bytes=200_000)


def ingest_all(folder: Path, cfg: PipelineConfig):
    records, texts = [], []
    for shard in range(cfg.n_shards):
        r, t = ingest_shard(folder, shard, cfg)
        records += r
        texts += t
    return {r.source_path: r for r in records}, texts


def test_every_file_is_accounted_for(corpus):
    cfg = PipelineConfig(n_shards=3)
    records, _ = ingest_all(corpus, cfg)
    for path, (status, reason) in EXPECTED.items():
        record = records[path]
        assert record.status == status, (path, record.error)
        if reason:
            assert reason in (record.error or ""), (path, record.error)
    bad = [p for p in records if p.startswith("bad")]
    assert len(bad) == 1 and "not valid UTF-8" in records[bad[0]].error
    assert set(records) == set(EXPECTED) | set(bad)


def test_encodings_are_detected_and_recorded(corpus):
    records, texts = ingest_all(corpus, PipelineConfig(n_shards=2))
    assert records["cp1252.txt"].encoding == "cp1252"
    assert records["latin1.txt"].encoding == "iso-8859-1"
    assert records["bom_crlf.txt"].encoding == "utf-8-sig"
    by_path = {t.source_path: t.text for t in texts}
    assert "€5m" in by_path["cp1252.txt"] and "naïve" in by_path["latin1.txt"]
    assert not by_path["bom_crlf.txt"].startswith("\ufeff") and "\r\n" in by_path["bom_crlf.txt"]


def test_duplicates_share_id_and_are_analysed_once(corpus):
    records, texts = ingest_all(corpus, PipelineConfig(n_shards=2))
    a, b = records["dup_a.txt"], records["dup_b.txt"]
    assert a.article_id == b.article_id
    assert a.duplicate_of is None and b.duplicate_of == "dup_a.txt"
    assert a.analysed and not b.analysed and "duplicate" in b.skip_reason
    assert sum(1 for t in texts if t.article_id == a.article_id) == 1


def test_other_language_is_listed_not_analysed(corpus):
    records, texts = ingest_all(corpus, PipelineConfig(n_shards=2))
    german = records["german.txt"]
    assert german.status == "ok" and german.language == "de" and not german.analysed
    assert "'de'" in german.skip_reason
    assert all(t.source_path != "german.txt" for t in texts)


def test_symlink_is_not_followed(corpus, monkeypatch):
    opened = []
    real_read_bytes = Path.read_bytes

    def spy(self):
        opened.append(self.name)
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", spy)
    records, _ = ingest_all(corpus, PipelineConfig(n_shards=1))
    assert "outside_secret.txt" not in opened and "outside_link.txt" not in opened
    assert records["outside_link.txt"].media_type == "inode/symlink"


def test_shard_comes_from_article_id(corpus):
    cfg = PipelineConfig(n_shards=5)
    records, _ = ingest_all(corpus, cfg)
    for r in records.values():
        assert r.shard == shard_of(r.article_id, 5)


def test_listing_order_does_not_matter(corpus, monkeypatch):
    cfg = PipelineConfig(n_shards=2)
    first = [r.model_dump() for r in sorted(ingest_all(corpus, cfg)[0].values(), key=lambda r: r.source_path)]
    real_walk = os.walk

    def reversed_walk(top, **kwargs):
        for folder, dirs, files in real_walk(top, **kwargs):
            dirs.reverse()
            files.reverse()
            yield folder, dirs, files

    monkeypatch.setattr(os, "walk", reversed_walk)
    second = [r.model_dump() for r in sorted(ingest_all(corpus, cfg)[0].values(), key=lambda r: r.source_path)]
    assert first == second


def test_decode_bytes():
    assert decode_bytes("héllo".encode()) == ("héllo", "utf-8")
    assert decode_bytes(b"\xef\xbb\xbfhi") == ("hi", "utf-8-sig")
    assert decode_bytes("hé".encode("utf-16")) == ("hé", "utf-16")
    with pytest.raises(DecodeError):
        decode_bytes(b"\x00\x01\x02binary")


def test_title_and_language():
    assert title_of("\n\n  First  line \nsecond") == "First line"
    assert detect_language("The parliament passed a new law on Monday after a long debate about taxes.", 40)[0] == "en"
    assert detect_language("Short", 40) == (None, None)


def test_missing_input_dir_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="is not a folder"):
        discover(tmp_path / "nope")


def test_mark_duplicates_is_order_independent(corpus):
    records, _ = ingest_all(corpus, PipelineConfig(n_shards=1))
    rows = list(records.values())
    assert mark_duplicates(rows) == mark_duplicates(list(reversed(rows)))


def test_language_model_unpacked_in_the_cache_gives_the_same_answers(tmp_path):
    from narrative_pipeline.language_id import identifier

    texts = [
        "The parliament passed a new law on Monday after a long debate about taxes.",
        "Le gouvernement a présenté lundi un nouveau projet de loi sur les impôts.",
        "Die Regierung hat am Montag einen neuen Gesetzentwurf vorgelegt.",
    ]
    expected = [detect_language(t, 40) for t in texts]
    assert [detect_language(t, 40, tmp_path) for t in texts] == expected
    (unpacked,) = tmp_path.glob("langid-*.arrays")
    identifier.cache_clear()
    assert [detect_language(t, 40, tmp_path) for t in texts] == expected  # read back from the cache
    unpacked.write_bytes(b"damaged")
    identifier.cache_clear()
    assert [detect_language(t, 40, tmp_path) for t in texts] == expected  # a damaged entry is unpacked again
    assert unpacked.stat().st_size > 1_000_000
    assert [e[0] for e in expected] == ["en", "fr", "de"]


def test_languages_remembered_per_shard_give_the_same_rows(tmp_path, monkeypatch):
    from narrative_pipeline import language_id

    folder = tmp_path / "input"
    folder.mkdir()
    for k, text in enumerate(
        [
            "The parliament passed a new law on Monday after a long debate about taxes and spending.",
            "Le gouvernement a présenté lundi un nouveau projet de loi sur les impôts et les dépenses.",
            "Short.",
        ]
    ):
        (folder / f"a{k}.txt").write_text(text, encoding="utf-8")
    cfg = PipelineConfig(n_shards=1)
    cache = tmp_path / "cache"
    plain = ingest_shard(folder, 0, cfg)
    assert ingest_shard(folder, 0, cfg, cache) == plain
    (kept,) = cache.glob("langid-*-0.json")
    assert len(json.loads(kept.read_text(encoding="utf-8"))) == 3

    def refuse(*_args):
        raise AssertionError("classified again")

    monkeypatch.setattr(language_id, "identifier", refuse)
    assert ingest_shard(folder, 0, cfg, cache) == plain  # every text remembered: the model is not loaded
    (folder / "a0.txt").write_text("Die Regierung hat am Montag einen neuen Gesetzentwurf vorgelegt.", encoding="utf-8")
    with pytest.raises(AssertionError, match="classified again"):  # a changed text is classified again
        ingest_shard(folder, 0, cfg, cache)
    monkeypatch.undo()
    records, _ = ingest_shard(folder, 0, cfg, cache)
    assert {r.source_path: r.language for r in records}["a0.txt"] == "de"
    assert len(json.loads(kept.read_text(encoding="utf-8"))) == 3  # the old text's entry is gone
    kept.write_text("{damaged", encoding="utf-8")
    assert ingest_shard(folder, 0, cfg, cache) == ingest_shard(folder, 0, cfg)  # a damaged file: classified again


def test_identical_rejected_files_are_no_duplicates(tmp_path):
    """Two empty files are both rejected with their reason; neither names the other in `duplicate_of`,
    whatever shards they fall in."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty_a.txt").write_bytes(b"")
    (folder / "empty_b.txt").write_bytes(b"")
    (folder / "story.txt").write_text("Officials met on Monday to discuss the port.", encoding="utf-8")
    for n in (1, 2, 4):
        records, _ = ingest_all(folder, PipelineConfig(n_shards=n))
        empty = [records["empty_a.txt"], records["empty_b.txt"]]
        assert all(r.status == "rejected" and r.error and r.duplicate_of is None for r in empty)


# user15's archive: a UTF-8 article with one Windows apostrophe (byte 0x92) pasted in. Read as
# Latin-1 as a whole, every curly quote became "â€™" and Zürich "ZÃ¼rich" (actors and quotations
# no longer found), with no warning.
MIXED_TEXT = (
    "Minister’s “reform” plan criticised\n\nThe café owners’ association said on Monday that the "
    "minister’s plan – announced in Zürich – would cost €2m. “It is a disaster,” its président said.\n"
)


def test_utf8_text_with_a_stray_cp1252_byte_keeps_its_utf8_characters(tmp_path):
    data = MIXED_TEXT.encode("utf-8").replace(b"on Monday", b"on Monday\x92s")
    text, encoding = decode_bytes(data)
    assert encoding == "utf-8+cp1252"
    assert text == MIXED_TEXT.replace("on Monday", "on Monday’s")
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    (item,) = read_source(path, "story.txt", SourceSettings())
    assert item.text == text and item.encoding == "utf-8+cp1252"
    assert any("stray bytes" in w for w in item.warnings)


def test_cp1252_text_is_still_read_as_cp1252():
    assert decode_bytes(MIXED_TEXT.encode("cp1252")) == (MIXED_TEXT, "cp1252")
    latin = "Élections à Genève\n\nLe ministre a déclaré que la réforme était nécessaire.\n"
    assert decode_bytes(latin.encode("latin-1")) == (latin, "iso-8859-1")


def test_export_with_a_header_and_no_row_says_so_not_empty_file(tmp_path):
    # user15: a scraper's CSV of one header line (a run that found nothing) was reported as "empty
    # file", which its 14 bytes are not; the reader's own reason was dropped.
    (tmp_path / "header.csv").write_text("id,title,text\n", encoding="utf-8")
    (tmp_path / "blank.jsonl").write_text("\n\n", encoding="utf-8")
    (tmp_path / "empty.csv").write_bytes(b"")
    records, _ = ingest_shard(tmp_path, 0, PipelineConfig(n_shards=1))
    by_path = {r.source_path: r for r in records}
    assert by_path["header.csv"].error.startswith("no rows: the export is empty or holds only a header")
    assert by_path["header.csv"].n_bytes == 14
    assert by_path["blank.jsonl"].error.startswith("no rows:")
    assert by_path["empty.csv"].error == "empty file"


def test_export_rows_have_the_size_of_their_bytes(tmp_path):
    # user15's archive: every export row had n_bytes 0 (a WARC record has its length); the size is
    # that of the bytes its sha256 covers.
    row = b'{"text": "The port reopened on Tuesday."}\n'
    (tmp_path / "scrape.jsonl").write_bytes(row + b"not json\n")
    (tmp_path / "scrape.csv").write_bytes(b'id,text\n1,"Ships are back.\nThe quay is open."\n')
    records, _ = ingest_shard(tmp_path, 0, PipelineConfig(n_shards=1))
    sizes = {(r.source_path, r.locator): (r.n_bytes, r.sha256) for r in records}
    assert sizes[("scrape.jsonl", "line:1")] == (len(row), hashlib.sha256(row).hexdigest())
    assert sizes[("scrape.jsonl", "line:2")][0] == len(b"not json\n")
    assert sizes[("scrape.csv", "line:2")][0] == len(b'1,"Ships are back.\nThe quay is open."\n')
