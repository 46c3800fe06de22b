"""Corpus tables (narratives, actor edges, timeline), registry relations and statement scoring,
on small records made here."""

from __future__ import annotations

from pathlib import Path

from narrative_pipeline.narratives.aggregate import aggregate, narrative_id
from narrative_pipeline.narratives.relations import relation_records
from narrative_pipeline.narratives.scoring import article_text, load_gold, score
from narrative_pipeline.records import StatementRecord
from narrative_pipeline.registry import load_entries

ROOT = Path(__file__).resolve().parents[1]


def st(k: int, article: str, agent, category, patient, claim: str, negated: bool = False) -> StatementRecord:
    quad = {"ASSAULT": "material_conflict", "SUPPORT": "verbal_cooperation"}.get(category)
    return StatementRecord(
        statement_id=f"{article}:t{k:04d}",
        claim_id=claim,
        article_id=article,
        sentence_id=f"{article}:s1",
        agent_actor_id=agent,
        agent_mention_id="m" if agent else None,
        agent_rule="subject" if agent else None,
        action_lemma="x",
        action_text="x",
        action_start=0,
        action_end=1,
        action_class=category,
        quad_class=quad,
        patient_actor_id=patient,
        patient_mention_id="m" if patient else None,
        patient_rule="object" if patient else None,
        negated=negated,
        class_rule="verb" if category else "none",
        class_cue="x" if category else None,
        class_cue_start=0 if category else None,
        class_cue_end=1 if category else None,
    )


CLAIMS = [
    {
        "claim_id": "a:c1",
        "certainty": "asserted",
        "claimer_kind": "author",
        "claimer_actor_id": None,
        "claimer_text": None,
        "text": "The UAE struck GNA positions near Tripoli on Friday.",
    },
    {
        "claim_id": "b:c1",
        "certainty": "reported",
        "claimer_kind": "actor",
        "claimer_actor_id": "state_tur",
        "claimer_text": "Ankara",
        "text": "Ankara said the UAE struck GNA positions near Tripoli.",
    },
    {
        "claim_id": "c:c1",
        "certainty": "hedged",
        "claimer_kind": "actor",
        "claimer_actor_id": None,
        "claimer_text": "Pro-Haftar  sources",
        "text": "The UAE  struck GNA positions near Tripoli on friday.",
    },
]
ARTICLES = [
    {
        "article_id": "a",
        "source_path": "a.txt",
        "status": "ok",
        "published_at": "2020-06-05T10:00:00Z",
        "archived_at": None,
        "outlet": "X",
    },
    {
        "article_id": "b",
        "source_path": "b.txt",
        "status": "ok",
        "published_at": None,
        "archived_at": "2020-07-01",
        "outlet": "Y",
    },
    {"article_id": "c", "source_path": "c.txt", "status": "ok", "published_at": None, "archived_at": None},
]
STATEMENTS = [
    st(0, "a", "state_are", "ASSAULT", "gna", "a:c1"),
    st(1, "a", "state_are", "ASSAULT", "gna", "a:c1"),
    st(0, "b", "state_are", "ASSAULT", "gna", "b:c1"),
    st(0, "c", "state_are", "ASSAULT", "gna", "c:c1"),
    st(1, "c", "state_rus", "SUPPORT", "lna", "c:c1"),
    st(2, "c", "state_rus", "ASSAULT", "gna", "c:c1", negated=True),
    st(3, "c", "state_tur", None, "gna", "c:c1"),
]


def test_narratives_group_rank_and_count():
    narratives, _, _ = aggregate(STATEMENTS, CLAIMS, ARTICLES)
    top = narratives[0]
    assert (top.rank, top.agent_actor_id, top.action_class, top.patient_actor_id) == (1, "state_are", "ASSAULT", "gna")
    assert (top.n_statements, top.n_articles, top.n_outlets, top.n_claimers) == (4, 3, 2, 3)
    assert list(zip(top.claimers, top.claimer_counts, strict=True)) == [
        ("author", 2),
        ("source:pro-haftar sources", 1),
        ("state_tur", 1),
    ]
    assert (top.share_reported, top.share_hedged) == (0.25, 0.25)
    assert (top.first_date, top.last_date, top.n_undated) == ("2020-06-05", "2020-07-01", 1)
    assert top.example_statement_ids[0] == "a:t0000" and top.example_statement_ids[-1] == "c:t0000"
    assert top.narrative_id == narrative_id("state_are", "ASSAULT", "gna", False)
    assert {n.negated for n in narratives} == {False, True}
    assert all(n.action_class is not None for n in narratives)  # unclassified statements tell no narrative
    assert len(narratives) == 3


def test_actor_edges_per_month_skip_negated_and_unclassified():
    _, edges, _ = aggregate(STATEMENTS, CLAIMS, ARTICLES)
    got = [(e.agent_actor_id, e.patient_actor_id, e.quad_class, e.period, e.n_statements, e.n_articles) for e in edges]
    assert got == [
        ("state_are", "gna", "material_conflict", None, 1, 1),
        ("state_are", "gna", "material_conflict", "2020-06", 2, 1),
        ("state_are", "gna", "material_conflict", "2020-07", 1, 1),
        ("state_rus", "lna", "verbal_cooperation", None, 1, 1),
    ]


def test_timeline_counts_dated_statements_per_month():
    narratives, _, timeline = aggregate(STATEMENTS, CLAIMS, ARTICLES)
    top = narratives[0].narrative_id
    assert [(t.period, t.n_statements, t.n_articles) for t in timeline if t.narrative_id == top] == [
        ("2020-06", 2, 1),
        ("2020-07", 1, 1),
    ]


def test_aggregation_is_order_independent():
    assert aggregate(STATEMENTS, CLAIMS, ARTICLES) == aggregate(
        list(reversed(STATEMENTS)), CLAIMS, list(reversed(ARTICLES))
    )


def test_registry_relations_are_exported():
    rows = relation_records(load_entries(ROOT / "config/actors.yaml"))
    assert any((r.actor_id, r.relation, r.other_actor_id) == ("lna", "backed_by", "state_rus") for r in rows)
    assert rows == sorted(rows, key=lambda r: (r.actor_id, r.relation, r.other_actor_id, r.since or "", r.until or ""))


def test_scoring_matches_by_action_and_counts_actor_errors(tmp_path):
    gold_file = tmp_path / "g.jsonl"
    gold_file.write_text(
        '{"id": "x1", "source": "written", "text": "Russia and Turkey attacked Ukraine.", "statements": ['
        '{"agent": "Russia", "action": "attacked", "category": "ASSAULT", "patient": "Ukraine", "negated": false},'
        '{"agent": "Turkey", "action": "attacked", "category": "ASSAULT", "patient": "Ukraine", "negated": false}]}\n',
        encoding="utf-8",
    )
    (entry,) = load_gold(gold_file)
    base = article_text(entry)[1]
    start = base + entry["text"].index("attacked")

    def pred(agent, category, patient):
        return {
            "agent_actor_id": agent,
            "action_class": category,
            "patient_actor_id": patient,
            "action_start": start,
            "action_end": start + 8,
            "negated": False,
        }

    names = {"r": {"russia"}, "t": {"turkey"}, "u": {"ukraine"}, "g": {"greece"}}
    s = score([entry], {"x1": [pred("t", "ASSAULT", "u"), pred("r", "ASSAULT", "g")]}, names)
    assert s.summary()["statement_category_accuracy"] == 1.0
    assert (s.agent.tp, s.agent.fp, s.agent.fn) == (2, 0, 0)
    assert (s.patient.tp, s.patient.fp, s.patient.fn) == (1, 1, 1)
    s = score([entry], {"x1": [pred("r", None, "u")]}, names)
    assert s.summary()["statement_category_accuracy"] == 0.0 and s.agent.fn == 1
