"""The actor-error lister (workflow/scripts/actor_errors.py, link30) on a made-up gold file and mentions."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("actor_errors", ROOT / "workflow/scripts/actor_errors.py")
ae = importlib.util.module_from_spec(spec)
sys.modules["actor_errors"] = ae  # its dataclass looks its module up
spec.loader.exec_module(ae)

GOLD = {
    "actors": {
        "ana": {"name": "Ana Ruiz", "aliases": ["Ruiz"]},
        "port": {"name": "Velmora Harbour Authority", "aliases": ["harbour authority"]},
        "gov": {"name": "Velmora", "aliases": ["government"]},
        "opt": {"name": "Optional Body", "aliases": []},
    },
    "mentions": [
        {"start": 0, "end": 8, "actor": "ana"},  # linked right
        {"start": 20, "end": 37, "actor": "port"},  # nothing there: finding
        {"start": 40, "end": 50, "actor": "gov"},  # linked to another actor
        {"start": 60, "end": 64, "actor": "ana"},  # found, not linked
        {"start": 70, "end": 80, "actor": "opt", "optional": True},
    ],
}
NAMES = {"disc.ana_ruiz": {"ana ruiz", "ruiz"}, "state_x": {"xland"}, "disc.opt": {"optional body"}}


def mention(start: int, end: int, actor_id: str | None) -> dict:
    return {"start": start, "end": end, "actor_id": actor_id}


MENTIONS = [
    mention(0, 8, "disc.ana_ruiz"),
    mention(40, 50, "state_x"),
    mention(60, 64, None),
    mention(70, 80, "disc.opt"),
]


def test_each_missed_mention_is_finding_unlinked_or_a_wrong_link():
    kinds = [(e.kind, e.start, e.gold, e.predicted) for e in ae.mention_errors(GOLD, MENTIONS, NAMES)]
    assert kinds == [("FIND", 20, "port", ()), ("WRONGLINK", 40, "gov", ("state_x",)), ("UNLINKED", 60, "ana", ())]


def test_actor_sets_as_the_gate_counts_them():
    errors = {(e.kind, e.gold, e.predicted) for e in ae.set_errors(GOLD, MENTIONS, NAMES)}
    # Ana is matched; the harbour and the government are not; Xland is no gold actor; the optional body is neither
    assert errors == {("SET-FN", "port", ()), ("SET-FN", "gov", ()), ("SET-FP", None, ("state_x",))}


def test_held_out_gold_is_refused(tmp_path, capsys):
    """review31: the lister printed the errors of any gold given, a held-out set's included (only measured)."""
    heldout = ROOT / "config/eval/gold-politics-heldout"
    with pytest.raises(SystemExit) as exit_:
        ae.main([str(tmp_path), str(heldout)])
    assert exit_.value.code == 2 and "held-out" in capsys.readouterr().err
    assert not ae.held_out(ROOT / "config/eval/gold-politics-dev")
