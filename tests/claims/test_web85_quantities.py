"""web85: an item of a recipe's or a shopping list's ingredients is no claim (`units.quantity_line`): a line that opens
with a number, or with a noun of measure after a number that ends the line before, with no closing mark and no verb that
puts anything forward (m77-web: 17 such claims on 6 recipe pages and a code comment; m77-bbc none)."""

from __future__ import annotations

import pytest

PROSE = "The council met on Tuesday."


@pytest.mark.parametrize(
    "line",
    [
        "- 1 tbsp dried mixed herbs",
        "- 1 medium size onion chopped",
        "- 1/2 block of tofu, diced",
        "- 2/3 cup (160 g) creamy peanut butter (see notes)",
        "- 2 tsp Gia Garlic Puree or 4 cloves garlic blended together with below",
        "1 1/4 cups granulated sugar",
    ],
)
def test_an_ingredient_line_is_no_claim(claims_of, line):
    claims, _ = claims_of(f"{PROSE}\n\n{line}\n\n{PROSE}")
    assert [c.text for c in claims] == [PROSE, PROSE], [c.text for c in claims]


def test_a_measure_after_a_number_on_the_line_before_is_no_claim(claims_of):
    claims, _ = claims_of(f"{PROSE}\n\n1\n\njar (6 oz) maraschino cherries without stems, drained\n\n{PROSE}")
    assert [c.text for c in claims] == [PROSE, PROSE], [c.text for c in claims]


@pytest.mark.parametrize(
    "line",
    [
        # a full stop closes prose that opens with a figure
        "20 people were hurt in the blast on Tuesday.",
        # a present finite verb
        "3 cups of flour make a loaf",
        # a bare verb of its own: an instruction
        "2 Add the chopped onions and fry till light brown",
        # no number opens it
        "Add 1 tbsp of oil and fry the onions",
    ],
)
def test_a_line_that_puts_something_forward_stays_a_claim(claims_of, line):
    claims, _ = claims_of(f"{PROSE}\n\n{line}\n\n{PROSE}")
    assert len(claims) == 3, [c.text for c in claims]
