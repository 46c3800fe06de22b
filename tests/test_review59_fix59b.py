"""fix59b: review59's findings 3, 4, 5, 8 and 15 (a read-only review of session 52's main), one test per
behaviour change, each with the near case that must not change."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from narrative_pipeline.failures import not_analysed_summary
from narrative_pipeline.ingest import ingest_shard
from narrative_pipeline.records import ArticleRecord
from narrative_pipeline.report.overview import reason_kind, run_counts
from narrative_pipeline.report.rows import Listings
from narrative_pipeline.settings import PipelineConfig
from narrative_pipeline.tables import write_records

STORY = "The minister said on Monday that the plant would close next year, and unions said they would fight it.\n"


@pytest.fixture(scope="module")
def folder_rows(tmp_path_factory) -> list[ArticleRecord]:
    """A corpus folder as researchers have them: articles, a readme.md, a license without an ending, a
    binary `.txt`, an empty `.txt` and a copy of an article whose name sorts first."""
    folder = tmp_path_factory.mktemp("fix59b") / "input"
    folder.mkdir()
    (folder / "csa-could-close.txt").write_text("Plant could close\n\n" + STORY, encoding="utf-8")
    (folder / "copy-of-csa.txt").write_bytes((folder / "csa-could-close.txt").read_bytes())
    (folder / "readme.md").write_text("# A corpus\n\nTexts of 2005.\n", encoding="utf-8")
    (folder / "license").write_text("Free for research.\n", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    (folder / "empty.txt").write_bytes(b"")
    cfg = PipelineConfig(n_shards=1)
    rows, _ = ingest_shard(folder, 0, cfg)
    return rows


def _by_path(rows: list[ArticleRecord]) -> dict[str, ArticleRecord]:
    return {r.source_path: r for r in rows}


# --- finding 5: a file whose ending the pipeline does not read is not a failed article ---------------------


def test_a_corpus_readme_and_license_are_unsupported_not_unreadable(folder_rows):
    """m61-bbc's overview listed the corpus's readme.md and license under "articles that could not be read",
    and `WHERE rejection = 'unreadable'` (the README's count of failures) counted them."""
    rows = _by_path(folder_rows)
    assert rows["readme.md"].rejection == rows["license"].rejection == "unsupported"
    assert rows["readme.md"].error.startswith("unsupported file type .md")


def test_binary_and_empty_texts_stay_unreadable(folder_rows):
    """The near case: a `.txt` meant as an article that could not be read is still a failure."""
    rows = _by_path(folder_rows)
    assert rows["broken.txt"].rejection == rows["empty.txt"].rejection == "unreadable"
    assert rows["csa-could-close.txt"].rejection is None and rows["csa-could-close.txt"].status == "ok"


def test_an_ending_outside_include_suffixes_is_unsupported_and_a_listed_one_is_read(tmp_path):
    folder = tmp_path / "input"
    folder.mkdir()
    (folder / "a.txt").write_text("Plant could close\n\n" + STORY, encoding="utf-8")
    (folder / "b.text").write_text("Plant could close too\n\n" + STORY, encoding="utf-8")
    rows, _ = ingest_shard(folder, 0, PipelineConfig(n_shards=1, include_suffixes=[".txt"]))
    by = _by_path(rows)
    assert by["b.text"].rejection == "unsupported" and by["a.txt"].status == "ok"


def test_the_overview_counts_unsupported_files_apart_from_unreadable_articles():
    rows = [("a.txt", "ok", None, None)] * 2
    rows += [("readme.md", "rejected", "unsupported file type .md: readable endings are .txt", "unsupported")]
    rows += [("license", "rejected", "unsupported file type (none): readable endings are .txt", "unsupported")]
    rows += [("b.txt", "rejected", "empty file", "unreadable")]
    articles = pd.DataFrame(rows, columns=["source_path", "status", "error", "rejection"])
    listings = Listings({"articles": articles}, {})
    listings.sink = lambda *_: None
    html = run_counts(listings.tables, listings)
    found = [(k.strip(), int(n)) for k, n in re.findall(r"<tr><td>([^<]+)</td><td><a[^>]*>(\d+)</a>", html)]
    assert found[found.index(("status rejected", 3)) : found.index(("status rejected", 3)) + 6] == [
        ("status rejected", 3),
        ("rejected: files of an ending the pipeline does not read (readme, license, ...)", 2),
        ("unsupported: unsupported file type (none): readable endings are .txt", 1),
        ("unsupported: unsupported file type .md: readable endings are .txt", 1),
        ("rejected: articles that could not be read", 1),
        ("unreadable: empty file", 1),
    ]


# --- finding 3: the kept copy is the one whose path sorts first ---------------------------------------------


def test_the_copy_whose_path_sorts_first_is_kept_and_the_report_says_so(folder_rows):
    """A copy named copy-of-csa.txt turns the original into the duplicate; the overview said "duplicate of an
    earlier source", which reads as earlier in time."""
    rows = _by_path(folder_rows)
    assert rows["csa-could-close.txt"].duplicate_of == "copy-of-csa.txt"
    assert rows["csa-could-close.txt"].skip_reason == "duplicate of copy-of-csa.txt"  # the row is as before
    assert reason_kind(rows["csa-could-close.txt"].skip_reason) == "duplicate of a source that sorts earlier (by path)"
    assert reason_kind("same text as web/x.html") == "same text as a source that sorts earlier (by path)"


# --- finding 4: one console line at the end of a run names what was not analysed --------------------------


def test_the_end_of_a_run_names_rejected_and_skipped_files(folder_rows, tmp_path):
    path = tmp_path / "articles.parquet"
    write_records(path, folder_rows, ArticleRecord)
    assert not_analysed_summary(path) == [
        "4 files rejected (2 unreadable, 2 unsupported ending), 1 duplicate skipped: see validation/report.json "
        "(articles_not_analysed)"
    ]


def test_one_kind_is_named_without_a_count_and_records_are_named_as_such(folder_rows, tmp_path):
    path = tmp_path / "articles.parquet"
    broken = _by_path(folder_rows)["broken.txt"]
    record = broken.model_copy(update={"locator": "warc:276", "source_path": "crawl.warc.gz"})
    write_records(path, [broken, record], ArticleRecord)
    assert not_analysed_summary(path) == [
        "2 files or records rejected (unreadable): see validation/report.json (articles_not_analysed)"
    ]


def test_a_run_that_analysed_everything_prints_nothing(folder_rows, tmp_path):
    path = tmp_path / "articles.parquet"
    write_records(path, [r for r in folder_rows if r.analysed], ArticleRecord)
    assert not_analysed_summary(path) == [] and not_analysed_summary(tmp_path / "missing.parquet") == []


def test_other_language_skips_are_counted_apart_from_duplicates(folder_rows, tmp_path):
    path = tmp_path / "articles.parquet"
    kept = next(r for r in folder_rows if r.analysed)
    german = kept.model_copy(update={"analysed": False, "skip_reason": "language 'de' is not handled by the model"})
    write_records(path, [kept, german], ArticleRecord)
    assert not_analysed_summary(path) == [
        "1 skipped (other language): see validation/report.json (articles_not_analysed)"
    ]


def test_the_snakefile_prints_the_line_when_the_run_ends():
    snakefile = (Path(__file__).resolve().parents[1] / "Snakefile").read_text(encoding="utf-8")
    onsuccess = snakefile[snakefile.index("onsuccess:") : snakefile.index("onerror:")]
    assert 'not_analysed_summary(Path(R) / "ingest/articles.parquet")' in onsuccess


# --- finding 8: the report's narratives in the table's order -------------------------------------------------


def _narratives() -> dict[str, pd.DataFrame]:
    """Apple ACCUSE has the most statements (11, in 2 articles) but rank 3; BBC's m61 run had it as the 5th bar
    with rank 44."""
    nar = pd.DataFrame(
        [
            ("n1", 1, 6, 5, "blair", "CONSULT", "bush", False),
            ("n2", 2, 4, 4, "un", "AID", None, False),
            ("n3", 3, 11, 2, "apple", "ACCUSE", None, False),
        ],
        columns=[
            "narrative_id",
            "rank",
            "n_statements",
            "n_articles",
            "agent_actor_id",
            "action_class",
            "patient_actor_id",
            "negated",
        ],
    )
    stm = pd.DataFrame(
        [("s1", "apple", "ACCUSE", None, False), ("s2", None, None, None, False), ("s3", "un", None, None, False)],
        columns=["statement_id", "agent_actor_id", "action_class", "patient_actor_id", "negated"],
    )
    return {"narratives": nar, "statements": stm}


def test_the_narratives_bars_follow_rank_and_count_articles():
    from narrative_pipeline.report.overview import narratives_section

    tables = _narratives()
    listings = Listings(tables, {})
    listings.sink = lambda *_: None
    html = narratives_section(tables, listings, {"blair": "Tony Blair", "bush": "George Bush", "un": "UN"})
    values = re.findall(r"<title>([^<]+): (\d+)</title></rect>", html)
    assert values == [("Tony Blair CONSULT George Bush", "5"), ("UN AID —", "4"), ("apple ACCUSE —", "2")]
    assert "the order of the table&#x27;s rank" in html or "the order of the table's rank" in html


def test_without_a_rank_column_the_bars_fall_back_to_articles_then_statements():
    from narrative_pipeline.report.overview import narratives_section

    tables = _narratives()
    tables["narratives"] = tables["narratives"].drop(columns="rank").iloc[::-1]
    listings = Listings(tables, {})
    listings.sink = lambda *_: None
    html = narratives_section(tables, listings, {})
    assert [v for _, v in re.findall(r"<title>([^<]+): (\d+)</title></rect>", html)] == ["5", "4", "2"]


# --- finding 15: the classified statements beside the total ------------------------------------------------


def test_the_overview_gives_the_classified_statements_beside_the_total():
    tables = {"articles": pd.DataFrame({"source_path": ["a.txt"], "status": ["ok"]}), **_narratives()}
    listings = Listings(tables, {})
    written: dict[str, str] = {}
    listings.sink = written.__setitem__
    html = run_counts(listings.tables, listings)
    found = [(k.strip(), int(n)) for k, n in re.findall(r"<tr><td>([^<]+)</td><td><a[^>]*>(\d+)</a>", html)]
    at = found.index(("statements", 3))
    assert found[at + 1] == ("of them classified (a PLOVER category)", 1)
    page = next(v for k, v in written.items() if "classified" in k)
    assert "s1" in page and "s2" not in page and "s3" not in page


def test_no_statements_table_no_classified_line():
    tables = {"articles": pd.DataFrame({"source_path": ["a.txt"], "status": ["ok"]})}
    listings = Listings(tables, {})
    listings.sink = lambda *_: None
    assert "classified" not in run_counts(listings.tables, listings)


# --- finding 6: every field of the Data Package has a description ------------------------------------------


def test_every_public_table_field_has_a_description():
    """78 fields (claim_type, certainty, claimer_actor_id, start, end, ...) had none, though the README promises
    the Data Package gives each field's description."""
    from narrative_pipeline.catalogue import public
    from narrative_pipeline.datapackage import table_schema

    bare = [
        f"{spec.name}.{field['name']}"
        for spec in public()
        for field in table_schema(spec.model, spec.key)["fields"]
        if not field.get("description")
    ]
    assert bare == []
