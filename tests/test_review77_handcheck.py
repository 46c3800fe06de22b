"""review77: the session 64 blind BBC check is what its draw says. Claims (`config/eval/claims-handcheck-review77.jsonl`,
30 units): the labels are the drawn units, one an article, by the draw's section quotas (business 10, entertainment 9,
sport 11: no tech article is left); no article is one another eval, test or spec file names (review76's check
included), nor one of review72's or review73's statement rows; no unit overlaps a span another claim label set labels
(config/training/pending's and review76's too); every label is one the annotation allows. Actors
(`actors-handcheck-review77.jsonl`, 4 whole articles labelled blind): `kind: gold` rows whose spans are their text in
the archived article, one article a section (business two: politics has none left; tech none), none named by another
file nor a claim unit's or statement row's article. The earlier BBC draws (review76's too) leave the three files out
(so each still gives its own units), and the draw, run again on main dfbe235b's BBC run (m76-bbc), gives the units and
the articles."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1] / "config" / "eval"
ROOT = EVAL.parents[1]
sys.path.insert(0, str(ROOT / "workflow" / "scripts"))

import draw_actors_handcheck_actors90 as actors90  # noqa: E402
import draw_actors_handcheck_bbc55 as bbc55  # noqa: E402
import draw_claims_handcheck_b81 as b81  # noqa: E402
import draw_claims_handcheck_s46 as s46  # noqa: E402
import draw_handcheck_review70 as review70  # noqa: E402
import draw_handcheck_review72 as review72  # noqa: E402
import draw_handcheck_review73 as review73  # noqa: E402
import draw_handcheck_review74 as review74  # noqa: E402
import draw_handcheck_review75 as review75  # noqa: E402
import draw_handcheck_review76 as review76  # noqa: E402
import draw_handcheck_review77 as review77  # noqa: E402
from gold_support import SPAN_LEVEL_CHECKS  # noqa: E402
from gold_support import jsonl_rows as _rows  # noqa: E402
from later_checks import REVIEW77, SINCE_SESSION_57, reviews_from  # noqa: E402

M76_BBC = Path("/work/runs/m76-bbc/results")
CORPUS = Path("/work/shared/corpora/bbc-news")
CLAIMS = EVAL / "claims-handcheck-review77.jsonl"
UNITS = EVAL / "claims-handcheck-review77-units.jsonl"
ACTORS = EVAL / "actors-handcheck-review77.jsonl"
TYPES = {"state", "government", "armed_group", "organisation", "party", "person", "media", "company", "group"}


def test_the_labels_are_the_drawn_units_one_an_article_by_the_quotas():
    units, labels = _rows(UNITS), _rows(CLAIMS)
    assert [(u["article"], u["start"], u["end"], u["text"]) for u in units] == [
        (r["article"], r["start"], r["end"], r["text"]) for r in labels
    ]
    assert max(Counter(r["article"] for r in labels).values()) == review77.PER_ARTICLE == 1
    assert Counter(r["article"].split("/")[1] for r in labels) == {s: q for s, q in review77.QUOTAS if q}
    texts = {a: (CORPUS / a).read_text(encoding="utf-8") for a in {r["article"] for r in labels}}
    assert all(texts[r["article"]][r["start"] : r["end"]] == r["text"] for r in labels)


def test_no_article_is_named_by_another_file_nor_is_a_statement_rows():
    named = bbc55.named_articles(later=review77.LATER)
    assert named and review77.STATEMENT_ARTICLES == review74.STATEMENT_ARTICLES
    assert review77.STATEMENT_ARTICLES >= review73.REVIEW72_STATEMENT_ARTICLES | review74.REVIEW73_STATEMENT_ARTICLES
    review76_files = {"claims-handcheck-review76.jsonl", "actors-handcheck-review76.jsonl"}
    assert not review76_files & review77.LATER
    assert {r["source_path"] for r in _rows(EVAL / "actors-handcheck-review76.jsonl")} <= named
    assert {r["article"] for r in _rows(EVAL / "claims-handcheck-review76.jsonl")} <= named
    pages = {r["source_path"] for r in _rows(ACTORS)}
    claimed = {r["article"] for r in _rows(CLAIMS)}
    assert not pages & claimed
    for article in claimed | pages:
        assert article not in named | review77.STATEMENT_ARTICLES, article


def test_no_unit_overlaps_a_span_another_label_set_labels_pending_ones_too():
    spans = review77.labelled_spans()
    waiting = [r for p in sorted(review72.PENDING.glob("claims-labels-*.jsonl")) for r in _rows(p)]
    assert waiting and all((r["start"], r["end"]) in spans[r["article"]] for r in waiting)
    assert all(review73.WHOLE in spans[a] for a in review77.STATEMENT_ARTICLES)
    assert all((r["start"], r["end"]) in spans[r["article"]] for r in _rows(EVAL / "claims-handcheck-review76.jsonl"))
    for r in _rows(CLAIMS):
        assert not any(r["start"] < b and a < r["end"] for a, b in spans.get(r["article"], [])), r["article"]


def test_every_claim_label_is_one_the_guide_allows():
    allowed = {"author": {"asserted", "hedged"}, "actor": {"reported", "hedged"}, "unnamed": {"reported", "hedged"}}
    for r in _rows(CLAIMS):
        assert isinstance(r["span_ok"], bool) and isinstance(r["close"], bool) and r["why"]
        assert r["claim_type"] in {"event", "assessment", "prediction", "prescription"}
        assert r["certainty"] in allowed[r["claimer_kind"]]
        assert (r["claimer_text"] is not None) == (r["claimer_kind"] == "actor")


def test_the_actor_rows_are_whole_article_labels_of_four_articles():
    rows = _rows(ACTORS)
    assert [r["n"] for r in rows] == list(range(len(rows)))
    assert all(r["kind"] == "gold" and r["page_decision"] == "news" and r["why"] for r in rows)
    assert all(r["correct_actor"] and r["correct_type"] in TYPES and isinstance(r["debatable"], bool) for r in rows)
    pages = {r["source_path"]: r["section"] for r in rows}
    # tech, the last section, has no article left, so the draw's 5 are 4
    assert len(pages) == review77.ARTICLES - 1 and Counter(pages.values()) == {
        "business": 2, "entertainment": 1, "sport": 1
    }  # fmt: skip
    texts = {p: (CORPUS / p).read_text(encoding="utf-8") for p in pages}
    for r in rows:
        assert texts[r["source_path"]][r["start"] : r["end"]] == r["text"], r["n"]
    assert len({(r["source_path"], r["start"]) for r in rows}) == len(rows)


def test_the_earlier_draws_and_the_span_level_list_leave_this_check_out():
    mine = review77.LATER
    assert REVIEW77 <= mine == reviews_from(77) <= SINCE_SESSION_57 <= bbc55.CHECKS_SINCE_SESSION_46
    for later in (
        s46.LATER,
        b81.LATER,
        review70.LATER,
        review72.LATER,
        review73.LATER,
        review74.LATER,
        review75.LATER,
        review76.LATER,
        actors90.LATER,
    ):
        assert later >= mine
    assert {Path(n).stem for n in mine if n.startswith("claims-handcheck-")} <= SPAN_LEVEL_CHECKS


@pytest.mark.slow
@pytest.mark.skipif(not M76_BBC.is_dir(), reason="main dfbe235b's BBC run (m76-bbc) is not on this machine")
def test_the_draw_gives_the_units_and_the_articles():
    assert review77.claims(M76_BBC) == _rows(UNITS)
    drawn = review77.articles(M76_BBC)
    assert {a["article"] for a in drawn} == {r["source_path"] for r in _rows(ACTORS)}
