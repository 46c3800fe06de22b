"""A page per actor: its record, its mentions in context, the claims it makes and the claims it is an
agent, patient or mention of, the labels attached to it and by whom, its network edges, its registry
relations, and its mentions over time (when articles have dates). Long lists show the first CAP rows
and link to the full listing."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

import pandas as pd

from .charts import Bar, columns
from .grouped import ByKey, Grouped, shown
from .markup import actor_href, article_href, dl, esc, is_null, link, number, page, section, table
from .network import Edge, node, node_name
from .rows import Listings

CAP = 200

# The columns an actor's page shows or groups by (its rows are made into dicts a chunk of actors at a
# time: the claims' other 30 columns cost more to convert than the pages to make)
MENTION_COLUMNS = ("mention_id", "article_id", "sentence_id", "start", "text", "actor_id", "link_method")
CLAIM_COLUMNS = ("claim_id", "article_id", "text", "claim_type", "certainty", "claimer_actor_id")
ROLE_COLUMNS = ("claim_id", "actor_id", "role")
LABEL_COLUMNS = ("actor_id", "label", "label_lemma", "kind", "negated", "claimer_kind", "claimer_actor_id")
NARRATIVE_COLUMNS = (
    "narrative_id", "rank", "agent_actor_id", "action_class", "patient_actor_id", "negated", "n_statements",
    "n_articles", "n_stories", "agent_as", "patient_as",
)  # fmt: skip


class ActorPages:
    def __init__(
        self,
        tables: dict[str, pd.DataFrame],
        names: dict[str, str],
        listings: Listings,
        sentences: dict[str, str] | ByKey,
        months: dict[str, str],
        all_edges: list[Edge],
    ):
        self.tables = tables
        self.names = names
        self.listings = listings
        self._sentences = sentences
        self.sentences: dict[str, str] = {}  # the texts of the loaded actors' mentions' sentences
        self.months = months
        self._mentions = Grouped(shown(tables.get("mentions"), MENTION_COLUMNS), "actor_id")
        self._claimed = Grouped(shown(tables.get("claims"), CLAIM_COLUMNS), "claimer_actor_id")
        self._claims = Grouped(shown(tables.get("claims"), CLAIM_COLUMNS), "claim_id")
        self._roles = Grouped(shown(tables.get("claim_actors"), ROLE_COLUMNS), "actor_id")
        self._labels = Grouped(shown(tables.get("framing"), LABEL_COLUMNS), "actor_id")
        self._acts = Grouped(shown(tables.get("narratives"), NARRATIVE_COLUMNS), "agent_actor_id")
        self._undergoes = Grouped(shown(tables.get("narratives"), NARRATIVE_COLUMNS), "patient_actor_id")
        self.load([])
        self.relations: dict[str, list[dict]] = defaultdict(list)
        if "relations" in tables:
            for r in tables["relations"].to_dict("records"):
                self.relations[r["actor_id"]].append(r)
                self.relations[r["other_actor_id"]].append(r)
        self.edges: dict[str, list[Edge]] = defaultdict(list)
        for e in all_edges:
            self.edges[e.agent].append(e)
            if e.patient != e.agent:
                self.edges[e.patient].append(e)

    def load(self, actor_ids: Sequence[str]) -> None:
        """Rows of these actors as dicts, for rendering their pages (one chunk at a time)."""
        self.mentions = self._mentions.load(actor_ids)
        self.claimed = self._claimed.load(actor_ids)
        self.roles = self._roles.load(actor_ids)
        self.labels = self._labels.load(actor_ids)
        self.acts = self._acts.load(actor_ids)
        self.undergoes = self._undergoes.load(actor_ids)
        if isinstance(self._sentences, ByKey):  # (the first CAP of each actor's mentions show theirs)
            shown = (m["sentence_id"] for a in actor_ids for m in self.mentions.get(a, []))
            self.sentences = self._sentences.subset(shown)
        else:
            self.sentences = self._sentences
        wanted = [r["claim_id"] for a in actor_ids for r in self.roles.get(a, []) if r["role"] != "claimer"]
        self.claims = {k: rows[0] for k, rows in self._claims.load(wanted).items()}

    def weight(self, actor_id: str) -> int:
        """The rows `load` makes into dicts for this actor (its mentions, claims made and roles)."""
        return self._mentions.count(actor_id) + self._claimed.count(actor_id) + self._roles.count(actor_id)

    def actor(self, actor_id, part=None) -> str:
        """An actor's link; with `part` ("government": the statements name a state by its government), "United
        Kingdom (government)"."""
        if is_null(actor_id):
            return '<span class="none">—</span>'
        shown = node(actor_id, None if is_null(part) else part)
        if actor_id not in self.names:  # a registry actor the corpus never mentions has no page
            return f'<span class="actor-id">{esc(node_name(shown, {}))}</span>'
        return link(actor_href(actor_id, "../"), node_name(shown, self.names))

    def _more(self, name: str, column: str, actor_id: str, n: int, what: str) -> str:
        if n <= CAP:
            return ""
        # the rows are the group's (`Grouped` keeps each actor's row positions, ascending, in the table itself)
        grouped = self._mentions if name == "mentions" else self._claimed
        href = self.listings.facet(
            name,
            column,
            actor_id,
            lambda _: f"{what} of {self.names.get(actor_id, actor_id)}",
            grouped.groups.get(actor_id),
        )
        return f'<p class="more">First {CAP} shown; all {number("../" + href, n)} rows.</p>'

    def claim_rows(self, claims: list[dict]) -> str:
        rows = [
            (
                link(f"{article_href(c['article_id'], '../')}#{c['claim_id']}", c["claim_id"]),
                esc(c["text"]),
                esc(c["claim_type"]),
                esc(c["certainty"]),
            )
            for c in claims[:CAP]
        ]
        return table(["claim", "text", "type", "certainty"], rows)

    def with_listings(self) -> set:
        """The actors whose page links to a listing (`listings_of`): more than CAP mentions or claims made."""
        return {*self._mentions.larger_than(CAP), *self._claimed.larger_than(CAP)}

    def listings_of(self, actor_id: str) -> None:
        """The row listings an actor's page links to (made as `render` would, for a page taken from
        the cache)."""
        self._more("mentions", "actor_id", actor_id, self._mentions.count(actor_id), "Mentions")
        self._more("claims", "claimer_actor_id", actor_id, self._claimed.count(actor_id), "Claims made")

    def narrative_rows(self, actor_id: str) -> list[tuple[str, ...]]:
        """The actor's narratives as agent or patient (one row each, by rank; the first CAP)."""
        found = {n["narrative_id"]: n for n in [*self.acts.get(actor_id, []), *self.undergoes.get(actor_id, [])]}
        ranked = sorted(found.values(), key=lambda n: (_count(n.get("rank")), str(n["narrative_id"])))[:CAP]
        return [
            (
                str(n.get("rank", "")),
                self.actor(n.get("agent_actor_id"), n.get("agent_as")),
                esc(("not " if n.get("negated") is True else "") + str(n.get("action_class"))),
                self.actor(n.get("patient_actor_id"), n.get("patient_as")),
                *(str(n[c]) if not is_null(n.get(c)) else "" for c in ("n_statements", "n_articles", "n_stories")),
            )
            for n in ranked
        ]

    def render(self, a: dict) -> str:
        actor_id = a["actor_id"]
        meta = dl(
            (k, esc(", ".join(map(str, list(v))) if hasattr(v, "tolist") or isinstance(v, list) else v))
            for k, v in a.items()
        )
        mentions = sorted(self.mentions.get(actor_id, []), key=lambda m: (m["article_id"], m["start"]))
        made = sorted(self.claimed.get(actor_id, []), key=lambda c: c["claim_id"])
        roles: dict[str, list[dict]] = defaultdict(list)
        for r in self.roles.get(actor_id, []):
            if r["role"] != "claimer" and r["claim_id"] in self.claims:
                roles[r["role"]].append(self.claims[r["claim_id"]])
        counts = [
            ("mentions", number("#mentions", len(mentions))),
            ("claims made", number("#made", len(made))),
            *((f"claims as {role}", number(f"#{role}", len(cs))) for role, cs in sorted(roles.items())),
        ]
        body = section("Actor", meta + dl(counts), "actor")
        if self.relations.get(actor_id):
            rel_rows = [
                (
                    self.actor(r["actor_id"]),
                    esc(r["relation"]),
                    self.actor(r["other_actor_id"]),
                    esc(r.get("since")),
                    esc(r.get("until")),
                )
                for r in self.relations[actor_id]
            ]
            body += section("Registry relations", table(["actor", "relation", "other", "since", "until"], rel_rows))
        if mentions:
            rows = [
                (
                    link(f"{article_href(m['article_id'], '../')}#{m['mention_id']}", m["text"]),
                    esc(self.sentences.get(m["sentence_id"], "")),
                    esc(m.get("link_method")),
                )
                for m in mentions[:CAP]
            ]
            body += section(
                "Mentions",
                self._more("mentions", "actor_id", actor_id, len(mentions), "Mentions")
                + table(["mention", "sentence", "linked by"], rows),
                "mentions",
            )
            by_month = Counter(self.months[m["article_id"]] for m in mentions if m["article_id"] in self.months)
            if by_month:
                # the month an article was published, not when what it tells happened (review68 12 d)
                chart = columns("mentions per month published", [Bar(k, v) for k, v in sorted(by_month.items())])
                body += section("Over time", chart, "time")
        if made:
            body += section(
                "Claims it makes",
                self._more("claims", "claimer_actor_id", actor_id, len(made), "Claims made") + self.claim_rows(made),
                "made",
            )
        for role, cs in sorted(roles.items()):
            cs = sorted({c["claim_id"]: c for c in cs}.values(), key=lambda c: c["claim_id"])
            body += section(f"Claims with it as {role}", self.claim_rows(cs), role)
        narratives = self.narrative_rows(actor_id)
        if narratives:
            body += section(
                "What it does and undergoes",
                '<p class="read">The narratives (statements grouped by agent, category, patient and negation across '
                "the corpus) with this actor as agent or patient, in the table's rank order.</p>"
                + table(["rank", "agent", "category", "patient", "statements", "articles", "stories"], narratives),
                "narratives",
            )
        labels = self.labels.get(actor_id, [])
        if labels:
            body += section(
                "How it is labelled, and by whom",
                table(["label", "kind", "by", "claimer", "times", "denied"], label_rows(labels, self.actor)),
                "labels",
            )
        edges = self.edges.get(actor_id, [])
        if edges:
            rows = [
                (
                    self.actor(e.agent, e.agent_as),
                    esc(e.kind) or "—",
                    self.actor(e.patient, e.patient_as),
                    str(e.weight),
                    str(e.n_articles),
                    "" if e.n_stories is None else str(e.n_stories),
                )
                for e in edges[:CAP]
            ]
            body += section(
                "Network edges",
                table(["agent", "kind", "patient", "claims/statements", "articles", "stories"], rows),
                "edges",
            )
        return page(self.names.get(actor_id, actor_id), body, prefix="../")


def _count(value: object) -> float:
    """A count or rank to sort by (a missing one last)."""
    return float("inf") if is_null(value) else float(value)  # type: ignore[arg-type]


def label_rows(labels: list[dict], actor: Callable[[object], str]) -> list[tuple[str, ...]]:
    """An actor's labels tallied by lemma (lower case where a row has none: "Foreign Secretary" and "foreign
    secretary" one label, shown in its most frequent form: review68 10), kind, claimer and denial, most frequent
    first. `denied`: the sentence denies the label ("X is not a burden")."""
    tally: Counter = Counter()
    forms: dict[tuple, Counter] = defaultdict(Counter)
    for f in labels:
        lemma = f.get("label_lemma")
        key = (
            str(lemma if not is_null(lemma) else str(f.get("label")).lower()),
            f.get("kind"),
            f.get("claimer_kind"),
            f.get("claimer_actor_id"),
            bool(f.get("negated")) if not is_null(f.get("negated")) else False,
        )
        tally[key] += 1
        forms[key][str(f.get("label"))] += 1
    ordered = sorted(tally.items(), key=lambda kv: (-kv[1], str(kv[0])))
    return [
        (
            esc(min(forms[key].items(), key=lambda fc: (-fc[1], fc[0]))[0]),
            esc(key[1]),
            esc(key[2]),
            actor(key[3]),
            str(n),
            "denied" if key[4] else "",
        )
        for key, n in ordered
    ]
