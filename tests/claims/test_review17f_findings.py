"""review17f: claims22's quotation rule (claims/discourse.py `other_subject_person`) on sentences where the person
named as the main subject is who the quotation is about, not who speaks it. Fixed by the lead: the rule takes an
active subject only, and not for a quotation that speaks of "he", "his", "she" or "her"."""

import pytest

MINISTER = "The defence minister said the troops would stay until the election.\n\n"


# the subject of the sentence before is who things happened to (arrested, sacked, died, criticised, elected): the
# quotation that follows is someone else's words about him, and one that calls him "he" / "his" cannot be his.
@pytest.mark.parametrize(
    "sentences",
    [
        'Mr Brown was arrested by police at his home on Monday. "He has broken the law and he will face trial."',
        'Mr Brown was sacked by the prime minister on Monday. "It was the right decision for the country."',
        'Mr Brown died in hospital on Monday. "He was a wonderful father and a loving husband."',
        'Mr Brown faced fierce criticism from union leaders on Monday. "He has betrayed the workers of this country."',
        'Mr Brown won the election on Monday. "His victory is a disaster for the country."',
    ],
)
def test_a_quotation_about_the_subject_person_is_not_his(claims_of, sentences):
    claims, _ = claims_of(MINISTER + sentences)
    assert claims[-1].claimer_text != "Brown"


# in the claimer's own paragraph a sentence about another person does not hand the next quotation to him: it went on
# with Mr Smith's words before claims22 (same paragraph, quote-of-last-speaker) and now goes to Mr Brown.
def test_a_quotation_in_the_claimers_paragraph_about_another_person_stays_the_claimers(claims_of):
    claims, _ = claims_of(
        'Mr Smith said the plan would fail. Mr Brown is the minister in charge of it. "He has no idea what he is doing."'
    )
    assert claims[-1].claimer_text == "Mr Smith"
