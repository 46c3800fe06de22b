"""review36: review35's shared-surname rules read on the BBC corpus and web pages (config/eval/README.md "review36")."""

from __future__ import annotations


def test_a_surname_right_after_its_own_given_name_is_that_person(linked):
    """web (Boston arraignment): "Han Lee and Junmyung Lee were arraigned" after both were named in full: the
    recogniser gave "Lee" alone for Han Lee, which review35's rule left unresolved (`disc.lee`)."""
    text = (
        "Police charged Junmyung Lee and Han Lee on Tuesday. Han Lee and Junmyung Lee were arraigned in Boston "
        "on Wednesday afternoon, according to prosecutors."
    )
    found = linked(text)
    assert ("Lee", "disc.lee") not in found, found


def test_near_case_a_given_name_no_full_name_holds_folds_onto_nobody(linked):
    """The Williams of review35's example: a given name of no one named in full ("Brent Cockbain, Peter Williams")
    leaves the surname to nobody else."""
    text = (
        "Tries from Jonathan Thomas and Martyn Williams gave the visitors the lead. Second-half efforts from "
        "Brent Cockbain, Peter Williams and Robert Sidoli sealed victory. Shane Williams was on the bench."
    )
    found = [(t, a) for t, a in linked(text) if t == "Williams"]
    assert all(a not in ("disc.martyn_williams", "disc.shane_williams") for _, a in found), found
