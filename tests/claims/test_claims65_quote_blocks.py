"""claims65 (issue 12, claims.rules.v93): a match report's quote block, a list item that opens with a label naming its
speaker ('- Bolton boss Sam Allardyce "I am bitterly disappointed ...', '- Manchester City boss Kevin Keegan: "We had
a great chance ..."'), gives the quotation to the labelled person, actor and reported; the label alone is no claim
(`discourse.quote_label`; sp48's blind sport check: main gave such quotes the author, an "I", or the speaker quoted
before the block). Made-up text in the shape of the BBC sport section's match reports."""

from __future__ import annotations

REPORT = (
    "Dyer smashed home the winner to end the visitors' run. Smith said the result was deserved.\n\n"
    '- Bolton boss Sam Allardyce "I am bitterly disappointed with the result. '
    '"We allowed them to heap too much pressure on us, and in the end we cracked." \n'
    ' - Newcastle boss Graeme Souness "We deserved the win. We had a really good second half. '
    '"Bolton are a difficult side to play."\n\n'
    "The two sides meet again in April."
)

COLON = (
    "Giggs hit the post late on. Rooney said he was pleased.\n\n"
    '- Manchester City boss Kevin Keegan: "We had a great chance to take the lead. '
    '"We started off with a good tempo but then we allowed them to dictate the pace." \n'
    ' - Manchester United boss Sir Alex Ferguson: "It was not our best performance of the season. '
    'I think we are deserved winners."'
)


def _claim(claims, words: str):
    (claim,) = [c for c in claims if words in c.text]
    return claim


def test_a_quote_block_is_its_labelled_speakers(claims_of):
    claims, _ = claims_of(REPORT)
    for words, who in (
        ("bitterly disappointed", "Sam Allardyce"),
        ("heap too much pressure", "Sam Allardyce"),
        ("We deserved the win", "Graeme Souness"),
        ("really good second half", "Graeme Souness"),
        ("difficult side to play", "Graeme Souness"),
    ):
        claim = _claim(claims, words)
        assert (claim.claimer_kind, claim.certainty) == ("actor", "reported"), words
        assert who in claim.claimer_text, (words, claim.claimer_text)


def test_a_label_with_a_colon_names_the_speaker_not_the_last_one_quoted(claims_of):
    claims, _ = claims_of(COLON)
    for words, who in (
        ("great chance", "Kevin Keegan"),
        ("good tempo", "Kevin Keegan"),
        ("best performance", "Alex Ferguson"),
        ("deserved winners", "Alex Ferguson"),
    ):
        claim = _claim(claims, words)
        assert claim.claimer_kind == "actor" and who in claim.claimer_text, (words, claim.claimer_text)


def test_the_label_is_no_claim_and_is_left_out_of_the_span(claims_of):
    claims, _ = claims_of(COLON + "\n\n" + REPORT)
    assert not any(c.text.rstrip(":").endswith(("Kevin Keegan", "Sir Alex Ferguson")) for c in claims)
    assert not any("boss" in c.text for c in claims), [c.text for c in claims if "boss" in c.text]


def test_the_page_goes_on_in_its_own_voice_after_the_block(claims_of):
    claims, _ = claims_of(REPORT)
    assert _claim(claims, "meet again in April").claimer_kind == "author"
    assert _claim(claims, "winner to end").claimer_kind == "author"


def test_a_list_item_that_is_no_quote_block_is_left_alone(claims_of):
    """A list of the author's points, one opening with a name and a colon but no quotation ('- Michael Howard: the
    Tory leader will ...'), and a list item whose words before its quotation hold a verb, keep main's decisions."""
    claims, _ = claims_of(
        "The campaign has three faces.\n\n"
        "- Michael Howard: The Tory leader will tour the marginal seats next week.\n\n"
        '- Martin Allen\'s side came back from two goals down to earn a "deserved" replay.'
    )
    assert _claim(claims, "tour the marginal seats").claimer_kind == "author"
    assert _claim(claims, "came back from two goals").claimer_kind == "author"
