"""claims76 (issue 12): asking with an indirect question puts nothing forward. "a reader of this blog asked how it
compared in speed ...", "he asked whether ministers had looked at measures ...": a verb of asking (`question_verbs`)
whose content is only an indirect question after it is withheld speech (claims/verbs.py `asks_only`): the claim is the
author's event (`withheld-speech`, held against the classifier), as the labels have it (10 of 11 units whose one frame
is such a question the author's, 5 of 6 with the asker as subject; op76's unit among them); m62 made the asker the
claimer. A question before the verb, a request, or another verb of saying in the sentence leaves the frame alone
(config/eval/README.md, "claims76")."""

from __future__ import annotations

import pytest
from narrative_pipeline.classify.relabel import AUTHOR_RULES


def last(claims):
    return claims[-1]


@pytest.mark.parametrize(
    "body",
    [
        # op76 (labelled event, author, asserted)
        "As we just released the latest version of our fast JSON parser (simdjson), a reader of this blog asked how "
        "it compared in speed against one of the nicest C++ JSON libraries.",
        # s14 (labelled event, author)
        "He asked whether ministers had looked at measures which fitted with human rights laws.",
        "He had asked whether his technique of using his four dogs to frighten off deer would be outlawed.",
        # m62-web: the asker's object before the question
        "Winfrey asked Harry whether they quit as working members of the royal family.",
        "When the meeting started, trust member Robert Ruano asked how the bus will cross 46 road intersections.",
        # m62-bbc
        "Conservative Michael Fallon asked Mr Brown whether the Treasury had leaned on the statisticians.",
        "He asked what the government had to hide.",
    ],
)
def test_an_indirect_question_is_the_authors_event(claims_of, body):
    c = next(c for c in claims_of(body)[0] if "ask" in c.text)
    assert (c.claimer_kind, c.certainty, c.claimer_text) == ("author", "asserted", None), (c.text, c.claimer_kind)
    assert c.claimer_rule == "withheld-speech" and "ask" in (c.claimer_cue or ""), (c.claimer_rule, c.claimer_cue)


@pytest.mark.parametrize(
    ("body", "claimer"),
    [
        # a request: an infinitive (prescription of the asker)
        ("Yukos asked the Houston court to order Russia to arbitration.", "Yukos"),
        ("Both firms asked the Sydney stock market to suspend trading in their shares until Monday.", "Both firms"),
        # a question before the verb: a rhetorical question is put forward
        (
            "How was it right that the poorest fifth of society were still paying more than the richest fifth, the "
            "Liberal Democrat leader asked.",
            "Liberal Democrat leader",
        ),
        # another verb of saying in the sentence reports
        (
            "Asked if he would stand for the leadership again, Mr Hague said he would not.",
            "Mr Hague",
        ),
        ("Lembit Opik said ministers had invented a new category of hunting and asked how police would cope.", "Opik"),
    ],
)
def test_a_request_a_question_before_the_verb_and_a_saying_are_left_alone(claims_of, body, claimer):
    c = last(claims_of(body)[0])
    assert c.claimer_kind == "actor" and claimer in (c.claimer_text or ""), (c.text, c.claimer_kind, c.claimer_text)
    assert c.claimer_rule != "withheld-speech"


@pytest.mark.parametrize(
    "body",
    [
        # claims76-try1 (m62-bbc): with the frame of "asked" gone, a verb inside the question framed the sentence
        "When one pupil asked Mr McConnell how the executive proposed to tackle under-age drinking, he smiled.",
        "He asked why the government was agreeing to the measure on asylum and immigration now.",
        "With that record, he asked why ministers attacked Lib Dem plans for a new 50% tax rate.",
    ],
)
def test_nothing_inside_the_question_frames_the_sentence(claims_of, body):
    c = next(c for c in claims_of(body)[0] if "ask" in c.text)
    assert (c.claimer_kind, c.claimer_text) == ("author", None), (c.text, c.claimer_kind, c.claimer_text)


@pytest.mark.parametrize(
    ("body", "claimer", "words"),
    [
        # claims76-try2 (m62-bbc): with no comma the parser hangs the answer's frame inside the question
        (
            "Asked whether she was nervous about her best actress nomination she said: \"It's out of my hands, "
            "there's nothing I can do.\"",
            "she",
            "out of my hands",
        ),
        (
            'But when Lomu was asked whether he was taking a risk he replied: "As much as someone going down the road '
            'being hit by a bus."',
            "he",
            "bus",
        ),
    ],
)
def test_an_answer_after_the_question_keeps_its_speaker(claims_of, body, claimer, words):
    c = next(c for c in claims_of(body)[0] if words in c.text)
    assert c.claimer_kind == "actor" and claimer in (c.claimer_text or ""), (c.text, c.claimer_kind, c.claimer_text)


def test_a_saying_joined_to_the_question_shares_the_askers_subject(claims_of):
    """claims76-try1 (m62-bbc): 'asked ... whether ..., and said that ...' lost its claimer with the frame of "asked"
    gone; the joined "said" takes the asker's subject (`sources.after_refusal`)."""
    body = (
        "Conservative Michael Fallon asked Mr Brown whether the Treasury had leaned on the statisticians, and said "
        "that the office had received a written paper from the Treasury."
    )
    c = next(c for c in claims_of(body)[0] if "paper" in c.text)
    assert c.claimer_kind == "actor" and "Fallon" in (c.claimer_text or ""), (c.text, c.claimer_kind, c.claimer_text)


def test_the_classifier_holds_the_authors_kind():
    """The model gave "a reader asked how ..." to the reader (m62-web), through the rules' frame; as withheld speech
    the kind holds (`AUTHOR_RULES`)."""
    assert "withheld-speech" in AUTHOR_RULES
