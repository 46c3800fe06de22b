"""Whole-page actors checks labelled blind: every actor mention of a page's main text, labelled under ANNOTATION.md
before the pipeline's mentions were read (`kind: gold` rows, e.g. `actors-handcheck-web85.jsonl`), and the scores of
a results folder against them.

A row is a span (offsets into the archived text the run's records give), its referent (`correct_actor`, a display
name; null for a span that is no actor), the referent's type, and `debatable` for a close call. Scoring follows
ANNOTATION.md's "How output is scored" on linked mentions: each required (not debatable) row takes the first unused
linked mention that overlaps it and names its referent (`judged.names_agree` on the actor's name or an alias, against
the referent's name or, for a referent the registry lacks, any name the page gives it: an unlinked actor the run
names after the page, "Health Ministry" or "Sheffield University", is that actor); a
linked mention that takes no row and overlaps no debatable row is a false one. Beside the F1: span recall (a
required row that any linked mention overlaps), link accuracy (of those, the share linked to the referent) and type
accuracy (of the rows linked right, the share with the referent's type).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from narrative_pipeline.evaluate import Counts
from narrative_pipeline.judged import names_agree


class LabelledMention(BaseModel):
    """One labelled span of a whole-page check."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    source_path: str
    article_id: str
    start: int
    end: int
    text: str
    correct_actor: str | None
    correct_type: str | None = None
    debatable: bool = False
    registry: bool | None = Field(None, description="The referent has an entry in the actors registry.")
    why: str | None = None


@dataclass
class Outcome:
    """What the results say at one required row: the linked mention that took it, else the first that overlaps it."""

    row: LabelledMention
    found: bool  # a linked mention overlaps the row
    right: bool  # one names the referent
    text: str | None = None
    actor_id: str | None = None
    actor_type: str | None = None
    link_method: str | None = None


@dataclass
class PageScore:
    mentions: Counts = field(default_factory=Counts)
    found: int = 0
    right: int = 0
    type_right: int = 0

    def add(self, other: PageScore) -> None:
        self.mentions.add(other.mentions)
        self.found += other.found
        self.right += other.right
        self.type_right += other.type_right


@dataclass
class LabelledReport:
    pages: dict[str, PageScore]
    outcomes: list[Outcome]
    false: list[dict[str, Any]]  # linked mentions that take no row and overlap no debatable row

    def total(self) -> PageScore:
        t = PageScore()
        for page in self.pages.values():
            t.add(page)
        return t


def read_labelled(path: Path) -> list[LabelledMention]:
    """The rows of a whole-page check (blank lines skipped)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [LabelledMention.model_validate(json.loads(line)) for line in lines if line.strip()]


def is_labelled_check(path: Path) -> bool:
    """Whether a check file holds whole-page labels (`kind: gold`) rather than judged mentions."""
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            return json.loads(line).get("kind") == "gold"
    return False


def _overlap(a: LabelledMention, m: dict[str, Any]) -> bool:
    return m["start"] < a.end and a.start < m["end"]


def names_referent(actor: dict[str, Any], referent: Iterable[str]) -> bool:
    """Whether a run's actor (its name or an alias) names the labelled referent (one of its names)."""
    own = [n for n in [actor.get("name") or "", *(actor.get("aliases") or [])] if n]
    return any(names_agree(name, r) for name in own for r in referent)


def referent_names(rows: list[LabelledMention]) -> dict[str, set[str]]:
    """Each referent of a page's rows and its names: its own, and for one the registry lacks the page's names."""
    names: dict[str, set[str]] = {}
    for r in rows:
        if r.correct_actor:
            names.setdefault(r.correct_actor, {r.correct_actor})
            if r.registry is False and r.text[:1].isupper():
                names[r.correct_actor].add(r.text)
    return names


def _may_be(row: LabelledMention, actor: dict[str, Any], referent: set[str]) -> bool:
    """Whether a run's actor names the row's referent (`names_referent`). The page's own words name a referent the row
    says the registry lacks ("his Wales side": the Wales national team); a registry actor must name it by the
    referent's own name: the registry's state Wales, named "Wales", is another referent (review76's finding 12,
    actors95), while "Jair Bolsonaro", labelled as missing from a registry that has him since, is still he."""
    if row.registry is False and actor.get("source") == "registry":
        return names_referent(actor, {row.correct_actor or ""})
    return names_referent(actor, referent)


def score_page(
    rows: list[LabelledMention], linked: list[dict[str, Any]], actors: dict[str, dict[str, Any]]
) -> tuple[PageScore, list[Outcome], list[dict[str, Any]]]:
    """One page's score, the outcome of each required row, and its false linked mentions."""
    s = PageScore()
    linked = sorted(linked, key=lambda m: (m["start"], m["end"]))
    used: set[int] = set()
    outcomes = []
    names = referent_names(rows)
    for row in sorted((r for r in rows if r.correct_actor and not r.debatable), key=lambda r: (r.start, r.end)):
        over = [k for k, m in enumerate(linked) if _overlap(row, m)]
        referent = names[row.correct_actor or ""]
        hit = next(
            (k for k in over if k not in used and _may_be(row, actors.get(linked[k]["actor_id"], {}), referent)), None
        )
        shown = linked[hit] if hit is not None else (linked[over[0]] if over else None)
        outcomes.append(
            Outcome(
                row, bool(over), hit is not None, *(
                    (shown["text"], shown["actor_id"], shown["actor_type"], shown.get("link_method")) if shown else ()
                )
            )
        )  # fmt: skip
        if hit is None:
            s.mentions.fn += 1
            continue
        used.add(hit)
        s.mentions.tp += 1
        s.type_right += linked[hit]["actor_type"] == row.correct_type
    s.found = sum(o.found for o in outcomes)
    s.right = s.mentions.tp
    optional = [r for r in rows if r.debatable]
    false = [m for k, m in enumerate(linked) if k not in used and not any(_overlap(r, m) for r in optional)]
    s.mentions.fp += len(false)
    return s, outcomes, false


def score_labelled(
    rows: Iterable[LabelledMention], mentions: Iterable[dict[str, Any]], actors: dict[str, dict[str, Any]]
) -> LabelledReport:
    """Score a run's mentions (rows of `actors/mentions.parquet`) against a whole-page check."""
    by_page: dict[str, list[LabelledMention]] = {}
    for row in rows:
        by_page.setdefault(row.article_id, []).append(row)
    linked: dict[str, list[dict[str, Any]]] = {a: [] for a in by_page}
    for m in mentions:
        if m.get("actor_id") and m["article_id"] in linked:
            linked[m["article_id"]].append(m)
    pages: dict[str, PageScore] = {}
    outcomes: list[Outcome] = []
    false: list[dict[str, Any]] = []
    for article, page_rows in by_page.items():
        s, o, f = score_page(page_rows, linked[article], actors)
        pages[page_rows[0].source_path] = s
        outcomes.extend(o)
        false.extend({**m, "source_path": page_rows[0].source_path} for m in f)
    return LabelledReport(pages, outcomes, false)


def report_lines(report: LabelledReport, listing: bool) -> list[str]:
    """The report as score_mentions.py prints it: the totals, a line a page, then (with `listing`) every missed row
    and every false linked mention."""

    def line(name: str, s: PageScore) -> str:
        n = s.mentions.tp + s.mentions.fn
        return (
            f"{name:34} mention P {s.mentions.precision:.3f} R {s.mentions.recall:.3f} F1 {s.mentions.f1:.3f}"
            f"  (tp {s.mentions.tp} fp {s.mentions.fp} fn {s.mentions.fn})  found {s.found}/{n}"
            f"  link {s.right}/{s.found}  type {s.type_right}/{s.right}"
        )

    out = [line("all", report.total()), "-- by page"]
    out += [line(page, s) for page, s in sorted(report.pages.items())]
    if listing:
        for o in report.outcomes:
            if o.right:
                continue
            r = o.row
            now = f"{o.text!r} -> {o.actor_id} ({o.actor_type}, {o.link_method})" if o.found else "nothing"
            out.append(f"missed  {r.source_path} {r.text!r} want {r.correct_actor} ({r.correct_type}); now {now}")
        for m in report.false:
            how = f"({m['actor_type']}, {m.get('link_method')})"
            out.append(f"false   {m['source_path']} {m['text']!r} -> {m['actor_id']} {how}")
    return out
