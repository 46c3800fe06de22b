"""Judged samples of linked mentions: drawing one from a results folder, and scoring a results
folder against one.

A judged sample is a JSON Lines file, one linked mention a line, as a person who did not write the
rules judged it under ANNOTATION.md (`JudgedMention`). Drawing is deterministic: the linked
mentions of each section (the folder of the article under `news/`, else its first folder) sorted
by (article, start, end, actor), one `random.Random(seed)` shuffling each section's list in turn,
mentions taken in shuffled order (at most `per_article` from one article) until `per_section`
are taken.

Scoring asks, for every judged span, what the results say there now: the linked mention that
overlaps it most. `right`: it names the entity the judge said the span refers to (the judged
actor when the judgment was `correct`, else `correct_actor`); `wrong`: it is linked to another
entity, or the judge found no actor there; `dropped`: no linked mention overlaps the span.
Precision is right / (right + wrong); `kept` is the share of the spans that refer to an actor
which are still linked right.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Outcome = Literal["right", "wrong", "dropped"]
JudgedError = Literal[
    "not-actor",
    "nationality",
    "duplicate",
    "location",
    "team",
    "garbled-span",
    "wrong-entity",
    "org-contains-country",
]
CONTEXT_CHARS = 60


class JudgedMention(BaseModel):
    """One linked mention as drawn and judged (the fields a judge fills are optional)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    section: str
    source_path: str
    article_id: str
    start: int
    end: int
    text: str
    actor_id: str = Field(description="The actor the judged run linked the span to.")
    actor_name: str | None = None
    actor_type: str | None = None
    link_method: str | None = None
    correct: bool | None = Field(None, description="The span refers to an actor and the link names it.")
    type_correct: bool | None = None
    error: JudgedError | None = None
    correct_actor: str | None = Field(None, description="Name of the right referent when the link is wrong.")
    correct_type: str | None = None
    debatable: bool | None = Field(None, description="A close call that gold would mark optional.")
    why: str | None = None


def section_of(source_path: str) -> str:
    """The folder under `news/` (BBC layout), else the first folder, else ''."""
    parts = PurePosixPath(source_path).parts
    if "news" in parts[:-1]:
        return parts[parts.index("news") + 1]
    return parts[0] if len(parts) > 1 else ""


BBC_SECTIONS = ("politics", "business", "tech", "entertainment", "sport")


def default_sections(present: Iterable[str]) -> list[str]:
    """The sections to draw from when none are given: the five BBC sections in their order when the
    results hold all of them (a file outside them, such as an `added-article.txt` at the corpus root,
    is then no section of its own), else every section present, sorted."""
    found = set(present)
    return list(BBC_SECTIONS) if set(BBC_SECTIONS) <= found else sorted(found)


def draw(
    linked: Sequence[dict[str, Any]], sections: Sequence[str], per_section: int, per_article: int, seed: int
) -> list[dict[str, Any]]:
    """The sample of linked mention rows (each with `article_id`, `start`, `end`, `actor_id`, `section`)."""
    rng = random.Random(seed)
    ordered = sorted(linked, key=lambda r: (r["article_id"], r["start"], r["end"], r["actor_id"]))
    chosen: list[dict[str, Any]] = []
    for section in sections:
        pool = [r for r in ordered if r["section"] == section]
        rng.shuffle(pool)
        taken: Counter[str] = Counter()
        for row in pool:
            if sum(taken.values()) == per_section:
                break
            if taken[row["article_id"]] < per_article:
                taken[row["article_id"]] += 1
                chosen.append(row)
    return chosen


def short_context(text: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> str:
    """The mention with up to `chars` characters either side, on one line, cut at word edges."""
    left = text[max(0, start - chars) : start]
    right = text[end : end + chars]
    if start - chars > 0 and " " in left:
        left = "…" + left[left.index(" ") + 1 :]
    if end + chars < len(text) and " " in right:
        right = right[: right.rindex(" ")] + "…"
    return " ".join(f"{left}[[{text[start:end]}]]{right}".split())


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.findall(r"[a-z0-9&]+", plain.lower()))


def names_agree(predicted: str, judged: str) -> bool:
    """Whether a predicted actor name names the judged referent: the same words (case, accents and
    punctuation aside; "<country> national team" for a country judged right in sport); initials of
    the same person ("S Lamont", "Sean Lamont"); a name of two words or more whose words all appear,
    in order and from the first, in the judged name ("France national team" for "France national
    rugby union team"); an acronym of the other name ("BT", "British Telecom")."""
    p, j = _fold(predicted).split(), _fold(judged).split()
    if not p or not j:
        return False
    if p == j or p == [*j, "national", "team"]:  # a country's name judged right in sport: its team
        return True
    if len(p) == len(j) >= 2 and p[-1] == j[-1] and all(a[0] == b[0] for a, b in zip(p[:-1], j[:-1], strict=True)):
        return True
    if len(p) >= 2 and p[0] == j[0]:
        it = iter(j)
        return all(word in it for word in p)
    short, full = (predicted, j) if len(p) == 1 else (judged, p) if len(j) == 1 else ("", [])
    return len(full) >= 2 and short.isupper() and short.lower() == "".join(w[0] for w in full)


@dataclass
class Scored:
    """What the results say at one judged span."""

    judged: JudgedMention
    outcome: Outcome
    actor_id: str | None = None
    actor_name: str | None = None
    link_method: str | None = None
    actor_type: str | None = None
    text: str | None = None

    @property
    def refers_to_actor(self) -> bool:
        j = self.judged
        return bool(j.correct) or bool(j.correct_actor)

    @property
    def expected_type(self) -> str | None:
        j = self.judged
        if j.correct_type:
            return j.correct_type
        return j.actor_type if j.correct and j.type_correct else None


def expected_names(j: JudgedMention) -> list[str]:
    if j.correct:
        return [n for n in (j.actor_name, j.correct_actor) if n]
    return [j.correct_actor] if j.correct_actor else []


def score_one(j: JudgedMention, mentions: Iterable[dict[str, Any]], actors: dict[str, dict[str, Any]]) -> Scored:
    """The outcome at one judged span, given the article's linked mentions and the actors table."""
    best, best_overlap = None, 0
    for m in mentions:
        if m["actor_id"] is None:
            continue
        overlap = min(m["end"], j.end) - max(m["start"], j.start)
        if overlap > best_overlap:
            best, best_overlap = m, overlap
    if best is None:
        return Scored(j, "dropped")
    actor = actors.get(best["actor_id"], {})
    names = [actor.get("name") or best["actor_id"], *(actor.get("aliases") or [])]
    wanted = expected_names(j)
    same = (j.correct and best["actor_id"] == j.actor_id) or any(names_agree(n, w) for n in names for w in wanted if n)
    return Scored(
        j,
        "right" if same else "wrong",
        best["actor_id"],
        actor.get("name"),
        best["link_method"],
        best["actor_type"],
        best["text"],
    )


@dataclass
class Tally:
    right: int = 0
    wrong: int = 0
    dropped: int = 0
    dropped_actor: int = 0  # dropped although the span refers to an actor

    def add(self, s: Scored) -> None:
        setattr(self, s.outcome, getattr(self, s.outcome) + 1)
        if s.outcome == "dropped" and s.refers_to_actor:
            self.dropped_actor += 1

    @property
    def precision(self) -> float:
        return self.right / (self.right + self.wrong) if self.right + self.wrong else 1.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "right": self.right,
            "wrong": self.wrong,
            "dropped": self.dropped,
            "dropped_actor": self.dropped_actor,
            "precision": round(self.precision, 4),
        }


@dataclass
class Report:
    items: list[Scored]
    total: Tally = field(default_factory=Tally)
    sections: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    methods: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    without_debatable: Tally = field(default_factory=Tally)

    def summary(self) -> dict[str, float]:
        """The figures the quality gate holds to floors."""
        actors = [s for s in self.items if s.refers_to_actor]
        kept = sum(s.outcome == "right" for s in actors) / len(actors) if actors else 1.0
        typed = [s for s in self.items if s.outcome == "right" and s.expected_type]
        types = sum(s.actor_type == s.expected_type for s in typed) / len(typed) if typed else 1.0
        return {
            "judged_precision": round(self.total.precision, 4),
            "judged_precision_worst_section": round(min((t.precision for t in self.sections.values()), default=1.0), 4),
            "judged_actor_spans_kept": round(kept, 4),
            "judged_type_accuracy": round(types, 4),
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary(),
            "total": self.total.as_dict(),
            "without_debatable": self.without_debatable.as_dict(),
            "sections": {k: v.as_dict() for k, v in sorted(self.sections.items())},
            "methods": {k: v.as_dict() for k, v in sorted(self.methods.items())},
        }


def score(
    judged: Sequence[JudgedMention], mentions: Iterable[dict[str, Any]], actors: Iterable[dict[str, Any]]
) -> Report:
    """Score mention rows (a results folder's `mentions` and `actors` tables) against a judged sample."""
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in mentions:
        by_article[m["article_id"]].append(m)
    actor_rows = {a["actor_id"]: a for a in actors}
    report = Report([])
    for j in judged:
        s = score_one(j, by_article.get(j.article_id, []), actor_rows)
        report.items.append(s)
        report.total.add(s)
        report.sections[j.section].add(s)
        report.methods[s.link_method or "(dropped)"].add(s)
        if not j.debatable:
            report.without_debatable.add(s)
    return report


def read_judged(path: Path) -> list[JudgedMention]:
    """The judged mentions of a JSON Lines file (blank lines skipped)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [JudgedMention.model_validate(json.loads(line)) for line in lines if line.strip()]
