"""narr37 (session 56): an unquoted "he" / "she" whose window (the sentence before and its own, `roles.lone_persons`)
names two persons is the one person its own sentence names before it as a subject (the session 55 lead's README
example: Kostas Kenteris's "he was alleged to have missed a test" lost once his lawyer, named in the sentence before,
was linked).
"""

from __future__ import annotations

from narratives_support import one


def test_the_own_sentences_one_person_is_the_pronouns(statements):
    found = statements(
        "Kostas Kenteris withdrew from the Athens Olympics last August. Gregory Ioannidis also said he has presented "
        "new evidence to the tribunal. He added that he has proof the authorities knew Kenteris was in Germany at the "
        "time he was alleged to have missed a test in Chicago."
    )
    s = one(found, "alleged")
    assert (s.action_class, s.patient_actor_id) == ("ACCUSE", "disc.kostas_kenteris")


def test_two_persons_in_the_own_sentence_leave_the_pronoun_unread(statements):
    found = statements(
        "Kostas Kenteris withdrew from the Athens Olympics last August. Gregory Ioannidis said Kenteris was in Germany "
        "at the time he was alleged to have missed a test in Chicago."
    )
    assert [s.patient_actor_id for s in found if s.action_text == "alleged"] in ([], [None])
