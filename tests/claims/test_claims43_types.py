"""claims43: constructions of web instructions and advice the rules typed one way and ANNOTATION.md the other
(`claims-handcheck-web36.jsonl`, base36-web): "Add ..." as an instruction (`type.added_point` keeps only its framing
"Add to this ..."), a list item keeps the imperative's decision (`discourse.MOOD_RULES`), an imperative after a
clause of when or on what condition to act or after an earlier instruction (`type.preface`), and "better / best"
judging an action, by an infinitive or an "if" clause (`type.advisability_word`, `type.open_condition`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Add decorative hooks to the wall to hang things like a hamper, diaper caddy, or storage bags.",
        "Add the onions to the pan and fry for two minutes.",
        # an earlier instruction the parser hangs on the imperative
        "Add minced lamb and cook until meat is brown in color, then add spices; Stir for few seconds.",
        # when to act
        "- When vegetables has withered, add in the fried tofu cubes from Step 1.",
        # a list item the imperative reads keeps its rule
        "- Let sit for 10 minutes before removing from the pan.",
        "Let it sit for ten minutes, then slice.",
    ],
)
def test_instructions_are_imperatives(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prescription", "imperative")


@pytest.mark.parametrize(
    "body",
    [
        # 'add to this': one more point of the writer's list
        "Add to this this new legislation which effectively means that the protection of the law will be removed.",
        "Add to that the fact that prices have doubled.",
        # 'let alone': still less, after an adjective the tagger calls a verb
        "Not mature enough to look after herself, let alone a child.",
    ],
)
def test_added_points_and_let_alone_are_no_instructions(one, body):
    assert one(body).type_rule != "imperative"


def test_a_list_item_of_a_gerund_stays_an_action_item(one):
    claim = one("- Upgrading security at nuclear arms stores as a temporary measure")
    assert (claim.claim_type, claim.type_rule) == ("prescription", "list-action-item")


@pytest.mark.parametrize(
    "body",
    [
        "It would be better to wait.",
        "It is best to wait for the results.",
        'He suggests we both head to Riverwood, then for some reason adds, "It\'s probably best if we split up."',
        "It would be far better if the Government and backbenchers came together now to back a compromise.",
    ],
)
def test_better_and_best_judge_an_action(claims_of, body):
    claims, _ = claims_of(body)
    assert ("prescription", "necessity-judgement") in {(c.claim_type, c.type_rule) for c in claims}


@pytest.mark.parametrize(
    "body",
    [
        # the past: a judgement of what was
        "It was better to wait.",
        "It would be better if they had stayed at home.",
        # a thing judged, no expletive 'it' and no action
        "The food is better if you cook it slowly.",
        "It is better than the old one.",
        # an 'if' after a judgement that is no preference: the 'it' may be the thing
        "It is safe if you cook it through.",
    ],
)
def test_better_of_a_thing_or_the_past_is_no_advice(one, body):
    assert one(body).type_rule != "necessity-judgement"
