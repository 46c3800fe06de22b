"""The archived text with spans highlighted at their exact offsets, overlapping spans included.

The text is cut at every span boundary; each piece covered by at least one span becomes one
`<span class="seg">` whose `data-c` / `data-m` attributes list the claims and mentions covering it.
A claim's highlighted text is then the concatenation of the pieces that name it, which equals
`text[start:end]`; nothing is nested, so partial overlaps need no special case.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .markup import esc, esc_text


@dataclass(frozen=True)
class Mark:
    kind: str  # "c" (claim) or "m" (mention)
    ident: str
    start: int
    end: int


def segments(n: int, marks: Iterable[Mark]) -> list[tuple[int, int, tuple[Mark, ...]]]:
    """(start, end, covering marks) for consecutive pieces of a text of length n."""
    spans = [m for m in marks if 0 <= m.start < m.end <= n]
    cuts = sorted({0, n, *(m.start for m in spans), *(m.end for m in spans)})
    starts: dict[int, list[Mark]] = {}
    ends: dict[int, list[Mark]] = {}
    for m in spans:
        starts.setdefault(m.start, []).append(m)
        ends.setdefault(m.end, []).append(m)
    active: dict[tuple[str, str], Mark] = {}
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        for m in ends.get(a, ()):
            active.pop((m.kind, m.ident), None)
        for m in starts.get(a, ()):
            active[(m.kind, m.ident)] = m
        out.append((a, b, tuple(sorted(active.values(), key=lambda m: (m.kind, m.start, m.ident)))))
    return out


def highlighted(text: str, marks: Iterable[Mark]) -> str:
    """HTML of the whole text with the marks highlighted (escaped; CR kept)."""
    parts = []
    for a, b, cover in segments(len(text), marks):
        piece = esc_text(text[a:b])
        if not cover:
            parts.append(piece)
            continue
        claims = " ".join(m.ident for m in cover if m.kind == "c")
        mentions = " ".join(m.ident for m in cover if m.kind == "m")
        cls = "seg" + (" c" if claims else "") + (" m" if mentions else "")
        if sum(1 for m in cover if m.kind == "c") > 1:
            cls += " cc"
        attrs = (f' data-c="{esc(claims)}"' if claims else "") + (f' data-m="{esc(mentions)}"' if mentions else "")
        parts.append(f'<span class="{cls}" data-at="{a}"{attrs}>{piece}</span>')
    return '<div class="text" id="text">' + "".join(parts) + "</div>"
