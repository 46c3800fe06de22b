"""fix76 (session 58, review70 finding 5): a sentence-opening "He" / "She" / "They" whose antecedent is in an earlier
sentence. The actors step makes no pronoun mentions: the narratives step resolves such pronouns itself
(`roles.lone_persons`, `roles.lone_bodies`, the claims step's claimer pronouns). Three gaps, each its own rule:
a subject pronoun whose window names no person carries on the person the same pronoun of the sentence before stood
for (`_carried`); among several persons of the sentence before, its main subject when it is the one person named there
as a subject (`_topic`); "He said he would ..." takes the first pronoun's resolution by the lone rules too.
"""

from __future__ import annotations

from narratives_support import agents_of, one


def test_a_pronoun_carries_on_the_person_the_same_pronoun_before_stood_for(statements):
    found = statements(
        "Home Secretary Charles Clarke spoke in the Commons on Monday. He told MPs that the emergency remained. "
        "He met Gerhard Schroeder in Berlin."
    )
    assert agents_of(found, "met") == ["charles_clarke"]


def test_a_carried_pronoun_needs_the_same_pronoun_resolved_before(statements):
    # the sentence before holds no subject pronoun: nobody to carry on
    found = statements(
        "Home Secretary Charles Clarke spoke in the Commons on Monday. The emergency remained, the report said. "
        "He met Gerhard Schroeder in Berlin."
    )
    assert agents_of(found, "met") in ([], [None])


def test_the_sentence_befores_main_subject_among_several_persons(statements):
    found = statements(
        "Pervez Musharraf held talks with Tony Blair on Monday. He met Gerhard Schroeder in Berlin on Tuesday."
    )
    assert agents_of(found, "met") == ["pervez_musharraf"]


def test_two_persons_named_as_subjects_before_leave_the_pronoun_unread(statements):
    found = statements(
        "Analysing the budget, correspondent James Hardy said Gordon Brown would draw sharp lines with the Tories. "
        "He met Gerhard Schroeder in Berlin on Tuesday."
    )
    assert agents_of(found, "met") in ([], [None])


def test_the_main_subject_of_the_other_gender_is_not_the_pronoun(statements):
    found = statements(
        "Mrs Margaret Beckett held talks with Tony Blair on Monday. He met Gerhard Schroeder on Tuesday."
    )
    assert "margaret_beckett" not in agents_of(found, "met")


def test_he_said_he_would_takes_the_first_pronouns_lone_person(statements):
    found = statements(
        "Gordon Brown has been chancellor since 1997. He reached that milestone last June, when he overtook "
        "David Lloyd George as the longest-serving chancellor."
    )
    s = one(found, "overtook")
    assert s.agent_actor_id == "gordon_brown"


def test_they_said_they_would_takes_the_first_pronouns_lone_body(statements):
    found = statements(
        "The Conservatives insisted they would hold ministers to account over the scheme. They said they would also "
        "press Labour over whether its objectives could be met."
    )
    assert agents_of(found, "press") == ["conservative_party"]


# review70 finding 8: a work's by-phrase names its author, never the patient of what is done to the work


def patients_of(found, action: str) -> list[str | None]:
    return [s.patient_actor_id for s in found if s.action_text == action]


def test_a_passive_works_author_is_no_patient(statements):
    found = statements(
        "The original book by George Abbott will be revised by playwright Peter Ackerman for the new production."
    )
    assert "disc.george_abbott" not in patients_of(found, "revised")


def test_an_objects_author_is_no_patient(statements):
    found = statements("A US musicologist has recreated a lost musical score by German composer Johann Sebastian Bach.")
    assert "disc.johann_sebastian_bach" not in patients_of(found, "recreated")


def test_a_titles_author_is_no_patient(statements):
    found = statements("The Pillowman by Martin McDonagh has been shortlisted in the best play category.")
    assert "disc.martin_mcdonagh" not in patients_of(found, "shortlisted")


def test_the_doer_of_a_rejected_plea_stays_the_patient(statements):
    found = statements(
        "In December the Lords rejected a plea by Lord Chancellor Lord Falconer that the holder need not be a lawyer."
    )
    assert patients_of(found, "rejected") == ["charles_falconer"]


def test_a_passive_by_agent_stays_the_agent(statements):
    found = statements("Tony Blair was attacked by Michael Howard over the war in Iraq.")
    s = one(found, "attacked")
    assert (s.agent_actor_id, s.patient_actor_id) == ("michael_howard", "tony_blair")


def test_a_quoted_pronoun_is_not_the_speakers_pronoun_before_the_quote(statements):
    found = statements(
        "Prince Harry wore the costume to a party on Saturday. Former palace spokesman Dicky Arbiter said the prince "
        'should apologise. Charles Clarke said he recognised the concerns but argued: "He has apologised and we '
        'should leave the matter there."'
    )
    assert "charles_clarke" not in agents_of(found, "apologised")
