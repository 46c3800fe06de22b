"""actors93 (session 62, issue 12; review74's finding 3 and 4): a headline's surname of the one person the body names
in full, names that open with a digit ("rapper 50 Cent", "security firm 3ami") and a title word standing alone as a
stage name in an article about the arts ("Prince earned more than any other pop star"). Every sentence is made up."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import link_article


@pytest.fixture
def headed(parse, linker):
    """headed(headline, body) -> [(surface, actor_id, actor_type, in_headline)] of every linked mention."""

    def _headed(headline: str, body: str):
        article = parse(f"{headline}\n\n{body}")
        chosen = link_article(article, linker(90.0))
        cut = len(headline)
        return [(article.text[c.start : c.end], c.actor_id, c.actor_type, c.start < cut) for c in chosen if c.actor_id]

    return _headed


# finding 4: a headline's surname before the body's full name


@pytest.mark.parametrize(
    ("headline", "body", "surname", "full"),
    [
        (
            "Jones doping probe begins",
            "An inquiry into doping claims against sprinter Mary Jones has begun. Jones has denied the claims.",
            "Jones",
            "mary_jones",
        ),
        (
            "Calder fears for Scottish rugby",
            "Former Scotland captain Fraser Calder has said he fears for the future of the game in the country.",
            "Calder",
            "fraser_calder",
        ),
        (
            "Hodgson shoulders England blame",
            "Fly-half Chris Hodgson has taken the blame for England's defeat by France on Saturday.",
            "Hodgson",
            "chris_hodgson",
        ),
    ],
)
def test_a_headline_surname_is_the_one_person_the_body_names_in_full(headed, headline, body, surname, full):
    found = headed(headline, body)
    assert any(t == surname and a == f"disc.{full}" and h for t, a, _, h in found), found


def test_a_headline_surname_two_persons_share_is_neither(headed):
    found = headed(
        "Jones doping probe begins",
        "An inquiry into claims against sprinter Mary Jones has begun. Her coach, Peter Jones, denied the claims.",
    )
    assert not any(t == "Jones" and h and a.endswith("_jones") for t, a, _, h in found), found


def test_a_headline_word_the_body_writes_in_lower_case_is_no_surname(headed):
    found = headed(
        "Young debut cut short by Ginepri",
        "Fifteen-year-old Donald Young lost in round one. He said young players would learn from it.",
    )
    assert not any(t == "Young" and h for t, _, _, h in found), found


# finding 3: digit-initial names a performer's or a firm's noun introduces


def test_a_digit_initial_performer_is_found_wherever_the_article_names_him(headed):
    found = headed(
        "Rapper 40 Grand tops chart",
        "Rapper 40 Grand has become the first solo artist to have three singles in the top five. "
        "40 Grand also appears on his protege's song. When 40 Grand appeared on the station, he said the row was over.",
    )
    grand = [(t, a, ty) for t, a, ty, h in found if t == "40 Grand"]
    assert len(grand) >= 4, found
    assert {a for _, a, _ in grand} == {"disc.40_grand"}
    assert {ty for _, _, ty in grand} == {"person"}


def test_a_firm_named_by_digits_and_letters_is_found(headed):
    found = headed(
        "Office software",
        "The system is a joint venture between security firm 7ova and a storage firm. "
        "Tim Ellway, managing director of 7ova, said it was not the case.",
    )
    assert sum(t == "7ova" for t, _, _, _ in found) == 2, found


@pytest.mark.parametrize(
    "body",
    [
        "The rapper was paid 50 cents for each copy. The 3G network opened on 5 May and the firm 3rd said so.",
        "The singer 50 said that the band played 12 Songs on Monday. Sales rose by 50 Units, the firm said.",
    ],
)
def test_numbers_without_a_performers_or_firms_noun_are_no_names(headed, body):
    found = headed("Headline", body)
    assert not any(t[:1].isdigit() for t, _, _, _ in found), found


# finding 3: a title word standing alone as a stage name in an article about the arts

ARTS = (
    "Prince earned more than any other pop star in 2004, beating singers such as Madonna. "
    "Figures compiled by a music magazine show Prince made $56m from his album and his tour. "
    "Although she grossed more than Prince in 2003, Madonna remained second in the chart of music earners. "
    "The album was a hit and the tour a record."
)


def test_a_title_word_alone_in_an_arts_article_is_a_stage_name(headed):
    found = headed("Prince crowned top music earner", ARTS)
    prince = [(a, ty, h) for t, a, ty, h in found if t == "Prince"]
    assert len(prince) >= 3, found
    assert {a for a, _, _ in prince} == {"disc.prince"}
    assert {ty for _, ty, _ in prince} == {"person"}


@pytest.mark.parametrize(
    "body",
    [
        "The Prince of Wales visited the film festival, where the album chart's stars met the actors at the show. "
        "The singer and the band said the award was a surprise, and the film's music was a hit.",
        "His Prince hotels sold the album and the film. The singer's band, Dancing Queen, won the music award at the "
        "show, and the actor's film was a hit.",
        "The film star met Baron von Krapp at the show. Mr de Lisle said the album and the band's songs were a hit "
        "with the actors, and the singer said the award was a surprise.",
        "The book prize went to Arc of Justice, and protesters from Mothers 4 Justice were at the film show. Sales "
        "of the album rose on President's Day, the singer said, and the band's single was a hit.",
    ],
)
def test_a_title_word_before_of_or_after_an_owner_or_a_name_is_no_stage_name(headed, body):
    found = headed("Headline", body)
    titles = {"Prince", "Queen", "Baron", "Mr", "Justice", "President"}
    assert not any(t in titles and a == f"disc.{t.lower()}" for t, a, _, _ in found), found


def test_a_title_word_alone_outside_the_arts_is_no_stage_name(headed):
    found = headed(
        "Headline",
        "Prince said on Monday that the bank's profits rose by 5% in the year to March, as interest rates went up.",
    )
    assert not any(a == "disc.prince" for _, a, _, _ in found), found


# fix88's left: a name a firm's "its" owns before a product noun ("its Iressa drug") is a product in every mention


def test_a_name_before_a_product_noun_after_its_is_no_actor(headed):
    found = headed(
        "Drug firm hit by trial failure",
        "Shares in Vanta Pharma fell 8% after the failure of its Zentrex drug in a clinical trial. "
        "But Zentrex proved no better than a placebo, the firm said.",
    )
    assert not any(t == "Zentrex" for t, _, _, _ in found), found
    assert any(t == "Vanta Pharma" for t, _, _, _ in found), found
