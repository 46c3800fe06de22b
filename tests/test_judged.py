"""Judged samples: drawing one, and scoring results against one."""

from __future__ import annotations

import json

import pytest
from narrative_pipeline.judged import (
    JudgedMention,
    default_sections,
    draw,
    names_agree,
    read_judged,
    score,
    section_of,
    short_context,
)


@pytest.mark.parametrize(
    "predicted,judged,agree",
    [
        ("Tony Wilson", "tony wilson", True),
        ("S Lamont", "Sean Lamont", True),
        ("France national team", "France national rugby union team", True),
        ("British Telecom", "BT", True),
        ("Wilson", "Tony Wilson", False),
        ("Vivendi", "Vivendi Universal", False),
        ("T Lamont", "Sean Lamont", False),
    ],
)
def test_names_agree(predicted, judged, agree):
    assert names_agree(predicted, judged) is agree


def test_section_of():
    assert section_of("news/politics/a.txt") == "politics"
    assert section_of("tech/b.txt") == "tech" and section_of("c.txt") == ""


def row(article: str, start: int, section: str, actor: str = "x") -> dict:
    return {"article_id": article, "start": start, "end": start + 3, "actor_id": actor, "section": section}


def test_draw_is_deterministic_and_caps_each_article():
    rows = [row(f"a{k % 3}", k, "tech") for k in range(30)] + [row("b", k, "sport") for k in range(5)]
    first = draw(rows, ["tech", "sport"], per_section=4, per_article=2, seed=7)
    assert first == draw(list(reversed(rows)), ["tech", "sport"], per_section=4, per_article=2, seed=7)
    tech = [r for r in first if r["section"] == "tech"]
    assert len(tech) == 4 and max(sum(r["article_id"] == a for r in tech) for a in ("a0", "a1", "a2")) <= 2
    assert len([r for r in first if r["section"] == "sport"]) == 2  # one article, capped at 2


def test_short_context_marks_the_mention():
    text = "one two three four five six seven eight nine ten eleven twelve"
    assert short_context(text, 14, 18, chars=10) == "…three [[four]] five six…"


def judged(text: str, start: int, end: int, actor: str, correct: bool, **kw) -> JudgedMention:
    return JudgedMention(section="tech", source_path="news/tech/a.txt", article_id="a", start=start, end=end,
                         text=text, actor_id=actor, actor_name=kw.pop("name", None), correct=correct, **kw)  # fmt: skip


def test_score_right_wrong_dropped():
    items = [
        judged("Apple", 0, 5, "disc.organisation.apple", True, name="Apple"),  # renamed id, same name: right
        judged("iPod", 10, 14, "disc.organisation.ipod", False, error="not-actor"),  # still linked: wrong
        judged("Sony", 20, 24, "disc.sony", True, name="Sony"),  # gone: dropped, an actor
        judged("Tetris", 30, 36, "disc.tetris", False, error="not-actor"),  # gone: dropped, fine
        judged("Mubanga", 40, 47, "disc.government.mubanga", False, error="duplicate", correct_actor="Martin Mubanga"),
    ]
    mentions = [
        {"article_id": "a", "start": 0, "end": 5, "text": "Apple", "actor_id": "disc.apple", "actor_type": "company",
         "link_method": "ner-discovered"},
        {"article_id": "a", "start": 10, "end": 14, "text": "iPod", "actor_id": "disc.ipod",
         "actor_type": "organisation", "link_method": "ner-discovered"},
        {"article_id": "a", "start": 40, "end": 47, "text": "Mubanga", "actor_id": "disc.martin_mubanga",
         "actor_type": "person", "link_method": "surname"},
    ]  # fmt: skip
    actors = [
        {"actor_id": "disc.apple", "name": "Apple", "aliases": []},
        {"actor_id": "disc.ipod", "name": "iPod", "aliases": []},
        {"actor_id": "disc.martin_mubanga", "name": "Martin Mubanga", "aliases": ["Mubanga"]},
    ]
    report = score(items, mentions, actors)
    assert [s.outcome for s in report.items] == ["right", "wrong", "dropped", "dropped", "right"]
    assert (report.total.right, report.total.wrong, report.total.dropped_actor) == (2, 1, 1)
    summary = report.summary()
    assert summary["judged_precision"] == round(2 / 3, 4)
    assert summary["judged_actor_spans_kept"] == round(2 / 3, 4)
    assert report.methods["surname"].right == 1


def test_read_judged_ignores_blank_lines_and_extra_fields(tmp_path):
    path = tmp_path / "j.jsonl"
    record = {"section": "tech", "source_path": "a", "article_id": "a", "start": 0, "end": 1, "text": "A",
              "actor_id": "x", "context": "…", "n": 3}  # fmt: skip
    path.write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    assert read_judged(path)[0].correct is None


def test_default_sections_ignore_files_outside_the_bbc_sections():
    bbc = ["business", "entertainment", "politics", "sport", "tech"]
    assert default_sections(bbc + [""]) == ["politics", "business", "tech", "entertainment", "sport"]
    assert default_sections(["tech", "", "politics"]) == ["", "politics", "tech"]
