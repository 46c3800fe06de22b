"""claims40: a question on an act not done yet ('has yet to say whether it will ...') is what is not known, an event,
as under a negated verb ('has not said if it will appeal'); `modals.pending`, `pending_adverbs`."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "The club is yet to say whether it will appeal.",
        "Lewis-Francis has still to decide what events will feature in his build-up to the worlds.",
        "The firm has yet to decide where the new plant will be built.",
        # a wh-phrase the parser hangs below the verb ('which technology') asks as well
        "Twentieth Century Fox is still to announce which technology it will be supporting.",
    ],
)
def test_a_question_on_an_act_not_done_yet_is_an_event(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("event", "default-event")


@pytest.mark.parametrize(
    "body,rule",
    [
        # no question: what it is yet to say is the forecast itself
        ("The firm is yet to say it will appeal.", "modal-future"),
        # a 'will' of its own beside the act not done
        ("The club is yet to appeal, but it will do so next week.", "modal-future"),
        # a passive: not settled, an uncertainty about what is to come (as 'it is not clear how long ...')
        ("It is still yet to be determined how long we will retain support for Python 2.", "modal-future"),
    ],
)
def test_a_forecast_beside_or_without_a_question_stays_a_prediction(one, body, rule):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prediction", rule)
