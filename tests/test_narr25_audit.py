"""narr25's audit of the statements table (`config/eval/narratives-audit-narr25.jsonl`, 60 rows of m56 drawn by
`workflow/scripts/draw_narratives_audit_narr25.py`, seed 20261925): the file is what the draw gives, its rows are
spread as the draw says, and every row is judged field by field."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "workflow" / "scripts"
AUDIT = ROOT / "config" / "eval" / "narratives-audit-narr25.jsonl"
M56 = {"bbc": Path("/work/runs/m56-bbc"), "web": Path("/work/runs/m56-web")}
sys.path.insert(0, str(SCRIPTS))

import draw_narratives_audit_narr25 as narr25  # noqa: E402

VERDICTS = {"right", "arguable", "wrong"}


def rows() -> list[dict]:
    return [json.loads(line) for line in AUDIT.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_sixty_rows_bbc_and_web_by_row_counts_one_an_article():
    assert Counter(r["corpus"] for r in rows()) == {"bbc": 55, "web": 5}
    assert len({r["article_id"] for r in rows()}) == 60
    assert [r["n"] for r in rows()] == list(range(1, 61))


def test_the_shares_follow_the_row_counts():
    assert narr25.shares({"bbc": 14918, "web": 1281}) == {"bbc": 55, "web": 5}
    assert narr25.shares({"bbc": 100, "web": 0}) == {"bbc": 59, "web": 1}  # at least one web row


def test_every_row_is_judged_field_by_field():
    for r in rows():
        assert set(r["fields"]) == {"action", "category", "agent", "patient"}, r["n"]
        assert set(r["fields"].values()) <= VERDICTS, r["n"]
        worst = "wrong" if "wrong" in r["fields"].values() or "negated" in r["wrong"] else None
        worst = worst or ("arguable" if "arguable" in r["fields"].values() else "right")
        assert r["verdict"] == worst, r["n"]
        assert (r["shape"] is None) == (r["verdict"] == "right"), r["n"]
        assert set(r["gold"]) == {"agent", "patient", "action_class", "negated", "claimer"}, r["n"]
    assert Counter(r["verdict"] for r in rows()) == {"right": 35, "arguable": 8, "wrong": 17}


def test_no_bbc_article_is_named_by_another_file():
    named = narr25.named_strings()
    for r in rows():
        if r["corpus"] == "bbc":
            assert r["article_id"] not in named and Path(r["source_path"]).name not in named, r["n"]


@pytest.mark.slow
@pytest.mark.skipif(not all(p.is_dir() for p in M56.values()), reason="main 0dbe0180's runs (m56) are not here")
def test_the_draw_gives_the_audits_rows():
    drawn = narr25.draw(M56, narr25.named_strings())
    assert [(d["corpus"], d["id"]) for d in drawn] == [(r["corpus"], r["id"]) for r in rows()]


def test_the_file_is_strict_json():
    def refuse(name: str) -> None:
        raise ValueError(name)

    for line in AUDIT.read_text(encoding="utf-8").splitlines():
        json.loads(line, parse_constant=refuse)
