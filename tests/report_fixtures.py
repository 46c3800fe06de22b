"""A small synthetic results folder made by the tests: two analysed articles (one full of markup that
must never run), a rejected file, overlapping claims, mentions, actors and roles, written with the
pipeline's own record models and writers. `extra=True` adds the tables and columns other steps add
later (narratives, framing, actor edges; outlet and dates on articles)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from narrative_pipeline.catalogue import table
from narrative_pipeline.records import (
    ActorRecord,
    ArticleRecord,
    ArticleText,
    ClaimActorRecord,
    ClaimRecord,
    MentionRecord,
    SentenceRecord,
)
from narrative_pipeline.tables import write_records, write_table

HOSTILE = (
    "Hostile <script>window.__pwned = 1; alert(1)</script> page\r\n\r\n"
    'Russia said <img src=x onerror="window.__pwned = 2"> the talks failed & Ukraine denied it.\n\n'
    "Ukraine will <b>attack</b> nobody, officials said.\n"
)
PLAIN = "Calm headline\n\nThe United Nations warned that Russia may attack Ukraine. Russia denied it.\n"


def _find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _article(aid: str, path: str, text: str | None, **extra) -> ArticleRecord:
    sha = hashlib.sha256((text or path).encode()).hexdigest()
    ok = text is not None
    return ArticleRecord(
        article_id=aid, source_path=path, sha256=sha, n_bytes=len((text or "").encode()), media_type="text/plain",
        encoding="utf-8" if ok else None, language="en" if ok else None, language_score=1.0 if ok else None,
        title=text.splitlines()[0] if ok else None, url=None, published_at=None, archived_at=None,
        status="ok" if ok else "rejected", error=None if ok else "binary content (NUL or control bytes), not text",
        duplicate_of=None, analysed=ok, skip_reason=None, n_chars=len(text) if ok else None, shard=0,
    )  # fmt: skip


def _claim(aid, n, text, span, ctype, cert, kind, claimer=None, claimer_actor=None) -> ClaimRecord:
    s, e = span
    cs, ce = claimer if claimer else (None, None)
    return ClaimRecord(
        claim_id=f"{aid}:c{n:04d}", article_id=aid, sentence_id=f"{aid}:s0001", start=s, end=e, text=text[s:e],
        claim_type=ctype, certainty=cert, claimer_kind=kind,
        claimer_text=text[cs:ce] if claimer else None, claimer_start=cs, claimer_end=ce,
        claimer_actor_id=claimer_actor, type_rule="verb-assessment", type_cue=None, type_cue_start=None,
        type_cue_end=None, certainty_rule="attributed", certainty_cue=None, certainty_cue_start=None,
        certainty_cue_end=None, claimer_rule="reporting-verb", claimer_cue=None, claimer_cue_start=None,
        claimer_cue_end=None,
    )  # fmt: skip


def make_results(root: Path, extra: bool = False) -> Path:
    """Write the synthetic results folder under `root`; returns it."""
    results = Path(root)
    a, b = "aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"
    articles = [
        _article(a, "hostile.txt", HOSTILE),
        _article(b, "plain.txt", PLAIN),
        _article("cccccccccccccccc", "x.bin", None),
    ]
    texts = [
        ArticleText(article_id=i, source_path=p, sha256=s, text=t)
        for i, p, s, t in ((a, "hostile.txt", articles[0].sha256, HOSTILE), (b, "plain.txt", articles[1].sha256, PLAIN))
    ]
    sentences = [
        SentenceRecord(article_id=aid, sentence_id=f"{aid}:s0001", paragraph_index=1, sentence_index=1, start=0, end=len(t.rstrip()), text=t.rstrip(), role="body")
        for aid, t in ((a, HOSTILE), (b, PLAIN))
    ]  # fmt: skip
    ru_a, ua_a, ua_a2 = _find(HOSTILE, "Russia"), _find(HOSTILE, "Ukraine"), _find(HOSTILE, "Ukraine", 1)
    un_b, ru_b, ua_b, ru_b2 = (
        _find(PLAIN, "United Nations"),
        _find(PLAIN, "Russia"),
        _find(PLAIN, "Ukraine"),
        _find(PLAIN, "Russia", 1),
    )
    mentions = []
    for aid, spans in (
        (a, [(ru_a, "state_rus"), (ua_a, "state_ukr"), (ua_a2, "state_ukr")]),
        (b, [(un_b, "un"), (ru_b, "state_rus"), (ua_b, "state_ukr"), (ru_b2, "state_rus")]),
    ):
        text = HOSTILE if aid == a else PLAIN
        for n, ((s, e), actor) in enumerate(spans):
            mentions.append(MentionRecord(mention_id=f"{aid}:m{n:04d}", article_id=aid, sentence_id=f"{aid}:s0001", start=s, end=e, text=text[s:e], actor_id=actor, actor_type="state", link_method="alias", link_score=1.0, matched_alias=text[s:e], head_i=0))  # fmt: skip
    s1 = _find(HOSTILE, "Russia said")[0]
    e1 = _find(HOSTILE, "denied it.")[1]
    s2 = _find(HOSTILE, "the talks")[0]  # overlaps the first claim
    e2 = _find(HOSTILE, "officials said.")[1]
    claims = [
        _claim(a, 0, HOSTILE, (s1, e1), "event", "reported", "actor", ru_a, "state_rus"),
        _claim(a, 1, HOSTILE, (s2, e2), "prediction", "asserted", "author"),
        _claim(
            a,
            2,
            HOSTILE,
            _find(HOSTILE, "<script>window.__pwned = 1; alert(1)</script>"),
            "assessment",
            "hedged",
            "unnamed",
        ),
        _claim(
            b,
            0,
            PLAIN,
            _find(PLAIN, "The United Nations warned that Russia may attack Ukraine."),
            "prediction",
            "hedged",
            "actor",
            un_b,
            "un",
        ),
        _claim(b, 1, PLAIN, _find(PLAIN, "Russia denied it."), "assessment", "reported", "actor", ru_b2, "state_rus"),
    ]
    roles = [
        ClaimActorRecord(claim_id=f"{b}:c0000", actor_id="state_rus", role="agent", mention_id=f"{b}:m0001"),
        ClaimActorRecord(claim_id=f"{b}:c0000", actor_id="state_ukr", role="patient", mention_id=f"{b}:m0002"),
        ClaimActorRecord(claim_id=f"{b}:c0000", actor_id="un", role="claimer", mention_id=f"{b}:m0000"),
        ClaimActorRecord(claim_id=f"{a}:c0000", actor_id="state_rus", role="agent", mention_id=f"{a}:m0000"),
        ClaimActorRecord(claim_id=f"{a}:c0000", actor_id="state_ukr", role="patient", mention_id=f"{a}:m0001"),
    ]
    actors = [
        ActorRecord(actor_id="state_rus", name="Russia", actor_type="state", aliases=["Russian Federation"], country_iso3="RUS", wikidata_id="Q159", source="registry", n_mentions=3),
        ActorRecord(actor_id="state_ukr", name="Ukraine <i>", actor_type="state", aliases=[], country_iso3="UKR", wikidata_id=None, source="registry", n_mentions=3),
        ActorRecord(actor_id="un", name="United Nations", actor_type="organisation", aliases=["UN"], country_iso3=None, wikidata_id=None, source="registry", n_mentions=1),
    ]  # fmt: skip
    for name, rows in (
        ("sentences", sentences),
        ("mentions", mentions),
        ("claims", claims),
        ("claim_actors", roles),
        ("actors", actors),
    ):
        write_records(results / table(name).path, rows, table(name).model)
    write_records(results / table("texts").shard_path(0), texts, ArticleText)
    art = pa.Table.from_pylist([r.model_dump() for r in articles])
    if extra:
        art = art.set_column(
            art.schema.get_field_index("published_at"), "published_at", pa.array(["2024-01-05", "2024-02-10", None])
        )
        art = art.append_column("outlet", pa.array(["Outlet A", "Outlet B", None]))
        _extra_tables(results, a, b)
    write_table(results / table("articles").path, art)
    return results


def _extra_tables(results: Path, a: str, b: str) -> None:
    """The narratives step's tables, with the columns ARTIFACTS.md names."""
    tables = {
        "narratives/statements.parquet": [
            dict(statement_id=f"{b}:st0", claim_id=f"{b}:c0000", article_id=b, agent_actor_id="state_rus", action_lemma="attack", action_start=0, action_end=1, action_class="ASSAULT", quad_class="material conflict", patient_actor_id="state_ukr", negated=False),
            dict(statement_id=f"{a}:st0", claim_id=f"{a}:c0000", article_id=a, agent_actor_id="state_rus", action_lemma="say", action_start=0, action_end=1, action_class="ASSAULT", quad_class="material conflict", patient_actor_id="state_ukr", negated=False),
        ],
        "narratives/narratives.parquet": [
            dict(narrative_id="n1", agent_actor_id="state_rus", action_class="ASSAULT", patient_actor_id="state_ukr", negated=False, n_statements=2, n_articles=2, first_date="2024-01-05", last_date="2024-02-10"),
        ],
        "narratives/framing.parquet": [
            dict(actor_id="state_ukr", article_id=b, mention_id=f"{b}:m0002", label="aggressor", label_lemma="aggressor", kind="noun", start=0, end=1, claimer_kind="actor", claimer_actor_id="state_rus"),
        ],
        "narratives/actor_edges.parquet": [
            dict(agent_actor_id="state_rus", patient_actor_id="state_ukr", quad_class="material conflict", period="2024-01", n_statements=1, n_articles=1),
            dict(agent_actor_id="state_rus", patient_actor_id="state_ukr", quad_class="material conflict", period="2024-02", n_statements=1, n_articles=1),
            dict(agent_actor_id="un", patient_actor_id="state_rus", quad_class="verbal cooperation", period="2024-02", n_statements=1, n_articles=1),
        ],
    }  # fmt: skip
    for rel, rows in tables.items():
        (results / rel).parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist(rows), results / rel)


def extra_specs():
    """Catalogue entries for the narratives tables (until the narratives step adds its own)."""
    from narrative_pipeline.catalogue import TABLES, Table
    from pydantic import BaseModel

    class Any_(BaseModel):
        pass

    names = {
        "statements": ("statement_id",),
        "narratives": ("narrative_id",),
        "framing": ("actor_id", "article_id", "start"),
        "actor_edges": ("agent_actor_id", "patient_actor_id", "quad_class", "period"),
    }
    return TABLES + tuple(Table(n, "narratives", Any_, key=k, order=k, description=n) for n, k in names.items())
