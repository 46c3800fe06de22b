"""review41 (session 41's fresh-eyes review of session 40's merges; found reading claims47's rows): a quotation that
opens with a question after its reporting frame ('He said: "It's worth a punt, isn't it? She's gone back to training.
If she's confident she will pick one (distance). The programme does not permit both."', bbc
sport/gb-select-holmes-for-double-bid) gave its sentences to the author: the question is no claim, so no claim's
frame named the quotation's speaker, and the sentences that waited inside it fell to the author when it closed.
`discourse.note_question_speaker`: the question's frame outside the quotation names its speaker, as a claim's frame
would. Near cases: a question with no frame (the author's sentences after it stay the author's), and a question
whose frame is inside the quotation."""

from __future__ import annotations

import pytest


def claimers(claims) -> list[tuple[str, str | None, str]]:
    return [(c.claimer_kind, c.claimer_text, c.claimer_rule) for c in claims]


@pytest.mark.parametrize(
    "body",
    [
        'Max Jones said: "Is it worth a punt? She has gone back to training. The programme does not permit both."',
        "He said it was likely. Max Jones said: \"It is worth a punt, isn't it? She has gone back to training. If she "
        'is confident she will pick one distance. The programme does not permit both."',
    ],
)
def test_a_quotation_opened_by_a_question_is_its_speakers(claims_of, body):
    claims, _ = claims_of(body)
    quoted = [c for c in claims if c.text.startswith(("She has", "If she", "The programme"))]
    assert quoted and all(k == ("actor", "Max Jones", "quote-continuation") for k in claimers(quoted)), claimers(claims)


def test_near_case_a_question_with_no_frame_leaves_the_authors_sentences_the_authors(claims_of):
    claims, _ = claims_of("Why did the minister resign? She has gone back to her constituency in the north.")
    assert claimers(claims) == [("author", None, "author-default")]


def test_near_case_a_question_with_its_frame_inside_the_quotation_names_no_speaker(claims_of):
    claims, _ = claims_of(
        '"Did the minister say why she resigned? She has gone back to her constituency in the north," the report says.'
    )
    assert all(text != "minister" for _, text, _ in claimers(claims)), claimers(claims)


@pytest.mark.xfail(
    strict=True,
    reason="review41, not fixed: 'asked' is no reporting verb (a question puts nothing forward), so a question's "
    "'asked Wenger' names no speaker and the quotation after it falls to the author; naming the asker as the speaker "
    "needs a frame rule of its own for 'ask', which claims nothing itself",
)
def test_a_quotation_after_an_asked_question_is_the_askers(claims_of):
    claims, _ = claims_of('"Why would we sell him?" asked Wenger. "He is our best player and he will stay."')
    assert claimers(claims) == [("actor", "Wenger", "quote-continuation")], claimers(claims)
