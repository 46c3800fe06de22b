"""fix80 (session 59): report75's left conjunct label "Labour's record and party leader".

A label whose words before its conjunction end in a common noun a possessive owns, and that names no person's trade,
is two things: the text after the conjunction is the label (`framing._owned_thing`). A shared premodifier stays whole.
"""

from __future__ import annotations

from narratives_support import framing_of


def labels(parse, registry, body: str, actor: str) -> list[str]:
    return [f.label for f in framing_of(parse, registry, body) if f.actor_id == actor]


def test_an_owned_thing_before_the_conjunction_is_no_part_of_the_label(parse, registry):
    body = "Mr Blair attacked Labour's record and party leader Michael Howard."
    assert labels(parse, registry, body, "michael_howard") == ["party leader"]  # fails on main


def test_an_owned_premodifier_the_conjuncts_share_stays_whole(parse, registry):
    body = "He met Bioware's audio and external resources producer Shauna Perry."
    assert labels(parse, registry, body, "disc.shauna_perry") == ["Bioware's audio and external resources producer"]


def test_a_shared_name_premodifier_stays_whole(parse, registry):
    body = "Former Spurs and England defender Gary Stevens was there."
    assert labels(parse, registry, body, "disc.gary_stevens") == ["Former Spurs and England defender"]
