"""A page per article: its metadata (every column of its articles rows), the archived text with every
claim and mention highlighted at its exact span, each claim's type, certainty and claimer with the
rules and cues that decided them, its actors' roles and statements, and the article's mentions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from .data import Texts
from .grouped import Grouped, shown
from .highlight import Mark, highlighted
from .markup import actor_href, dl, esc, is_null, link, page, section, table

_SPAN_FIELDS = ("start", "end")

# The columns of mentions, actor roles, statements and labels an article's page shows or groups by (its
# claims and articles rows are shown whole)
MENTION_COLUMNS = (
    "mention_id", "article_id", "start", "end", "text", "actor_id", "actor_type", "link_method", "link_score",
    "matched_alias",
)  # fmt: skip
ROLE_COLUMNS = ("claim_id", "role", "actor_id")
STATEMENT_COLUMNS = (
    "claim_id", "negated", "agent_actor_id", "patient_actor_id", "action_lemma", "action_class", "quad_class",
    "agent_as", "patient_as",
)  # fmt: skip
LABEL_COLUMNS = ("article_id", "start", "actor_id", "label", "kind", "claimer_kind", "claimer_actor_id")


NONE = '<span class="none">—</span>'


def _value(v) -> str:
    kind = type(v)
    if kind is str and not v.startswith(("http://", "https://")):  # most values: text, shown escaped
        return esc(v)
    if kind is int or kind is bool:  # a number's text needs no escape
        return str(v)
    if kind is float:  # a classifier's probability (a float's text needs no escape); NaN: a null (speed61)
        return str(v) if v == v else NONE
    if kind is np.ndarray:  # a list column (a classifier's evidence): as below, without asking the rest (speed61)
        return esc(", ".join(str(x) for x in list(v)))
    if is_null(v):
        return NONE
    if isinstance(v, str) and v.startswith(("http://", "https://")):
        return f'<a href="{esc(v)}" rel="noreferrer noopener" class="ext">{esc(v)}</a>'
    if hasattr(v, "tolist") or isinstance(v, list):
        return esc(", ".join(str(x) for x in list(v)))
    return esc(v)


def _cue(rule, cue, start, end) -> str:
    out = f"<code>{esc(rule)}</code>"
    if not is_null(cue):
        out += f" — cue “{esc(cue)}”"
        if not is_null(start):
            out += f' <span class="off">[{int(start)}, {int(end)})</span>'
    return out


class ArticlePages:
    def __init__(self, tables: dict[str, pd.DataFrame], texts: Texts, names: dict[str, str]):
        self.tables = tables
        self.texts = texts
        self.names = names
        self._claims = Grouped(tables.get("claims"), "article_id")
        self._mentions = Grouped(shown(tables.get("mentions"), MENTION_COLUMNS), "article_id")
        self._roles = Grouped(shown(tables.get("claim_actors"), ROLE_COLUMNS), "claim_id")
        self._statements = Grouped(shown(tables.get("statements"), STATEMENT_COLUMNS), "claim_id")
        self._framing = Grouped(shown(tables.get("framing"), LABEL_COLUMNS), "article_id")
        self._actor_html: dict[str, str] = {}
        self.load([])

    def load(self, article_ids: Sequence[str]) -> None:
        """Rows of these articles as dicts, for rendering their pages (one chunk at a time)."""
        self.claims = self._claims.load(article_ids)
        self.mentions = self._mentions.load(article_ids)
        self.framing = self._framing.load(article_ids)
        claim_ids = [c["claim_id"] for a in article_ids for c in self.claims.get(a, [])]
        self.roles = self._roles.load(claim_ids)
        self.statements = self._statements.load(claim_ids)

    def actor(self, actor_id, prefix: str = "../") -> str:
        if prefix == "../" and type(actor_id) is str:  # made once per actor (an actor is named again and again)
            html = self._actor_html.get(actor_id)
            if html is None:
                html = self._actor_html[actor_id] = self._actor(actor_id, prefix)
            return html
        return self._actor(actor_id, prefix)

    def _actor(self, actor_id, prefix: str) -> str:
        if is_null(actor_id):
            return '<span class="none">—</span>'
        if actor_id not in self.names:  # a registry actor the corpus never mentions has no page
            return f'<span class="actor-id">{esc(actor_id)}</span>'
        return link(actor_href(actor_id, prefix), self.names[actor_id])

    def claim_item(self, c: dict) -> str:
        roles: dict[str, list[str]] = defaultdict(list)
        for r in sorted(self.roles.get(c["claim_id"], []), key=lambda r: (r["role"], r["actor_id"])):
            if self.actor(r["actor_id"]) not in roles[r["role"]]:
                roles[r["role"]].append(self.actor(r["actor_id"]))
        claimer = esc(c["claimer_kind"])
        if not is_null(c.get("claimer_text")):
            claimer += (
                f' — “{esc(c["claimer_text"])}” <span class="off">[{c["claimer_start"]}, {c["claimer_end"]})</span>'
            )
        if not is_null(c.get("claimer_actor_id")):
            claimer += " → " + self.actor(c["claimer_actor_id"])
        items = [
            (
                "type",
                f"<b>{esc(c['claim_type'])}</b> by "
                + _cue(c["type_rule"], c["type_cue"], c["type_cue_start"], c["type_cue_end"]),
            ),
            (
                "certainty",
                f"<b>{esc(c['certainty'])}</b> by "
                + _cue(c["certainty_rule"], c["certainty_cue"], c["certainty_cue_start"], c["certainty_cue_end"]),
            ),
            (
                "claimer",
                claimer
                + " by "
                + _cue(c["claimer_rule"], c["claimer_cue"], c["claimer_cue_start"], c["claimer_cue_end"]),
            ),
        ]
        extra = [k for k in c if k not in _KNOWN_CLAIM_COLUMNS]
        items += [(k, _value(c[k])) for k in extra]  # columns added later (e.g. a classifier's) show up too
        items += [(role, ", ".join(actors)) for role, actors in roles.items()]
        for s in self.statements.get(c["claim_id"], []):
            neg = "not " if s.get("negated") else ""
            agent, patient = (
                self.actor(s.get(f"{side}_actor_id"))
                + ("" if is_null(s.get(f"{side}_as")) else f" ({esc(s[f'{side}_as'])})")
                for side in ("agent", "patient")
            )
            what = f"{agent} {neg}<i>{esc(s.get('action_lemma'))}</i> {patient}"
            kind = " / ".join(esc(s[k]) for k in ("action_class", "quad_class") if not is_null(s.get(k)))
            items.append(("statement", what + (f" ({kind})" if kind else "")))
        return (
            f'<li class="claim" id="{esc(c["claim_id"])}"><p>'
            f'<a class="jump" href="#text" data-claim="{esc(c["claim_id"])}">'
            f'{esc(c["claim_id"])}</a> <span class="off">[{c["start"]}, {c["end"]})</span> “{esc(c["text"])}”</p>'
            f"{dl(items)}</li>"
        )

    def mention_rows(self, mentions: Iterable[dict]) -> str:
        rows = [
            (
                f'<span id="{esc(m["mention_id"])}">{esc(m["mention_id"])}</span>',
                f'{esc(m["text"])} <span class="off">[{m["start"]}, {m["end"]})</span>',
                self.actor(m.get("actor_id")),
                esc(m.get("actor_type")),
                esc(m.get("link_method")),
                esc(m.get("link_score")),
                esc(m.get("matched_alias")),
            )
            for m in mentions
        ]
        return table(["mention", "text", "actor", "type", "linked by", "score", "matched"], rows)

    def render(self, article_id: str, rows: list[dict]) -> str:
        first = rows[0]
        title = first.get("title") if not is_null(first.get("title")) else first["source_path"]
        meta = []
        for row in rows:
            meta.append(dl((k, _value(v)) for k, v in row.items()))
        body = section("Archived file" + ("s" if len(rows) > 1 else ""), "".join(meta), "meta")
        claims = sorted(self.claims.get(article_id, []), key=lambda c: (c["start"], c["claim_id"]))
        mentions = sorted(self.mentions.get(article_id, []), key=lambda m: (m["start"], m["mention_id"]))
        analysed = any(bool(r.get("analysed")) for r in rows)
        text = self.texts.get(article_id) if analysed else None
        if text is not None:
            marks = [Mark("c", c["claim_id"], c["start"], c["end"]) for c in claims]
            marks += [Mark("m", m["mention_id"], m["start"], m["end"]) for m in mentions]
            legend = (
                f'<p class="legend"><span class="seg c">claim</span> <span class="seg m">actor mention</span> '
                f'<span class="seg c cc">overlapping claims</span> — {len(claims)} claims, {len(mentions)} mentions; '
                "click a highlight to see its claim.</p>"
            )
            body += section("Text", legend + highlighted(text, marks), "text-section")
        else:
            reason = first.get("error") or first.get("skip_reason") or self.texts.problem(article_id) or "not analysed"
            body += section("Text", f'<p class="empty">No analysed text: {esc(reason)}.</p>')
        if claims:
            body += section(
                "Claims", '<ol class="claims">' + "".join(self.claim_item(c) for c in claims) + "</ol>", "claims"
            )
        if mentions:
            body += section("Actor mentions", self.mention_rows(mentions), "mentions")
        labels = self.framing.get(article_id, [])
        if labels:
            rows_html = [
                (
                    self.actor(f.get("actor_id")),
                    esc(f.get("label")),
                    esc(f.get("kind")),
                    esc(f.get("claimer_kind")),
                    self.actor(f.get("claimer_actor_id")),
                )
                for f in sorted(labels, key=lambda f: (f.get("start", 0), str(f.get("label"))))
            ]
            body += section(
                "Labels attached to actors", table(["actor", "label", "kind", "by", "claimer"], rows_html), "framing"
            )
        return page(str(title), body, prefix="../")


_KNOWN_CLAIM_COLUMNS = {
    "claim_id", "article_id", "sentence_id", "start", "end", "text", "claim_type", "certainty", "claimer_kind",
    "claimer_text", "claimer_start", "claimer_end", "claimer_actor_id", "type_rule", "type_cue", "type_cue_start",
    "type_cue_end", "certainty_rule", "certainty_cue", "certainty_cue_start", "certainty_cue_end", "claimer_rule",
    "claimer_cue", "claimer_cue_start", "claimer_cue_end",
}  # fmt: skip
