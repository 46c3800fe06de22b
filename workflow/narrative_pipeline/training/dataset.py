"""Training examples: the rules' claims on labelled articles joined to their silver or gold labels.

Used by training only. The parse comes from a finished run's shard tables (`ingest/shards/*.texts`,
`normalize/shards/*`); actor linking and the claim rules are run again here with the current code,
so the examples are exactly what the pipeline would hand to the model.

- silver (`claims.jsonl`): joined to the rules' claims by article and exact span (or a span that stops
  where the rules' unit has only its sentence's closing stop or quote left);
- extra labels (the silver format, made the same way on other articles or on other units of silver
  articles, e.g. `config/training/`): joined like silver, trained on, scored apart from silver so the
  card's figures stay comparable (never on a gold article or a span silver labels; see `labelled_twice`);
- gold (`*.json`): each gold claim takes the unused rule claim that overlaps it most, when the
  overlap is at least half the shorter span (the scorer's matching).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..parsed import ParsedArticle, build_articles
from ..records import ArticleText, ClaimRecord, MentionRecord, SentenceRecord
from ..tables import read_records

TASKS = ("claim_type", "certainty", "claimer_kind")
CLOSING = " .!?\"'\u201d\u2019"  # a sentence's closing stop and quote marks


@dataclass(frozen=True)
class Label:
    claim_type: str
    certainty: str | None
    claimer_kind: str | None
    claimer_text: str | None


@dataclass
class Example:
    """One rule claim with its label; `group` (the article path) keeps an article in one fold."""

    group: str
    source: str  # silver / extra / gold
    claim: ClaimRecord
    label: Label


@dataclass
class ArticleData:
    path: str
    article: ParsedArticle
    mentions: list[MentionRecord]
    claims: list[ClaimRecord] = field(default_factory=list)


@dataclass
class JoinReport:
    silver_rows: int = 0
    silver_joined: int = 0
    silver_not_claims: int = 0
    gold_rows: int = 0
    gold_joined: int = 0
    extra_rows: int = 0
    extra_joined: int = 0
    unjoined: list[str] = field(default_factory=list)


def load_silver(*paths: Path) -> dict[str, list[dict]]:
    """Silver-format label files, rows grouped by article path. Files may label other units of the same article
    (an article keeps one fold whatever file its labels come from), never an overlapping span twice."""
    by_article: dict[str, list[dict]] = defaultdict(list)
    spans: dict[str, list[tuple[int, int, Path]]] = defaultdict(list)
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                start, end = row["start"], row["end"]
                earlier = [f for s, e, f in spans[row["article"]] if f != Path(path) and _overlap(s, e, start, end)]
                if earlier:
                    raise ValueError(f"{path}: {row['article']} [{start},{end}) is also labelled in {earlier[0]}")
                spans[row["article"]].append((start, end, Path(path)))
                by_article[row["article"]].append(row)
    return dict(by_article)


def load_gold(paths: list[Path]) -> dict[str, dict]:
    out = {}
    for p in paths:
        gold = json.loads(Path(p).read_text(encoding="utf-8"))
        out[gold["article"]] = gold
    return out


def load_articles(results: Path | Sequence[Path], wanted: set[str]) -> dict[str, tuple[str, ParsedArticle]]:
    """source_path -> (article_id, parsed article) for the wanted source paths, from the shards of one run or of
    several (e.g. a BBC run and a web-pages run, so that labels of both corpora train one model); a source path
    found in two runs is taken from the first."""
    out: dict[str, tuple[str, ParsedArticle]] = {}
    for folder in [results] if isinstance(results, Path) else list(results):
        if not wanted - set(out):
            break
        for path, found in _load_run_articles(Path(folder), wanted - set(out)).items():
            out.setdefault(path, found)
    return out


def _load_run_articles(results: Path, wanted: set[str]) -> dict[str, tuple[str, ParsedArticle]]:
    articles = pq.read_table(results / "ingest/articles.parquet").to_pylist()
    by_id = {a["article_id"]: a for a in articles if a["source_path"] in wanted and a["analysed"]}
    shards = sorted({a["shard"] for a in by_id.values()})
    out: dict[str, tuple[str, ParsedArticle]] = {}
    for shard in shards:
        ids = sorted(a_id for a_id, a in by_id.items() if a["shard"] == shard)
        texts = [
            t
            for t in read_records(results / f"ingest/shards/{shard}.texts.parquet", ArticleText)
            if t.article_id in ids
        ]
        sents = [
            s
            for s in read_records(results / f"normalize/shards/{shard}.sentences.parquet", SentenceRecord)
            if s.article_id in ids
        ]
        table = pq.read_table(results / f"normalize/shards/{shard}.tokens.parquet")
        table = table.filter(pc.is_in(table["article_id"], value_set=pa.array(ids)))
        for parsed in build_articles(sorted(texts, key=lambda t: t.article_id), sents, table.to_pydict()):
            out[by_id[parsed.article_id]["source_path"]] = (parsed.article_id, parsed)
    return out


def rule_claims(
    parsed: dict[str, tuple[str, ParsedArticle]], registry_path: Path, lexicon_path: Path, fuzzy_threshold: float
) -> dict[str, ArticleData]:
    """Link actors and run the claim rules on each article, as the pipeline does."""
    from ..actors import link_articles
    from ..claims import extract_claims, load_lexicon
    from ..registry import load_registry

    registry = load_registry(registry_path)
    lex = load_lexicon(lexicon_path)
    out = {}
    for path in sorted(parsed):
        _, article = parsed[path]
        mentions, _ = link_articles([article], registry, fuzzy_threshold)
        claims, _ = extract_claims([article], mentions, lex)
        out[path] = ArticleData(path, article, mentions, claims)
    return out


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def join_silver(
    data: dict[str, ArticleData], silver: dict[str, list[dict]], report: JoinReport, source: str = "silver"
) -> list[Example]:
    """Rows joined by exact span; `source` "extra" counts them apart from the silver set."""
    examples = []
    for path in sorted(silver):
        rows = silver[path]
        art = data.get(path)
        by_span = {(c.start, c.end): c for c in art.claims} if art else {}
        # labels made on an older unit that ended before the sentence's closing stop or quote
        by_words = {(c.start, c.start + len(c.text.rstrip(CLOSING))): c for c in art.claims} if art else {}
        for row in sorted(rows, key=lambda r: (r["start"], r["end"])):
            if source == "silver":
                report.silver_rows += 1
            else:
                report.extra_rows += 1
            claim = by_span.get((row["start"], row["end"])) or by_words.get((row["start"], row["end"]))
            if claim is None:
                report.unjoined.append(f"{source} {path} [{row['start']},{row['end']})")
                continue
            if source == "silver":
                report.silver_joined += 1
            else:
                report.extra_joined += 1
            if row["claim_type"] == "none" and source == "silver":
                report.silver_not_claims += 1
            label = Label(row["claim_type"], row["certainty"], row["claimer_kind"], row["claimer_text"])
            examples.append(Example(path, source, claim, label))
    return examples


def join_gold(data: dict[str, ArticleData], gold: dict[str, dict], report: JoinReport) -> list[Example]:
    examples = []
    for path in sorted(gold):
        g = gold[path]
        art = data.get(path)
        claims = art.claims if art else []
        used: set[int] = set()
        for gc in g["claims"]:
            report.gold_rows += 1
            best, best_ov = None, 0
            for k, c in enumerate(claims):
                ov = _overlap(c.start, c.end, gc["start"], gc["end"])
                shorter = min(c.end - c.start, gc["end"] - gc["start"])
                if k not in used and ov and ov >= shorter / 2 and ov > best_ov:
                    best, best_ov = k, ov
            if best is None:
                report.unjoined.append(f"gold {path} [{gc['start']},{gc['end']})")
                continue
            used.add(best)
            report.gold_joined += 1
            cl = gc["claimer"]
            label = Label(
                gc["claim_type"], gc["certainty"], cl["kind"], cl.get("text") if cl["kind"] == "actor" else None
            )
            examples.append(Example(path, "gold", claims[best], label))
    return examples


def labelled_twice(silver: dict[str, list[dict]], gold: dict[str, dict], extra: dict[str, list[dict]]) -> list[str]:
    """Extra labels that would label a claim a second time: any on a gold article (gold labels every claim
    of its article), and any span overlapping a silver span of the same article. Other units of a silver
    article may carry extra labels: the article stays in one fold, so cross-validation stays grouped."""
    clashes = [f"{path} (a gold article)" for path in sorted(set(gold) & set(extra))]
    for path in sorted(set(silver) & set(extra)):
        spans = [(r["start"], r["end"]) for r in silver[path]]
        for row in extra[path]:
            if any(_overlap(s, e, row["start"], row["end"]) for s, e in spans):
                clashes.append(f"{path} [{row['start']},{row['end']})")
    return clashes


def build_examples(
    results: Path | Sequence[Path],
    silver_path: Path | None,
    gold_paths: list[Path],
    registry_path: Path,
    lexicon_path: Path,
    fuzzy_threshold: float,
    extra_paths: tuple[Path, ...] = (),
) -> tuple[list[Example], dict[str, ArticleData], JoinReport]:
    silver = load_silver(silver_path) if silver_path else {}
    extra = load_silver(*extra_paths)
    gold = load_gold(gold_paths)
    clashes = labelled_twice(silver, gold, extra)
    if clashes:
        raise ValueError(f"extra labels on spans already labelled: {', '.join(clashes)}")
    parsed = load_articles(results, set(silver) | set(gold) | set(extra))
    data = rule_claims(parsed, registry_path, lexicon_path, fuzzy_threshold)
    report = JoinReport()
    examples = (
        join_silver(data, silver, report) + join_silver(data, extra, report, "extra") + join_gold(data, gold, report)
    )
    return examples, data, report
