"""The static HTML report of a results folder (`results/report/`): an overview, a page per article and
per actor, the actor network, and row listings behind every number. Opens from `file://` with no
server and no network: every style, script and chart is inside the folder (charts are inline SVG)."""

from .build import build

__all__ = ["build"]
