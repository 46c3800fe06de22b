"""fix98 (session 65, issue 12; claims.rules.v139): a he / she right after a sentence whose speaker is named only by a
noun of one who speaks for a body, with "a" / "an" ("A spokeswoman said: ... But she added ...") stands for that unnamed speaker, not
for a person the article named before (`pronouns.unnamed_spokesperson`; fix96 found the shape, fix98 read 25 such
pronouns on m77-bbc, all given an earlier person). A named spokesman, a noun of the other gender, a definite "the
spokesman" and a spokesman only handed on to the sentence before keep the earlier readings."""

from __future__ import annotations

import pytest


def pronoun_claim(claims_of, body):
    claims, _ = claims_of(body)
    return next(c for c in reversed(claims) if (c.claimer_text or "").lower() in {"he", "she"})


@pytest.mark.parametrize(
    ("body", "earlier"),
    [
        (
            "Professor Nancy Rothwell said the minister's views mattered. The department would not comment on the "
            'concerns. A spokeswoman said: "We are not going into any details on this." But she added that the claims '
            "were not true.",
            "Rothwell",
        ),
        (
            "Lib Dem spokesman Mark Oaten said the bill was deeply flawed. A spokeswoman for Human Rights Watch said it "
            "was a basic principle that people should only be punished after a fair trial. She added that a judge "
            "should not impose those punishments.",
            "Oaten",
        ),
        (
            "Retailer boss Peter Hamilton said the results were strong. A company spokesman said the firm had no "
            "evidence of a bid. He also said the regulator had been in touch with the firm.",
            "Hamilton",
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_spokesperson_is_no_earlier_person(claims_of, body, earlier):
    claim = pronoun_claim(claims_of, body)
    assert claim.claimer_actor_id is None or earlier.lower() not in claim.claimer_actor_id, claim.claimer_actor_id


@pytest.mark.parametrize(
    "body",
    [
        # a spokesman named in the phrase is the speaker
        "Dean Boyd, a spokesman for the agency, said the raids were a success. He added that more arrests would "
        "follow.",
        # a noun of the other gender: someone else
        "Peter Hamilton said the plan would fail. A spokeswoman for the firm said it had no comment. He added that "
        "the board would meet on Monday.",
        # a definite spokesman may be a person named before
        "Shadow foreign secretary Michael Ancram told MPs the paper was propaganda. The Tory spokesman also criticised "
        'the government for its claims. "The government had to publish a commentary of 500 pages," he said.',
        # a spokesman handed on to the sentence before, not named in it
        "Further analysis could help spot smuggling, according to a spokesman. Computer specialist at the agency, "
        'Peter Smith, would like to use video game techniques. "The commercials you now see show a virtual world," he '
        "said.",
    ],
)
def test_near_case_a_named_spokesman_or_the_other_gender_keeps_the_person(claims_of, body):
    claim = pronoun_claim(claims_of, body)
    assert claim.claimer_actor_id is not None, claim.claimer_actor_id
