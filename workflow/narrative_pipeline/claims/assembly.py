"""Claim records from drafts, for a list of articles, and the step's I/O edge."""

from __future__ import annotations

from pathlib import Path

from ..parsed import ParsedArticle
from ..records import ClaimActorRecord, ClaimRecord, MentionRecord
from .discourse import extract_article, mention_index
from .drafts import merge_units
from .lexicon import Lexicon, load_lexicon
from .model import ClaimDraft, Cue
from .roles import roles


def _cue_text(article: ParsedArticle, cue: Cue) -> str | None:
    return article.span_text(cue.start, cue.end) if cue.tokens else None


def claim_record(article: ParsedArticle, draft: ClaimDraft, claim_id: str) -> ClaimRecord:
    toks = draft.unit.tokens
    start, end = toks[0].start, toks[-1].end
    att = draft.attribution
    claimer = att.claimer if att is not None and draft.claimer_kind == "actor" else []
    claimer_cue = att.cue if att is not None else draft.withheld or draft.voice or Cue("author-default", [])
    return ClaimRecord(
        claim_id=claim_id,
        article_id=article.article_id,
        sentence_id=draft.unit.sent.sentence_id,
        start=start,
        end=end,
        text=article.span_text(start, end),
        claim_type=draft.claim_type,
        certainty=draft.certainty,
        claimer_kind=draft.claimer_kind,
        claimer_text=article.span_text(claimer[0].start, claimer[-1].end) if claimer else None,
        claimer_start=claimer[0].start if claimer else None,
        claimer_end=claimer[-1].end if claimer else None,
        claimer_actor_id=draft.claimer_actor,
        type_rule=draft.type_cue.rule,
        type_cue=_cue_text(article, draft.type_cue),
        type_cue_start=draft.type_cue.start,
        type_cue_end=draft.type_cue.end,
        certainty_rule=draft.certainty_cue.rule,
        certainty_cue=_cue_text(article, draft.certainty_cue),
        certainty_cue_start=draft.certainty_cue.start,
        certainty_cue_end=draft.certainty_cue.end,
        claimer_rule=draft.inherited or claimer_cue.rule,
        claimer_cue=_cue_text(article, claimer_cue),
        claimer_cue_start=claimer_cue.start,
        claimer_cue_end=claimer_cue.end,
    )


def role_records(
    draft: ClaimDraft, claim_id: str, mentions: dict[int, MentionRecord], lex: Lexicon
) -> list[ClaimActorRecord]:
    """One row per (role, actor) of the claim; the claimer's actor even when not mentioned in it."""
    out: list[ClaimActorRecord] = []
    emitted: set[tuple[str, str]] = set()
    for role, mention in roles(draft, mentions, lex):
        key = (role, mention.actor_id or "")
        if key in emitted:
            continue
        emitted.add(key)
        out.append(
            ClaimActorRecord(
                claim_id=claim_id, actor_id=mention.actor_id or "", role=role, mention_id=mention.mention_id
            )
        )
    if draft.claimer_actor and ("claimer", draft.claimer_actor) not in emitted:
        out.append(ClaimActorRecord(claim_id=claim_id, actor_id=draft.claimer_actor, role="claimer", mention_id=None))
    return out


def claim_records(
    article: ParsedArticle, drafts: list[ClaimDraft], mentions: list[MentionRecord], lex: Lexicon
) -> tuple[list[ClaimRecord], list[ClaimActorRecord]]:
    by_token = mention_index(article, mentions)
    claims: list[ClaimRecord] = []
    claim_roles: list[ClaimActorRecord] = []
    for k, draft in enumerate(drafts):
        claim_id = f"{article.article_id}:c{k:04d}"
        claims.append(claim_record(article, draft, claim_id))
        claim_roles.extend(role_records(draft, claim_id, by_token, lex))
    return claims, claim_roles


def extract_claims(
    articles: list[ParsedArticle], mentions: list[MentionRecord], lex: Lexicon
) -> tuple[list[ClaimRecord], list[ClaimActorRecord]]:
    """Claims and claim roles of every article, given the articles' actor mentions."""
    by_article: dict[str, list[MentionRecord]] = {}
    for m in mentions:
        by_article.setdefault(m.article_id, []).append(m)
    claims: list[ClaimRecord] = []
    claim_roles: list[ClaimActorRecord] = []
    for article in articles:
        article_mentions = by_article.get(article.article_id, [])
        drafts = merge_units(extract_article(article, article_mentions, lex), lex)
        c, r = claim_records(article, drafts, article_mentions, lex)
        claims.extend(c)
        claim_roles.extend(r)
    return claims, claim_roles


# --- I/O edge ----------------------------------------------------------------------------------


def run(
    texts_path, sentences_path, tokens_path, mentions_path, lexicon_path, out_claims, out_roles, model_path=None,
    cache_dir=None, failures_in=None, out_failures=None,
) -> tuple[int, int]:  # fmt: skip
    """Extract one shard's claims (the rules, then the classifier when a model is given); returns
    (claims, roles). With a cache folder, an article whose input rows (texts, sentences, tokens,
    mentions), lexicon, model and code are unchanged takes its claims and roles from it. The articles
    of `failures_in` (the actors step's failures) are left out; they and the articles whose extraction
    raises are written to `out_failures`."""
    import pyarrow as pa

    from ..articlecache import by_article_id, by_claim_id, run_by_article
    from ..cache import cache_key
    from ..failures import failed_ids, read_failures, write_failures
    from ..hashing import sha256_file, step_fingerprint
    from ..parsed import articles_from_tables, read_shard_tables
    from ..tables import arrow_schema, read_parquet, to_table, validate_rows, write_table

    texts, sentences, tokens = read_shard_tables(Path(texts_path), Path(sentences_path), Path(tokens_path))
    mention_table = read_parquet(Path(mentions_path), schema=arrow_schema(MentionRecord))
    lex = load_lexicon(Path(lexicon_path))

    def compute(tables: dict[str, pa.Table]) -> dict[str, pa.Table]:
        articles = articles_from_tables(tables["texts"], tables["sentences"], tables["tokens"])
        mentions = validate_rows(MentionRecord, tables["mentions"].to_pylist())
        claims, claim_roles = extract_claims(articles, mentions, lex)
        if model_path is not None:
            from ..classify import apply_model
            from ..classify.model import load_compiled

            # the compiled arrays are kept by the model file and the code that compiles them
            compiled_key = cache_key("compiled model", fingerprint, model_digest)
            model = load_compiled(Path(model_path), compiled_key, Path(cache_dir) if cache_dir else None)
            claims, claim_roles = apply_model(claims, claim_roles, articles, mentions, model, lex)
        return {"claims": to_table(claims, ClaimRecord), "claim_actors": to_table(claim_roles, ClaimActorRecord)}

    model_digest = sha256_file(Path(model_path)) if model_path is not None else "no model"
    fingerprint = step_fingerprint("claims")
    base = cache_key("claims", fingerprint, sha256_file(Path(lexicon_path)), model_digest)
    earlier = read_failures(Path(failures_in) if failures_in else None)
    tables, _, failures = run_by_article(
        Path(cache_dir) if cache_dir else None,
        base,
        texts.column("article_id").to_pylist(),
        {
            "texts": (texts, by_article_id),
            "sentences": (sentences, by_article_id),
            "tokens": (tokens, by_article_id),
            "mentions": (mention_table, by_article_id),
        },
        compute,
        {
            "claims": (arrow_schema(ClaimRecord), by_article_id),
            "claim_actors": (arrow_schema(ClaimActorRecord), by_claim_id),
        },
        step="claims",
        skip=failed_ids(earlier),
        pack=Path(out_claims).name,
    )
    if out_failures is not None:
        write_failures(Path(out_failures), earlier + failures)
    write_table(Path(out_claims), tables["claims"])
    write_table(Path(out_roles), tables["claim_actors"])
    return tables["claims"].num_rows, tables["claim_actors"].num_rows
