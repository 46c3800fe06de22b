"""review21a: a fresh-eyes review of session 20's boilerplate patterns and narratives.rules.v8 on political and conflict
news; the findings left open, as strict xfails."""

from __future__ import annotations

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


def test_the_subject_pressured_after_the_object_is_the_patient(parse, registry):
    """review21a, fixed by xfix23 (`predicates.follows_the_object`): a participle of a verb whose patient is made to
    act (`object_control_verbs`) is said of the main subject, who acts."""
    found = rows(statements_of(parse, registry, "Hamas released the hostages, pressured by Qatar."))
    assert ("state_qat", "pressured", None, "hamas") in [(a, t, None, p) for a, t, _, p in found]


def test_another_participle_after_the_object_still_leaves_the_subject_no_patient(parse, registry):
    """Near case that holds (narratives.rules.v8): a participle of any other verb after the object may be said of the
    object's noun, so the main subject is not its patient."""
    found = rows(statements_of(parse, registry, "Israel freed the prisoners, arrested by Egypt in 2020."))
    assert ("state_egy", "arrested", "COERCE", None) in found, found


def test_a_dated_link_to_a_timeline_opens_no_timeline():
    """review23: a related story titled "Timeline: ..." with its date is a link, not a heading: the related stories
    after it stay boilerplate."""
    raw = (
        "\n\n".join(
            [
                "Iraq crisis deepens",
                "Militants seized the city of Mosul on Tuesday, officials said.",
                "Related stories",
                "Timeline: Iraq's long war - 12 June 2014",
                "Iraq militants seize Mosul - 10 June 2014",
                "US sends more troops to Baghdad - 11 June 2014",
            ]
        )
        + "\n"
    )
    roles = [p.role for p in split_paragraphs(raw, PATTERNS)]
    assert roles[3:] == ["boilerplate", "boilerplate", "boilerplate"], roles
