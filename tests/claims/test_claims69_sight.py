"""claims69 (issue 12; review54 finding 2): claims67's `regarded-as` (held against the classifier) read literal seeing
as regard. A verb of `sight_verbs` (see, view) whose "as" names what the one seen was at the time, a noun of
`depicted_as_nouns` (an age or stage of life, a presence, a broadcast's form) or an age ("a 17-year-old"), is no
characterisation (`type.depicted_as`): no `regarded-as`, and no `verb-assessment` of "view". Counted before it was
written: none of the 67 `regarded-as` rows of m58 (BBC 63, web 4) nor any labelled row has such a noun after the "as"
(config/eval/README.md, "claims69")."""

from __future__ import annotations

import pytest
from narrative_pipeline.classify.relabel import holds_type


def last(claims):
    return claims[-1]


@pytest.mark.parametrize(
    "body",
    [
        # review54's three sentences
        "Mr Smith said fans first saw Rooney as a teenager at Everton.",
        "Police said the suspect was seen as a passenger in a blue car on Monday.",
        "Officials said about 10 million people viewed the final as a live broadcast on the BBC.",
        # an age
        "I first saw him as a 17-year-old at Manchester United.",
    ],
)
def test_a_sight_of_what_one_was_then_is_no_regard(claims_of, body):
    c = last(claims_of(body)[0])
    assert c.type_rule not in {"regarded-as", "verb-assessment"}, (c.text, c.claim_type, c.type_rule)
    assert not holds_type(c)


@pytest.mark.parametrize(
    "body",
    [
        # m58-bbc rows of the rule (characterisations), a time or a "for" after the noun included
        "Arsenal were barely seen as an attacking force in the opening 45 minutes.",
        "Analysts have seen SSL as a takeover target for years.",
        "Real Madrid view him as a natural replacement for compatriot Ronaldo.",
        "Smith is widely regarded as a safe pair of hands.",
        # a noun of the list with an owner or an "of" phrase characterises
        "Analysts see him as a student of the game.",
        "The project is seen as the minister's baby.",
        # regard is never sight
        "She was regarded as a child prodigy by her teachers.",
    ],
)
def test_characterisations_keep_the_rule(claims_of, body):
    c = last(claims_of(body)[0])
    assert (c.claim_type, c.type_rule) == ("assessment", "regarded-as"), (c.text, c.claim_type, c.type_rule)
