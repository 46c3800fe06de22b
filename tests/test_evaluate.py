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


def _results(tmp_path, text_sha256: str):
    """A results folder with one article (file sha256 'page', extracted text `text_sha256`) and one mention."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    for d in ("ingest", "actors", "claims"):
        (tmp_path / d).mkdir(parents=True)
    row = {"article_id": "a1", "source_path": "p.html", "status": "ok", "sha256": "page", "text_sha256": text_sha256}
    pq.write_table(pa.Table.from_pylist([row]), tmp_path / "ingest/articles.parquet")
    pq.write_table(
        pa.Table.from_pylist([{"article_id": "a1", "start": 0, "end": 6, "actor_id": "state_rus"}]),
        tmp_path / "actors/mentions.parquet",
    )
    claims = pa.table({"article_id": pa.array([], pa.string()), "start": pa.array([], pa.int64())})
    pq.write_table(claims, tmp_path / "claims/claims.parquet")
    actors = [{"actor_id": "state_rus", "name": "Russia", "aliases": ["Russian Federation"]}]
    pq.write_table(pa.Table.from_pylist(actors), tmp_path / "actors/actors.parquet")
    return tmp_path


def test_a_gold_annotated_on_another_extracted_text_is_not_scored(tmp_path):
    import json

    from narrative_pipeline.evaluate import evaluate

    gold = dict(GOLD, article="web-pages/html/p.html", sha256="page", claims=[])
    gold["mentions"] = GOLD["mentions"][:1]
    path = tmp_path / "gold.json"
    results = _results(tmp_path / "r", text_sha256="t1")
    for recorded, found in (("t1", True), (None, True), ("t0", False)):
        path.write_text(json.dumps(dict(gold, text_sha256=recorded) if recorded else gold), encoding="utf-8")
        out = evaluate(results, [path])
        assert (out["missing_articles"] == []) is found
        assert out["total"]["linked_mention_f1"] == (1.0 if found else 0.0)
