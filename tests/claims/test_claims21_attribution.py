"""claims21 (claims.rules.v27): attribution in politics prose, each fix with its other side (BBC sentences)."""

from __future__ import annotations

BEYNON = (
    'Rhian Beynon of the JCWI said the new rules were "not proportionate" and "discriminatory".\n\n'
    '"These rules mean in some cases the Home Secretary is going to be a marriage registrar of last resort. '
    '"We are currently taking a legal opinion on this."'
)


# a quotation of whole sentences with no frame of its own belongs to the last speaker, as a one-sentence one does
def test_a_quotation_over_whole_sentences_is_the_last_speakers(claims_of):
    claims, _ = claims_of(BEYNON)
    assert [(c.claimer_kind, c.claimer_text, c.certainty) for c in claims[1:]] == [
        ("actor", "Rhian Beynon of the JCWI", "reported"),
        ("actor", "Rhian Beynon of the JCWI", "reported"),
    ]
    assert claims[2].claimer_rule == "quote-of-last-speaker"


def test_a_quotation_over_whole_sentences_in_the_speakers_paragraph(claims_of):
    body = (
        "Mr Cook told the Today programme it was not fair to blame the public. "
        '"They are turned off by the way we do politics in Britain. There is a message there for politicians."'
    )
    claims, _ = claims_of(body)
    assert [(c.claimer_kind, c.claimer_text) for c in claims[1:]] == [("actor", "Mr Cook"), ("actor", "Mr Cook")]


def test_a_quotation_far_from_the_last_speaker_stays_the_authors(claims_of):
    body = (
        "Mr Cook told the Today programme it was not fair to blame the public.\n\n"
        "Turnout fell to 59% at the last general election.\n\n"
        '"They are turned off by the way we do politics in Britain. There is a message there for politicians."'
    )
    claims, _ = claims_of(body)
    assert [c.claimer_kind for c in claims[2:]] == ["author", "author"]


def test_a_quotation_that_does_not_close_the_sentence_is_no_whole_quotation(claims_of):
    body = (
        "Mr Cook told the Today programme it was not fair to blame the public. "
        '"They are turned off by politics. There is a message there" for every party, the report found in March.'
    )
    claims, _ = claims_of(body)
    assert claims[-1].claimer_rule != "quote-of-last-speaker"
