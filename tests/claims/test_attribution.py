"""Attribution: one example per entry of ATTRIBUTION_RULES, and the claimers a sentence shares."""

from __future__ import annotations

from typing import get_args

import pytest
from narrative_pipeline.claims.attribution import ATTRIBUTION_RULES, FRAME_RULES, AttributionContext, Frame
from narrative_pipeline.records import ClaimerRule, InheritedRule

# rule -> (body, claimer kind, claimer text, claimer cue)
EXAMPLES = {
    "according-to-reports": ("Forty people died, according to reports.", "unnamed", None, "according to reports"),
    "according-to": (
        "According to the World Health Organization, forty people died.",
        "actor",
        "the World Health Organization",
        "According to",
    ),
    "stance-adjective": ("Analysts are confident that prices will rise.", "actor", "Analysts", "confident"),
    "quote-frame": ('"We are ready for the match," the minister continued.', "actor", "minister", "continued"),
    "passive-agent": ("The claim was denied by the ministry.", "actor", "ministry", "denied"),
    # the writer's own "I believe" is the author's (claims47, `own-voice`): a source of the page's
    "newsroom-finding": ("The club will sell its ground, BBC Sport has learned.", "actor", "BBC Sport", "learned"),
    "inverted-reporting": ("It is a good deal, they say, for the farmers.", "actor", "they", "say"),
    "relative-reporting": (
        "The union, which the minister criticised, is on strike.",
        "actor",
        "minister",
        "criticised",
    ),
    # a speech act aimed at someone (claims80): its own rule, held against the classifier
    "targeted-speech-act": ("Campaigners have hit out at the plans.", "actor", "Campaigners", "hit"),
    "reporting-verb": ("Officials said the talks had failed.", "actor", "Officials", "said"),
    "tail-frame": (
        "Prices will rise again in spring, Nationwide predicts.",
        "actor",
        "Nationwide",
        "predicts",
    ),
    "bracket-citation": (
        "Sea levels rose by 4mm last year (World Meteorological Organization, 2023).",
        "actor",
        "World Meteorological Organization",
        "(World Meteorological Organization, 2023)",
    ),
    "impersonal-passive": (
        "The strike has been described as the longest in decades.",
        "unnamed",
        None,
        "has been described",
    ),
    "unnamed-attribution": ("The mine has reportedly closed.", "unnamed", None, "reportedly"),
}
# claimers shared within a sentence (drafts): body, index of the claim, claimer text, cue
SHARED = {
    "quote-frame": (
        '"The new road is expensive but the villages are very pleased with it," the minister said.',
        0,
        "minister",
        "said",
    ),
    "shared-reporting-verb": ("He said the army had left and that the town was calm.", 1, "He", "said"),
    "colon-quote": ('Campaigners carried a banner with the slogan: "Our town is not for sale."', 1, "Campaigners", ":"),
}


@pytest.mark.parametrize("rule", ATTRIBUTION_RULES, ids=lambda r: r.name)
def test_each_attribution_rule_decides_its_example(rule, claims_of):
    body, kind, claimer, cue = EXAMPLES[rule.name]
    claim = claims_of(body)[0][0]
    assert (claim.claimer_rule, claim.claimer_kind, claim.claimer_text, claim.claimer_cue) == (
        rule.name,
        kind,
        claimer,
        cue,
    )
    assert claim.claimer_kind == rule.decides


@pytest.mark.parametrize("name", SHARED)
def test_claimers_shared_within_a_sentence(name, claims_of):
    body, k, claimer, cue = SHARED[name]
    claim = claims_of(body)[0][k]
    assert (claim.claimer_rule, claim.claimer_text, claim.claimer_cue) == (name, claimer, cue)


def test_every_claimer_rule_has_an_example_and_a_recorded_name():
    assert [r.name for r in ATTRIBUTION_RULES] == list(EXAMPLES)
    assert {r.name for r in FRAME_RULES} <= set(EXAMPLES)
    recorded = set(EXAMPLES) | set(SHARED) | set(get_args(InheritedRule))
    # the author's: a withheld reporting verb, the page's own voice (tests/claims/test_claims47_own_voice.py), none
    recorded |= {"withheld-speech", "own-voice", "author-default"}
    # "model": set by the classifier when it changes the rules' claimer kind (tests/test_classify.py)
    assert recorded | {"model"} == set(get_args(ClaimerRule))


def test_no_frame_rule_fires_on_a_token_of_no_frame_kind(claims_of, monkeypatch):
    """`AttributionContext.best_frame` skips those tokens: every frame rule must abstain on them."""
    seen: list[AttributionContext] = []
    original = AttributionContext.__post_init__

    def record(self) -> None:
        original(self)
        seen.append(self)

    monkeypatch.setattr(AttributionContext, "__post_init__", record)
    for body, *_ in [*EXAMPLES.values(), *SHARED.values()]:
        claims_of(body)
    idle = [(ctx, tok) for ctx in seen for tok in ctx.unit.tokens if Frame(ctx, tok).kind is None]
    assert len(idle) > 50
    assert all(rule.function(Frame(ctx, tok)) is None for ctx, tok in idle for rule in FRAME_RULES)


def test_said_attribution_links_claimer(one):
    c = one("Vladimir Putin said the troops had crossed the border.")
    assert (c.claimer_kind, c.claimer_actor_id, c.certainty) == ("actor", "vladimir_putin", "reported")
    assert c.claimer_text == "Vladimir Putin" and c.claimer_cue == "said"


def test_reporting_clause_after_the_quote(one):
    c = one('"The border is closed," Mr Erdogan said.')
    assert c.claimer_actor_id == "recep_tayyip_erdogan" and c.claimer_kind == "actor"


def test_reporting_clause_at_the_end_after_comma(one):
    c = one("Detaining suspects without trial breaks the law, the court has ruled.")
    assert c.claimer_kind == "actor" and c.claimer_text.endswith("court")


def test_according_to_links_the_actor(one):
    c = one("Forty people died, according to the World Health Organization.")
    assert c.claimer_actor_id == "who" and c.claimer_rule == "according-to"


def test_spokesman_of_an_actor(one):
    c = one("A Kremlin spokesman said the talks had failed.")
    assert c.claimer_kind == "actor" and c.claimer_actor_id == "state_rus"


def test_unlinked_actor_claimer(one):
    c = one("Critics say the law is unfair.")
    assert c.claimer_kind == "actor" and c.claimer_actor_id is None and c.claimer_text == "Critics"


def test_alignment_claimer_is_not_linked(one):
    c = one("Pro-Haftar sources reported that the rebels sent pilots to Syria.")
    assert c.claimer_kind == "actor" and c.claimer_actor_id is None


def test_a_non_source_subject_claims_nothing(one):
    assert one("This shows that the talks had failed.").claimer_kind == "author"
    # "it" with no organisation, state or group named as a subject before it: the subject of a verb of saying is a
    # source all the same (claims21: the labels' "It said ..."), linked to no actor
    said = one("It said the talks had failed.")
    assert (said.claimer_kind, said.claimer_text, said.claimer_actor_id) == ("actor", "It", None)


def test_it_reporting_is_the_last_organisation_or_state_named_as_subject(claims_of):
    claims, _ = claims_of("Russia rejected the report on Monday. It said the talks had failed.")
    said = claims[-1]
    assert (said.claimer_rule, said.claimer_kind, said.claimer_text) == ("reporting-verb", "actor", "It")
    assert said.claimer_actor_id == "state_rus"


@pytest.mark.parametrize(
    "body",
    [
        "It means that the plan will fail.",  # not a verb of reporting
        "It was said that the plan would fail.",  # the passive: unnamed
        "It also ran a marathon in May.",  # no report
        "It shows that the plan will fail.",  # as often a fact as a source
    ],
)
def test_it_claims_only_as_the_active_subject_of_a_report(claims_of, body):
    claims, _ = claims_of("Russia rejected the report on Monday. " + body)
    assert claims[-1].claimer_kind != "actor"


def test_it_stands_for_no_organisation_after_a_person_or_two_paragraphs(claims_of):
    claims, _ = claims_of(
        "Russia rejected the report. Vladimir Putin spoke to reporters. It said the talks had failed."
    )
    assert claims[-1].claimer_actor_id is None  # still a source since claims21, but not Russia
    claims, _ = claims_of("Russia rejected the report.\n\nThe talks went on.\n\nIt said the talks had failed.")
    assert claims[-1].claimer_actor_id is None
    claims, _ = claims_of("Russia rejected the report.\n\nThe talks went on.\n\nIt also ran a marathon in May.")
    assert claims[-1].claimer_kind == "author"


def test_a_stance_adjective_of_the_speaker_names_no_claimer(one):
    assert one("I am confident that prices will rise.").claimer_rule != "stance-adjective"


@pytest.mark.parametrize(
    "body,rule,claimer",
    [
        # a subject after a subjectless reporting verb, which the parser hung on the reported clause
        ("For instance, said Mr Makower, credit cards are rare in China.", "reporting-verb", "Mr Makower"),
        # a bare reporting clause between commas inside the clause it reports
        ("Without growth, they say, the money could run out.", "inverted-reporting", "they"),
        # "one of X" is a source when X is
        (
            "The Lib Dems are set for their best results, one of their frontbenchers has predicted.",
            "reporting-verb",
            "one of their frontbenchers",
        ),
        # a title keeps the name after it
        (
            "BBC Scotland's political correspondent Glenn Campbell said no complaint had been made.",
            "reporting-verb",
            "BBC Scotland's political correspondent Glenn Campbell",
        ),
        (
            "Its chief executive, Sir Howard Newby, said it was wrong.",
            "reporting-verb",
            "Its chief executive, Sir Howard Newby",
        ),
        # "according to" when the parser gave "to" no object
        (
            "According to blog analysis firm Technorati, the so-called blogosphere, has doubled every five months.",
            "according-to",
            "blog analysis firm Technorati",
        ),
        # speech acts: with the reason given, and with any noun as subject
        (
            "Charles Kennedy attacked Mr Brown for failing to mention the environment.",
            "reporting-verb",
            "Charles Kennedy",
        ),
        ("The insurer blamed the cuts on poor share returns.", "reporting-verb", "insurer"),
        # a noun that names a speaker by its form, outside the lexicon's source nouns
        ("Producers say no decision has yet been made.", "reporting-verb", "Producers"),
        # "hopes" is the verb hope (the model's lemmatizer says "hop")
        ("The UN hopes that the talks will help.", "reporting-verb", "UN"),
        # an infinitive under a continuing verb still reports, with that verb's subject
        ("Mr Smith went on to say that the plan would fail.", "reporting-verb", "Mr Smith"),
        # predicting speech acts with a noun object; plans put forward
        ("Acme Motors has forecast a loss for the year.", "reporting-verb", "Acme Motors"),
        ("Mr Smith unveiled plans to sell the state airline.", "reporting-verb", "Mr Smith"),
        # data that show something with a noun object
        ("Figures from the ministry showed sales down 4%.", "reporting-verb", "Figures"),
        # a report with a noun object, a bet on a clause
        ("The bank reported higher profits in every region.", "reporting-verb", "bank"),
        ("Traders are betting that prices will fall.", "reporting-verb", "Traders"),
        # people named by what they are, any quantity of them, a share of them
        ("All three men said that the market would grow.", "reporting-verb", "All three men"),
        ("One of the women said the strike would go on.", "reporting-verb", "One of the women"),
        ("18% said they would not buy one.", "reporting-verb", "18%"),
        # ", <source> said." closing a sentence whose parse lost the subject
        (
            "Others on the list include Tom Brown, Sam Green and Ann White, party chairman Lord Hill said.",
            "tail-frame",
            "party chairman Lord Hill",
        ),
    ],
)
def test_more_attributions(claims_of, body, rule, claimer):
    claim = claims_of(body)[0][0]
    assert (claim.claimer_rule, claim.claimer_kind, claim.claimer_text) == (rule, "actor", claimer)


@pytest.mark.parametrize(
    "body",
    [
        "Troops attacked the town over the weekend.",
        "Rebels attacked the town for three days.",
        "The strength of the euro is threatening to dampen demand.",
    ],
)
def test_no_speaker_without_a_source_or_a_reason(claims_of, body):
    assert claims_of(body)[0][0].claimer_kind == "author"


@pytest.mark.parametrize(
    "body",
    [
        # a question left open, or nothing said, is no claim of the subject's
        "The Justice Department has not said if it will appeal.",
        "The Justice Department refused to say whether it would appeal.",
        # the passive subject of a reporting verb is what is reported on, not who reports
        "Little Britain stars Matt Lucas and David Walliams have been named the most powerful people in comedy.",
        # (with no agent, "is accused of", "is criticised for" are unnamed reports: test_claims8_constructions.py)
        # a particle makes a speech-act verb another verb
        "A third of the staff called in sick.",
        # a person's verb with a noun object reports nothing
        "Fly-half Stephen Jones added four conversions as Wales maintained their start.",
        # kept from being said
        "Liberal Democrat leader Charles Kennedy avoided suggesting anyone was playing politics.",
        # a speech act still to come, with no content: the author's forecast
        "Mr Howard will also attack the Lib Dems for wanting to abolish faith schools.",
        # an infinitive that is an action
        "The firm agreed to invest 242m pesos.",
        # plans the subject does not put forward; a continuing verb with no report under it
        "Labour rejected plans to close the school.",
        "She went on to become the first woman to lead the party.",
        "He went to tell the police.",
        # a person who shows something is no source of data
        "The boy showed his teacher the drawing.",
    ],
)
def test_no_speaker_for_withheld_passive_or_non_speech_uses(claims_of, body):
    assert claims_of(body)[0][0].claimer_kind == "author"


@pytest.mark.parametrize(
    "body",
    [
        "He was quoted as saying the firm would grow.",
        "He did not say that the plan had failed, but he hinted it.",
        "Mr Smith added that the plan had failed.",
        "He will say the plan has failed.",
        "The minister promised to cut fuel duty.",
    ],
)
def test_speakers_kept_next_to_those_rules(claims_of, body):
    assert claims_of(body)[0][0].claimer_kind == "actor"


@pytest.mark.parametrize(
    "body",
    [
        "In 2002 the firm sued a former contractor who allegedly put drawings on the web.",
        "The deficit, far bigger than the $54bn widely expected on Wall Street, hit the dollar.",
    ],
)
def test_an_unnamed_source_inside_a_modifier_attributes_nothing(one, body):
    claim = one(body)
    assert (claim.claimer_kind, claim.certainty) == ("author", "asserted")


def test_a_clause_coordinated_with_the_reporting_verb_is_not_reported(claims_of):
    claims, _ = claims_of(
        "The Tories outlined their plans to cut taxes and the Lib Dems gave more details of their own."
    )
    assert [(c.claimer_kind, c.claimer_rule) for c in claims] == [
        ("actor", "reporting-verb"),
        ("author", "author-default"),
    ]
