"""The discourse: claimers handed on to later sentences (INHERIT_RULES), list items."""

from __future__ import annotations

import pytest
from narrative_pipeline.claims.discourse import INHERIT_RULES

# rule -> (body, index of the inheriting claim, claimer actor)
EXAMPLES = {
    "post-author": (
        "Mr Putin answered on Twitter.\n\nThe sanctions have failed and our economy is growing https://t.co/x1\n\n"
        "— Vladimir Putin (@KremlinRussia_E) March 3, 2022",
        1,
        "vladimir_putin",
    ),
    "quote-continuation": (
        'Mr Erdogan said: "We will not withdraw. Our troops are staying."',
        1,
        "recep_tayyip_erdogan",
    ),
    "speaker-label": (
        "Interviewer: Will the sanctions work?\n\nMr Putin: The sanctions have failed. Our economy is growing.",
        1,
        "vladimir_putin",
    ),
    "quote-of-last-speaker": (
        'Vladimir Putin said the sanctions would fail.\n\n"Our economy is stronger than ever."',
        1,
        "vladimir_putin",
    ),
    "list-continuation": (
        "The report makes demands, Amnesty International says.\n\n - Releasing all political prisoners\n - Ending the blockade",
        1,
        "amnesty",
    ),
    "indirect-continuation": (
        "Vladimir Putin said the sanctions had failed. The economy would grow again next year.",
        1,
        "vladimir_putin",
    ),
}


@pytest.mark.parametrize("rule", INHERIT_RULES, ids=lambda r: r.name)
def test_each_inherit_rule_hands_on_its_speaker(rule, claims_of):
    body, k, actor = EXAMPLES[rule.name]
    claim = claims_of(body)[0][k]
    assert (claim.claimer_rule, claim.claimer_actor_id, claim.claimer_kind) == (rule.name, actor, rule.decides)
    assert (claim.certainty, claim.certainty_rule) == ("reported", rule.name)


def test_every_inherit_rule_has_an_example():
    assert [r.name for r in INHERIT_RULES] == list(EXAMPLES)


def test_a_quote_waits_for_its_speaker(claims_of):
    claims, _ = claims_of('"Our troops are staying. We will not withdraw," Mr Erdogan said.')
    assert [c.claimer_actor_id for c in claims] == ["recep_tayyip_erdogan"] * 2
    assert claims[0].claimer_rule == "quote-continuation"


def test_quote_continuing_into_next_paragraph(claims_of):
    body = '"We will not withdraw," Mr Erdogan said. "Our troops are staying.\n\n"And they will stay until the job is done," he added.'
    claims, _ = claims_of(body)
    assert [c.claimer_actor_id for c in claims] == ["recep_tayyip_erdogan"] * len(claims)


def test_pronoun_claimer_is_the_last_person_in_subject_position(claims_of):
    claims, _ = claims_of("Vladimir Putin met the envoy. He said the talks had failed.")
    assert claims[-1].claimer_actor_id == "vladimir_putin"


def test_standalone_quote_far_from_any_speaker_stays_with_the_author(claims_of):
    body = 'Vladimir Putin said the sanctions would fail.\n\nTroops crossed the border.\n\nThe talks ended.\n\n"Nothing has changed."'
    claims, _ = claims_of(body)
    assert claims[-1].claimer_kind == "author"


def test_list_items_that_say_what_to_do_are_prescriptions(claims_of):
    body = "The minister set out her plans.\n\n - When travelling abroad, carrying a passport at all times\n - Visitors will need a visa"
    claims, _ = claims_of(body)
    assert [(c.type_rule, c.type_cue) for c in claims[1:]] == [("list-action-item", "When"), ("modal-future", "will")]
    assert claims[1].claim_type == "prescription"


def test_indirect_speech_goes_on_for_one_backshifted_sentence(claims_of):
    body = "Mr Erdogan said the talks had stalled.\n\nThe army would stay in the north. Troops might leave in May."
    claims, _ = claims_of(body)
    assert [c.claimer_actor_id for c in claims[:2]] == ["recep_tayyip_erdogan"] * 2
    assert claims[1].claimer_rule == "indirect-continuation"
    assert claims[2].claimer_kind == "author"  # no chain: the author's narration may have taken over


def test_the_middle_of_a_running_quotation_is_the_speakers(claims_of):
    for body in (
        '"We lost the game on Sunday. Now we are the underdogs. We must fight back," Mr Erdogan said.',
        'Mr Erdogan said: "We lost the game on Sunday. Now we are seen as the underdogs. We must fight back."',
    ):
        claims, _ = claims_of(body)
        assert [c.claimer_actor_id for c in claims] == ["recep_tayyip_erdogan"] * 3, body


@pytest.mark.parametrize(
    "body",
    [
        # a sentence in between that is the author's own ends the indirect speech
        "Vladimir Putin said the sanctions had failed. Troops crossed the border. The economy would grow again.",
        # no backshifted modal: the author's narration goes on
        "Vladimir Putin said the sanctions had failed. The economy grew again in May.",
        # no reporting verb before it
        "Vladimir Putin visited the plant. The economy would grow again next year.",
        # "could" and "should" after someone's words are as often the author's own
        "Vladimir Putin said the sanctions had failed. The plan could turn out to be costly for Moscow.",
        # the author turns away, names another actor as subject, or tells what was not done
        "Gordon Brown said the economy was strong. He would later become prime minister.",
        "Tony Blair said the talks had gone well. Michael Howard would not comment.",
        "Tony Blair said the talks had gone well. The opposition would not comment on them.",
        # after a direct quotation, not indirect speech
        '"We will win," Michael Howard said. If the Tories won, taxes would rise.',
    ],
)
def test_no_indirect_continuation_without_indirect_speech_just_before(claims_of, body):
    claims, _ = claims_of(body)
    assert claims[-1].claimer_kind == "author"
