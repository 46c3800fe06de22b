"""speed42: the changes' row keys and comparison staged beside the report's pages (`changes --staged`), completed
by publish with the manifest: the same changes.json and kept state as `compare` makes in publish."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from narrative_pipeline import changes
from narrative_pipeline.cli import main
from report_fixtures import make_results

MANIFEST = {"code_version": "1.0", "code_digest": "abc", "components": {"claims": "claims.rules.v1"}}


@pytest.fixture()
def results(tmp_path) -> Path:
    return make_results(tmp_path / "results")


def _compared(results: Path, out: Path) -> tuple[bytes, bytes]:
    """changes.json and the state's bytes as publish made them before (`compare`), nothing kept."""
    _, current = changes.compare(results, out)
    return out.read_bytes(), changes.state_bytes(current)


def _staged(results: Path, folder: Path, out: Path) -> tuple[bytes, bytes]:
    found = changes.staged_changes(results, folder)
    assert found is not None
    changes_now, state = changes.publish_changes(results, out, folder)
    assert (changes_now, state) == found
    return out.read_bytes(), state


def _change_a_file(results: Path) -> None:
    path = results / "ingest/articles.parquet"
    rows = pq.read_table(path).to_pylist()
    rows[1]["sha256"] = "f" * 64
    pq.write_table(pa.Table.from_pylist(rows), path)


@pytest.mark.parametrize("manifest", [None, MANIFEST])
def test_staged_changes_of_a_first_run_are_the_compared_ones(results, tmp_path, manifest):
    if manifest is not None:
        (results / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    changes.stage(results, tmp_path / "staged")
    assert _staged(results, tmp_path / "staged", tmp_path / "a.json") == _compared(results, tmp_path / "b.json")


def test_staged_changes_after_a_kept_state_are_the_compared_ones(results, tmp_path):
    """Rows and files changed and the provenance moved since the kept state: the staged folder, completed with
    the manifest written after it (as publish writes it), gives the bytes `compare` gives."""
    (results / "manifest.json").write_text(json.dumps(MANIFEST), encoding="utf-8")
    changes.run(results, tmp_path / "first.json")
    _change_a_file(results)
    changes.stage(results, tmp_path / "staged")
    moved = {**MANIFEST, "code_digest": "def", "components": {"claims": "claims.rules.v2", "actors": "v1"}}
    (results / "manifest.json").write_text(json.dumps(moved), encoding="utf-8")
    staged = _staged(results, tmp_path / "staged", tmp_path / "a.json")
    assert staged == _compared(results, tmp_path / "b.json")
    found = json.loads(staged[0])
    assert found["files"]["changed"]["items"] == ["plain.txt"] and set(found["provenance"]) == {
        "code_digest",
        "components.actors",
        "components.claims",
    }


def test_state_parts_join_to_the_kept_state(results):
    rows = changes.rows_state(results)
    head, tail = changes.state_parts(rows)
    assert changes.joined_state(head, tail, None) == changes.state_bytes(rows)
    prov = changes.provenance(MANIFEST)
    assert changes.joined_state(head, tail, prov) == changes.state_bytes({**rows, "provenance": prov})


def test_a_staged_folder_is_not_used_against_another_kept_state(results, tmp_path):
    """A state kept after the folder was staged (another publish, a state deleted or edited): compared again."""
    changes.stage(results, tmp_path / "staged")
    changes.run(results, tmp_path / "other.json")  # keeps a state the folder was not made against
    assert changes.staged_changes(results, tmp_path / "staged") is None
    made = changes.publish_changes(results, tmp_path / "a.json", tmp_path / "staged")
    assert (tmp_path / "a.json").read_bytes() == _compared(results, tmp_path / "b.json")[0]
    assert made[1] == _compared(results, tmp_path / "b.json")[1]
    (results / changes.STATE).unlink()
    changes.stage(results, tmp_path / "staged2")
    assert changes.staged_changes(results, tmp_path / "staged2") is not None  # near case: the same (no) state
    changes.run(results, tmp_path / "again.json")
    assert changes.staged_changes(results, tmp_path / "staged2") is None


def test_a_staged_folder_is_not_used_with_other_tables(results, tmp_path):
    changes.stage(results, tmp_path / "staged")
    assert changes.staged_changes(results, tmp_path / "staged") is not None
    _change_a_file(results)
    assert changes.staged_changes(results, tmp_path / "staged") is None
    changes.publish_changes(results, tmp_path / "a.json", tmp_path / "staged")
    assert json.loads((tmp_path / "a.json").read_text())["files"]["added"]["n"] == 3


@pytest.mark.parametrize("damage", ["missing", "header", "tail"])
def test_a_missing_or_damaged_staged_folder_is_compared_again(results, tmp_path, damage):
    folder = tmp_path / "staged"
    if damage != "missing":
        changes.stage(results, folder)
        if damage == "header":
            (folder / changes.HEADER).write_text("{not json", encoding="utf-8")
        else:
            (folder / changes.TAIL).unlink()
    assert changes.staged_changes(results, folder) is None
    changes.publish_changes(results, tmp_path / "a.json", folder)
    assert (tmp_path / "a.json").read_bytes() == _compared(results, tmp_path / "b.json")[0]


def test_the_command_stages_and_keeps_nothing(results, tmp_path):
    folder = tmp_path / "staged"
    assert main(["changes", "--results", str(results), "--staged", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted([changes.HEADER, changes.HEAD, changes.TAIL])
    assert not (results / changes.STATE).exists()
    with pytest.raises(SystemExit):  # one of --out and --staged
        main(["changes", "--results", str(results)])
