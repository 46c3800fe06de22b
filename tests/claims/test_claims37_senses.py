"""claims37: "about to" is a future only when the infinitive hangs on "about"; "tip" is a verb of the future (for the type
rules and the classifier's verb-class feature) only with a to-infinitive or an "as" phrase of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from narrative_pipeline.actors import link_articles
from narrative_pipeline.claims import extract_claims
from narrative_pipeline.classify.features import claim_features
from narrative_pipeline.classify.index import index_article


@pytest.mark.parametrize(
    ("body", "claim_type", "type_rule"),
    [
        # "about" a preposition of "asked", the infinitive "asked"'s own: what was asked, no future
        # (claims36's past passive directive leaves it to the later rules: no future, so the default event)
        ("The Tory leader was asked about to respond to his critics.", "event", "default-event"),
    ],
)
def test_about_as_a_preposition_is_no_future(one, body, claim_type, type_rule):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == (claim_type, type_rule)


@pytest.mark.parametrize(
    "body",
    [
        "An attack is about to happen.",
        "Madrid were about to play FC Barcelona in a Champions League semi-final.",
        "The Scottish Football Association is about to embark on the search for a successor.",
        "They are not about to disappear in a hurry.",
        "The Federal Reserve may be about to raise interest rates.",
        "Another front in the battle between Microsoft and Google is about to be opened.",
    ],
)
def test_about_to_with_its_own_infinitive_stays_a_future(claims_of, body):
    claims, _ = claims_of(body)
    assert any(c.type_rule == "phrase-future" and c.type_cue == "about to" for c in claims), [
        (c.text, c.type_rule, c.type_cue) for c in claims
    ]


@pytest.mark.parametrize(
    ("body", "claim_type"),
    [
        ("Jamie Foxx is tipped to win best actor for Ray.", "prediction"),
        ("Campese has tipped Wales to win both the Six Nations and the Grand Slam.", "prediction"),
    ],
)
def test_tipped_to_still_forecasts(one, body, claim_type):
    assert one(body).claim_type == claim_type


ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def verb_classes(parse, registry, lex):
    """verb_classes(body) -> the `lex:verbclass=` features of the body's claims."""

    def _classes(body: str) -> set[str]:
        article = parse("A headline that is never a claim\n\n" + body, "0123456789abcdef")
        mentions, _ = link_articles([article], registry, 90.0)
        claims, _ = extract_claims([article], mentions, lex)
        index = index_article(article, mentions, claims)
        return {k for c in claims for k in claim_features(c, index, lex) if k.startswith("lex:verbclass=")}

    return _classes


@pytest.mark.parametrize(
    "body",
    [
        "Robson saw another long-range effort tipped round the post before a lob was headed off the line.",
        "James superbly tipped the same player's volley wide.",
        "The keeper tipped the ball over at full stretch.",
        "The US Secret Service was first tipped off in July 2003.",
    ],
)
def test_tip_of_a_hand_is_no_verb_of_the_future(verb_classes, body):
    assert "lex:verbclass=pred" not in verb_classes(body)


@pytest.mark.parametrize(
    "body",
    [
        "Jamie Foxx is tipped to win best actor for Ray.",
        "Campese has tipped Wales to win both the Six Nations and the Grand Slam.",
        "Analysts tipped the phone as the best seller of the year.",
        "The firm expects profits to rise.",  # the other prediction verbs, as before
        "He promised a referendum.",
    ],
)
def test_tip_of_a_forecast_is_one(verb_classes, body):
    assert "lex:verbclass=pred" in verb_classes(body)


@pytest.mark.parametrize(
    "body",
    [
        # a judgement or forecast inside the object or the subject is not the claim's (the labels: 35 of 35 events)
        "His comments follow news that all four Britons held by the US will be freed within weeks.",
        "The move follows a Law Lords judgement that the detention of 12 men was unlawful.",
        "The economy's poor performance in the third quarter followed four consecutive quarters of strong growth.",
        "The move followed a huge campaign in Ireland for a public apology.",
    ],
)
def test_what_follows_what_is_an_event(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("event", "default-event")


@pytest.mark.parametrize(
    ("body", "claim_type"),
    [
        ("Other chapters will follow in coming weeks.", "prediction"),  # under a modal: a forecast
        ("Worse could follow, according to a former team member.", "prediction"),
        ("Wales could follow England's lead by training with a rugby league club.", "prediction"),
        ("It follows that the plan is badly flawed.", "assessment"),  # no object: an inference, not a sequence
    ],
)
def test_follow_without_the_shape_is_left_to_the_other_rules(one, body, claim_type):
    assert one(body).claim_type == claim_type
