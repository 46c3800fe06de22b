"""review31: session 30's actor rules read where they fire (actors40's `flora_name`)."""

from __future__ import annotations

import pytest


def test_a_firms_plant_at_a_named_place_stays_a_firm_where_the_page_writes_its_name_in_lower_case(own_verdicts):
    """review31 (medium): actors40's `flora_name` took a firm whose name is also a common word for a plant's name when
    the page writes that word in lower case anywhere ("the Shell plant in Stanlow" ... "the shell of the old
    building"; "the Rover plant in Longbridge" ... "Nasa's rover"): the firm lost its every mention. A plant at a
    named place is a factory (`placed_at_a_name`)."""
    text = (
        "Workers at the Shell plant in Stanlow walked out on Monday. The shell of the old building was left standing."
    )
    assert own_verdicts(text)["Shell"] != ("flora-name", None)
    text = "Thousands of jobs at the Rover plant in Longbridge are at risk. Nasa's rover landed on Mars."
    assert own_verdicts(text)["Rover"] != ("flora-name", None)


def test_a_name_that_speaks_on_the_page_is_no_plants_name(typed):
    """review31: 'Shell said' on the page: a firm, though the page writes "shell" in lower case too."""
    text = (
        "Workers at the Shell plant walked out on Monday, a union said. Shell said talks would go on. The old shell"
        " suits were burnt."
    )
    assert typed(text).get("Shell", (None,))[0] == "company"


def test_near_case_a_plant_the_page_writes_in_lower_case_is_still_no_actor(typed):
    """actors40's case stays: no place, no speech."""
    text = (
        "The Bougainvillea plant has become a very popular plant for spring and summer color. Prune your "
        "bougainvillea after it flowers, and Bougainvillea will bloom again in a few weeks."
    )
    assert "Bougainvillea" not in typed(text)


@pytest.mark.xfail(
    strict=True,
    reason="review31 (low, not fixed): link30's `peer_of` takes a peer's name and any person's name ending with the"
    " peer's surname for one person ('Lord Callaghan of Cardiff ... Jim Callaghan': right, the one BBC case); a peer"
    " and a relative with the same surname ('Lord Kinnock of Bedwellty ... Stephen Kinnock, his son') are made one,"
    " the peer linked to the son. Nothing in the names tells them apart; a guard would need the page's kinship words",
)
def test_a_peer_and_his_son_are_two_persons(linked):
    found = linked(
        "Lord Kinnock of Bedwellty attended the dinner with Stephen Kinnock, his son. Kinnock said he would win."
    )
    assert ("Kinnock of Bedwellty", "disc.stephen_kinnock") not in found
