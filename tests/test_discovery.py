"""Discovery: content ids, URL shard keys, stable shards, listing without reading."""

from __future__ import annotations

import pytest
from narrative_pipeline.discovery import discover, list_paths, page_url, plan_shards, position, shard_count, url_key
from narrative_pipeline.hashing import MAX_SHARDS, article_id_from_sha, sha256_bytes, shard_of


def test_url_key_ignores_fragment_tracking_and_www():
    base = url_key("https://example.org/news/a")
    assert base == url_key("https://www.Example.org/news/a/#top")
    assert base == url_key("https://example.org/news/a?utm_source=x")
    assert base != url_key("https://example.org/news/b") and url_key(None) == "" and url_key("  ") == ""


def test_page_url_from_saved_page_head():
    assert page_url(b'<head><link rel="canonical" href="https://x.org/a"></head>') == "https://x.org/a"
    assert page_url(b"<!-- saved from url=(0019)https://y.org/b -->") == "https://y.org/b"
    assert page_url(b'<meta property="og:url" content="https://z.org/c">') == "https://z.org/c"
    assert page_url(b"<html><body>no url</body></html>") is None


def test_text_files_get_content_ids_and_shards_from_them(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"Headline\n\nBody.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub/b.txt").write_bytes(b"Headline\n\nBody.\n")
    entries = discover(tmp_path)
    assert [e.rel_path for e in entries] == ["a.txt", "sub/b.txt"]
    assert entries[0].article_id == entries[1].article_id == article_id_from_sha(sha256_bytes(b"Headline\n\nBody.\n"))
    plan = plan_shards(entries, 4)
    assert sorted(plan) == [0, 1, 2, 3]
    assert plan[shard_of(entries[0].article_id, 4)] == entries
    assert list_paths(tmp_path) == ["a.txt", "sub/b.txt"]


def test_a_page_with_a_url_is_sharded_by_it(tmp_path):
    (tmp_path / "p.html").write_text('<html><head><link rel="canonical" href="https://x.org/a"></head></html>')
    (entry,) = discover(tmp_path)
    assert entry.shard_key == url_key("https://x.org/a") and entry.key == entry.shard_key


def test_positions_sort_numerically():
    assert sorted(["warc:100", "warc:20", ""], key=position) == ["", "warc:20", "warc:100"]


def test_file_digests_are_cached_by_stamp_and_refreshed_when_the_file_changes(tmp_path):
    folder, cache = tmp_path / "in", tmp_path / "cache"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"One\n\nFirst text.\n")
    first = discover(folder, cache)
    assert (cache / "files.json").is_file()
    assert discover(folder, cache) == first
    (folder / "a.txt").write_bytes(b"One\n\nSecond, longer text.\n")
    (second,) = discover(folder, cache)
    assert second.sha256 == sha256_bytes(b"One\n\nSecond, longer text.\n") != first[0].sha256


@pytest.mark.parametrize(
    "n_entries,n_shards,max_per_shard,expected",
    [
        (1, 16, 200, 16),  # a small corpus keeps the configured count
        (3200, 16, 200, 16),  # 200 a shard on average: still fits
        (3201, 16, 200, 32),  # one more: every shard splits in two
        (4170, 16, 200, 32),  # the doubled BBC corpus
        (10**9, 16, 200, 4096),  # never above the settings' bound
        (10**6, 16, 0, 16),  # 0 turns it off
    ],
)
def test_shard_count_doubles_until_the_corpus_fits(n_entries, n_shards, max_per_shard, expected):
    assert shard_count(n_entries, n_shards, max_per_shard) == expected


@pytest.mark.parametrize("n_shards", [3, 100, 3000, 4095])
def test_shard_count_never_doubles_past_the_bound(n_shards):
    """review20a: a count that is no power of two doubled past MAX_SHARDS (3000 -> 6000): the doubling stops at the
    last count within the bound, as the settings' bound says."""
    count = shard_count(10**9, n_shards, 1)
    assert count <= MAX_SHARDS and count * 2 > MAX_SHARDS and count % n_shards == 0


def test_a_doubled_count_splits_each_shard_in_two(tmp_path):
    """Membership is stable but for the doubling: an entry of shard k goes to k or k + n."""
    for k in range(40):
        (tmp_path / f"a{k}.txt").write_text(f"text number {k}", encoding="utf-8")
    entries = discover(tmp_path)
    small = {e.key: k for k, es in plan_shards(entries, 4).items() for e in es}
    large = plan_shards(entries, 4, max_per_shard=5)
    assert len(large) == 8
    assert all(small[e.key] == k % 4 for k, es in large.items() for e in es)


def test_identical_content_under_several_urls_meets_in_one_shard(tmp_path):
    text = b"Port reopens\n\nThe port reopened on Tuesday, officials said.\n"
    for i in range(8):
        (tmp_path / f"a{i}.txt").write_bytes(text)
        (tmp_path / f"a{i}.meta.json").write_text(f'{{"url": "https://o{i}.example.org/x"}}')
    entries = discover(tmp_path)
    copies = [e for e in entries if e.rel_path.endswith(".txt")]
    assert len({e.key for e in copies}) == 8 and len({e.article_id for e in copies}) == 1
    for n in (16, 32):
        plan = plan_shards(entries, n)
        (shard,) = {s for s, members in plan.items() for e in members if e in copies}
        assert shard == shard_of(min(e.key for e in copies), n)


def test_records_that_are_no_candidates_keep_their_own_shard():
    """WARC requests and redirects share the digest of an empty payload; they get no document, so
    they are not pulled together into one shard (which would make it read every WARC file)."""
    from narrative_pipeline.discovery import Entry

    empty = article_id_from_sha(sha256_bytes(b""))
    others = [
        Entry(f"crawl{i}.warc.gz", "file", "0" * 64, 10, empty, f"warc:{i}", url_key(f"https://e{i}.org/"), False)
        for i in range(40)
    ]
    plan = plan_shards(others, 16)
    for e in others:
        (shard,) = {s for s, members in plan.items() if e in members}
        assert shard == shard_of(e.key, 16)
    assert len({s for s, members in plan.items() if members}) > 1


def test_records_that_are_no_candidates_do_not_double_the_shards():
    """review20a: the doubling counts candidate articles, as README and the config say, not a WARC's requests."""
    from narrative_pipeline.discovery import Entry

    empty = article_id_from_sha(sha256_bytes(b""))
    pages = [
        Entry(f"crawl{i}.warc.gz", "file", "0" * 64, 10, article_id_from_sha(sha256_bytes(b"%d" % i)), f"warc:{i}")
        for i in range(40)
    ]
    requests = [
        Entry(f"crawl{i}.warc.gz", "file", "0" * 64, 10, empty, f"warc:{i + 100}", url_key(f"https://e{i}.org/"), False)
        for i in range(40)
    ]
    assert len(plan_shards(pages + requests, 4, max_per_shard=10)) == 4  # 40 candidate articles: 10 a shard
