"""Typing discovered names: one example per entry of TYPE_RULES, then agreement across the article."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import Linker
from narrative_pipeline.actors.candidates import Candidate, LinkPriority
from narrative_pipeline.actors.context import ArticleInfo
from narrative_pipeline.actors.linking import sentence_candidates
from narrative_pipeline.actors.nonactors import common_noun
from narrative_pipeline.actors.places import origin_name
from narrative_pipeline.actors.typing import TYPE_RULES, Named
from narrative_pipeline.rules import first_match

ARTS_TEXT = "The film won an award, and the actress and the director of the film were nominated for the album. "
# rule -> (text, the discovered name, the type it gives; None: no actor)
EXAMPLES = {
    "known-non-actor": ("Fans queued for the new iPod in London.", "iPod", None),
    "sport-ground": (
        "The coach said the squad would face Scotland at Murrayfield, and the captain said the match was vital.",
        "Murrayfield",
        None,
    ),
    "reporters-initials": ("Classes restarted in February. (BA)\n\nSubscribe now for the full story.", "BA", None),
    "held-event": (
        "The Caribbean Financial Access Roundtable was held at the Sandiford Centre.",
        "Caribbean Financial Access Roundtable",
        None,
    ),
    "common-name": ("The IPO raised a billion pounds, the firm said.", "IPO", None),
    "title": ("Mr Mubanga said he was innocent.", "Mubanga", "person"),
    "initial": ("The squad: S Lamont, C Paterson.", "S Lamont", "person"),
    "line-up": (
        "Van Gisbergen; Lewsey, Erinle, Abbott, Voyce; King, Dawson; Dowd, Greening, Green; Shaw, Birkett; Worsley, "
        "O'Connor, Dallaglio (capt).",
        "Greening",
        "person",
    ),
    "work-title": ("She starred in the film Mary Poppins last year.", "Mary Poppins", None),
    "product-part": ("He bought a Zentra Mini last week.", "Zentra Mini", None),
    "named-concept": (
        "The minimization of the Kullback–Leibler divergence with respect to the points is performed using gradient "
        "descent.",
        "Kullback–Leibler",
        None,
    ),
    "place-or-event-name": ("He won gold at the European Indoor Championships.", "European Indoor Championships", None),
    "institution-as-place": (
        "The pupils met the minister at Glenbrae High School in Inverness on Friday.",
        "Glenbrae High School in Inverness",
        None,
    ),
    "constituency-or-nearby": ("He won his home seat of Tredworth in 1970.", "Tredworth", None),
    "common-noun": None,  # tested below: spaCy rarely takes a common noun for a name in a short text
    "flora-name": (
        "The Bougainvillea plant has become a very popular plant for spring and summer color. Prune your "
        "bougainvillea after it flowers.",
        "Bougainvillea",
        None,
    ),
    "body-after-the": (
        "The export was halted when the Louvre declared the painting should be classified as a national treasure.",
        "Louvre",
        "organisation",
    ),
    "determiner-before-name": ("As the Aurora limped back to its dock, passengers complained.", "Aurora", None),
    "compass-place": ("North Devon landowner Giles Bradshaw was angry.", "North Devon", None),
    "cut-name": ("A crackdown on truants was launched by Education Secretary Ruth Kelly.", "Education", None),
    "portfolio": ("In a statement, Rural Affairs Minister Ben Carrow said the law was clear.", "Rural Affairs", None),
    "title-portfolio": (
        "Ana Ruiz is Director of Education Equity at the ACLU. She said the numbers were alarming.",
        "Education Equity",
        None,
    ),
    "office-before-a-name": (
        "The answer had been prepared with the involvement of Solicitor General Harriet Harman and two officials.",
        "Solicitor General",
        None,
    ),
    "listed-with-places": (
        "He visits Manchester, Liverpool, Leicester, Somerset, Basingstoke, Shrewsbury, Dorset and Torbay.",
        "Dorset",
        None,
    ),
    "origin-name": None,  # tested below: spaCy takes "the Glasgow" for a name's start first
    "person-label-in-a-place": (
        "According to the database, 8,668 fires have been detected in Amazonas by Monday.",
        "Amazonas",
        None,
    ),
    "region-of-name": ("The rocky island of Redonda, once stripped of its flora, is reborn.", "Redonda", None),
    "region-word-name": ("It will be shocking news for people in the Territory, the governor said.", "Territory", None),
    "landscape-of-name": ("Fires are an added stressor for the Amazon rainforest as a whole.", "Amazon", None),
    "landscape-name": ("He is the Lake Berryessa concessions manager, the county said.", "Lake Berryessa", None),
    "address-place": ("The operator admitted to returning from St. Thomas, USVI, last week.", "USVI", None),
    "residence-place": ("Charged were Junmyung Lee, 30, of Dedham; and two others.", "Dedham", None),
    "place-of-a-bodys-name": (
        "Cork County Council said the car parks would stay open. Some pubs around Cork have made announcements.",
        "Cork",
        None,
    ),
    "headline-word": None,  # tested in test_actors29: the name is the headline's, which `verdicts` skips
    "character": (
        ARTS_TEXT + "Matthew Perry, who played Chandler, has appeared on the West End stage.",
        "Chandler",
        None,
    ),
    "central-bank": ("The Bundesbank said German growth would slow.", "Bundesbank", "organisation"),
    "person-noun": ("Striker Kolo Toure scored twice.", "Kolo Toure", "person"),
    "person-conjunct": ("Helen Steel and David Morris, from north London, were sued.", "Helen Steel", "person"),
    "county-short-form": (
        "Napa Co. has entered an agreement with the resort chain. The resort would be built in Napa County.",
        "Napa Co.",
        "government",
    ),
    "name-word": ("Kelvana Holdings said profits rose.", "Kelvana Holdings", "company"),
    "company-cue": ("Kelvana's shares rose sharply.", "Kelvana", "company"),
    "media-cue": ("The singer told MTV that she would appeal.", "MTV", "media"),
    "band-cue": ("Rock band Franz Ferdinand won two awards.", "Franz Ferdinand", "group"),
    "team-cue": ("Chelsea striker Didier Drogba scored.", "Chelsea", "organisation"),
    "arts-title": (
        "The film won an award and the actress won an award at the film festival. Nominees include Imelda Staunton "
        "(Vera Drake) and the star of the show.",
        "Vera Drake",
        None,
    ),
}


@pytest.fixture
def article(parse):
    def _article(text: str):
        return parse("Headline\n\n" + text)

    return _article


@pytest.fixture
def verdicts(article, registry, lex):
    """verdicts(text) -> {name: (rule, type)} of each discovered name's own verdict."""

    def _verdicts(text: str):
        art = article(text)
        info = ArticleInfo.build(art, lex)
        linker = Linker.build(registry, 90.0)
        out = {}
        for sent in art.sents[1:]:
            for c in sentence_candidates(sent, info, linker)[1]:
                span = [info.toks[i] for i in range(c.start_i, c.end_i + 1)]
                fired = first_match(TYPE_RULES, Named(c, span, info, lex))
                out[c.name] = (fired[0].name, fired[1].actor_type) if fired else (None, None)
        return out

    return _verdicts


@pytest.mark.parametrize("rule", [r for r in TYPE_RULES if EXAMPLES[r.name]], ids=lambda r: r.name)
def test_each_type_rule_decides_its_example(rule, verdicts):
    text, name, expected = EXAMPLES[rule.name]
    assert verdicts(text)[name] == (rule.name, expected)


@pytest.mark.parametrize(
    "text,name",
    [
        ("She won best actress for Vera Drake at the ceremony.", "Vera Drake"),
        ("The film Harry Potter and the Prisoner of Azkaban opened.", "Harry Potter"),
        ("Fans bought GoldenEye: Rogue Agent in shops.", "GoldenEye"),
        ("She posted them on a weblog called Dogs without Borders.", "Dogs without Borders"),
        ("Tom Brown's Schooldays was broadcast.", "Tom Brown"),
        ("Doc Martin won best TV comedy drama at the awards.", "Doc Martin"),
        ("The film was made by Rockstar Games, the makers of Manhunt.", "Manhunt"),
        ("Comedy Meet The Fockers topped the box office.", "Comedy Meet The Fockers"),
        ("Harry Potter and the Prisoner of Azkaban was the choice of readers.", "Azkaban"),
        ("Harry Potter and the Prisoner of Azkaban was the choice of readers.", "Harry Potter"),
        ("I would love to see Willow the Wisp on the big screen.", "Willow the Wisp"),
        ("His novels Wheels (1971) and Overload (1979) followed.", "Overload"),
    ],
)
def test_the_cues_of_a_work(verdicts, text, name):
    assert verdicts(text)[name] == ("work-title", None)


def test_every_type_rule_has_an_example():
    assert [r.name for r in TYPE_RULES] == list(EXAMPLES)


def test_common_noun_a_headline_word_written_in_lower_case_elsewhere(parse, lex):
    art = parse("Gloom grows\n\nThe gloom grew as prices fell.")
    info = ArticleInfo.build(art, lex)
    tok = art.sents[0].tokens[0]
    cand = Candidate(tok.i, tok.i, tok.start, tok.end, None, "organisation", "ner-discovered",
                     LinkPriority.DISCOVERED, name="Gloom", label="ORG")  # fmt: skip
    verdict = common_noun(Named(cand, [tok], info, lex))
    assert verdict is not None and verdict.actor_type is None
    mid = Candidate(tok.i, tok.i, tok.start, tok.end, None, "organisation", "ner-discovered",
                    LinkPriority.DISCOVERED, name="Gloom", label="ORG")  # fmt: skip
    capitalised = ArticleInfo.build(parse("Gloom grows\n\nShares in Gloom fell. The gloom grew."), lex)
    assert common_noun(Named(mid, [tok], capitalised, lex)) is None


def test_origin_name_a_place_before_based(parse, lex):
    art = parse("Headline\n\nThe Glasgow-based band won two prizes.")
    info = ArticleInfo.build(art, lex)
    tok = next(t for t in art.tokens if t.text == "Glasgow")
    cand = Candidate(tok.i, tok.i, tok.start, tok.end, None, "organisation", "ner-discovered",
                     LinkPriority.DISCOVERED, name="Glasgow", label="ORG")  # fmt: skip
    verdict = origin_name(Named(cand, [tok], info, lex))
    assert verdict is not None and verdict.actor_type is None and verdict.scope == "mention"


ARTS = "The film won an award and the actress won an award at the film festival. "


def test_an_organisation_that_neither_acts_nor_owns_in_an_arts_article_is_a_work(verdicts):
    assert verdicts(ARTS + "The sequel to Lion King topped the album chart.")["Lion King"] == ("arts-title", None)


def test_a_work_is_no_actor_in_any_sentence(mentions):
    """A name verdict holds for every mention of the name in the article (`article-agreement`)."""
    got = mentions("She starred in the film Mary Poppins. Mary Poppins opened in London on Friday.")
    assert not any(t == "Mary Poppins" for t, _, _ in got)


def test_a_makers_product(verdicts):
    assert (
        verdicts("Enthusiasts wrote emulators for the Apple Mac and the PC.").get("Apple Mac", (None, None))[1] is None
    )


def test_a_mention_verdict_holds_only_there(mentions):
    """'Halo 2' is a product, 'Microsoft' elsewhere is still the company."""
    got = mentions("Microsoft said sales rose. Sales of Xbox consoles made by Microsoft rose.")
    assert sum(t == "Microsoft" for t, _, _ in got) == 2


def test_types_agree_across_the_article(parse, registry):
    from narrative_pipeline.actors import link_article

    art = parse("Headline\n\nSoftware giant Kelvana said profits rose. Kelvana hired more staff.")
    chosen = [c for c in link_article(art, Linker.build(registry, 90.0)) if c.name == "Kelvana"]
    assert [(c.actor_type, c.type_rule) for c in chosen] == [
        ("company", "company-cue"),
        ("company", "article-agreement"),
    ]


def test_an_organisation_in_an_article_about_business_is_a_company(parse, registry):
    from narrative_pipeline.actors import link_article

    text = (
        "Headline\n\nShares in the firm rose after profits and sales beat forecasts, analysts said. "
        "Investors bought the stock as Zembex Ventures said the market was growing."
    )
    art = parse(text)
    chosen = [c for c in link_article(art, Linker.build(registry, 90.0)) if c.name == "Zembex Ventures"]
    assert [(c.actor_type, c.type_rule) for c in chosen] in (
        [("company", "business-article")],
        [("company", "name-word")],
    )


def test_an_acronym_in_brackets_takes_the_name_before_it(mentions):
    got = mentions("Fans of EverQuest (EQ) played the game EverQuest for hours.")
    assert not any(t in {"EQ", "EverQuest"} for t, _, _ in got)


def test_shares_in_a_bank_misparsed_as_an_apposition_keep_the_bank(verdicts):
    """spaCy can attach "Barclays" as an apposition of "Shares": a company's shares are no product."""
    text = "Shares in UK banking group Barclays have risen on Monday following a weekend press report."
    assert verdicts(text)["Barclays"] != ("product-part", None)


ARTS = "The film won an award, and the actress and the director of the film were nominated for the album of the year. "


@pytest.mark.parametrize(
    "text,name",
    [
        (ARTS + "Other nominees include Bill Condon for Kinsey and Mike Leigh for Vera Drake.", "Kinsey"),
        (ARTS + "The premiere was held at Grauman's Chinese Theatre on Sunday.", "Grauman"),
        ("The club won the cup last season and are based in Sakhnin, near Haifa.", "Sakhnin"),
        ("I know people who play a lot of Warcraft every week.", "Warcraft"),
    ],
)
def test_a_work_named_for_a_person_a_venue_owned_by_a_name_and_where_one_is_based(verdicts, text, name):
    """In an article about the arts, what a person is nominated for is a work; a name that owns a
    building ("Grauman's Chinese Theatre") is part of the building's name; "based in X": a place."""
    assert verdicts(text)[name][1] is None


def test_particles_and_hyphenated_parts_keep_a_persons_name(verdicts):
    """Lower-case words that persons' names do have are no sign of a title."""
    got = verdicts("Ludwig van Beethoven wrote it, and Hyundai chairman Chung Mong-koo said so.")
    assert all(rule != "work-title" for rule, _ in got.values())
