"""narr31 (session 51; review56 findings 7 and 8 on the narratives step's pronoun rules). `lone-person`: the owner of a
person someone has is blocked only for the pronoun that can mean that person (`owned_person_nouns` of either gender
block "he" and "she", `owned_female_nouns` only "she" / "her", `owned_male_nouns` only "he" / "him": "Margaret
Thatcher's husband died in 2003. She was at his bedside": Thatcher). `lone-body`: an "it" with a that-clause is no
dummy when its verb is one of the claims lexicon's verbs of speech or cognition an organisation's "it" is the subject
of (`organisation_reporting_verbs`, `belief_verbs`: "It warned that ...", "It believes that ..."), while "It is clear
that", "It seems that", "It emerged that", "It helps that" stay dummies. config/eval/README.md "narr31"."""

from __future__ import annotations

import pytest
from narrative_pipeline.narratives.roles import lone_persons, quoted_tokens
from narratives_support import PLOVER, analyse, lone_body_answers


def _persons(parse, registry, body: str) -> list[tuple[str, str | None]]:
    """(pronoun text, the person `lone_persons` gives it) for each he / him / she / her of the text, in order."""
    article, mentions, _, _ = analyse(parse, registry, body)
    found = lone_persons(
        article, mentions, PLOVER.lone_person_pronouns, quoted_tokens(article), PLOVER.genders, PLOVER.owned
    )
    return [
        (t.text, found[t.i].actor_id if t.i in found else None)
        for t in article.tokens
        if t.lower in PLOVER.lone_person_pronouns and t.pos == "PRON"
    ]


# finding 7: what the rule changes (the owned person is of the other gender than the pronoun)

OTHER_GENDER = [
    ("Tony Blair's wife opened the new school in Sedgefield. He was in Brussels for the summit.", "He", "tony_blair"),
    ("Margaret Thatcher's husband died in 2003. She was at his bedside.", "She", "margaret_thatcher"),
    ("Tony Blair's daughter started university in 2004. He visited Iraq in May.", "He", "tony_blair"),
    ("Gordon Brown's wife spoke to reporters on Monday. He attacked the Conservatives.", "He", "gordon_brown"),
]


@pytest.mark.parametrize(("text", "word", "actor"), OTHER_GENDER)
def test_an_owned_person_of_the_other_gender_leaves_the_owner(parse, registry, text, word, actor):
    pairs = _persons(parse, registry, text)
    assert (word, actor) in pairs, pairs


# finding 7: what it must leave alone (a noun of the pronoun's gender or of either gender still blocks)

SAME_GENDER = [
    ("Tony Blair's son spoke to reporters on Monday. He attacked the Conservatives.", "tony_blair"),
    ("Tony Blair's spokesman briefed reporters. He attacked the Conservatives.", "tony_blair"),
    ("Tony Blair's lawyer spoke to reporters on Monday. He attacked the Conservatives.", "tony_blair"),
    ("Margaret Thatcher's daughter spoke to reporters. She attacked the Conservatives.", "margaret_thatcher"),
    ("Margaret Thatcher's lawyer spoke to reporters. She attacked the Conservatives.", "margaret_thatcher"),
]


@pytest.mark.parametrize(("text", "actor"), SAME_GENDER)
def test_an_owned_person_of_the_pronouns_gender_or_either_still_blocks(parse, registry, text, actor):
    pairs = _persons(parse, registry, text)
    assert not any(a == actor for _, a in pairs), pairs


def test_the_owned_nouns_are_split_by_gender():
    owned = PLOVER.owned
    assert {"wife", "daughter", "spokeswoman", "widow"} <= owned.female
    assert {"husband", "son", "spokesman", "widower"} <= owned.male
    assert {"lawyer", "agent", "spokesperson", "aide"} <= owned.either
    assert not (owned.female & owned.male) and not ((owned.female | owned.male) & owned.either)
    assert owned.blocking("male") == owned.either | owned.male
    assert owned.blocking("female") == owned.either | owned.female
    assert owned.blocking(None) == owned.either | owned.male | owned.female  # gender unknown: every owned person


# finding 8: what the rule changes (a verb of speech or cognition over a that-clause: the body speaks or thinks)

SPEAKING_IT = [
    "Microsoft grew quickly in 2004. It warned that profits would fall.",
    "Microsoft grew quickly in 2004. It argued that the fine was unfair.",
    "Microsoft grew quickly in 2004. It claimed that the fine was unfair.",
    "Microsoft grew quickly in 2004. It believes that the market will recover.",
    # fix58b (review58 finding 2): PLOVER's own verbs of speech stay in the check
    "Microsoft grew quickly in 2004. It explained that profits would fall.",
    "Microsoft grew quickly in 2004. It wrote in a filing that profits would fall.",
    "Microsoft grew quickly in 2004. It replied that the report was false.",
]


@pytest.mark.parametrize("text", SPEAKING_IT)
def test_an_it_that_speaks_or_believes_is_no_dummy(parse, registry, text):
    pairs = lone_body_answers(parse, registry, text)
    assert pairs and "microsoft" in (pairs[0][1] or ""), pairs


# finding 8: what it must leave alone (real dummies)

DUMMIES = [
    "Microsoft grew quickly in 2004. It is clear that profits will fall.",
    "Microsoft grew quickly in 2004. It seems that profits will fall.",
    "Microsoft grew quickly in 2004. It emerged that profits had fallen.",
    "Microsoft grew quickly in 2004. It helps that its rivals are struggling.",
    "Microsoft grew quickly in 2004. It is expected that profits will fall.",
]


@pytest.mark.parametrize("text", DUMMIES)
def test_a_real_dummy_it_stays_a_dummy(parse, registry, text):
    pairs = lone_body_answers(parse, registry, text)
    assert not any(a for _, a in pairs), pairs


def test_the_that_clause_verbs_are_plovers_and_the_claims_lexicons():
    from narrative_pipeline.claims import load_lexicon as load_claims_lexicon
    from narratives_support import ROOT

    claims = load_claims_lexicon(ROOT / "config/claims_lexicon.yaml")
    plover = PLOVER.speech_verbs
    assert PLOVER.that_clause_verbs == plover | claims.organisation_reporting_verbs | claims.belief_verbs
    assert {"explain", "reply", "speak", "talk", "write"} <= PLOVER.that_clause_verbs  # review58 finding 2
    assert not PLOVER.that_clause_verbs & {"show", "suggest", "mean", "help"}  # as often a fact as a source


def test_without_the_claims_lexicon_the_that_clause_verbs_are_plovers_speech_verbs():
    from narrative_pipeline.narratives.lexicon import load_lexicon
    from narratives_support import ROOT

    lex = load_lexicon(ROOT / "config/plover_lexicon.yaml")
    assert lex.that_clause_verbs == lex.speech_verbs


def test_a_noun_of_two_owned_lists_fails():
    import yaml
    from narrative_pipeline.narratives.lexicon import LexiconError, parse_lexicon
    from narratives_support import ROOT

    path = ROOT / "config/plover_lexicon.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["owned_male_nouns"] = [*data["owned_male_nouns"], "wife"]
    with pytest.raises(LexiconError, match="owned_male_nouns: 'wife' is also in owned_female_nouns"):
        parse_lexicon(data, path)
