"""review29: a fresh review of session 28's actor rules (actors38, review28). Left as strict xfails."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors.references import reference_authors


@pytest.mark.xfail(
    strict=True,
    reason="review29: review28's `_WORK_AFTER_YEAR` wants a full stop, comma or colon after the year, so a Harvard "
    "entry ('Smith, John (2017) The history of things. London: Penguin.', the style UK universities teach) is no longer "
    "a reference list and its author is left to spaCy; actors37 found it. None in the BBC or web corpora (the web's 10 "
    "surname-first lists all have the mark), so nothing measured changes; a bracketed year before a capitalised title "
    "would take it back while 'Washington, D.C. (2019) was the venue' stays out",
)
def test_a_harvard_entry_is_a_reference(lex):
    text = "References\n\n- Smith, John (2017) The history of things. London: Penguin.\n"
    assert [a.name for a in reference_authors(text, lex.name_particles)] == ["John Smith"]


def test_near_cases_of_a_harvard_entry_stay_as_they_are(lex):
    """What review28 keeps out and in (these must not change with a fix of the xfail above)."""
    prose = "Washington, D.C. (2019) was the venue of the summit.\nLondon, May 2019 - The talks resumed.\n"
    assert reference_authors(prose, lex.name_particles) == []
    apa = "- Smith, John; Jones, Kate (2017). The history of things\n"
    assert [a.name for a in reference_authors(apa, lex.name_particles)] == ["John Smith", "Kate Jones"]


# Fixed (review29): actors38's `used_thing` dropped a person named by surname alone whom someone put to a use ("Mourinho
# used Drogba as a lone striker", "Putin used Kadyrov to pacify Chechnya"): a named person is an actor (ANNOTATION),
# and nothing but a full name elsewhere in the article kept one. None in the BBC or web runs (their used names are a
# tool, a service or a product, each used by no one named).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mourinho used Drogba as a lone striker against Barcelona.", "Drogba"),
        ("Putin used Kadyrov to pacify Chechnya.", "Kadyrov"),
        ("The manager will use Rooney on the wing.", "Rooney"),
        ("Ferguson used Rooney and Ronaldo on the wings.", "Ronaldo"),
    ],
)
def test_a_person_someone_puts_to_a_use_stays(mentions, text, name):
    assert name in {t for t, _, _ in mentions(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Unless you have specific needs for Alpine, using Alpine is slow.", "Alpine"),  # no one named uses it
        ('He described blindness as "an inconvenience". Using Braille for speeches, he rose fast.', "Braille"),
        ("ParaRallying uses a Vauxhall Astra GSI with an automatic gearbox.", "GSI"),  # not labelled a person
        ("About half of those phones use GPRS.", "GPRS"),
    ],
)
def test_near_case_a_thing_used_is_still_no_actor(mentions, text, name):
    assert name not in {t for t, _, _ in mentions(text)}
