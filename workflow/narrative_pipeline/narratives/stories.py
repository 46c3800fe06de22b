"""Stories: articles that are one story filed twice. A news archive holds the same report under two
headlines, or a story and its update, and the copies are not byte-identical (`duplicate_of` catches
only those), so counting articles counts the story twice. Two articles are one story when they share
at least `MIN_SHARED` claim texts and at least half of the smaller article's claim texts (whitespace
and case folded; texts shorter than `MIN_CHARS` and texts in more than `MAX_ARTICLES` articles, which
are boilerplate, are not compared). Stories are the connected groups of such pairs; a story's id is
its first article id. Pure functions of the claims' (article, text) pairs: the narratives corpus job
and the corpus validation's recomputation compute the same stories.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

MIN_SHARED = 3
MIN_CHARS = 25
MAX_ARTICLES = 20


def folded(text: str) -> str:
    """A claim text as compared: lower case, runs of whitespace made one space."""
    return " ".join(text.lower().split())


def article_texts(pairs: Iterable[tuple[str, str | None]]) -> dict[str, set[str]]:
    """Each article's distinct folded claim texts (of `MIN_CHARS` or more)."""
    texts: dict[str, set[str]] = defaultdict(set)
    for article_id, text in pairs:
        if text and len(text) >= MIN_CHARS:
            texts[article_id].add(folded(text))
    return texts


def shared_counts(texts: Mapping[str, set[str]]) -> Counter[tuple[str, str]]:
    """How many texts each pair of articles shares (pairs in id order; texts of more than `MAX_ARTICLES`
    articles left out)."""
    holders: dict[str, list[str]] = defaultdict(list)
    for article_id in sorted(texts):
        for t in texts[article_id]:
            holders[t].append(article_id)
    pairs: Counter[tuple[str, str]] = Counter()
    for ids in holders.values():
        if 1 < len(ids) <= MAX_ARTICLES:
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    pairs[(a, b)] += 1
    return pairs


def stories(pairs: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """article_id -> story id (its group's first article id) for every article of `pairs` that has a claim
    text; an article alone is its own story."""
    texts = article_texts(pairs)
    parent = {a: a for a in texts}

    def root(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for (a, b), n in sorted(shared_counts(texts).items()):
        if n >= MIN_SHARED and 2 * n >= min(len(texts[a]), len(texts[b])):
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {a: root(a) for a in sorted(texts)}
