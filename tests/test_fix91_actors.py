"""fix91 (session 62): review75's actor findings.

Finding 10: a person's noun in small letters right before a discovered name of two words types it a person whatever
the parse makes of the noun ("former England full-back Dusty Hare": the parser splits "full-back" in three; "Former
double world champion Kelli White and Olympic relay star Alvin Harrison": "champion" hangs over the coordination), so
its surname mentions fold ("Hare told ...").
"""

from __future__ import annotations

import pytest
from test_classify import article_of, lex  # noqa: F401  (fixtures)


def _mentions(article_of, body: str) -> list[tuple[str, str | None, str | None]]:  # noqa: F811
    _, mentions, _, _ = article_of(body)
    return [(m.text, m.actor_id, m.actor_type) for m in mentions]


@pytest.mark.parametrize(
    ("body", "name", "surname"),
    [
        (
            "Meanwhile, former England full-back Dusty Hare put England's mistakes down to a lack of mental toughness. "
            "Hare told the BBC it was a worry.",
            "Dusty Hare",
            "Hare",
        ),
        (
            "Former double world champion Kelli White and Olympic relay star Alvin Harrison have both been banned on the"
            " basis of materials discovered during the Balco investigation. White admitted using drugs.",
            "Kelli White",
            "White",
        ),
    ],
)
def test_a_persons_noun_right_before_a_two_word_name_types_it_a_person(article_of, body, name, surname):  # noqa: F811
    rows = _mentions(article_of, body)
    (full,) = [r for r in rows if r[0] == name]
    assert full[2] == "person"
    assert (surname, full[1], "person") in rows


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Shares in the technology analysts Merrill Lynch fell on Monday.", "Merrill Lynch"),
        ("The mobile phone operator Deutsche Telekom said profits rose.", "Deutsche Telekom"),
        (
            'Q magazine reviews editor Ted Kessler said they were "pretty-boy New York clothes horses" with an ear for '
            "pop.",
            "New York",
        ),
    ],
)
def test_no_person_without_a_persons_noun_right_before(article_of, body, name):  # noqa: F811
    rows = _mentions(article_of, body)
    assert all(r[2] != "person" for r in rows if r[0] == name)


# Finding 11: a capital's name in apposition to the place noun of a locative phrase is that place, whatever the parse
# makes of it ("in the capital, Kampala, next year": the parser hangs the name on the verb); finding 12: a name given
# by a participle of naming to a noun of a thing ("standards called IFRS") names the thing.
@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Uganda's government said the centre is due to open in the capital, Kampala, next year.", "Kampala"),
        (
            "Shares in the bank rose 3% on the stock market as profits grew. European firms must adopt new accounting "
            "standards called IFRS by 2005, the company said.",
            "IFRS",
        ),
    ],
)
def test_a_place_or_a_thing_in_a_naming_phrase_is_no_actor(article_of, body, name):  # noqa: F811
    assert all(r[0] != name for r in _mentions(article_of, body))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The delegation arrived on Monday. Prague said it welcomed the talks in the capital.", "Prague"),
        (
            "Shares in the bank rose 3% on the stock market as profits grew. The bank set up a company called Zentrix "
            "Holdings last year to sell shares.",
            "Zentrix Holdings",
        ),
        ("Uganda's government said the centre is due to open in the capital, Kampala, next year.", "Uganda"),
    ],
)
def test_an_actor_named_so_stays(article_of, body, name):  # noqa: F811
    assert any(r[0] == name and r[1] is not None for r in _mentions(article_of, body))
