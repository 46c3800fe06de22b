"""The seeded draws of web news pages stay records: run again, each gives the pages of the set it was drawn for
(gold-web-dev40, actors-handcheck-web41), though hand checks made after it add rows to the pages it counts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "workflow/scripts"
EVAL = ROOT / "config/eval"
PAGES = Path("/work/shared/corpora/web-pages/html")


def drawn(script: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, str(SCRIPTS / script)], cwd=SCRIPTS, capture_output=True, text=True, check=True
    ).stdout
    return {line for line in out.splitlines() if line.endswith(".html")}


@pytest.mark.slow
@pytest.mark.skipif(not PAGES.is_dir(), reason="the shared web pages are not on this machine")
def test_the_dev40_draw_gives_gold_web_dev40s_pages():
    assert drawn("draw_gold_web_dev40.py") == {p.stem + ".html" for p in (EVAL / "gold-web-dev40").glob("*.json")}


@pytest.mark.slow
@pytest.mark.skipif(not PAGES.is_dir(), reason="the shared web pages are not on this machine")
def test_the_web41_draw_gives_its_hand_checks_pages():
    lines = (EVAL / "actors-handcheck-web41.jsonl").read_text(encoding="utf-8").splitlines()
    assert drawn("draw_actors_handcheck_web41.py") == {json.loads(line)["source_path"] for line in lines if line}


M42_BBC = Path("/work/runs/m42-bbc")


@pytest.mark.slow
@pytest.mark.skipif(not M42_BBC.is_dir(), reason="main e9fe8eb's BBC run (m42-bbc) is not on this machine")
def test_the_bbc55_draw_gives_its_hand_checks_mentions():
    sys.path.insert(0, str(SCRIPTS))
    from draw_actors_handcheck_bbc55 import sample

    lines = (EVAL / "actors-handcheck-bbc55.jsonl").read_text(encoding="utf-8").splitlines()
    kept = [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in map(json.loads, lines)]
    assert [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in sample(M42_BBC)] == kept


M44_BBC = Path("/work/runs/m44-bbc")


@pytest.mark.slow
@pytest.mark.skipif(not M44_BBC.is_dir(), reason="main 7ab58db's BBC run (m44-bbc) is not on this machine")
def test_the_pol57_draw_gives_its_hand_checks_mentions():
    sys.path.insert(0, str(SCRIPTS))
    from draw_actors_handcheck_pol57 import sample

    lines = (EVAL / "actors-handcheck-pol57.jsonl").read_text(encoding="utf-8").splitlines()
    kept = [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in map(json.loads, lines)]
    assert [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in sample(M44_BBC)] == kept


M46_BBC = Path("/work/runs/m46-bbc")


@pytest.mark.slow
@pytest.mark.skipif(not M46_BBC.is_dir(), reason="main 18c6d37's BBC run (m46-bbc) is not on this machine")
def test_the_biz59_draw_gives_its_hand_checks_mentions():
    sys.path.insert(0, str(SCRIPTS))
    from draw_actors_handcheck_biz59 import sample

    lines = (EVAL / "actors-handcheck-biz59.jsonl").read_text(encoding="utf-8").splitlines()
    kept = [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in map(json.loads, lines)]
    assert [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in sample(M46_BBC)] == kept


M48_BBC = Path("/work/runs/m48-bbc")


@pytest.mark.slow
@pytest.mark.skipif(not M48_BBC.is_dir(), reason="main e842a464's BBC run (m48-bbc) is not on this machine")
def test_the_ent62_draw_gives_its_hand_checks_mentions():
    sys.path.insert(0, str(SCRIPTS))
    from draw_actors_handcheck_ent62 import sample

    lines = (EVAL / "actors-handcheck-ent62.jsonl").read_text(encoding="utf-8").splitlines()
    kept = [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in map(json.loads, lines)]
    assert [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in sample(M48_BBC)] == kept


M60_BBC = Path("/work/runs/m60-bbc")


@pytest.mark.slow
@pytest.mark.skipif(not M60_BBC.is_dir(), reason="main e60e9f51's BBC run (m60-bbc) is not on this machine")
def test_the_spt76_draw_gives_its_hand_checks_mentions():
    sys.path.insert(0, str(SCRIPTS))
    from draw_actors_handcheck_spt76 import sample

    lines = (EVAL / "actors-handcheck-spt76.jsonl").read_text(encoding="utf-8").splitlines()
    kept = [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in map(json.loads, lines)]
    assert [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in sample(M60_BBC)] == kept
