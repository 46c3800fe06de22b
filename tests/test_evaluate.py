from narrative_pipeline.evaluate import Counts, below_floors, claim_floors, score_article

GOLD = {
    "actors": {"ru": {"name": "Russia", "aliases": ["Russian Federation"]}, "tr": {"name": "Turkey", "aliases": []}},
    "mentions": [
        {"start": 0, "end": 6, "text": "Russia", "actor": "ru", "optional": False},
        {"start": 20, "end": 26, "text": "Turkey", "actor": "tr", "optional": False},
        {"start": 40, "end": 47, "text": "Russian", "actor": "ru", "optional": True},
    ],
    "claims": [
        {"start": 0, "end": 30, "claim_type": "event", "certainty": "asserted", "claimer": {"kind": "author"}},
        {
            "start": 31,
            "end": 60,
            "claim_type": "assessment",
            "certainty": "reported",
            "claimer": {"kind": "actor", "start": 31, "end": 37, "actor": "ru"},
        },
    ],
}
NAMES = {"state_rus": {"russia", "russian federation"}, "state_tur": {"turkey"}, "x": {"x"}}


def m(start, end, actor):
    return {"start": start, "end": end, "actor_id": actor}


def c(start, end, t, cert, kind, cs=None, ce=None, actor=None):
    return {
        "start": start,
        "end": end,
        "claim_type": t,
        "certainty": cert,
        "claimer_kind": kind,
        "claimer_start": cs,
        "claimer_end": ce,
        "claimer_actor_id": actor,
    }


def test_mentions_overlap_and_same_actor_optional_is_neutral():
    s = score_article(GOLD, [m(0, 6, "state_rus"), m(20, 26, "x"), m(41, 47, "state_rus")], [], NAMES)
    assert (s.mentions.tp, s.mentions.fp, s.mentions.fn) == (1, 1, 1)
    assert (s.actor_sets.tp, s.actor_sets.fn) == (1, 1)


def test_claims_half_overlap_and_attribute_accuracy():
    preds = [
        c(0, 29, "event", "asserted", "author"),
        c(45, 60, "assessment", "hedged", "actor", 31, 36, "state_rus"),
        c(70, 80, "event", "asserted", "author"),
    ]
    s = score_article(GOLD, [], preds, NAMES)
    assert (s.claims.tp, s.claims.fp, s.claims.fn) == (2, 1, 0)
    assert (s.type_ok, s.certainty_ok, s.claimer_ok) == (2, 1, 2)


def test_short_overlap_does_not_match():
    s = score_article(GOLD, [], [c(55, 75, "event", "asserted", "author")], NAMES)
    assert s.claims.tp == 0


def test_counts_and_floors():
    counts = Counts(tp=9, fp=1, fn=1)
    assert round(counts.f1, 3) == 0.9
    assert below_floors({"claim_f1": 0.8}, {"claim_f1": 0.9}) and not below_floors(
        {"claim_f1": 0.95}, {"claim_f1": 0.9}
    )


def test_claim_floors_leave_the_statement_floors_to_evaluate_statements():
    floors = {"claim_f1": "0.9", "statement_agent_f1": 0.9, "blind_statement_agent_f1": 0.6}
    assert claim_floors(floors) == {"claim_f1": 0.9}
