"""Scoring descriptor coreference against hand labels (`config/eval/descriptors-*.jsonl`).

A label is one descriptor mention ("the firm" = Shell): its span, its head noun, and its referent,
given by the offsets of the referent's first mention by name (or, when the article never names it,
by the referent's name alone). A label is *found* when a linked mention of the results overlaps its
head noun and names the referent: the actor the results link at the referent's offsets, or an actor
whose display name is the referent's name. *Precision* is over the results' `descriptor` mentions in
the labelled articles: one is right when it overlaps a label's head and names that label's referent.
Close calls (`debatable`) count for precision when a mention finds them, and are left out of recall.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Label:
    article: str
    start: int
    end: int
    text: str
    head_start: int
    head_end: int
    referent: str
    referent_start: int | None
    referent_end: int | None
    referent_type: str
    debatable: bool
    why: str = ""

    @property
    def head(self) -> str:
        return self.text[self.head_start - self.start : self.head_end - self.start].lower()


@dataclass(frozen=True)
class Mention:
    """A row of `actors/mentions.parquet`, with its article's path."""

    article: str
    start: int
    end: int
    text: str
    actor_id: str | None
    link_method: str
    type_rule: str = ""


@dataclass
class Tally:
    found: int = 0
    labels: int = 0
    right: int = 0
    linked: int = 0

    def as_dict(self) -> dict:
        return {
            "found": self.found, "labels": self.labels, "recall": ratio(self.found, self.labels),
            "right": self.right, "linked": self.linked, "precision": ratio(self.right, self.linked),
        }  # fmt: skip


@dataclass
class DescriptorReport:
    recall: Tally = field(default_factory=Tally)  # labels without the close calls
    recall_all: Tally = field(default_factory=Tally)  # every label
    by_head: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_rule: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[dict] = field(default_factory=list)
    false_links: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        p = ratio(self.recall.right, self.recall.linked)
        r = ratio(self.recall.found, self.recall.labels)
        return {
            "recall": r, "precision": p, "f1": ratio(2 * p * r, p + r) if p + r else 0.0,
            "found": self.recall.found, "labels": self.recall.labels,
            "found_with_debatable": self.recall_all.found, "labels_with_debatable": self.recall_all.labels,
            "right": self.recall.right, "descriptor_links": self.recall.linked,
            "by_head": {k: v.as_dict() for k, v in sorted(self.by_head.items())},
            "by_rule": {k: v.as_dict() for k, v in sorted(self.by_rule.items())},
            "misses": self.misses, "false_links": self.false_links,
        }  # fmt: skip


def ratio(a: float, b: float) -> float:
    return round(a / b, 4) if b else 0.0


def read_labels(path: Path) -> list[Label]:
    """The labels of a JSONL file; a row whose `text` is not its span's text fails when the corpus is given."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Label(**row) for row in rows]


def check_labels(labels: list[Label], corpus: Path) -> list[str]:
    """Rows whose offsets do not give their text in the archived article."""
    problems = []
    for lab in labels:
        text = (corpus / lab.article).read_text(encoding="utf-8")
        if text[lab.start : lab.end] != lab.text:
            problems.append(f"{lab.article}:{lab.start}: {text[lab.start : lab.end]!r} is not {lab.text!r}")
    return problems


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _at(mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The linked mention overlapping [start, end) most (the first on a tie)."""
    best, most = None, 0
    for m in mentions:
        if m.actor_id is None or not overlaps(m.start, m.end, start, end):
            continue
        size = min(m.end, end) - max(m.start, start)
        if size > most:
            best, most = m, size
    return best


def referent_ids(lab: Label, mentions: list[Mention], names: dict[str, set[str]]) -> set[str]:
    """The actors a label's referent may be in the results: the one linked at its first naming,
    and any whose display name is the referent's name."""
    ids = set(names.get(lab.referent.lower(), set()))
    if lab.referent_start is not None and lab.referent_end is not None:
        m = _at(mentions, lab.referent_start, lab.referent_end)
        if m is not None and m.actor_id is not None:
            ids.add(m.actor_id)
    return ids


def score_descriptors(labels: list[Label], mentions: list[Mention], actor_names: dict[str, str]) -> DescriptorReport:
    """Recall of `labels` and precision of the `descriptor` mentions of the labelled articles."""
    names: dict[str, set[str]] = defaultdict(set)
    for actor_id, name in actor_names.items():
        names[name.lower()].add(actor_id)
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article].append(m)
    labelled = {lab.article for lab in labels}
    report = DescriptorReport()
    wanted: dict[tuple[str, int], set[str]] = {}
    for lab in labels:
        ms = by_article.get(lab.article, [])
        ids = referent_ids(lab, ms, names)
        wanted[(lab.article, lab.head_start)] = ids
        at = _at(ms, lab.head_start, lab.head_end)
        found = at is not None and at.actor_id in ids
        tallies = [report.recall_all] + ([] if lab.debatable else [report.recall, report.by_head[lab.head]])
        if found and at is not None and not lab.debatable:
            tallies.append(report.by_rule[at.type_rule if at.link_method == "descriptor" else at.link_method])
        for t in tallies:
            t.labels += 1
            t.found += found
        if not found and not lab.debatable:
            report.misses.append({
                "article": lab.article, "start": lab.start, "text": lab.text, "want": lab.referent,
                "linked": f"{at.text!r} -> {at.actor_id} ({at.link_method})" if at is not None else "nothing",
            })  # fmt: skip
    for article in sorted(labelled):
        article_labels = [lab for lab in labels if lab.article == article]
        for m in sorted(by_article.get(article, []), key=lambda m: m.start):
            if m.link_method != "descriptor" or m.actor_id is None:
                continue
            hit = next((lab for lab in article_labels if overlaps(m.start, m.end, lab.head_start, lab.head_end)), None)
            right = hit is not None and m.actor_id in wanted[(article, hit.head_start)]
            head = hit.head if hit is not None else m.text.split()[-1].lower()
            for t in (report.recall, report.by_head[head], report.by_rule[m.type_rule]):
                t.linked += 1
                t.right += right
            if not right:
                report.false_links.append({
                    "article": article, "start": m.start, "text": m.text, "linked": m.actor_id, "rule": m.type_rule,
                    "want": hit.referent if hit is not None else "(no descriptor labelled here)",
                })  # fmt: skip
    return report


def format_report(report: DescriptorReport) -> str:
    d = report.as_dict()
    out = [
        f"recall    {d['found']}/{d['labels']} = {100 * d['recall']:.1f} %"
        f"   (with close calls {d['found_with_debatable']}/{d['labels_with_debatable']})",
        f"precision {d['right']}/{d['descriptor_links']} = {100 * d['precision']:.1f} %",
        f"F1        {100 * d['f1']:.1f} %",
        "-- by head noun: found/labels, right/descriptor links",
    ]
    for k, t in d["by_head"].items():
        out.append(f"{k:16} {t['found']:3}/{t['labels']:<3}  {t['right']:3}/{t['linked']:<3}")
    out.append("-- by rule: found/labels (method of the mention that found it), right/descriptor links")
    for k, t in d["by_rule"].items():
        out.append(f"{k or '-':22} {t['found']:3}/{t['labels']:<3}  {t['right']:3}/{t['linked']:<3}")
    out.append("-- misses")
    out += [f"  {m['article']}:{m['start']} {m['text']!r} want {m['want']}; linked {m['linked']}" for m in d["misses"]]
    out.append("-- false links")
    out += [
        f"  {f['article']}:{f['start']} {f['text']!r} -> {f['linked']} [{f['rule']}]; want {f['want']}"
        for f in d["false_links"]
    ]
    return "\n".join(out)
