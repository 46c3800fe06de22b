"""actors23 (actors.rules.v23): review18e's discovered-person cases of `introduced-person`, and names cut or joined at a
full stop.

`introduced-person` no longer links a person noun to the subject of the sentence before when that sentence also names,
for the first time, another person with no common noun of their own ("Michael O'Leary has attacked Stelios
Haji-Ioannou. The easyJet founder"): the noun may be either's. A person introduced with a role ("singer Mark
Morrison") or joined to one ("fellow comedy stars Victoria Wood and David Jason") is not in the way."""

from __future__ import annotations

from narrative_pipeline.actors import Linker, discovered_id, link_article


def test_the_businessman_after_an_accusation_is_not_the_accuser(described):
    """Political news: the accused, named bare, may be "the businessman" as well as the accuser."""
    text = (
        "Opposition activist Ayman Nour has accused Ahmed Ezz of rigging the vote. The businessman said the charges"
        " were false."
    )
    assert described(text).get("businessman", ("",))[0] != discovered_id("Ayman Nour")


def test_the_lawyer_after_a_detainees_attack_is_not_the_detainee(described):
    """Conflict news: the one attacked, named bare, may be "the lawyer"."""
    text = (
        "Former detainee Moazzam Begg has accused Gitanjali Gutierrez of ignoring his case. The lawyer said she had"
        " written to him twice."
    )
    assert described(text).get("lawyer", ("",))[0] != discovered_id("Moazzam Begg")


def test_the_subject_with_a_named_other_of_a_role_still_links(described):
    """The other person's role is said ("singer Mark Morrison"): the striker is the subject (BBC, descriptors-blind)."""
    text = (
        "Premiership footballer and record company boss Kevin Campbell has gained a court injunction stopping R&B"
        " singer Mark Morrison from releasing an album. The Everton striker signed Morrison to his label."
    )
    assert described(text).get("striker", ("",))[0] == discovered_id("Kevin Campbell")


def test_the_subject_alone_in_the_sentence_before_still_links(described):
    text = (
        "Singer Britney Spears is suing eight insurance companies that have refused to reimburse her. The pop star"
        " cancelled her tour last June after suffering a knee injury."
    )
    assert described(text).get("pop star", ("",))[0] == discovered_id("Britney Spears")


def _names(parse, registry, text: str) -> list[tuple[str, str | None]]:
    article = parse("Headline\n\n" + text)
    chosen = link_article(article, Linker.build(registry, 90.0))
    return [(article.text[c.start : c.end], c.name) for c in chosen if c.actor_type == "person"]


def test_a_name_after_a_sentence_ending_on_an_initial_is_its_own(parse, registry):
    """BBC entertainment, stars-pay-tribute-to-actor-davis: spaCy reads the film title's "X." as a middle initial and
    runs the next sentence's first name into it ("Malcolm X. Attallah Shabazz")."""
    text = (
        "Lee cast Davis in Jungle Fever, Do The Right Thing and Malcolm X. Attallah Shabazz, the daughter of activist"
        " Malcolm X, said Davis had been a friend."
    )
    surfaces = [s for s, _ in _names(parse, registry, text)]
    assert "Attallah Shabazz" in surfaces
    assert not any("Shabazz" in s and "Malcolm" in s for s in surfaces)


def test_a_middle_initial_stays_in_the_name(parse, registry):
    text = "In a statement, Dr John E. Kelly, IBM senior vice president, said the firm held 3,000 patents."
    assert "John E. Kelly" in [s for s, _ in _names(parse, registry, text)]


def test_a_sentences_full_stop_on_a_surname_is_no_part_of_the_name(parse, registry):
    """BBC business, slowdown-hits-us-factory-growth: the tokenizer leaves the full stop on "Ore."."""
    text = (
        'The index fell to 56.4 in January. "This is a slowdown in the manufacturing sector," said ISM survey chairman'
        ' Norbert Ore. "While the overall rate of growth is slower, it is still growth."'
    )
    names = dict(_names(parse, registry, text))
    assert any(name == "Norbert Ore" for name in names.values()), names


COSTIN = (
    "Jamie Costin should be paralysed. He says so himself in a matter-of-fact way as he recalls the car accident which"
    " occurred nine days before he was scheduled to step out into the Olympic Stadium in Athens for the 50K Walk."
    ' There is an ironic chuckle as he talks of his immediate thoughts. "I was in a lot of pain and I guessed that one'
    ' of my toes was broken," says the Waterford man.'
)


def test_a_letter_written_on_a_number_is_no_initial(parse, registry):
    """BBC sport, costin-aims-for-comeback-in-2006 (descriptors-blind2): "the 50K Walk" gave a person "K Walk"."""
    assert "K Walk" not in [s for s, _ in _names(parse, registry, COSTIN)]


def test_the_placed_man_is_the_one_person_named(described):
    """... with "K Walk" no person, "the Waterford man" is Costin, the one person named."""
    assert described(COSTIN, "Costin aims for comeback in 2006").get("man", ("",))[0] == discovered_id("Jamie Costin")


def test_the_winner_who_beat_someone_keeps_the_noun(described):
    """BBC sport, williams-battles-to-aussie-title: the subject beat the one named bare; "the champion" is hers."""
    text = (
        "Serena Williams staged a remarkable recovery to beat Lindsay Davenport and win her second Australian Open"
        " title. The 2003 champion claimed her seventh Grand Slam title."
    )
    assert described(text, "Williams battles to Aussie title").get("champion", ("",))[0] == discovered_id(
        "Serena Williams"
    )


def test_a_place_the_parse_takes_for_a_person_is_not_in_the_way(described):
    """BBC sport, mcilroy-wins-800m-indoor-title (descriptors-blind): "in Sheffied" is typed a person."""
    text = (
        "James McIlroy motored to the AAA's Indoor 800m title in Sheffied on Sunday in a time of one minute, 47.97"
        " seconds.\n\nThe Larne athlete dominated the race from start to finish."
    )
    assert described(text, "McIlroy wins 800m indoor title").get("Larne athlete", ("",))[0] == discovered_id(
        "James McIlroy"
    )
