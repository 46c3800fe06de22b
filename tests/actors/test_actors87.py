"""actors87: a name spelt as a person's whose first word is a common given name (the claims lexicon's lists, which the
actors step reads from it) is a person where spaCy's label or a cue a person has as well types it a body; a body's name
joined to a person's stays a body; a university and a civil-liberties body named bare are no firms; a body whose
head word is an institute's, a council's or an academy's is an organisation with a media word in its name."""

from __future__ import annotations

from pathlib import Path

import pytest
from narrative_pipeline.actors.lexicon import DEFAULT_LEXICON, default_lexicon, given_names, load_actors_lexicon
from narrative_pipeline.claims.lexicon import load_lexicon as load_claims_lexicon
from narrative_pipeline.lexicon import LexiconError

CLAIMS_LEXICON = DEFAULT_LEXICON.parent / "claims_lexicon.yaml"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # spaCy's ORG label alone
        ("Mr Calder is the man behind acts including Britney Spears. He made his fortune by selling his label.",
         "Britney Spears"),
        ("Britney Spears picked up her first ever Grammy for her song Toxic, which won best dance recording.",
         "Britney Spears"),
        ("Artists who have decorated the Tate tree in previous years include Tracey Emin in 2002.", "Tracey Emin"),
        ("But defender Andy Todd is suspended and could be replaced by Dominic Matteo - if he recovers from a hamstring"
         " injury.", "Dominic Matteo"),
        ("The North side have been hit by the withdrawals of Scotland duo Gordon Bulloch and Chris Cusiter, plus France"
         " captain Fabien Pelous.", "Fabien Pelous"),
        # a cue a person has as well, read as a body's: a pair of players, an editor of a magazine
        ("The North side have been hit by the withdrawals of Scotland duo Gordon Bulloch and Chris Cusiter, plus France"
         " captain Fabien Pelous.", "Gordon Bulloch"),
        ("There were also wins for Slovakia's Karol Beck and Croatian duo Ivan Ljubicic and Mario Ancic.",
         "Ivan Ljubicic"),
        ("Paul Trotter, news and features editor of PC Pro, said several Sony products were in the running.",
         "Paul Trotter"),
    ],
)  # fmt: skip
def test_a_name_opening_with_a_given_name_typed_a_body_is_a_person(typed, text, name):
    found = typed(text)
    assert found.get(name, (None, None)) == ("person", "person-evidence"), found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # firms named for their founders keep a company's cue
        ("Bookmaker William Hill cut the odds on the actor to 5/2 after a rush of bets.", "William Hill", "company"),
        ("Shares in Laura Ashley fell 5% after the retailer said sales had dropped.", "Laura Ashley", "company"),
        # a body's head word, a work after a determiner, a place something is at
        ("Rabbi Marvin Hier, founder of Jewish human rights group the Simon Wiesenthal Center said the costume was"
         " offensive.", "Simon Wiesenthal Center", "organisation"),
        ("Comedy series Early Doors and The Alan Clark Diaries will compete for the best directing award.",
         "Alan Clark Diaries", None),
        ("Police said Ramdehol had left his home at Maria Lodge, Essequibo Coast around 20:00hrs on Thursday.",
         "Maria Lodge", None),
    ],
)  # fmt: skip
def test_near_case_a_given_name_leaves_firms_bodies_and_places(typed, text, name, kind):
    found = typed(text)
    if kind is None:
        assert found.get(name, (None, None))[1] != "person-evidence", found
    else:
        assert found.get(name, (None, None))[0] == kind, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Britain, France, Gavi and the Gates Foundation have drawn up proposals to apply the principle to vaccines.",
         "Gates Foundation"),
        ("Through this platform, Shabka and the University of Graz succeeded to bring together several Austrian"
         " experts.", "University of Graz"),
        ("The signatories include Randi Weingarten, American Federation of Teachers, and Sean Wilentz, Princeton"
         " University.", "American Federation of Teachers"),
        ("The group, which includes the Alzheimer's Society, Age Concern, Mencap and the National Autistic Society,"
         " said misunderstandings over the bill had arisen.", "National Autistic Society"),
    ],
)  # fmt: skip
def test_a_bodys_name_joined_to_a_persons_is_no_person(typed, text, name):
    assert typed(text).get(name, (None, None)) == ("organisation", "name-word")


def test_near_case_a_persons_name_joined_to_a_persons_is_a_person(typed):
    found = typed("Helen Steel and David Morris, from north London, lost their long fight against a libel action.")
    assert found.get("Helen Steel") == ("person", "person-conjunct"), found


FIRMS = (
    "Camera maker Avigilon declined to comment. Shares in chip maker Intel rose as the firm sold more chips to the"
    " company's clients. "
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"People grow up where they are watched," the ACLU\'s Jay Stanley tells Axios.', "ACLU"),
        ("In an October town hall meeting, UCLA students raised worries about breaches of privacy.", "UCLA"),
    ],
)
def test_a_known_body_in_an_article_of_firms_is_no_company(typed, text, name):
    assert typed(FIRMS + text).get(name, (None, None))[0] == "organisation"


def test_a_name_without_a_given_name_keeps_its_label(typed):
    found = typed("Saatchi Gallery announced on Monday that the exhibition would close early because of the floods.")
    assert found.get("Saatchi Gallery", (None, None))[1] != "person-evidence", found


def test_the_actors_lexicon_reads_the_claims_lexicons_given_names():
    claims = load_claims_lexicon(CLAIMS_LEXICON)
    assert default_lexicon().given_names == claims.female_first_names | claims.male_first_names
    assert {"vincent", "tracey", "graeme"} <= default_lexicon().given_names


def test_given_names_are_a_key_of_the_claims_lexicon_only(tmp_path: Path):
    bad = tmp_path / "actors_lexicon.yaml"
    bad.write_text(DEFAULT_LEXICON.read_text(encoding="utf-8") + "\ngiven_names: [jane]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="given_names"):
        load_actors_lexicon(bad)
    missing = tmp_path / "claims_lexicon.yaml"
    missing.write_text("female_first_names: [jane]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="male_first_names"):
        given_names(missing)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The American Press Institute said local newsrooms had cut their staff by a third since 2008.",
         "American Press Institute"),
        ("Astronomers at the Max Planck Institute for Radio Astronomy said the signal came from a distant galaxy.",
         "Max Planck Institute for Radio Astronomy"),
        ("The Parents Television Council said the broadcast was indecent and urged viewers to complain.",
         "Parents Television Council"),
        ("The British Academy of Film and Television Arts said the ceremony would be held in London.",
         "British Academy of Film and Television Arts"),
    ],
)  # fmt: skip
def test_a_bodys_name_with_a_media_word_is_an_organisation(typed, text, name):
    assert typed(text).get(name, (None, None)) == ("organisation", "name-word")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Hollywood Foreign Press Association said the awards would go ahead.",
         "Hollywood Foreign Press Association"),
        ("The Reuters News Agency reported that talks had collapsed.", "Reuters News Agency"),
        ("Oxford University Press said it would publish the dictionary online.", "Oxford University Press"),
    ],
)  # fmt: skip
def test_near_case_other_names_with_a_media_word_stay_media(typed, text, name):
    assert typed(text).get(name, (None, None)) == ("media", "name-word")
