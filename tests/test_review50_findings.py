"""review50 (fresh-eyes review of session 47's round 1): narr21's claimer pronouns. `roles.claimer_pronouns` takes an
"it" too, the actor the claims step read it back to; on m49 3 of its 10 "it" agent rows were wrong, each after a
sentence whose subject is a thing no mention links ("The Russian government's argument ... was that Yukos owed ...
It accused the firm": Yukos; "the Kok report recommends ... It also recommends": Portugal; "The survey also looked
at ... It found": the Liberal Democrats), where its 15 "he" / "she" rows sampled (seed 5050) were all right. Such an
unlinked common-noun subject in the sentence before is now a rival for an "it" / "they" (`roles._unnamed_subject`,
narratives.rules.v23). Each text through the real upstream steps; the sentences are written for the review."""

from __future__ import annotations

from narratives_support import agents_of, rows

SURVEY = (
    "And 4% of those questioned thought the Conservatives were in power, while 2% of them believed the Liberal "
    "Democrats were. The survey also looked at issues of nationality. "
)


def test_an_it_the_claims_step_reads_back_to_a_party_is_no_agent(statements):
    # m49 BBC row (teens-know-little-of-politics): "It" is the survey, which no mention names
    found = statements(SURVEY + "It criticised the government for its failure to teach citizenship.")
    assert "liberal_democrats" not in agents_of(found, "criticised"), rows(found)


def test_an_it_after_a_sentence_of_an_unnamed_body_is_no_agent(statements):
    found = statements(
        "Many pupils said the Liberal Democrats were in power. The survey also looked at schools. "
        "It accused the government of failing to teach citizenship."
    )
    assert "liberal_democrats" not in agents_of(found, "accused"), rows(found)


def test_an_it_after_the_partys_own_report_keeps_the_party(statements):
    found = statements(
        "The Liberal Democrats said the schools had failed. "
        "It criticised the government for its failure to teach citizenship."
    )
    assert agents_of(found, "criticised") == ["liberal_democrats"], rows(found)


def test_a_he_still_takes_the_person_the_claims_step_resolved(statements):
    found = statements(
        "That charge was denied by Mr Mandelson, who said the Tories were afraid of Mr Campbell's skills. "
        "He warned the BBC that attacking Mr Campbell had brought it trouble before."
    )
    assert agents_of(found, "warned") == ["peter_mandelson"], rows(found)
