"""Statement evaluation: gold files fall into own and blind groups, each with floors of its own."""

from __future__ import annotations

from pathlib import Path

from narrative_pipeline.narratives.evaluation import below_floors, format_report, gold_group


def scores(category: float) -> dict:
    rest = {"statement_agent_f1": 1.0, "statement_patient_f1": 1.0, "statement_negation_accuracy": 1.0}
    return {"statement_category_accuracy": category, **rest, "n_sentences": 2, "n_gold": 2, "spurious": 0}


def result(own: float, blind: float | None) -> dict:
    groups = {"own": scores(own)} | ({"blind": scores(blind)} if blind is not None else {})
    return {"groups": groups, "total": groups["own"], "files": {}, "missing": []}


def test_blind_sets_are_told_by_their_file_name():
    assert gold_group(Path("config/eval/statements_gold.blind.jsonl")) == "blind"
    assert gold_group(Path("blind.dev.jsonl")) == "blind"
    assert gold_group(Path("config/eval/statements_gold.heldout.jsonl")) == "own"
    assert gold_group(Path("config/eval/statements_gold.blindfold.jsonl")) == "own"


def test_floors_hold_per_group():
    floors = {"statement_category_accuracy": 0.9, "blind_statement_category_accuracy": 0.6, "linked_mention_f1": 0.9}
    assert below_floors(result(0.95, 0.65), floors) == []
    assert below_floors(result(0.85, 0.65), floors) == [
        "below floor: statement_category_accuracy 0.8500 < floor 0.9000"
    ]
    assert below_floors(result(0.95, 0.55), floors) == [
        "below floor: blind_statement_category_accuracy 0.5500 < floor 0.6000"
    ]
    assert below_floors(result(0.95, None), floors) == []  # no blind set scored: its floors are not checked


def test_report_lists_the_groups_when_there_are_two():
    text = format_report(result(0.95, 0.65))
    assert "own sets (micro)" in text and "blind sets (micro)" in text
    assert "own sets" not in format_report(result(0.95, None))
