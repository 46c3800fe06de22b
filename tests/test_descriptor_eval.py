"""Scoring descriptor coreference against labels (narrative_pipeline.descriptor_eval and
workflow/scripts/score_descriptors.py) on a made-up article."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from narrative_pipeline.descriptor_eval import Label, Mention, check_labels, read_labels, score_descriptors

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "news/business/kallstad.txt"
TEXT = "Kallstad raises prices\n\nBrewer Kallstad raised prices. The firm said costs rose. The group denied it."


def span(word: str, nth: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(nth):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def label(word: str, referent: str = "Kallstad", named: bool = True, debatable: bool = False) -> Label:
    start, end = span(word)
    ref = span("Kallstad", 2) if named else (None, None)
    return Label(ARTICLE, start, end, word, start, end, referent, *ref, "company", debatable)


def mention(word: str, actor_id: str | None, method: str = "descriptor", nth: int = 1) -> Mention:
    start, end = span(word, nth)
    return Mention(ARTICLE, start, end, word, actor_id, method, "kind-of-named" if method == "descriptor" else "")


NAMES = {"disc.kallstad": "Kallstad", "disc.other": "Other Brewing"}


def test_a_label_is_found_when_a_mention_on_its_head_names_the_referent():
    mentions = [mention("Kallstad", "disc.kallstad", "ner-discovered", 2), mention("firm", "disc.kallstad")]
    report = score_descriptors([label("firm")], mentions, NAMES).as_dict()
    assert (report["found"], report["labels"], report["right"], report["descriptor_links"]) == (1, 1, 1, 1)
    assert report["by_head"]["firm"]["recall"] == 1.0 and report["by_rule"]["kind-of-named"]["precision"] == 1.0


def test_a_link_to_another_actor_is_a_miss_and_a_false_link():
    mentions = [mention("Kallstad", "disc.kallstad", "ner-discovered", 2), mention("firm", "disc.other")]
    report = score_descriptors([label("firm")], mentions, NAMES).as_dict()
    assert (report["recall"], report["precision"], report["f1"]) == (0.0, 0.0, 0.0)
    assert report["misses"][0]["text"] == "firm" and report["false_links"][0]["linked"] == "disc.other"


def test_a_descriptor_link_where_nothing_is_labelled_is_a_false_link():
    mentions = [mention("Kallstad", "disc.kallstad", "ner-discovered", 2), mention("group", "disc.kallstad")]
    report = score_descriptors([label("firm")], mentions, NAMES).as_dict()
    assert report["descriptor_links"] == 1 and report["right"] == 0
    assert report["false_links"][0]["want"] == "(no descriptor labelled here)"


def test_an_unnamed_referent_is_matched_by_the_actors_display_name():
    mentions = [mention("firm", "disc.kallstad")]
    report = score_descriptors([label("firm", named=False)], mentions, NAMES).as_dict()
    assert report["found"] == 1


def test_close_calls_count_for_precision_but_not_for_recall():
    mentions = [mention("Kallstad", "disc.kallstad", "ner-discovered", 2), mention("group", "disc.kallstad")]
    labels = [label("firm"), label("group", debatable=True)]
    report = score_descriptors(labels, mentions, NAMES).as_dict()
    assert (report["found"], report["labels"], report["found_with_debatable"], report["labels_with_debatable"]) == (
        0, 1, 1, 2,
    )  # fmt: skip
    assert (report["right"], report["descriptor_links"]) == (1, 1)


def test_labels_are_checked_against_the_archived_text(tmp_path):
    (tmp_path / ARTICLE).parent.mkdir(parents=True)
    (tmp_path / ARTICLE).write_text(TEXT, encoding="utf-8")
    good, bad = label("firm"), Label(ARTICLE, 0, 4, "firm", 0, 4, "Kallstad", None, None, "company", False)
    assert check_labels([good], tmp_path) == [] and len(check_labels([bad], tmp_path)) == 1


def results_folder(tmp_path: Path, source_path: str = ARTICLE) -> Path:
    """A results folder whose one article has a name and a descriptor that refers to it."""
    results = tmp_path / "results"
    (results / "actors").mkdir(parents=True)
    (results / "ingest/shards").mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist([{"article_id": "a1", "source_path": source_path}]),
                   results / "ingest/shards/0.articles.parquet")  # fmt: skip
    rows = [
        {"article_id": "a1", "start": m.start, "end": m.end, "text": m.text, "actor_id": m.actor_id,
         "link_method": m.link_method, "type_rule": m.type_rule or "ner-label"}
        for m in [mention("Kallstad", "disc.kallstad", "ner-discovered", 2), mention("firm", "disc.kallstad")]
    ]  # fmt: skip
    pq.write_table(pa.Table.from_pylist(rows), results / "actors/mentions.parquet")
    pq.write_table(pa.Table.from_pylist([{"actor_id": "disc.kallstad", "name": "Kallstad"}]),
                   results / "actors/actors.parquet")  # fmt: skip
    return results


SCRIPT = ROOT / "workflow/scripts/score_descriptors.py"


def run_script(*args: object) -> subprocess.CompletedProcess:
    """The script run as `python SCRIPT ARGS` in this process (`runpy`, its `__main__` block included): its exit code
    and output as a process of its own gives them (test_the_script_reads_a_results_folder runs one) without the
    interpreter's start and imports, about 0.7 CPU s a run."""
    import contextlib
    import io
    import runpy

    argv, out, err = sys.argv, io.StringIO(), io.StringIO()
    sys.argv = [str(SCRIPT), *map(str, args)]
    code: int = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            runpy.run_path(str(SCRIPT), run_name="__main__")
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.argv = argv
    return subprocess.CompletedProcess(sys.argv, code, out.getvalue(), err.getvalue())


def test_the_script_reads_a_results_folder(tmp_path):
    results = results_folder(tmp_path)
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps(label("firm").__dict__) + "\n", encoding="utf-8")
    out = tmp_path / "score.json"
    done = subprocess.run([sys.executable, SCRIPT, results, labels, "--json", out], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("recall    1/1 = 100.0 %")
    assert json.loads(out.read_text())["f1"] == 1.0
    assert read_labels(labels) == [label("firm")]


def test_the_script_finds_articles_copied_under_a_folder_and_holds_them_to_floors(tmp_path):
    # the quality gate copies the corpus articles under input/bbc-news/
    results = results_folder(tmp_path, source_path="bbc-news/" + ARTICLE)
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps(label("firm").__dict__) + "\n", encoding="utf-8")
    floors = tmp_path / "floors.yaml"
    for recall, code in ((1.0, 0), (0.5, 0)):
        floors.write_text(f"descriptors:\n  labels.jsonl:\n    descriptor_recall: {recall}\n", encoding="utf-8")
        done = run_script(results, labels, "--floors", floors)
        assert done.returncode == code, done.stdout + done.stderr
    other = tmp_path / "other.jsonl"  # a label whose referent the results never link
    other.write_text(json.dumps({**label("firm").__dict__, "referent_start": None, "referent": "Nobody"}) + "\n")
    floors.write_text("descriptors:\n  other.jsonl:\n    descriptor_recall: 0.5\n", encoding="utf-8")
    done = run_script(results, other, "--floors", floors)
    assert done.returncode == 1 and "BELOW FLOOR" in done.stdout


def test_a_copy_of_the_article_under_another_name_does_not_hide_its_links(tmp_path):
    # the quality gate also writes the articles the statement gold quotes, under names of their own:
    # the copy has the same content, hence the same id, and `duplicate_of` names the first
    results = results_folder(tmp_path, source_path="bbc-news/" + ARTICLE)
    articles = [
        {"article_id": "a1", "source_path": "bbc-news/" + ARTICLE, "duplicate_of": None},
        {"article_id": "a1", "source_path": "statements/p001.txt", "duplicate_of": "bbc-news/" + ARTICLE},
    ]
    pq.write_table(pa.Table.from_pylist(articles), results / "ingest/shards/0.articles.parquet")
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps(label("firm").__dict__) + "\n", encoding="utf-8")
    done = run_script(results, labels)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("recall    1/1 = 100.0 %")
