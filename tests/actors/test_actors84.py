"""actors84 (session 54, issue 12): names whose span or type was wrong on m63. A lower-case verb, auxiliary or
adverb that spaCy ran into a name of any label is cut at the mention-building step (`discovery.repair_span`: "H Pyke
gave" in a headline parsed as one sentence, where "gave" is tagged an auxiliary; "Pascal Cygan missed" and "United
seemed home" under the ORG label); a name right before a publication's noun is that outlet ("Time magazine", "the
Liverpool Echo newspaper", "the Interfax news agency": `typing.publication_after`). Each text through the real parse
(tests/actors/conftest.py)."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors.linking import link_article


def _texts(found):
    return {t for t, _, _ in found}


def test_an_auxiliary_run_into_a_headlines_name_is_cut(parse, linker):
    """fix62's web headline, one sentence since normalize.parse.v2: "gave" is tagged an auxiliary there."""
    article = parse("Mrs H Pyke gave gousto.co.uk 5 stars. Check out the full review...\n\nThe food was cold.")
    found = {article.text[c.start : c.end] for c in link_article(article, linker(90.0))}
    assert "H Pyke gave" not in found, found
    assert "H Pyke" in found, found


@pytest.mark.parametrize(
    ("text", "cut", "name"),
    [
        (
            "Pascal Cygan missed Arsenal's best chance after 106 minutes, blazing across the face of goal.",
            "Pascal Cygan missed",
            "Pascal Cygan",
        ),
        (
            "On 75 minutes, he scored a horrible own goal when attempting to volley clear Rooney's cross and United"
            " seemed home and dry.",
            "United seemed home",
            "United",
        ),
    ],
)
def test_a_verb_run_into_a_name_of_any_label_is_cut(mentions, text, cut, name):
    found = _texts(mentions(text))
    assert cut not in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name's particle, a hyphenated name's second half and a name before a noun stay as spaCy gave them
        ("The method was developed by Laurens van der Maaten and Geoffrey Hinton in 2008.", "Laurens van der Maaten"),
        ("Hyundai chairman Chung Mong-koo said the plant would open in March.", "Chung Mong-koo"),
        ("Mr Blair told the Labour Party conference in Brighton that he would stay.", "Labour Party"),
    ],
)
def test_near_case_a_names_own_words_stay(mentions, text, name):
    assert name in _texts(mentions(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The lyrics were printed in Time magazine last week, and readers wrote in.", "Time"),
        ("Owain Bennallack is the editor of Develop magazine, which covers games.", "Develop"),
        ("But the Liverpool Echo newspaper has said the club will avoid a bidding war.", "Liverpool Echo"),
        ("Readers of the Boingboing weblog have found a way round the block.", "Boingboing"),
        ("The field will be sold, the Interfax news agency reported on Monday.", "Interfax"),
        ("He said in an interview with The Spectator magazine that he was critical of the government.", "Spectator"),
    ],
)
def test_a_name_before_a_publications_noun_is_media(typed, text, name):
    found = typed(text)
    assert found.get(name, (None, None)) == ("media", "media-cue"), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a firm's, a party's or a person's website, radio or show is theirs, not an outlet
        ("A new version of iTunes is now available from the Apple website, the firm said.", "Apple"),
        ("The posters were taken off Labour's website on Monday after supporters voted.", "Labour"),
        ("The Porsche radio is set to go on sale at the end of January in the US.", "Porsche"),
        # the name is the place of an outlet named after the noun
        ("Colin Farrell is to make his debut, according to Hollywood newspaper Daily Variety.", "Hollywood"),
    ],
)
def test_near_case_no_outlet_before_other_nouns(typed, text, name):
    found = typed(text)
    assert found.get(name, (None, None))[0] != "media", found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Elena Dementieva swept aside defending champion Venus Williams 6-3 6-2 to win the title. Dementieva, the"
            " fourth seed, said she was tired.",
            "Elena Dementieva",
        ),
    ],
)
def test_a_name_typed_a_body_by_its_label_whose_surname_is_a_persons_is_a_person(typed, text, name):
    found = typed(text)
    assert found.get(name, (None, None)) == ("person", "person-evidence"), found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a firm named after its founder keeps its own cue
        (
            "Laura Ashley is parting company with its chief executive. Laura Ashley shares fell 5%. Ashley founded"
            " the firm in 1953.",
            "Laura Ashley",
            "company",
        ),
        # brothers: whose surname? Not the surname's evidence: since fix97 (session 64) "Felipe" is a given name of
        # the lexicon, so the name is a person by its own given name
        (
            "Felipe Contepomi kicked a penalty and Manuel Contepomi scored a try. Contepomi said he was happy.",
            "Felipe Contepomi",
            "person",
        ),
    ],
)
def test_near_case_a_labelled_surname_leaves_other_names(typed, text, name, kind):
    found = typed(text)
    if kind is None:
        assert found.get(name, (None, None))[1] != "person-evidence", found
    else:
        assert found.get(name, (None, None))[0] == kind, found


BUSINESS = "Shares in the firm rose 5% on Monday as profits beat forecasts and the company raised its dividend. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (BUSINESS + "The British Retail Consortium said sales fell in February.", "British Retail Consortium"),
        (
            BUSINESS + "A study by the Centre for Economic Policy Research found that costs rose.",
            "Centre for Economic Policy Research",
        ),
    ],
)
def test_a_business_articles_name_with_a_bodys_head_is_no_company(typed, text, name):
    found = typed(text)
    assert found.get(name, (None, None))[0] not in {None, "company"}, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (BUSINESS + '"It is a good investment," said Suhas Naik, an analyst from ING Mutual Fund.', "ING Mutual Fund"),
        (BUSINESS + "Rival Tata Motors said its sales rose.", "Tata Motors"),
    ],
)
def test_near_case_a_business_articles_fund_and_firm_stay_companies(typed, text, name):
    found = typed(text)
    assert found.get(name, (None, None))[0] == "company", found


def test_near_case_a_business_articles_firm_with_a_labelled_surname_stays_a_company(typed):
    """actors84-try1: "Fox" alone is spaCy's person in a business article; the firm is typed by the article's topic,
    not the ORG label itself, and stays a firm."""
    text = (
        BUSINESS + "Twentieth Century Fox is still to announce which technology it will be supporting. If Fox decided"
        " to go with Blu-ray too, it would mean the format would have a 47% share of DVD content."
    )
    found = typed(text)
    assert found.get("Twentieth Century Fox", (None, None))[0] != "person", found


@pytest.mark.parametrize(
    ("words", "pos", "cut"),
    [
        (["Pascal", "Cygan", "missed"], "VERB", True),
        (["Sheffield", "Wednesday", "and"], "CCONJ", True),
        (["Laurens", "van"], "PROPN", False),
        (["Laurens", "van"], "ADP", False),
        (["Google", "news"], "NOUN", False),
        (["Sky", "Plus"], "CCONJ", False),
    ],
)
def test_a_clause_word_ends_no_page_name(lex, words, pos, cut):
    """`context._clause_word`: the page's entity names (`org_names`, `person_names`) drop a lower-case word that is no
    noun and no name's particle at their end."""
    from narrative_pipeline.actors.context import _clause_word
    from narrative_pipeline.parsed import Tok

    last = words[-1]
    tok = Tok(len(words) - 1, 0, len(last), last, last.lower(), pos, "", "", 0, "", "", True, 0, lower=last.lower())
    assert _clause_word(tok, lex) is cut


def test_near_case_a_name_ending_in_a_firms_noun_stays_as_labelled(typed):
    """actors84-try3: "Studio" alone is spaCy's person on a web page; "Visual Studio" ends in a company's noun."""
    text = (
        "Hundreds of developers use Visual Studio every day. The new version of Visual Studio is out. Studio said"
        " he would test it."
    )
    found = typed(text)
    assert found.get("Visual Studio", (None, None))[1] != "person-evidence", found
