"""review17f: claims22's quotation rule (claims/discourse.py `other_subject_person`) on sentences where the person
named as the main subject is who the quotation is about, not who speaks it. Findings only: not fixed (no retrain
or CI run remains in session 17)."""

import pytest

MINISTER = "The defence minister said the troops would stay until the election.\n\n"


# the subject of a passive main clause is who things happened to ("was arrested", "was killed"): the quotation that
# follows is someone else's words about him, and one that calls him "he" cannot be his.
@pytest.mark.xfail(strict=True, reason="review17f: a quotation after 'Mr Brown was arrested' goes to Mr Brown")
def test_a_quotation_after_a_passive_subject_is_not_that_persons(claims_of):
    claims, _ = claims_of(
        MINISTER
        + 'Mr Brown was arrested by police at his home on Monday. "He has broken the law and he will face trial."'
    )
    assert claims[-1].claimer_text != "Brown"


# a death followed by a tribute (common in crime and conflict reports): the tribute is the family's or a colleague's,
# never the dead man's, and it speaks of him as "he".
@pytest.mark.xfail(strict=True, reason="review17f: a tribute after 'Mr Brown died' goes to Mr Brown")
def test_a_tribute_after_a_death_is_not_the_dead_persons(claims_of):
    claims, _ = claims_of(
        MINISTER + 'Mr Brown died in hospital on Monday. "He was a wonderful father and a loving husband."'
    )
    assert claims[-1].claimer_text != "Brown"
