"""narr30 (session 50; review55 findings 1, 2, 3, 8 on narr29's `roles.lone_bodies`): a common noun no mention
links, named before the pronoun as an object, a preposition's object or a complement in the body's clause or in the
pronoun's own sentence, and agreeing with the pronoun in number, is a rival referent ("Microsoft launched a new
phone last week. It costs £300"); a dummy "it" is known by its structure (a that-clause, clausal subject or
to-infinitive of its verb, "make / find it ADJ", a weather verb), not by a verb list alone; "it" and "they" / "them"
of one clause tree never take the same body ("Labour ... They hope it will win votes"). config/eval/README.md
"narr30"."""

from __future__ import annotations

import pytest
from narratives_support import lone_body_answers


def _resolved(pairs: list[tuple[str, str | None]], word: str) -> bool:
    return any(word in (a or "") for _, a in pairs)


RIVAL_OBJECTS = [
    "Microsoft launched a new phone last week. It costs £300.",
    "Nasa launched the probe in 2004. It reached Saturn in July.",
    "Microsoft released Windows XP in 2001. It sold millions of copies.",
    "The Tories unveiled their new poster. It shows Tony Blair as a vampire.",
    "Hamas fired rockets into Israel. They landed near Sderot.",
]


@pytest.mark.xfail(
    strict=True,
    reason="narr30: a thing named as an object or complement before (review55 finding 1) is left as a rival: the rule "
    "took 50 BBC + web rows off narr29-try1, about 39 of them right (Marsh 'posted a loss ... It blamed', IAEA, BA, "
    "Yukos) and 7 wrong",
)
@pytest.mark.parametrize("text", RIVAL_OBJECTS)
def test_a_thing_named_as_an_object_before_is_a_rival(parse, registry, text):
    pairs = lone_body_answers(parse, registry, text)
    assert not any(a for _, a in pairs), pairs


def test_a_thing_of_the_other_number_is_no_rival(parse, registry):
    pairs = lone_body_answers(
        parse, registry, "The Conservatives attacked the plan on Monday. They called for a new vote."
    )
    assert _resolved(pairs, "conservative"), pairs


def test_a_thing_after_the_pronoun_in_its_own_clause_is_no_rival(parse, registry):
    pairs = lone_body_answers(parse, registry, "Microsoft grew quickly in 2004. It bought a small firm in Ireland.")
    assert _resolved(pairs, "microsoft"), pairs


DUMMIES = [
    "Microsoft grew quickly in 2004. It rained heavily in Seattle on Monday.",
    "Microsoft grew quickly in 2004. It makes sense for investors to wait.",
    "Microsoft grew quickly in 2004. It helps that its rivals are struggling.",
]


@pytest.mark.parametrize("text", DUMMIES)
def test_a_dummy_it_by_its_structure(parse, registry, text):
    pairs = lone_body_answers(parse, registry, text)
    assert not any(a for _, a in pairs), pairs


def test_the_it_of_make_it_clear_is_a_dummy(parse, registry):
    pairs = lone_body_answers(
        parse, registry, "Labour met in Brighton on Monday. It made it clear that taxes would rise."
    )
    assert not _resolved(pairs[1:], "labour"), pairs


def test_it_and_they_of_one_clause_are_not_one_body(parse, registry):
    pairs = lone_body_answers(parse, registry, "Labour met in Brighton on Monday. They hope it will win votes.")
    assert [a for _, a in pairs].count("labour_party") <= 1, pairs


def test_it_said_it_would_is_one_body(parse, registry):
    pairs = lone_body_answers(parse, registry, "Microsoft grew quickly in 2004. It said it would cut 300 jobs.")
    assert all("microsoft" in (a or "") for _, a in pairs), pairs
