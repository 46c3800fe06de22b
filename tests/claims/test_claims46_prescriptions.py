"""claims46: four prescription shapes the rules missed (claims45's reading of silver's out-of-fold errors), each counted
on every label set and read on the corpora's rows before it was written (docs/claims-classifier-tries.md, "claims46"):

- a first-person "I suggest" with a clause of what to do or a gerund (`type.first_person_suggestion`);
- a verb with the particle it asks with, "crying out for X to ..." (`particle_prescription_verbs`);
- a day between "called" / "calls" and its "for", which the parser reads as a participle on the noun before it or
  hangs on the verb (`type.dated_call`, `type.dated_ask`);
- a reported existential "there needed to be ..." (`type.existential_need`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "I suggest we move one step further.",
        '"I suggest the BBC concentrates on the issues and helps the public to understand the policies," he said.',
        "I would suggest laying new oak veneer planks which can work in with the character of the barn.",
        "We suggest readers check the timetable before they travel.",
    ],
)
def test_a_first_person_suggestion_of_what_to_do_is_a_prescription(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule, claim.type_cue) == ("prescription", "verb-prescription", "suggest")


@pytest.mark.parametrize(
    "body",
    [
        # negated: no proposal
        '"I don\'t suggest for one minute that has anything to do with the Holocaust."',
        '"I am not suggesting there is any deliberate intent," he said.',
        # a state or a forecast: what the speaker thinks, not what to do
        "I suggest that is wrong.",
        "I suggest it will fail.",
        # not the first person, or a suggestion in the past: a verb of evidence or a report
        "Figures suggest prices rose in March.",
        "He suggested we move the meeting.",
    ],
)
def test_a_suggestion_that_proposes_nothing_is_no_prescription_of_this_rule(one, body):
    claim = one(body)
    assert not (claim.type_rule == "verb-prescription" and claim.type_cue == "suggest")


@pytest.mark.parametrize(
    "body",
    [
        "Many on the Tory benches have been crying out for Mr Howard to get back onto the old tax cuts agenda.",
        "Schools have been crying out for a resource to help them teach pupils about piracy.",
    ],
)
def test_crying_out_for_asks_as_calling_for_does(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule, claim.type_cue) == ("prescription", "verb-prescription", "crying")


@pytest.mark.parametrize(
    "body",
    [
        "The injured man cried out for help.",  # a summons, as 'called for help'
        "The fans cried for joy when the whistle went.",  # no particle: no asking
        "She cried out in pain.",
    ],
)
def test_a_cry_that_asks_nothing_to_be_done_is_no_prescription(one, body):
    assert one(body).claim_type != "prescription"


@pytest.mark.parametrize(
    "body,cue",
    [
        (
            "A report by two MPs committees called on Thursday for urgent changes to the electoral registration system.",
            "called",
        ),
        (
            "Liberal Democrat peer Lord Greaves called last week for international observers at the general election.",
            "called",
        ),
        (
            "Joe Biden joined growing calls on Thursday for the release of comprehensive racial data on the pandemic.",
            "calls",
        ),
    ],
)
def test_a_day_between_a_call_and_its_for_still_asks(one, body, cue):
    claim = one(body)
    assert (claim.claim_type, claim.type_cue) == ("prescription", cue)


@pytest.mark.parametrize(
    "body",
    [
        # a participle that names a meeting: nothing is asked for
        "Mr Straw attended the international conference called in Jakarta on Thursday.",
        # a call answered, not voiced
        "Mr Blair has resisted calls on Thursday for him to name the day.",
    ],
)
def test_a_dated_participle_or_call_that_asks_nothing_is_no_prescription(one, body):
    assert one(body).claim_type != "prescription"


@pytest.mark.parametrize(
    "body",
    [
        "Liberal Democrat chairman Matthew Taylor said there needed to be a quick, fair and firm asylum system.",
        "The minister said there had to be limits to the spending.",
    ],
)
def test_a_reported_need_for_something_to_exist_is_a_prescription(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prescription", "reported-necessity")


@pytest.mark.parametrize(
    "body",
    [
        # the author's past: what was needed then, told
        "There needed to be a second vote after the first was tied.",
        # a past time on it: done
        "The minister said there had to be a recount last year.",
    ],
)
def test_an_existential_need_told_or_dated_is_no_reported_necessity(one, body):
    assert one(body).type_rule != "reported-necessity"
