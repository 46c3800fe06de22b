"""Article documents: one per candidate article id, rejected files included, rows grouped and sorted."""

from __future__ import annotations

from narrative_pipeline.documents import documents
from narrative_pipeline.export import write_documents
from narrative_pipeline.records import ArticleRecord, SentenceRecord


def article(aid: str, path: str, ok: bool = True, locator: str = "", candidate: bool = True) -> ArticleRecord:
    return ArticleRecord(
        article_id=aid, source_path=path, sha256="0" * 64, n_bytes=1, media_type="text/plain", encoding=None,
        language=None, language_score=None, title=None, url=None, published_at=None, archived_at=None,
        status="ok" if ok else "rejected", error=None if ok else "empty file", duplicate_of=None, analysed=ok,
        skip_reason=None, n_chars=None, shard=0, locator=locator, candidate=candidate,
    )  # fmt: skip


def sentence(aid: str, k: int) -> SentenceRecord:
    return SentenceRecord(
        article_id=aid, sentence_id=f"{aid}:s{k:04d}", paragraph_index=k, sentence_index=k, start=k, end=k + 1,
        text="x", role="body",
    )  # fmt: skip


def test_one_document_per_candidate_id_with_the_first_source_and_sorted_rows():
    a, b = "a" * 16, "b" * 16
    rows = [article(a, "z.txt"), article(a, "m.txt"), article(b, "bad.txt", ok=False)]
    rows.append(article("c" * 16, "crawl.warc", locator="warc:10", candidate=False))
    docs = documents(rows, [sentence(a, 1), sentence(a, 0)], [], [], [])
    assert [d.article.article_id for d in docs] == [a, b]
    assert docs[0].article.source_path == "m.txt"
    assert [s.sentence_index for s in docs[0].sentences] == [0, 1]
    assert docs[1].article.status == "rejected" and docs[1].sentences == []


def test_documents_are_written_once_and_byte_stable(tmp_path):
    docs = documents([article("a" * 16, "a.txt")], [sentence("a" * 16, 0)], [], [], [])
    assert write_documents(docs, tmp_path) == 1
    first = (tmp_path / f"{'a' * 16}.json").read_bytes()
    assert write_documents(docs, tmp_path) == 0
    assert (tmp_path / f"{'a' * 16}.json").read_bytes() == first
