"""Charts as inline SVG, generated here (no script, no network): horizontal bars whose bars and
numbers link to the rows behind them, and a column chart for counts over time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .markup import esc


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    href: str | None = None


def _a(href: str | None, inner: str) -> str:
    return f'<a href="{esc(href)}">{inner}</a>' if href else inner


def bars(title: str, data: Sequence[Bar], width: int = 560, label_width: int = 200) -> str:
    """Horizontal bar chart; empty string when there is nothing to draw."""
    data = [d for d in data if d.value > 0]
    if not data:
        return ""
    row, top = 22, 6
    height = top + row * len(data) + 4
    peak = max(d.value for d in data)
    room = width - label_width - 70
    parts = [
        f'<svg class="chart" role="img" aria-label="{esc(title)}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg"><title>{esc(title)}</title>'
    ]
    for i, d in enumerate(data):
        y = top + i * row
        w = max(1.0, room * d.value / peak)
        label = d.label if len(d.label) <= 32 else d.label[:31] + "…"
        parts.append(
            _a(
                d.href,
                f'<text x="{label_width - 6}" y="{y + 14}" text-anchor="end" class="lbl">{esc(label)}</text>'
                f'<rect x="{label_width}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" class="bar">'
                f"<title>{esc(d.label)}: {d.value:,}</title></rect>"
                f'<text x="{label_width + w + 4:.1f}" y="{y + 14}" class="val">{d.value:,}</text>',
            )
        )
    parts.append("</svg>")
    return "".join(parts)


def columns(title: str, data: Sequence[Bar], height: int = 180) -> str:
    """Column chart (e.g. articles per month) with the label under each column."""
    data = list(data)
    if not data or not any(d.value for d in data):
        return ""
    col = max(14, min(48, 900 // len(data)))
    width = col * len(data) + 20
    peak = max(d.value for d in data)
    base = height - 40
    parts = [
        f'<svg class="chart" role="img" aria-label="{esc(title)}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg"><title>{esc(title)}</title>'
    ]
    for i, d in enumerate(data):
        x = 10 + i * col
        h = (base - 16) * d.value / peak
        parts.append(
            _a(
                d.href,
                f'<rect x="{x + 2}" y="{base - h:.1f}" width="{col - 4}" height="{h:.1f}" class="bar">'
                f"<title>{esc(d.label)}: {d.value:,}</title></rect>",
            )
        )
        if len(data) <= 36 or i % max(1, len(data) // 24) == 0:
            parts.append(
                f'<text x="{x + col / 2:.1f}" y="{base + 12}" class="tick" text-anchor="end" '
                f'transform="rotate(-45 {x + col / 2:.1f} {base + 12})">{esc(d.label)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)
