"""review52 (issue 12): claims65's quote blocks (`discourse.quote_label`) read beyond their tests. A list item whose
"quotation" after a person's name opens in small letters is a word quoted in the item's own sentence, no quote block:
'- Blair "lied" over Iraq war' kept its subject and was given to Blair as his words. The quote blocks of the corpora
(9 BBC sentences) all open their quotations with a capital and keep their speaker. Made-up text in the shape of the
BBC's list items."""

from __future__ import annotations

import pytest


def _claim(claims, words: str):
    (claim,) = [c for c in claims if words in c.text]
    return claim


@pytest.mark.parametrize(
    "body",
    [
        'The row over the war grew.\n\n- Blair "lied" over Iraq war.',
        'The row over the budget grew.\n\n- Kennedy "ready" to back the budget.',
    ],
    ids=["lied", "ready"],
)
def test_a_word_quoted_in_a_list_items_sentence_makes_no_quote_block(claims_of, body):
    claims, _ = claims_of(body)
    claim = _claim(claims, "over Iraq war" if "Iraq" in body else "back the budget")
    assert claim.text.lstrip("- ").startswith(("Blair", "Kennedy")), claim.text
    assert claim.claimer_rule != "quote-continuation", (claim.claimer_kind, claim.claimer_text)


def test_a_quote_block_that_opens_with_a_capital_keeps_its_speaker(claims_of):
    claims, _ = claims_of(
        'Chelsea won 2-0 at home.\n\n- Chelsea boss Jose Mourinho: "We were the better side and we deserved it."'
    )
    claim = _claim(claims, "better side")
    assert claim.claimer_kind == "actor" and "Mourinho" in claim.claimer_text, claim.claimer_text
    assert "boss" not in claim.text


@pytest.mark.xfail(
    strict=True,
    reason="review52: with no colon the parser may split the label off into a sentence of its own ('- Chelsea boss "
    "Jose Mourinho' / '\"We were the better side.\"'); quote_label reads one sentence and the label alone needs its "
    "colon, so the quotation is the author's (the corpora's two colon-less blocks were not split: 0 rows)",
)
def test_a_colonless_label_the_parser_splits_off_names_the_speaker(claims_of):
    claims, _ = claims_of('- Chelsea boss Jose Mourinho "We were the better side." ')
    claim = _claim(claims, "better side")
    assert claim.claimer_kind == "actor" and "Mourinho" in claim.claimer_text, claim.claimer_text
