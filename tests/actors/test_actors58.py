"""actors58 (issue 12, actors on any news): a sport report's team sheet lists players, whatever spaCy labels their
surnames ("Worsley, O'Connor, Dallaglio (capt)" an organisation), and none of them is a politician of the registry
("Brown, Powell" of a rugby pack; "A Brown" of a squad fuzzy-matched to Gordon Brown). Each text through the real
parse (`typed`, `mentions` of tests/actors/conftest.py); the sheets are the BBC corpus's own."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors.lineups import read_sheet, team_sheets

REPORT = (
    "Wasps slipped to a 37-31 defeat by Leicester at Adams Park, where Lawrence Dallaglio led the side and Joe "
    "Worsley scored a try in the first half of the match.\n\n"
)
PACK = (
    "Van Gisbergen; Lewsey, Erinle, Abbott, Voyce; King, Dawson; Dowd, Greening, Green; Shaw, Birkett; Worsley, "
    "O'Connor, Dallaglio (capt)."
)
PREVIEW = (
    "Worcester v Sale (Fri)\n\nSixways\n\nFriday, 25 February\n\n"
    "Delport; Pieters, Rasmussen, Lombard, O'Leary; Brown, Powell; Windo, Van Niekerk, Horsman; Collier, Gillies; "
    "Hickey, Sanderson, MacLeod- Henderson.\n\nReplacements: Fortey, Murphy, Daly, Vaili, Cole, Hayes, Trueman."
)


def test_a_team_sheets_surnames_are_players(typed):
    """spaCy labels Worsley, O'Connor, Greening and Shaw organisations here: each a player (`line-up`)."""
    found = typed(REPORT + PACK)
    for name in ("O'Connor", "Greening", "Shaw"):
        assert found[name] == ("person", "line-up")
    assert found["Worsley"][0] == "person"  # folded onto Joe Worsley, named in full above


def test_a_sheets_surname_is_no_registry_politician(mentions):
    """'Brown, Powell' of Sale's pack: players, not Gordon Brown and Colin Powell (the article is a preview with too
    few sport words to count as sport; its "Replacements:" line shows the sheets list persons)."""
    found = {(t, a) for t, a, _ in mentions(PREVIEW)}
    ids = {a for _, a in found}
    assert not {"gordon_brown", "colin_powell"} & ids
    assert ("Brown", "disc.brown") in found
    assert ("Pieters", "disc.pieters") in found


def test_a_substitute_is_not_fuzzy_matched_to_a_politician(mentions):
    """'Subs Not Used: Orr, Brown.' (bristol-city-2-1-milton-keynes): the fuzzy match made Brown Gordon Brown."""
    text = (
        "Leroy Lita took his goal tally to 13 for the season as his double earned City an LDV Vans Trophy win over "
        "MK Dons in the second half of the match.\n\n"
        "Phillips, Amankwaah, Coles, Hill, Fortune, Murray (Anyinsah 59), Doherty (Harley 45), Dinning, Bell, Lita "
        "(Cotterill 72), Gillespie.\n\nSubs Not Used: Orr, Brown."
    )
    assert "gordon_brown" not in {a for _, a, _ in mentions(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a draw's seeds: countries, no player
        "England were drawn in the sevens group with these sides.\n\nEngland (2), Samoa (7), France, Italy, Georgia, "
        "Chinese Taipei.",
        # clubs in a sport article
        "The clubs to have reached the last eight of the Champions League were these.\n\nAC Milan, Bayer Leverkusen, "
        "Internazionale, Juventus, Lyon.",
        # a list in prose
        "Switzerland, Ireland, France and Israel are all now tied on five points from three matches in the group.",
    ],
)
def test_lists_that_are_no_team_sheet(typed, text):
    assert not any(rule == "line-up" for _, rule in typed(text).values())


def test_firms_in_business_news_are_no_team_sheet(typed):
    text = (
        "Symbian's Series 60 software is licenced by Nokia, LG Electronics, Lenovo, Panasonic, Samsung, Sendo and "
        "Siemens."
    )
    assert not any(rule == "line-up" for _, rule in typed(text).values())


def test_read_sheet_finds_names_brackets_and_labels(parse, lex):
    art = parse("Headline\n\nMan City: James, Mills (Bradley Wright-Phillips 83), Dunne, Distin, Barton (Macken 68).")
    sent = art.sents[1].tokens
    read = read_sheet(sent, lex.name_particles)
    assert read is not None and read.strong is not None
    names = {" ".join(t.text for t in sent if a <= t.i <= b) for a, b in read.names}
    assert {"James", "Mills", "Bradley Wright - Phillips", "Macken", "Barton"} <= names
    assert "Man City" not in names


def test_a_sheet_with_nothing_of_persons_is_none_outside_sport(parse, lex):
    """Four one-word names and nothing else that says they are persons, in an article about no sport: no sheet."""
    art = parse("Headline\n\nNokia, Lenovo, Panasonic, Siemens.")
    toks = {t.i: t for t in art.tokens}
    sents = [s.tokens for s in art.sents[1:]]
    assert read_sheet(sents[0], lex.name_particles) is not None  # the shape
    assert team_sheets(sents, toks, False, frozenset(), lex.name_particles) == []


# --- a trade noun opening a name ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "actor_type"),
    [
        (
            "Bookmakers Ladbrokes said they had stopped taking bets on the show after a run of wagers on Friday.",
            "Ladbrokes",
            "company",
        ),
        (
            "Bookmaker William Hill has made the actor the favourite to become the next James Bond.",
            "William Hill",
            "company",
        ),
        (
            "Distributor Sony Pictures said the film would open in cinemas around the world next May.",
            "Sony Pictures",
            "company",
        ),
        (
            "Broadcaster Chris Evans is to return to radio with a new show on Saturday afternoons.",
            "Chris Evans",
            "person",
        ),
    ],
)
def test_a_trade_noun_opening_a_sentence_is_no_word_of_the_name(typed, text, name, actor_type):
    """'Bookmaker William Hill', 'Distributor Sony Pictures' (BBC 6 names): the trade noun is kept out of the span and
    read as the company's cue where it is a firm's trade."""
    found = typed(text)
    assert found[name][0] == actor_type
    assert not any(t.split()[0] in {"Bookmaker", "Bookmakers", "Distributor", "Broadcaster"} for t in found)


def test_a_persons_trade_beside_the_name_is_no_outlet(typed):
    """'Jo Flaherty, a senior broadcaster with the CBS network' was typed media by its "broadcaster"."""
    text = (
        '"HDTV is just the latest must-have technology in viewers\' homes," says Jo Flaherty, a senior broadcaster '
        "with the CBS network in the US."
    )
    assert typed(text)["Jo Flaherty"][0] == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body's own head noun ends the name: the trade noun is its word
        ("Broadcasters Audience Research Board figures showed the show drew eight million viewers.", "Board"),
    ],
)
def test_a_bodys_own_trade_word_stays(typed, text, name):
    assert any(t.endswith(name) and t.startswith("Broadcasters") for t in typed(text)) or not any(
        t.startswith("Audience") for t in typed(text)
    )


def test_broadcaster_before_an_outlet_is_still_its_cue(typed):
    """'broadcaster ESPN' (an organisation's label) keeps its media cue."""
    text = "The deal gives broadcaster ESPN the rights to show the games live across the United States."
    assert typed(text)["ESPN"][0] == "media"
