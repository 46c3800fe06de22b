"""The actor network: agent -> patient edges, the strongest N drawn as an SVG with a deterministic
force layout (fixed start on a circle, fixed iterations), so the picture is the same on every run.

Edges come from `narratives/actor_edges` when the table exists (coloured by cooperation/conflict);
otherwise from the claims' agent and patient roles (one edge per claim and agent-patient pair).
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..jsonio import atomic_write_bytes
from .markup import actor_href, esc

LAYOUTS = "layouts.json"  # in the report's cache folder (`KnownLayouts`)


@dataclass(frozen=True)
class Edge:
    agent: str
    patient: str
    kind: str  # quad class, or "" when unknown
    weight: int
    n_articles: int
    n_stories: int | None = None  # its articles counted once per story (`actor_edges.n_stories`), when known
    agent_as: str | None = None  # "government" when the statements name the agent, a state, by its government
    patient_as: str | None = None  # the same for the patient (`actor_edges.agent_as`, `patient_as`)

    @property
    def source(self) -> str:
        """The agent's node (`node`)."""
        return node(self.agent, self.agent_as)

    @property
    def target(self) -> str:
        """The patient's node (`node`)."""
        return node(self.patient, self.patient_as)


PART = "\t"  # between an actor id and the part of it a node stands for (ids hold no tab)


def node(actor: str, part: str | None) -> str:
    """A network node: the actor, or the part of it the statements name ("state_gbr\tgovernment": review68 11 b)."""
    return f"{actor}{PART}{part}" if part else actor


def node_actor(key: str) -> str:
    """The actor of a node (whose page it links to)."""
    return key.split(PART, 1)[0]


def node_name(key: str, names: dict[str, str], cut: bool = False) -> str:
    """A node's name: the actor's (with `cut`, cut to 24 characters), with the part it stands for ("United Kingdom
    (government)")."""
    actor, _, part = key.partition(PART)
    name = names.get(actor, actor)
    if cut and len(name) > 24:
        name = name[:23] + "…"
    return f"{name} ({part})" if part else name


def edges(tables: dict[str, pd.DataFrame]) -> list[Edge]:
    """Every agent -> patient edge of the corpus, strongest first."""
    if "actor_edges" in tables:
        e = tables["actor_edges"].copy()
        e["quad_class"] = e["quad_class"].fillna("").astype(str)
        counts = ["n_statements", "n_articles", *(["n_stories"] if "n_stories" in e.columns else [])]
        for part in ("agent_as", "patient_as"):  # (a table written before them: every node an actor)
            e[part] = e[part].fillna("").astype(str) if part in e.columns else ""
        keys = ["agent_actor_id", "patient_actor_id", "quad_class", "agent_as", "patient_as"]
        g = e.groupby(keys, sort=True)[counts].sum()
        rows = [
            Edge(a, p, q, *(int(v) for v in c.tolist()), agent_as=x or None, patient_as=y or None)
            for (a, p, q, x, y), c in g.iterrows()
        ]
    elif "claim_actors" in tables and "claims" in tables:
        roles = tables["claim_actors"]
        agents = roles[roles.role == "agent"][["claim_id", "actor_id"]]
        patients = roles[roles.role == "patient"][["claim_id", "actor_id"]]
        pairs = agents.merge(patients, on="claim_id", suffixes=("_a", "_p")).drop_duplicates()
        pairs = pairs[pairs.actor_id_a != pairs.actor_id_p]
        art = tables["claims"].set_index("claim_id")["article_id"]
        pairs = pairs.assign(article_id=pairs.claim_id.map(art))
        g = pairs.groupby(["actor_id_a", "actor_id_p"], sort=True).agg(
            n=("claim_id", "nunique"), m=("article_id", "nunique")
        )
        rows = [Edge(a, p, "", int(n), int(m)) for (a, p), (n, m) in g.iterrows()]
    else:
        rows = []
    return sorted(rows, key=lambda e: (-e.weight, e.source, e.target, e.kind))


def layout(nodes: list[str], links: list[tuple[int, int, float]], iterations: int = 300) -> np.ndarray:
    """Fruchterman-Reingold positions in the unit square, deterministic. The attraction of all links is
    computed at once (a link's force with the same floating-point operations, in the same order, as one
    link at a time: `matmul` for the squared length, `math.log1p` for the weight, and the forces added
    to each node in link order), so the picture has the same bytes as before, in a third of the time."""
    n = len(nodes)
    if n == 0:
        return np.zeros((0, 2))
    angle = np.arange(n) * 2 * math.pi / n
    pos = np.stack([np.cos(angle), np.sin(angle)], axis=1) * 0.5
    k = 1.6 / math.sqrt(n)
    temp = 0.1
    first = np.array([i for i, _, _ in links], dtype=np.intp)
    second = np.array([j for _, j, _ in links], dtype=np.intp)
    ends = np.stack([first, second], axis=1).reshape(-1)  # i0, j0, i1, j1, ...: the order of the updates
    scale = np.array([0.5 + 0.5 * math.log1p(w) for _, _, w in links], dtype=float)[:, None]
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.sqrt((delta**2).sum(-1)) + 1e-9
        force = (delta / dist[..., None] * (k * k / dist)[..., None]).sum(1)
        if len(links):
            d = pos[first] - pos[second]
            dd = (np.sqrt(np.matmul(d[:, None, :], d[:, :, None])[:, 0, 0]) + 1e-9)[:, None]
            f = d / dd * (dd * dd / k) * scale
            np.add.at(force, ends, np.stack([-f, f], axis=1).reshape(-1, 2))  # unbuffered: in link order
        force -= pos * 0.02 * n  # gravity keeps small components on screen
        length = np.sqrt((force**2).sum(1)) + 1e-9
        pos += force / length[:, None] * np.minimum(length, temp)[:, None]
        temp *= 0.985
    # spread the dense core: radii from the centre shrink-wrapped by a power below one
    centred = pos - pos.mean(0)
    radius = np.sqrt((centred**2).sum(1))
    peak = radius.max() or 1.0
    pos = centred * ((radius / peak) ** 0.5 * peak / np.maximum(radius, 1e-9))[:, None]
    lo, hi = pos.min(0), pos.max(0)
    return (pos - lo) / np.where(hi - lo > 0, hi - lo, 1)


@dataclass
class KnownLayouts:
    """The layouts of the last build's drawings, kept in the report's cache folder (`LAYOUTS`): an update
    draws the overview's strongest edges again, mostly the same ones, and `layout` (300 rounds of forces,
    about 0.1 CPU s) is then read back instead of run. A layout depends on its node count, links and rounds
    alone (the key), and on `layout`'s code and numpy (the salt: the report's code fingerprint and numpy's
    version; a file of another salt is not read). JSON keeps each float's exact value, so the picture has
    the same bytes either way. The file holds the layouts of the last build only, with a digest of them: a file whose
    layouts were edited or damaged on disk, still floats of the right shape, is not read (review37: a moved position
    was drawn, and the picture was no longer the one a build from scratch makes)."""

    path: Path | None
    salt: str
    old: dict[str, list] = field(default_factory=dict)
    new: dict[str, list] = field(default_factory=dict)

    @classmethod
    def load(cls, cache_dir: Path | None, code: str) -> KnownLayouts:
        salt = f"{code} numpy {np.__version__}"
        if cache_dir is None:
            return cls(None, salt)
        path = Path(cache_dir) / LAYOUTS
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            kept = data["layouts"] if data.get("salt") == salt and isinstance(data.get("layouts"), dict) else {}
            old = kept if data.get("digest") == _digest(kept) else {}
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            old = {}
        return cls(path, salt, old)

    def positions(self, n: int, links: list[tuple[int, int, float]], iterations: int = 300) -> np.ndarray:
        """`layout` of `n` nodes and `links`, read back when an earlier build made it."""
        key = hashlib.sha256(repr((n, links, iterations)).encode()).hexdigest()
        known = self.old.get(key)
        pos = np.array(known, dtype=float).reshape(n, 2) if _fits(known, n) else layout([""] * n, links, iterations)
        self.new[key] = pos.tolist()
        return pos

    def save(self) -> None:
        if self.path is not None:
            data = {"salt": self.salt, "layouts": self.new, "digest": _digest(self.new)}
            atomic_write_bytes(self.path, json.dumps(data, sort_keys=True).encode("utf-8"), durable=False)


def _digest(layouts: dict[str, list]) -> str:
    """The digest of a layouts file's layouts, as JSON writes them (every float's exact value)."""
    return hashlib.sha256(json.dumps(layouts, sort_keys=True).encode("utf-8")).hexdigest()


def _fits(known: object, n: int) -> bool:
    """Whether a kept layout is `n` pairs of floats."""
    return (
        isinstance(known, list)
        and len(known) == n
        and all(isinstance(p, list) and len(p) == 2 and all(type(c) is float for c in p) for p in known)
    )


def _colour(kind: str) -> str:
    k = kind.lower()
    if "conflict" in k:
        return "conflict"
    if "coop" in k:
        return "coop"
    return "plain"


def svg(
    top: list[Edge],
    names: dict[str, str],
    prefix: str = "",
    width: int = 960,
    height: int = 640,
    layouts: KnownLayouts | None = None,
) -> str:
    """The network of the given edges; nodes link to actor pages. `layouts`: layouts kept from the last
    build (`KnownLayouts`)."""
    if not top:
        return '<p class="empty">No agent → patient pairs in these results.</p>'
    nodes = sorted({e.source for e in top} | {e.target for e in top})
    index = {a: i for i, a in enumerate(nodes)}
    links = [(index[e.source], index[e.target], float(e.weight)) for e in top]
    pos = layout(nodes, links) if layouts is None else layouts.positions(len(nodes), links)
    margin = 90
    xy = [(margin + p[0] * (width - 2 * margin), 40 + p[1] * (height - 80)) for p in pos]
    degree = {a: 0 for a in nodes}
    for e in top:
        degree[e.source] += e.weight
        degree[e.target] += e.weight
    peak = max(e.weight for e in top)
    parts = [
        f'<svg class="network" viewBox="0 0 {width} {height}" width="100%" xmlns="http://www.w3.org/2000/svg" '
        f'role="img" aria-label="actor network"><title>Actor network: agents to patients</title>'
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" '
        'markerWidth="10" markerHeight="10" '
        'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" class="arrowhead"/></marker></defs>'
    ]
    for e in top:
        (x1, y1), (x2, y2) = xy[index[e.source]], xy[index[e.target]]
        r2 = 5 + 3 * math.log1p(degree[e.target])
        dx, dy = x2 - x1, y2 - y1
        d = math.hypot(dx, dy) or 1.0
        ex, ey = x2 - dx / d * (r2 + 2), y2 - dy / d * (r2 + 2)
        bend = 0.12 * d
        cx, cy = (x1 + ex) / 2 - dy / d * bend, (y1 + ey) / 2 + dx / d * bend
        w = 1 + 4 * e.weight / peak
        label = f"{node_name(e.source, names)} → {node_name(e.target, names)}"
        label += f" ({e.kind})" if e.kind else ""
        parts.append(
            f'<path d="M {x1:.1f} {y1:.1f} Q {cx:.1f} {cy:.1f} {ex:.1f} {ey:.1f}" class="edge {_colour(e.kind)}" '
            f'stroke-width="{w:.1f}" marker-end="url(#arrow)"><title>{esc(label)}: {e.weight:,}</title></path>'
        )
    for a in nodes:
        x, y = xy[index[a]]
        r = 5 + 3 * math.log1p(degree[a])
        name = node_name(a, names)
        short, href = node_name(a, names, cut=True), actor_href(node_actor(a), prefix)
        parts.append(
            f'<a href="{esc(href)}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" class="node">'
            f"<title>{esc(name)}</title></circle>"
            f'<text x="{x:.1f}" y="{y - r - 3:.1f}" text-anchor="middle" class="nlabel">{esc(short)}</text></a>'
        )
    parts.append("</svg>")
    return "".join(parts)
