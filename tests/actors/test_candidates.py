"""Registry candidates (names, acronyms, demonyms, metonyms) and which overlapping one wins."""

from __future__ import annotations

from narrative_pipeline.actors.candidates import Candidate, LinkPriority, select, strip_titles
from trees import words


def test_alias_and_acronym(mentions):
    got = mentions("The Government of National Accord (GNA) rejected the offer from NATO.")
    assert ("Government of National Accord", "gna", "alias") in got
    assert ("GNA", "gna", "acronym") in got
    assert ("NATO", "nato", "acronym") in got


def test_acronyms_are_case_aware(mentions):
    assert not any(a == "un" for _, a, _ in mentions("The un-named official left early."))


def test_accent_folded_alias(linked):
    assert ("Erdogan", "recep_tayyip_erdogan") in linked("President Erdogan warned his rivals.")


def test_demonym_carries_agency(mentions):
    got = mentions("Emirati drones bombed the airport and Turkish-backed forces advanced.")
    assert ("Emirati", "state_are", "demonym") in got
    assert ("Turkish", "state_tur", "demonym") in got


def test_metonym_acting_is_linked(mentions):
    got = mentions("The Kremlin denied the report, and Ankara summoned the ambassador.")
    assert ("Kremlin", "state_rus", "metonym") in got
    assert ("Ankara", "state_tur", "metonym") in got


def test_possessive_names_two_actors(linked):
    got = linked("The rebels are supported by Putin's Russia.")
    assert ("Putin", "vladimir_putin") in got and ("Russia", "state_rus") in got


def test_title_kept_out_of_span(linked):
    assert ("Abbas", "mahmoud_abbas") in linked("Mr Abbas met the envoy on Sunday.")


def test_strip_titles_determiners_alignment_and_post_nominals(lex):
    assert [t.text for t in strip_titles(words("the Mr Jack Straw 's"), lex)] == ["Jack", "Straw"]
    assert [t.text for t in strip_titles(words("pro - Haftar"), lex)] == ["Haftar"]
    assert [t.text for t in strip_titles(words("Cherie Booth QC"), lex)] == ["Cherie", "Booth"]


def candidate(start: int, end: int, priority: LinkPriority, actor: str) -> Candidate:
    return Candidate(start, end, start, end + 1, actor, "person", "alias", priority)


def test_priorities_are_ordered():
    order = [
        LinkPriority.REGISTRY_NAME,
        LinkPriority.REGISTRY_FORM,
        LinkPriority.FUZZY,
        LinkPriority.DESCRIPTOR,
        LinkPriority.DISCOVERED,
    ]
    assert order == sorted(LinkPriority, reverse=True)


def test_select_keeps_higher_priority_then_longer_spans():
    name = candidate(0, 0, LinkPriority.REGISTRY_NAME, "a")
    longer = candidate(0, 1, LinkPriority.DISCOVERED, "b")
    other = candidate(1, 2, LinkPriority.DESCRIPTOR, "c")
    assert [c.actor_id for c in select([longer, name, other])] == ["a", "c"]
    assert [c.actor_id for c in select([longer, candidate(1, 1, LinkPriority.DISCOVERED, "d")])] == ["b"]
