"""claims80 (issue 12): a speech act aimed at someone carries its content (ANNOTATION's hard case: "speech acts carry
their content"). "X has hit out at ...", "X lashed out at ...", "X railed against ...", "X hit back at ...", "X joined
calls for ...": the subject is the claimer (claims/verbs.py `targeted_speech`, the rule `targeted-speech-act`), as the
labels have it (5 of 5 such units actor), and the classifier holds the rule's kind (`classify.relabel.ACTOR_RULES`):
the shipped model gave m64-bbc's "hit out at critics of the Gambling Bill" and "hit out at the quality of current films"
back to the author (config/eval/README.md, "claims80")."""

from __future__ import annotations

from pathlib import Path

import pytest
from narrative_pipeline.actors import link_articles
from narrative_pipeline.claims import extract_claims, load_lexicon
from narrative_pipeline.classify.model import load_model
from narrative_pipeline.classify.relabel import ACTOR_RULES, relabel

ROOT = Path(__file__).resolve().parents[2]

AIMED = [
    # m64-bbc: the model gave these two to the author
    (
        "The Secretary of State for Culture, Media and Sport, Tessa Jowell, has hit out at critics of the Gambling Bill.",
        "Tessa Jowell",
    ),
    ("Hollywood legend Dustin Hoffman has hit out at the quality of current films and theatre productions.", "Hoffman"),
    # m64-bbc: no rule read these as their subject's
    (
        "In London on Thursday ahead of the meeting, India's finance minister, lashed out at the restrictive trade "
        "policies of the G7 nations.",
        "finance minister",
    ),
    # s17 (labelled actor "he", assessment)
    ("Later he hit back at Mr Mallon's claim that an assembly would improve transport links in the region.", "he"),
    # s14 (labelled actor "Shami Chakrabarti", prescription)
    (
        "Shami Chakrabarti, from human rights group Liberty, joined calls for intercept evidence to be allowed in "
        "trials.",
        "Shami Chakrabarti",
    ),
    ("Campaigners railed against the decision to close the library.", "Campaigners"),
]


@pytest.mark.parametrize(("body", "claimer"), AIMED)
def test_a_speech_act_aimed_at_someone_is_its_subjects(one, body, claimer):
    c = one(body)
    assert (c.claimer_kind, c.claimer_rule) == ("actor", "targeted-speech-act"), (c.claimer_kind, c.claimer_rule)
    assert claimer in (c.claimer_text or ""), c.claimer_text


@pytest.mark.parametrize(
    "body",
    [
        # the phrase's preposition or noun not on the verb: play, a shot, a club
        "The batsman hit out and was caught on the boundary.",
        "Arsenal hit back to win 3-1 after going behind early.",
        "Two more players joined the club this week.",
        # an armed party's act
        "Troops lashed out at the crowd with batons.",
        # "took aim": the parser hangs "at" on "aim"; a shot in sport
        "Rooney took aim at the far corner from 25 yards.",
    ],
)
def test_no_speech_act_without_its_phrase_or_by_an_armed_party(claims_of, body):
    for c in claims_of(body)[0]:
        assert c.claimer_rule != "targeted-speech-act", (c.text, c.claimer_rule, c.claimer_text)


def test_the_classifier_holds_a_speech_act_aimed_at_someone(parse, registry):
    """The shipped model, which reads no reported clause in them, turned the rule's actor back to the author."""
    assert "targeted-speech-act" in ACTOR_RULES
    lex = load_lexicon(ROOT / "config/claims_lexicon.yaml")
    model = load_model(ROOT / "config/models/claims-v1.json")
    for body, claimer in AIMED[:2]:
        article = parse("A headline that is never a claim\n\n" + body)
        mentions, _ = link_articles([article], registry, 90.0)
        claims, _ = extract_claims([article], mentions, lex)
        (c,) = relabel(claims, [article], mentions, model, lex)
        assert (c.claimer_kind, c.certainty, c.claimer_rule) == ("actor", "reported", "targeted-speech-act"), c
        assert claimer in (c.claimer_text or ""), c.claimer_text
