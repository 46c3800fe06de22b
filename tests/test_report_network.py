"""The network's layout computed for all links at once gives the same floats, bit for bit, as one link
at a time (the layout the report drew before), and the statements of each edge grouped once are the
rows the per-edge masks selected."""

from __future__ import annotations

import math
import random

import numpy as np
import pandas as pd
from narrative_pipeline.report.network import layout
from narrative_pipeline.report.overview import _statements_by_edge


def _layout_one_link_at_a_time(nodes, links, iterations=300):
    n = len(nodes)
    if n == 0:
        return np.zeros((0, 2))
    angle = np.arange(n) * 2 * math.pi / n
    pos = np.stack([np.cos(angle), np.sin(angle)], axis=1) * 0.5
    k = 1.6 / math.sqrt(n)
    temp = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.sqrt((delta**2).sum(-1)) + 1e-9
        force = (delta / dist[..., None] * (k * k / dist)[..., None]).sum(1)
        for i, j, w in links:
            d = pos[i] - pos[j]
            dd = math.sqrt(float(d @ d)) + 1e-9
            f = d / dd * (dd * dd / k) * (0.5 + 0.5 * math.log1p(w))
            force[i] -= f
            force[j] += f
        force -= pos * 0.02 * n
        length = np.sqrt((force**2).sum(1)) + 1e-9
        pos += force / length[:, None] * np.minimum(length, temp)[:, None]
        temp *= 0.985
    centred = pos - pos.mean(0)
    radius = np.sqrt((centred**2).sum(1))
    peak = radius.max() or 1.0
    pos = centred * ((radius / peak) ** 0.5 * peak / np.maximum(radius, 1e-9))[:, None]
    lo, hi = pos.min(0), pos.max(0)
    return (pos - lo) / np.where(hi - lo > 0, hi - lo, 1)


def test_layout_equals_the_layout_made_one_link_at_a_time():
    rng = random.Random(12)
    for _ in range(25):
        n = rng.randint(1, 40)
        nodes = [f"actor{i}" for i in range(n)]
        links = [(rng.randrange(n), rng.randrange(n), float(rng.randint(1, 300))) for _ in range(rng.randint(0, 60))]
        assert np.array_equal(layout(nodes, links, 60), _layout_one_link_at_a_time(nodes, links, 60))


def test_statements_by_edge_are_the_rows_of_each_edge_mask():
    statements = pd.DataFrame(
        {
            "agent_actor_id": ["a", "a", None, "b", "a", "a"],
            "patient_actor_id": ["b", "b", "b", "a", "b", None],
            "quad_class": ["verbal conflict", None, "verbal conflict", None, "verbal conflict", None],
        }
    )
    by_edge = _statements_by_edge({"statements": statements})
    for agent, patient, kind in (("a", "b", "verbal conflict"), ("a", "b", ""), ("b", "a", ""), ("b", "b", "")):
        mask = (statements.agent_actor_id == agent) & (statements.patient_actor_id == patient)
        mask &= statements.quad_class.fillna("") == kind
        assert np.flatnonzero(mask).tolist() == list(by_edge.get((agent, patient, kind), []))
