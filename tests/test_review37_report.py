"""review37: speed41's report cuts (the actor pages to make known before any is made, the actors index made a column
at a time, the network's layouts kept between builds) tried against a report built from scratch: an actor renamed,
merged into another, gone, a label changed, the layouts file damaged, edited, of another version or of another
results folder, a results folder moved. docs/trial32.md "review37"."""

from __future__ import annotations

import importlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from narrative_pipeline.catalogue import table
from narrative_pipeline.report import build
from narrative_pipeline.report.network import LAYOUTS
from report_fixtures import extra_specs, make_results

ACTOR_PAGES = importlib.import_module("narrative_pipeline.report.actors")
BUILD = importlib.import_module("narrative_pipeline.report.builder")


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _table_path(results: Path, name: str) -> Path:
    narratives = {"framing", "actor_edges", "statements", "narratives"}
    return results / (f"narratives/{name}.parquet" if name in narratives else table(name).path)


def _change(results: Path, name: str, change: Callable[[pd.DataFrame], pd.DataFrame]) -> None:
    path = _table_path(results, name)
    change(pd.read_parquet(path)).reset_index(drop=True).to_parquet(path, index=False)


def _renamed(results: Path) -> None:
    _change(results, "actors", lambda a: a.assign(name=a.name.where(a.actor_id != "un", "United Nations Organisation")))


def _merged(results: Path) -> None:
    """The United Nations' rows given to Russia (as a registry merge of two entries would), its own row gone."""
    for name in ("mentions", "claim_actors"):
        _change(results, name, lambda t: t.assign(actor_id=t.actor_id.replace("un", "state_rus")))
    _change(results, "claims", lambda t: t.assign(claimer_actor_id=t.claimer_actor_id.replace("un", "state_rus")))
    _change(results, "actor_edges", lambda t: t.assign(agent_actor_id=t.agent_actor_id.replace("un", "state_rus")))
    _change(results, "actors", lambda a: a[a.actor_id != "un"])


def _gone(results: Path) -> None:
    """The United Nations gone from every table (a mention no longer found)."""
    for name in ("mentions", "claim_actors"):
        _change(results, name, lambda t: t[t.actor_id != "un"])
    _change(
        results, "claims", lambda t: t.assign(claimer_actor_id=t.claimer_actor_id.where(t.claimer_actor_id != "un"))
    )
    _change(results, "actor_edges", lambda t: t[t.agent_actor_id != "un"])
    _change(results, "actors", lambda a: a[a.actor_id != "un"])


def _relabelled(results: Path) -> None:
    _change(results, "framing", lambda t: t.assign(label="invader", label_lemma="invader"))


@pytest.fixture
def one_row_shown(monkeypatch):
    """Actor pages show one row of each list and link to the rest (`actors.CAP`, 200 in the report): the listings a
    page whose key is unchanged still makes (`build._placed`) are made in the small synthetic report too."""
    monkeypatch.setattr(ACTOR_PAGES, "CAP", 1)
    monkeypatch.setattr(BUILD, "CAP", 1)


@pytest.mark.parametrize("change", [_renamed, _merged, _gone, _relabelled], ids=lambda f: f.__name__.strip("_"))
def test_an_update_after_an_actor_changes_equals_a_build_from_scratch(tmp_path, one_row_shown, change):
    results = make_results(tmp_path / "results", extra=True)
    cache, report = tmp_path / "cache", tmp_path / "report"
    build(results, report, specs=extra_specs(), cache_dir=cache)
    assert any(p.startswith("rows/mentions-") for p in _files(report))  # (listings of an actor's page)
    change(results)
    after = build(results, report, specs=extra_specs(), cache_dir=cache)
    assert after["cached"] > 0  # an update, not a cold build
    build(results, tmp_path / "plain", specs=extra_specs())
    assert _files(report) == _files(tmp_path / "plain")


def _layouts(cache: Path) -> dict:
    return json.loads((cache / LAYOUTS).read_text(encoding="utf-8"))


def _edit_a_position(cache: Path) -> None:
    """A position of a kept layout moved (a hand edit, or a flipped digit on disk): still floats of the right shape."""
    data = _layouts(cache)
    key = sorted(data["layouts"])[0]
    data["layouts"][key][0][0] = 0.123456789
    (cache / LAYOUTS).write_text(json.dumps(data, sort_keys=True), encoding="utf-8")


def _truncate(cache: Path) -> None:
    (cache / LAYOUTS).write_bytes((cache / LAYOUTS).read_bytes()[:-40])


def _older_version(cache: Path) -> None:
    data = _layouts(cache)
    (cache / LAYOUTS).write_text(json.dumps({**data, "salt": "an older report code"}), encoding="utf-8")


@pytest.mark.parametrize("damage", [_edit_a_position, _truncate, _older_version], ids=lambda f: f.__name__.strip("_"))
def test_a_damaged_or_edited_layouts_file_gives_the_report_made_from_scratch(tmp_path, built, damage):
    results, cache, report = built
    assert _layouts(cache)["layouts"]
    damage(cache)
    (cache / "state.json").unlink()  # every page made again: the overview's and the network page's drawings
    build(results, report, specs=extra_specs(), cache_dir=cache)
    build(results, tmp_path / "plain", specs=extra_specs())
    assert _files(report) == _files(tmp_path / "plain")


def test_the_layouts_of_another_results_folder_give_the_report_made_from_scratch(tmp_path, built):
    results, cache, report = built
    other = make_results(tmp_path / "other", extra=True)
    _change(other, "actor_edges", lambda t: t.assign(n_statements=t.n_statements * 7))  # other drawings
    build(other, tmp_path / "other-report", specs=extra_specs(), cache_dir=tmp_path / "other-cache")
    shutil.copy(tmp_path / "other-cache" / LAYOUTS, cache / LAYOUTS)
    (cache / "state.json").unlink()
    build(results, report, specs=extra_specs(), cache_dir=cache)
    build(results, tmp_path / "plain", specs=extra_specs())
    assert _files(report) == _files(tmp_path / "plain")


def test_a_moved_project_updates_to_the_report_made_from_scratch(tmp_path, built):
    results, cache, report = built
    moved = tmp_path / "moved"
    moved.mkdir()
    for folder in (results, cache, report):
        shutil.move(folder, moved / folder.name)
    results, cache, report = (moved / p.name for p in (results, cache, report))
    _renamed(results)
    after = build(results, report, specs=extra_specs(), cache_dir=cache)
    assert after["cached"] > 0
    build(results, tmp_path / "plain", specs=extra_specs())
    assert _files(report) == _files(tmp_path / "plain")
