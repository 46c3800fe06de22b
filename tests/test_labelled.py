"""Scoring a whole-page actors check labelled blind (`narrative_pipeline.labelled`, actors85's web85)."""

from __future__ import annotations

from narrative_pipeline.labelled import LabelledMention, referent_names, score_labelled


def row(start, end, text, actor, debatable=False, registry=True, kind="person"):
    return LabelledMention(
        source_path="p.html", article_id="a", start=start, end=end, text=text, correct_actor=actor,
        correct_type=kind, debatable=debatable, registry=registry,
    )  # fmt: skip


def mention(start, end, text, actor_id, actor_type="person"):
    return {"article_id": "a", "start": start, "end": end, "text": text, "actor_id": actor_id,
            "actor_type": actor_type, "link_method": "alias"}  # fmt: skip


ACTORS = {
    "joe_biden": {"name": "Joe Biden", "aliases": ["Biden"]},
    "state_gbr": {"name": "United Kingdom", "aliases": ["UK"]},
    "disc.health_ministry": {"name": "Health Ministry", "aliases": []},
    "disc.other": {"name": "Someone Else", "aliases": []},
}


def test_a_right_link_a_wrong_one_a_miss_and_a_false_mention():
    rows = [row(0, 9, "Joe Biden", "Joe Biden"), row(20, 22, "UK", "United Kingdom", kind="state"),
            row(30, 35, "Biden", "Joe Biden")]  # fmt: skip
    found = [mention(0, 9, "Joe Biden", "joe_biden"), mention(20, 22, "UK", "disc.other"),
             mention(50, 55, "Paris", "disc.other")]  # fmt: skip
    report = score_labelled(rows, found, ACTORS)
    t = report.total()
    assert (t.mentions.tp, t.mentions.fp, t.mentions.fn) == (1, 2, 2)
    assert (t.found, t.right, t.type_right) == (2, 1, 1)
    assert [o.right for o in report.outcomes] == [True, False, False]


def test_a_close_call_is_neither_right_nor_wrong():
    rows = [row(0, 2, "UK", "United Kingdom", debatable=True), row(10, 20, "university", None, debatable=True)]
    found = [mention(0, 2, "UK", "state_gbr"), mention(10, 20, "university", "disc.other")]
    t = score_labelled(rows, found, ACTORS).total()
    assert (t.mentions.tp, t.mentions.fp, t.mentions.fn) == (0, 0, 0)


def test_an_unlinked_actor_named_as_the_page_names_it_is_right():
    """A referent the registry lacks ("Gaza Health Ministry") is right under any name the page gives it; one the
    registry holds only under its own names."""
    rows = [row(0, 15, "Health Ministry", "Gaza Health Ministry", registry=False, kind="government")]
    found = [mention(0, 15, "Health Ministry", "disc.health_ministry", "government")]
    assert score_labelled(rows, found, ACTORS).total().mentions.tp == 1
    registered = [row(0, 15, "Health Ministry", "Gaza Health Ministry", registry=True, kind="government")]
    assert score_labelled(registered, found, ACTORS).total().mentions.tp == 0
    assert referent_names(rows) == {"Gaza Health Ministry": {"Gaza Health Ministry", "Health Ministry"}}


def test_a_registry_actor_is_never_a_referent_the_registry_lacks():
    """ "his Wales side" labelled the Wales national team (no registry entry): the page's word "Wales" names it, but the
    run's registry state Wales is another referent (review76's finding 12, actors95); a discovered team is right."""
    actors = {
        "wales": {"name": "Wales", "aliases": [], "source": "registry"},
        "disc.wales_national_team": {"name": "Wales national team", "aliases": [], "source": "discovered"},
    }
    rows = [row(4, 9, "Wales", "Wales national team", registry=False, kind="organisation")]
    state = [mention(4, 9, "Wales", "wales", "state")]
    assert score_labelled(rows, state, actors).total().mentions.tp == 0
    team = [mention(4, 9, "Wales", "disc.wales_national_team", "organisation")]
    assert score_labelled(rows, team, actors).total().mentions.tp == 1
    actors["wales_national_team"] = {"name": "Wales national team", "aliases": [], "source": "registry"}
    registered = [mention(4, 9, "Wales", "wales_national_team", "organisation")]
    assert score_labelled(rows, registered, actors).total().mentions.tp == 1  # the row's registry flag out of date
