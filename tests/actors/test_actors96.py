"""actors96 (session 65, issue 12; actors.rules.v180): review77's findings 3 and 6 on firm names and firm descriptors.

- `resolution.firm_short_forms`: a discovered firm's name without the words that only say its legal form or trade
  (`firm_name_tails`: "Group", "Networks", "Hotels & Resorts") is the same firm, whether the page writes it before or
  after the full name; not a short form two firms share, nor a brand that opens another body's name, nor a unit's name
  ("Sony Pictures" keeps its own actor);
- `placed_firms.local_places` / `local_firm`: a kind noun with a place of no state before it ("The Florida company",
  "the Seattle-based firm") is read as "the company" alone, but never as a firm the page introduced with another place,
  and as the one firm it introduced with that place when there is one."""

from __future__ import annotations

ALTRIA = (
    "Altria Group has reported a rise in quarterly profits.\n\n"
    "Shares in the tobacco maker rose 2% in New York trading on Tuesday.\n\n"
    "Analysts said Altria would gain from lower legal costs this year.\n"
)


def test_a_short_form_after_the_full_name_is_the_firm(mentions):
    ids = {actor for text, actor, _ in mentions(ALTRIA) if text.startswith("Altria")}
    assert ids == {"disc.altria_group"}


KINGFISHER = (
    "Indian beer maker United Breweries plans to launch an airline.\n\n"
    "The new carrier, Kingfisher, will start flights in May, the brewer said.\n\n"
    "Kingfisher Airlines will fly between Mumbai and Delhi at first.\n"
)


def test_a_short_form_before_the_full_name_is_the_firm(mentions):
    ids = {actor for text, actor, _ in mentions(KINGFISHER) if text.startswith("Kingfisher")}
    assert ids == {"disc.kingfisher_airlines"}


NORTEL = (
    "Nortel Networks has restated its results for the past three years.\n\n"
    "The figures showed Nortel made less profit than it had first reported.\n\n"
    "Shares in Nortel fell 3% in Toronto.\n"
)


def test_a_trade_word_in_the_name_that_is_a_product_noun_too(mentions):
    ids = {actor for text, actor, _ in mentions(NORTEL) if text.startswith("Nortel")}
    assert ids == {"disc.nortel_networks"}


SONY = (
    "Sony has agreed to buy the film studio MGM for $3bn.\n\n"
    "Sony Pictures will run the studio's film library of 4,000 titles.\n"
)


def test_a_units_name_keeps_its_own_actor(mentions):
    found = {(text, actor) for text, actor, _ in mentions(SONY)}
    assert ("Sony Pictures", "disc.sony_pictures") in found
    assert all(actor != "disc.sony_pictures" for text, actor in found if text == "Sony")


RELIANCE = (
    "Reliance Industries and Reliance Energy are both run by the Ambani brothers.\n\n"
    "Reliance said on Monday that the brothers had settled their dispute.\n"
)


def test_a_short_form_two_firms_share_is_neither(mentions):
    ids = {actor for text, actor, _ in mentions(RELIANCE) if text == "Reliance"}
    assert not ids & {"disc.reliance_industries", "disc.reliance_energy"}


def test_a_name_of_legal_form_words_only_gives_no_short_form(lex):
    from narrative_pipeline.actors.resolution import _firm_tail

    assert _firm_tail(["Hotels", "&", "Resorts"], lex)
    assert _firm_tail(["Global,", "Inc."], lex)
    assert not _firm_tail(["Pictures"], lex)
    assert not _firm_tail(["Retail"], lex)
    assert not _firm_tail(["&"], lex)


FALIC = (
    "A US firm says it is in talks with luxury goods group Acmeluxe to buy a fashion house.\n\n"
    "Paris-based Acmeluxe has been selling businesses that make little money. Privately-held Borden Group bought two "
    "cosmetics brands from Acmeluxe in early 2003. The Florida company also owns a chain of duty free stores.\n"
)


def test_a_place_of_no_state_is_not_the_firm_placed_elsewhere(described):
    found = described(FALIC)
    assert found.get("company", (None,))[0] == "disc.borden_group"


BOEING = (
    "The Pentagon has revoked contracts worth $1bn awarded to Boeing.\n\n"
    "Boeing was found to have used documents taken from a rival. The Seattle-based company said it would appeal.\n"
)


def test_a_city_based_firm_is_the_firm_named(described):
    assert described(BOEING).get("company", (None,))[0] == "disc.boeing"


TWO_PLACED = (
    "Seattle-based Boeing and Seattle-based Starbucks both reported results on Tuesday.\n\n"
    "Analysts had expected less. The Seattle-based company said sales rose 10%.\n"
)


def test_a_place_two_firms_were_introduced_with_is_neither(described):
    assert "company" not in described(TWO_PLACED)


BRANDS = (
    "Privately-held Borden Group bought two cosmetics brands, Hard Candy and Urban Decay, from Acmeluxe in 2003.\n\n"
    "The Securities and Exchange Commission said it had no objection to the sale.\n"
)


def test_two_names_run_over_one_and_are_two_actors(mentions):
    found = {text for text, _, _ in mentions(BRANDS)}
    assert "Hard Candy and Urban Decay" not in found
    assert {"Hard Candy", "Urban Decay"} <= found


def test_a_name_with_and_that_ends_in_a_head_noun_stays_one(mentions):
    found = {text for text, _, _ in mentions(BRANDS)}
    assert "Securities and Exchange Commission" in found


def test_a_pair_of_one_word_names_splits_only_where_one_is_written_alone(lex, parse):
    from narrative_pipeline.actors.context import ArticleInfo
    from narrative_pipeline.actors.discovery import coordinated_names

    article = parse("Headline\n\nThe deal was agreed by Trade and Industry officials.\n")
    toks = article.tokens
    k = next(i for i, t in enumerate(toks) if t.text == "Trade")
    info = ArticleInfo({t.i: t for t in toks})
    assert coordinated_names(toks, k, k + 2, lex, info) is None


PARENT = (
    "Jet fuel supplier Acme Aviation Oil has offered to repay its creditors $220m.\n\n"
    "The rest would come from its parent company, Acme Aviation Oil Holding Company in Beijing.\n\n"
    "Acme Aviation Oil lost $550m on trading in oil futures.\n"
)


def test_a_firm_called_anothers_parent_gives_no_short_form(mentions):
    ids = {actor for text, actor, _ in mentions(PARENT) if text == "Acme Aviation Oil"}
    assert "disc.acme_aviation_oil_holding_company" not in ids


SPEAKER = (
    "Luxury goods group Acmeluxe has been selling businesses that make little money.\n\n"
    "Acmeluxe sold two brands to Borden Group last year. Acmeluxe refused to comment on the reports.\n\n"
    "But one of the three brothers behind Borden Group said the firm had also held talks with the designer.\n"
)


def test_the_firm_in_what_a_firms_speaker_says_is_the_speakers_firm(described):
    assert described(SPEAKER).get("firm", (None,))[0] == "disc.borden_group"


SPEAKER_OWN_PERSON = (
    "Acmeluxe sold two brands to Borden Group last year. Acmeluxe refused to comment on the reports.\n\n"
    "But Simon Borden of Borden Group said the firm had also held talks with the designer.\n"
)


def test_no_speakers_firm_where_the_speaker_is_named_too(described):
    assert described(SPEAKER_OWN_PERSON).get("firm", (None,))[0] != "disc.acmeluxe"


def test_an_acronym_and_a_class_noun_is_the_acronym(mentions):
    found = {text for text, _, _ in mentions("The Savoy was bought from a unit of HBOS bank last year.\n")}
    assert "HBOS bank" not in found


APPLE = (
    "Apple has taken legal action against three websites.\n\n"
    "Apple says the sites published details of products it had not yet announced.\n\n"
    "The sites include Apple Insider, which reports rumours about new products.\n\n"
    "Apple would not say what damages it was seeking.\n"
)


def test_a_word_written_alone_before_a_longer_name_is_its_own_name(mentions):
    ids = [actor for text, actor, _ in mentions(APPLE) if text == "Apple"]
    assert ids and "disc.apple_insider" not in ids


def test_a_things_name_with_and_is_not_split(mentions):
    text = "The Home Office started work on its Community Cohesion and Race Equality Strategy last year.\n"
    assert "Community Cohesion" not in {t for t, _, _ in mentions(text)}


def test_a_longer_name_of_a_bodys_kind_word_keeps_the_short_form(lex):
    from narrative_pipeline.actors.resolution import Referent, _own_tail

    assert _own_tail(Referent(None, "Newry FC", "organisation"), lex)
    assert _own_tail(Referent(None, "Oxford University", "organisation"), lex)
    assert _own_tail(Referent(None, "Nortel Networks", "company"), lex)
    assert not _own_tail(Referent(None, "Apple Insider", "company"), lex)
    assert not _own_tail(Referent(None, "Barclays Capital", "company"), lex)
