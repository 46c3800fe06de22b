"""Linking an article: candidates per sentence, filtered, resolved, the best kept; then records."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..parsed import ParsedArticle, Sent, Tok
from ..records import ActorRecord, MentionRecord
from ..registry import Registry
from .candidates import Candidate, Entity, entity_spans, registry_candidates, select, strip_titles
from .discovery import ner_candidates, titled_name_candidates
from .filters import keep_registry_candidate
from .lexicon import ActorsLexicon, default_lexicon, load_actors_lexicon
from .resolution import (
    ArticleContext,
    FuzzyIndex,
    descriptor_candidates,
    person_context,
    resolve_discovered,
    title_context,
)


@dataclass
class Linker:
    """What linking every article consults: the registry, the lexicon and the fuzzy matcher."""

    registry: Registry
    lex: ActorsLexicon
    fuzzy_threshold: float
    fuzzy: FuzzyIndex | None

    @classmethod
    def build(cls, registry: Registry, fuzzy_threshold: float, lexicon: ActorsLexicon | None = None) -> Linker:
        return cls(registry, lexicon or default_lexicon(), fuzzy_threshold, FuzzyIndex(registry))


def name_entities(sent: Sent, lex: ActorsLexicon) -> list[Entity]:
    """spaCy entities of a sentence as article token indexes, titles stripped ("Mr Abbas": Abbas)."""
    entities: list[Entity] = []
    for a, b, label in entity_spans(sent):
        stripped = strip_titles(sent.tokens[a : b + 1], lex)
        if stripped:
            entities.append((stripped[0].i, stripped[-1].i, label))
    return entities


def sentence_candidates(sent: Sent, toks: dict[int, Tok], linker: Linker) -> list[Candidate]:
    """Registry candidates the filters keep, and names spaCy finds (titles stripped)."""
    entities = name_entities(sent, linker.lex)
    kept = []
    for c in registry_candidates(sent, linker.registry):
        entry = linker.registry.entry(c.actor_id)
        if keep_registry_candidate(c, toks, entry, entities, linker.lex) is not None:
            kept.append(c)
    local = entity_spans(sent)
    return kept + ner_candidates(sent, local, linker.lex) + titled_name_candidates(sent, local, linker.lex)


def link_article(article: ParsedArticle, linker: Linker) -> list[Candidate]:
    """All mentions of one article, linked where a referent is known.

    A first pass finds who the article names in full and with which titles; the second resolves
    surnames, spelling variants and descriptors sentence by sentence with what came before.
    """
    toks = {t.i: t for t in article.tokens}
    per_sent = [
        (sent, sentence_candidates(sent, toks, linker))
        for sent in article.sents
        if sent.role != "boilerplate" and sent.tokens
    ]
    first_pass = [c for _, cands in per_sent for c in select(cands)]
    persons = person_context(linker.registry, first_pass)
    ctx = ArticleContext(persons, title_context(first_pass, toks, linker.lex), Counter())
    chosen_all: list[Candidate] = []
    for sent, cands in per_sent:
        resolved = [resolve_discovered(c, ctx, linker.fuzzy_threshold, linker.fuzzy) for c in cands]
        ctx.note(resolved, linker.registry)
        chosen = select(resolved + descriptor_candidates(sent, linker.registry, ctx, linker.lex))
        ctx.state_counts.update(c.actor_id for c in chosen if c.actor_type == "state" and c.actor_id)
        ctx.note(chosen, linker.registry)
        chosen_all.extend(chosen)
    return chosen_all


def mention_records(article: ParsedArticle, chosen: Iterable[Candidate]) -> list[MentionRecord]:
    toks = {t.i: t for t in article.tokens}
    records = []
    for k, c in enumerate(sorted(chosen, key=lambda c: (c.start, c.end, c.actor_id or ""))):
        sent = article.sents[toks[c.start_i].sent]
        records.append(
            MentionRecord(
                mention_id=f"{article.article_id}:m{k:04d}",
                article_id=article.article_id,
                sentence_id=sent.sentence_id,
                start=c.start,
                end=c.end,
                text=article.span_text(c.start, c.end),
                actor_id=c.actor_id,
                actor_type=c.actor_type,
                link_method=c.method,
                link_score=c.score,
                matched_alias=c.matched,
                head_i=c.end_i,
            )
        )
    return records


def actor_records(mentions: list[MentionRecord], names: dict[str, str], registry: Registry) -> list[ActorRecord]:
    """One row per actor mentioned: registry actors with their data, discovered ones with their name."""
    counts = Counter(m.actor_id for m in mentions if m.actor_id)
    rows = []
    for actor_id in sorted(counts):
        if actor_id in registry.entries:
            e = registry.entry(actor_id)
            rows.append(
                ActorRecord(
                    actor_id=e.id, name=e.name, actor_type=e.type, aliases=list(e.aliases), country_iso3=e.country_iso3,
                    wikidata_id=e.wikidata_id, source="registry", n_mentions=counts[actor_id],
                )
            )  # fmt: skip
        else:
            actor_type = actor_id.split(".")[1]
            name = names.get(actor_id, actor_id)
            aliases = [name.split()[-1]] if actor_type == "person" and " " in name else []
            rows.append(
                ActorRecord(
                    actor_id=actor_id, name=name, actor_type=actor_type, aliases=aliases, country_iso3=None,
                    wikidata_id=None, source="discovered", n_mentions=counts[actor_id],
                )
            )  # fmt: skip
    return rows


def link_articles(
    articles: list[ParsedArticle], registry: Registry, fuzzy_threshold: float, lexicon: ActorsLexicon | None = None
) -> tuple[list[MentionRecord], list[ActorRecord]]:
    """Mentions of every article and the actors they refer to (the default lexicon when none is given)."""
    linker = Linker.build(registry, fuzzy_threshold, lexicon)
    mentions: list[MentionRecord] = []
    names: dict[str, str] = {}
    for article in articles:
        chosen = link_article(article, linker)
        for c in chosen:
            if c.actor_id and c.actor_id.startswith("disc.") and c.name:
                current = names.get(c.actor_id)
                if current is None or (len(c.name), c.name) > (len(current), current):
                    names[c.actor_id] = c.name
        mentions.extend(mention_records(article, chosen))
    return mentions, actor_records(mentions, names, registry)


# --- I/O edge ----------------------------------------------------------------------------------


def run(
    texts_path, sentences_path, tokens_path, registry_path, fuzzy_threshold: float, out_mentions, out_actors,
    lexicon_path=None,
) -> tuple[int, int]:  # fmt: skip
    """Link one shard; returns (mentions, actors). The default lexicon when no path is given."""
    from ..parsed import load_shard
    from ..registry import load_registry
    from ..tables import write_records

    articles = load_shard(Path(texts_path), Path(sentences_path), Path(tokens_path))
    registry = load_registry(Path(registry_path))
    lexicon = load_actors_lexicon(Path(lexicon_path)) if lexicon_path is not None else None
    mentions, actors = link_articles(articles, registry, fuzzy_threshold, lexicon)
    write_records(Path(out_mentions), mentions, MentionRecord)
    write_records(Path(out_actors), actors, ActorRecord)
    return len(mentions), len(actors)
