"""web81 (session 61, issue 12; actors.rules.v163): an interview's speaker labels, a firm named under its store's
name, and a firm's one-word name spaCy labels a product, read from web80's check's missed rows (m72-web).

- `nonactors.speaker_label`: a person's name opening its line with a colon after it ("Rick: I got into tech"), where
  the page names the person in full, is the speaker, not the head of a title ("GoldenEye: Rogue Agent");
- `discovery.store_cut`: "the FoodCorp Supermarket" beside "FoodCorp claims" is FoodCorp, the firm;
- `resolution._named_tail`: a name the body gives alone first is not the tail of a longer one given later;
- `linking._thing_labelled_firm`: a one-word organisation's name spaCy labels a product where it acts is the
  organisation; `linking._common_opener`: "However" opening the sentence is no word of the name beside it."""

from __future__ import annotations

import pytest

INTERVIEW = (
    "We spoke to Marissa Halpert, a front end engineer working out of Washington, and Rick Terrill, leading the "
    "engineers out of Texas.\n\n"
    "How did you get into tech?\n\n"
    "Rick: I got into tech through a love of video games, and dreamed of becoming a game developer.\n\n"
    "Marissa: I was introduced to programming in high school before going on to study computer science.\n\n"
    "What came next?\n\n"
    "Rick: It was a two-phase approach.\n"
)


def _ids(found, surface: str) -> set[str | None]:
    return {actor for text, actor in found if text == surface}


def test_speaker_labels_are_the_persons_named_in_full(linked):
    found = linked(INTERVIEW)
    assert _ids(found, "Rick") == {"disc.rick_terrill"}
    assert _ids(found, "Marissa") == {"disc.marissa_halpert"}


STORY = (
    "The cameras recognise me as soon as I set foot in the FoodCorp Supermarket. The footage is streamed live.\n\n"
    "FoodCorp's servers dig deep into their data troves, and those of their partners.\n\n"
    "FoodCorp claims that these auxiliary revenue opportunities help them offer more competitive prices.\n\n"
    "My grocery bill, however, does not seem any lower than before.\n\n"
    "However FoodCorp can silently change their policies tomorrow.\n"
)


def test_a_firm_named_under_its_stores_name_is_the_firm(mentions):
    found = mentions(STORY)
    # the store's name, the possessor, and the two subjects spaCy labels a product ("However" opening the last)
    assert [actor for text, actor, _ in found if text.startswith("FoodCorp")] == ["disc.foodcorp"] * 4
    assert not any(actor == "disc.foodcorp_supermarket" for _, actor, _ in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a title's head at a line's start, no person of the name on the page: no speaker
        ("GoldenEye: Rogue Agent is a game that Electronic Arts released in 2004.\n", ("GoldenEye", None)),
        # a store whose firm the page never writes alone keeps its whole name
        (
            "Westfield Stores said sales rose. Shares in Westfield Stores climbed 5%.",
            ("Westfield Stores", "disc.westfield_stores"),
        ),
        # a person's given name in prose after the full name still folds onto the person
        (
            "Sarah Jones, the lead engineer, spoke first. Later Sarah said the launch went well.",
            ("Sarah Jones", "disc.sarah_jones"),
        ),
    ],
)
def test_what_stays(linked, text, pair):
    found = linked(text)
    surface, actor = pair
    if actor is None:
        assert not _ids(found, surface) - {None}
    else:
        assert actor in _ids(found, surface)


def test_a_name_before_a_noun_of_science_is_no_actor(linked):
    text = (
        "The locations of the points in the map are determined by minimizing the (non-symmetric) Kullback–Leibler "
        "divergence of the distribution from the distribution. The minimization of the Kullback–Leibler divergence "
        "with respect to the points is performed using gradient descent.\n\n"
        "- ELKI contains tSNE, also with Barnes-Hut approximation.\n"
    )
    assert not {surface for surface, actor in linked(text) if actor} & {"Kullback–Leibler", "Barnes-Hut"}


def test_a_name_acting_beside_a_noun_of_science_stays(linked):
    text = "Geoffrey Hinton said the theorem was wrong. Hinton later published a new algorithm."
    assert ("Hinton", "disc.geoffrey_hinton") in linked(text)


def test_a_data_records_key_is_no_actor(mentions):
    text = (
        "FoodCorp's servers dig deep into their data troves. This is what they send:\n\n"
        "{\n\n"
        '"Name": "Matthew Davis",\n\n'
        '"Average Weekly FoodCorp Spend": "$152.34"\n\n'
        "}\n\n"
        "FoodCorp claims that these auxiliary revenue opportunities help them offer more competitive prices.\n"
    )
    found = mentions(text)
    assert not any(actor == "disc.average_weekly_foodcorp" for _, actor, _ in found)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a determiner opening the sentence is a title's or a thing's first word: no short form of the firm
        ("Dell Inc said profits rose. The Dell provides enough power for most users.", "Dell"),
        # a label opening its line whose name the page writes nowhere else is a field's, no speaker
        (
            "The study was funded by the National Institute on Aging.\n\nGrant Support: By award R01 from the "
            "National Institute on Aging.\n",
            "Grant Support",
        ),
    ],
)
def test_no_name_from_an_opening_determiner_or_a_field_label(mentions, text, surface):
    assert surface not in {found for found, actor, _ in mentions(text) if actor}


def test_a_sentences_common_first_word_opens_no_name(linked):
    text = (
        "Gustav Lloyd Agerblad had the face tattooed on his arm, both for fun and for luck. "
        "Both Agerblad and tattoo artist Zashay Tastas were surprised by the attention."
    )
    assert ("Agerblad", "disc.gustav_lloyd_agerblad") in linked(text)
