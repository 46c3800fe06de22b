"""narr21 (session 47): a subject pronoun that no clause of its own sentence resolves ("He warned the BBC that ...")
takes the actor the claims step resolved it to as a claim's claimer phrase (its resolver reads back across sentences:
the sentence before's speaker or main-clause subject, a title's gender). narr46's largest error group (config/eval/README.md
"narr21"): each rule example fails on narratives.rules.v20; the near cases pass on both."""

from __future__ import annotations

from narratives_support import agents_of, rows


def test_a_claimer_pronoun_after_the_named_speaker_is_that_speaker(statements):
    # narr46 BBC row (mandelson-warns-bbc-on-campbell)
    found = statements(
        "That charge was denied by Mr Mandelson, who said the Tories were afraid of Mr Campbell's skills. "
        "He warned the BBC that attacking Mr Campbell had brought it trouble before."
    )
    assert agents_of(found, "warned") == ["peter_mandelson"], rows(found)


def test_a_claimer_pronoun_after_an_earlier_claimer_pronoun(statements):
    # narr46 BBC row (conservative-mp-defects-to-labour): "he" twice, the person two sentences back
    found = statements(
        "Mr Jackson, who has clashed with his leaders over tuition fees, served as higher education minister. "
        "In a letter to his constituency chairman he wrote: \"It is in the country's interest that Tony Blair "
        'should form the next government." '
        "While saying he admired Mr Blair's leadership of the country, he bitterly criticised the Conservatives "
        "stance on Europe."
    )
    jackson = [a for a in agents_of(found, "criticised") if a is not None]
    assert jackson and all("jackson" in a for a in jackson), rows(found)


def test_a_pronoun_the_claims_step_gives_no_claimer_stays_unresolved(statements):
    # m48 BBC (brown-proud-of-economy-record): "He" is Brown, not the reporter Hardy; no claim's claimer, no agent
    found = statements(
        'BBC correspondent James Hardy said Mr Brown would draw "sharp dividing lines" with the Conservatives. '
        "He would attack the Conservatives over their plan to cut spending."
    )
    assert agents_of(found, "attack") in ([], [None]), rows(found)


def test_a_pronoun_its_own_sentence_resolves_keeps_that_actor(statements):
    found = statements("Tony Blair met Michael Howard on Monday. Gordon Brown said he would criticise the Tories.")
    assert agents_of(found, "criticise") == ["gordon_brown"], rows(found)


def test_they_is_never_one_person_across_sentences(statements):
    found = statements(
        "Mr Mandelson said the plan was wrong. They warned the BBC that attacking Mr Campbell would bring trouble."
    )
    assert "peter_mandelson" not in agents_of(found, "warned"), rows(found)
