"""review51's trust audit (`config/eval/audit-review51.jsonl`, 40 rows of m51 drawn by
`workflow/scripts/draw_trust_audit_review51.py`, seed 20261851): the file is what the draw gives, its rows are spread as
the draw says, every provenance check held, and every row carries a verdict."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "workflow" / "scripts"
AUDIT = ROOT / "config" / "eval" / "audit-review51.jsonl"
M51 = {"bbc": Path("/work/runs/m51-bbc"), "web": Path("/work/runs/m51-web")}
sys.path.insert(0, str(SCRIPTS))

import draw_trust_audit_review51 as review51  # noqa: E402


def rows() -> list[dict]:
    return [json.loads(line) for line in AUDIT.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_ten_rows_a_table_bbc_and_web_by_row_counts_one_an_article():
    got = Counter((r["table"], r["corpus"]) for r in rows())
    assert got == {
        ("claims", "bbc"): 8,
        ("claims", "web"): 2,
        ("mentions", "bbc"): 9,
        ("mentions", "web"): 1,
        ("statements", "bbc"): 9,
        ("statements", "web"): 1,
        ("framing", "bbc"): 9,
        ("framing", "web"): 1,
    }
    assert len({r["row"]["article_id"] for r in rows()}) == 40


def test_the_shares_follow_the_row_counts():
    assert review51.shares({"bbc": 41410, "web": 9505}) == {"bbc": 8, "web": 2}
    assert review51.shares({"bbc": 43346, "web": 4877}) == {"bbc": 9, "web": 1}
    assert review51.shares({"bbc": 100, "web": 1}) == {"bbc": 9, "web": 1}  # at least one web row


def test_every_provenance_check_held_and_the_versions_are_main_f06a7a5cs():
    for r in rows():
        p = r["provenance"]
        assert all(v is True for k, v in p.items() if k != "versions"), (r["n"], p)
        assert p["versions"]["actors"] == "actors.rules.v100"
        assert p["versions"]["claims"] == "claims.rules.v91"
        assert p["versions"]["narratives"] == "narratives.rules.v24"


def test_every_row_is_judged():
    for r in rows():
        assert r["verdict"] in {"right", "wrong", "arguable"}, r["n"]
        assert bool(r["wrong"]) == (r["verdict"] != "right") or r["verdict"] == "arguable", r["n"]
    assert Counter(r["verdict"] for r in rows()) == {"right": 26, "arguable": 3, "wrong": 11}


def test_no_bbc_article_is_named_by_another_file():
    named = review51.named_strings()
    for r in rows():
        if r["corpus"] == "bbc":
            assert not review51.article_named(r["row"]["article_id"], r["source_path"], named)


@pytest.mark.slow
@pytest.mark.skipif(not all(p.is_dir() for p in M51.values()), reason="main f06a7a5c's runs (m51) are not here")
def test_the_draw_gives_the_audits_rows():
    drawn = review51.draw(M51, review51.named_strings())
    assert [(d["table"], d["corpus"], d["id"]) for d in drawn] == [(r["table"], r["corpus"], r["id"]) for r in rows()]


def test_the_file_is_strict_json():
    """No NaN in the rows (a missing value is null), so any JSON reader takes the file."""

    def refuse(name: str) -> None:
        raise ValueError(name)

    for line in AUDIT.read_text(encoding="utf-8").splitlines():
        json.loads(line, parse_constant=refuse)
