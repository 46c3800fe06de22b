"""Draw the claim units of the session 24 opinion training labels (`config/training/claims-units-s24.jsonl`).

Reads only the spans of a run's claims (article, start, end; no decision column), so the units can be
labelled blind to the run's labels. The pages are the thirteen opinion, analysis, essay, review and letters
pages of the saved web pages (`PAGES`) that are in none of: the opinion23 dev set, the blind web gold of
session 23, the claim hand checks web18 / web20 / web22. From each page, in sorted order, 16 claims are drawn
with `random.Random("session24-opinion").sample` from its claims sorted by (start, end) (all of them when it has
fewer), then the units are sorted by page and offset. The draw is opinion23's (`draw_claims_opinion23.draw`).

    python workflow/scripts/draw_claims_opinion24.py --results RESULTS --out units.jsonl
"""

from __future__ import annotations

from draw_claims_opinion23 import main as draw_main

SEED = "session24-opinion"
PER_PAGE = 16
PAGES = (
    "blog.wordpress.com.diverse.html",
    "boingboing.net.millenials.html",
    "deleuze.enacademic.com.micropolitics.html",
    "gregoryszorc.com.python3.html",
    "hearya.com.metal.html",
    "mercurynews.com.2023.01.16.letters-1119.html",
    "metrotimes.com-Mezcal.html",
    "pamelaandersonfoundation.org.yellow.html",
    "pcgamer.com.darkest.html",
    "stackoverflow.com.rust.html",
    "thenervousbreakdown.com.loneliest.html",
    "tonedeaf.thebrag.com.luboku.html",
    "womencantalksports.com-top10.html",
)


if __name__ == "__main__":
    draw_main(__doc__, PER_PAGE, PAGES, SEED)
