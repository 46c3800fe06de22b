"""review21a: a fresh-eyes review of session 20's boilerplate patterns and narratives.rules.v8 on political and conflict
news; the findings left open, as strict xfails."""

from __future__ import annotations

import pytest
from narrative_pipeline.normalize import compile_patterns, split_paragraphs
from narrative_pipeline.settings import PipelineConfig
from narratives_support import rows, statements_of

PATTERNS = compile_patterns(PipelineConfig().boilerplate_patterns)


def test_a_timeline_item_with_its_date_is_body():
    """review21a, fixed by xfix23 (`normalize.timeline_items`): the dated items under a heading that names a timeline
    are the story's events."""
    raw = "\n\n".join(["Timeline of the conflict", "- Russia annexes Crimea - March 18, 2014"]) + "\n"
    assert [p.role for p in split_paragraphs(raw, PATTERNS)][1] != "boilerplate"


def test_a_timeline_runs_over_its_dated_items_only():
    """Near cases that hold: every dated item of the timeline is body, and a related story after the run (or with
    no timeline heading) stays boilerplate."""
    raw = (
        "\n\n".join(
            [
                "Ukraine war news",
                "Timeline of the conflict",
                "- Russia annexes Crimea - March 18, 2014",
                "April 7, 2014: Separatists seize buildings in Donetsk",
                "- Rebels down a passenger jet - July 17, 2014",
                "Related stories",
                "- San Francisco To Begin Universal Basic Income Program For Artists - October 10, 2020",
            ]
        )
        + "\n"
    )
    roles = [p.role for p in split_paragraphs(raw, PATTERNS)]
    assert roles[2:5] == ["body", "body", "body"], roles
    assert roles[6] == "boilerplate", roles


@pytest.mark.xfail(
    strict=True,
    reason="review21a: narratives.rules.v8 (follows_the_object) makes no one the patient of a reduced passive after the"
    " object, so 'Hamas released the hostages, pressured by Qatar' loses Hamas as the patient of 'pressured' (before v8"
    " it had it); which noun the participle is said of cannot be told from the parse, and v8's own cases need the"
    " object's noun",
)
def test_the_subject_pressured_after_the_object_is_the_patient(parse, registry):
    found = rows(statements_of(parse, registry, "Hamas released the hostages, pressured by Qatar."))
    assert ("state_qat", "pressured", None, "hamas") in [(a, t, None, p) for a, t, _, p in found]
