"""narr29 (session 50): an unquoted "it" / "they" / "them" that no clause of its sentence resolves stands for the one
organisation, state or group named as a subject from the start of the sentence before up to it (`roles.lone_bodies`);
"they" / "them" only for a party, organisation, armed group or group. Left: two bodies named there, a person named as
a subject there for "they", a common noun as a subject there (the thing may be meant), a dummy "it", the passive
"it" of a work, a quoted pronoun (config/eval/README.md "narr29")."""

from __future__ import annotations

import pytest
from narratives_support import rows


def _agents(found, action: str) -> list[str | None]:
    return [s.agent_actor_id for s in found if s.action_text == action]


def _patients(found, action: str) -> list[str | None]:
    return [s.patient_actor_id for s in found if s.action_text == action]


def _has(ids: list[str | None], word: str) -> bool:
    """Whether an id names `word` (a discovered company's id is "disc." and its name)."""
    return any(word in (i or "") for i in ids)


def test_it_after_the_one_body_named_as_a_subject_is_that_body(statements):
    found = statements(
        "Microsoft posted a loss for the last three months of 2004. It sued Google over the fall in its sales."
    )  # fix85: not "It blamed Google ...", whose "it" is now the claim's (`organisation_reporting_verbs`: "blame")
    assert _has(_agents(found, "sued"), "microsoft"), rows(found)
    assert [s.agent_rule for s in found if s.action_text == "sued"][0] == "lone-body", rows(found)


def test_an_object_it_after_the_one_body_named_as_a_subject_is_that_body(statements):
    found = statements("Microsoft posted a loss for the last three months of 2004. Tony Blair attacked it on Monday.")
    assert _has(_patients(found, "attacked"), "microsoft"), rows(found)


def test_they_after_one_party_named_as_a_subject_is_that_party(statements):
    found = statements(
        "The Conservatives unveiled their manifesto in London on Monday. They attacked Tony Blair over his record."
    )
    assert "conservative_party" in _agents(found, "attacked"), rows(found)


def test_them_after_one_party_named_as_a_subject_is_that_party(statements):
    found = statements(
        "The Conservatives unveiled their manifesto in London on Monday. Tony Blair attacked them over it."
    )
    assert "conservative_party" in _patients(found, "attacked"), rows(found)


def test_a_second_body_in_the_pronouns_own_sentence_leaves_it(statements):
    found = statements("Microsoft posted a loss for the last three months of 2004. Google attacked it on Monday.")
    assert not _has(_patients(found, "attacked"), "microsoft"), rows(found)


def test_two_bodies_named_before_leave_it(statements):
    found = statements("Microsoft and Google posted losses for 2004. It blamed Tony Blair for the fall in its sales.")
    assert set(_agents(found, "blamed")) <= {None}, rows(found)


def test_a_common_noun_subject_before_leaves_it(statements):
    found = statements(
        "Microsoft posted a loss for 2004. The new software was sold in shops. It attacked Tony Blair on Monday."
    )
    assert set(_agents(found, "attacked")) <= {None}, rows(found)


def test_the_bodys_own_thing_as_a_subject_leaves_it(statements):
    found = statements("Microsoft's new software is a success. It attacked Tony Blair on Monday.")
    assert not _has(_agents(found, "attacked"), "microsoft"), rows(found)


def test_a_dummy_it_is_no_body(statements):
    found = statements("Microsoft posted a loss for 2004. It emerged that Google had attacked Tony Blair.")
    assert not _has(_agents(found, "emerged") + _agents(found, "attacked"), "microsoft"), rows(found)


def test_a_work_is_what_was_released(statements):
    found = statements("Microsoft bought the film in April. It was released by Google in 2003.")
    assert not _has(_patients(found, "released"), "microsoft"), rows(found)


def test_they_is_no_company(statements):
    found = statements("Software firm Microsoft posted a loss for 2004. They attacked Tony Blair on Monday.")
    assert not _has(_agents(found, "attacked"), "microsoft"), rows(found)


def test_they_after_a_person_named_as_a_subject_is_left(statements):
    found = statements(
        "Tony Blair and the Conservatives met in London on Monday. They attacked Michael Howard over his record."
    )
    assert "conservative_party" not in _agents(found, "attacked"), rows(found)


def test_a_quoted_it_is_the_speakers(statements):
    found = statements('Microsoft posted a loss for 2004. "It attacked Tony Blair on Monday," a voter said.')
    assert not _has(_agents(found, "attacked"), "microsoft"), rows(found)


@pytest.mark.xfail(
    strict=True,
    reason="narr29: two bodies named before, only one as a subject, are left (a variant that took the one subject "
    "made 19 right and 13 wrong rows on BBC)",
)
def test_the_one_body_named_as_a_subject_among_two(statements):
    found = statements(
        "Microsoft rejected Google's offer in December. But it agreed to leave the door open for talks with Google."
    )
    assert _has(_agents(found, "agreed"), "microsoft"), rows(found)
