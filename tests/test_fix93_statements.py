"""fix93 (session 63): a he / she resolved past a definite noun phrase of another person (fix90's left).

A definite noun phrase of one person that no mention links ("the pacy Dutch youngster", "the spokesman", "the man"),
a clause's subject after the antecedent's last mention in that mention's own sentence, may be what a later he / she
stands for (`roles._definite_person_after`): the one person the rules would take is not the pronoun's. A noun of a
person beside the one named (owned-person, kin and origin nouns) always blocks; a role noun (a descriptor noun, or a
person's ending with an adjective of age or nationality) only when that sentence names another person it may
describe. A description opening a later sentence, an apposition, a quoted noun, a group noun ("the couple") and a
noun whose own clause has the pronoun as object do not block.
"""

from __future__ import annotations

import pytest
from narratives_support import agents_of, rows

# 1. a definite noun phrase of another person between the one named and the pronoun (each fails on main: the person
# named was the pronoun's)


def test_a_he_after_a_described_substitute_is_not_the_manager(statements):
    found = statements(
        "Arsene Wenger brought on Quincy Owusu-Abeyie for the tired Arturo Lupoli after the break, and the quick Dutch"
        " youngster made an instant impact. He ran clear after a pass from Mathieu Flamini."
    )
    assert "disc.arsene_wenger" not in agents_of(found, "ran"), rows(found)


def test_a_he_after_an_unnamed_spokesman_speaking_is_not_the_person_quoted_of(statements):
    found = statements(
        '"He thinks that Tony Blair should not be criticised over the war," the spokesman said. He attacked the'
        " party's leaders for their silence."
    )
    assert "tony_blair" not in agents_of(found, "attacked"), rows(found)


def test_a_he_in_a_mans_clause_is_the_man(statements):
    found = statements(
        "Mr Kilroy-Silk said the man, who later disappeared, claimed he attacked the studio in the name of his faith."
    )
    assert "disc.robert_kilroy_silk" not in agents_of(found, "attacked"), rows(found)


# what stays: a description opening a later sentence (the one named), an apposition the parser may read as a subject


@pytest.mark.parametrize(
    ("body", "action", "agent"),
    [
        (
            "Shaun Maloney replaced the injured Chris Sutton at half time. The young striker fired a free kick straight"
            " into the wall but as he collected the rebound, he was tripped by Bryson.",
            "collected",
            "disc.shaun_maloney",
        ),
        (
            "Sania Mirza, the first Indian woman to win a WTA Tour title, will now face Svetlana Kuznetsova, and she"
            " beat Maria Sharapova last month.",
            "beat",
            "disc.sania_mirza",
        ),
    ],
)
def test_a_pronoun_after_a_description_of_the_one_named_stays(statements, body, action, agent):
    found = statements(body)
    assert agents_of(found, action) == [agent], rows(found)
