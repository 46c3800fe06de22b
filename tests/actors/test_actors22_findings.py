"""actors22 (actors.rules.v22): descriptor misses of descriptors-dev, -blind and -blind2 and the BBC corpus.

`introduced-person`: a person noun as the subject of the sentence right after the one that introduces a person as
its subject ("Kevin Campbell has gained a court injunction ... The Everton striker signed Morrison") is that person,
when nobody else the article named before is in the way."""

from __future__ import annotations

from narrative_pipeline.actors import discovered_id

CAMPBELL = (
    "Premiership footballer and record company boss Kevin Campbell has gained a court injunction stopping R&B singer"
    " Mark Morrison from releasing an album."
)


def test_the_subject_after_a_persons_introduction_is_that_person(described):
    """BBC entertainment, court-halts-mark-morrison-album (descriptors-blind)."""
    text = CAMPBELL + (
        " The Everton striker signed Morrison to his label and claims he spent thousands of pounds producing his album."
        ' "I have worked hard to realise my ambition in football but had hoped that my future career would be in the'
        ' music business."'
    )
    assert described(text, "Court halts Mark Morrison album").get("striker") == (
        discovered_id("Kevin Campbell"),
        "introduced-person",
    )


def test_an_aged_and_placed_noun_after_the_introduction_is_that_person(described):
    text = (
        "Manchester City's Paul Bosvelt will find out within a month whether he is to be offered a new deal."
        " The 34-year-old midfielder is out of contract in the summer."
    )
    found = {v for k, v in described(text).items() if k.endswith("midfielder")}
    assert found == {(discovered_id("Paul Bosvelt"), "introduced-person")}


def test_a_person_named_before_the_introduction_keeps_the_noun(described):
    """'Mr Dowell told a court ... Mr Blake's revolver. The 71-year-old former star': Dowell was named before."""
    text = (
        "The residue may not have come from the shot, the trial was told by criminalist Steven Dowell. Mr Dowell"
        " told a Los Angeles court the residue may have come from Mr Blake's revolver. The former star denies murder."
    )
    assert "star" not in described(text)


def test_no_person_inside_a_quote(described):
    text = (
        'Spurs boss Martin Jol said his team were robbed at Old Trafford. "The referee is already wearing an'
        ' earpiece, so why can we not stop the game?" he asked.'
    )
    assert "referee" not in described(text)


def test_no_person_in_a_relative_or_adverbial_clause(described):
    text = (
        "Ann Kite told the court in Santa Maria she was hired to manage the fallout. Jurors saw the film, in which"
        " the pop star held hands with a boy."
    )
    assert "pop star" not in described(text)


def test_a_person_named_before_the_noun_in_its_sentence_keeps_it(described):
    """BBC sport, wales-silent-on-grand-slam-talk: the Dragons winger is Luscombe, not Morgan."""
    text = (
        "Kevin Morgan is favourite to replace Gareth Thomas at full-back, leaving Hal Luscombe to battle for the"
        " right wing berth. A hamstring injury denied Luscombe a third start, but the Dragons winger is expected"
        " to be fit."
    )
    assert "winger" not in described(text)


def test_another_person_named_before_and_again_in_the_introduction_keeps_the_noun(described):
    text = (
        "Alan Smith was injured on Saturday. Wayne Rooney has had to play alone up front since Smith was hurt."
        " The striker has scored six goals in nine games."
    )
    assert described(text).get("striker", (None,))[0] != discovered_id("Wayne Rooney")


def test_the_person_the_article_named_most_keeps_the_noun(described):
    text = (
        "Andre Agassi reached the fourth round in Melbourne. Agassi beat Taylor Dent in straight sets. Agassi's route"
        " was made easy when Jarkko Nieminen was forced to retire. The top seed was leading 6-3 5-2."
    )
    assert described(text).get("seed", (None,))[0] != discovered_id("Jarkko Nieminen")


def test_a_name_inside_the_noun_phrase_stays_its_own_mention(mentions):
    """BBC entertainment, pete-doherty-misses-bail-deadline: "The former Libertines singer" keeps the band."""
    text = (
        "Singer Pete Doherty will have to spend the weekend in jail because he could not pay his bail on time."
        " The former Libertines singer had been granted bail with curfew restrictions."
    )
    found = {(t, a) for t, a, _ in mentions(text)}
    assert ("singer", discovered_id("Pete Doherty")) in found
    assert any(t == "Libertines" for t, _ in found)


def test_a_nationality_after_a_sentence_naming_two_persons_says_which(described):
    """BBC sport, henman-hopes-ended-in-dubai: "The Croatian eighth seed" is Ljubicic, not Henman."""
    text = (
        "Third seed Tim Henman slumped to a straight sets defeat in his Dubai Open quarter-final against Ivan"
        " Ljubicic. The Croatian eighth seed booked his place in the last four."
    )
    assert described(text).get("eighth seed", (None,))[0] != discovered_id("Tim Henman")


def test_a_state_joined_to_a_place_after_in_is_a_place(linked):
    """gold-politics-dev, minister-defends-hunting-ban-law: the parse hangs "Wales" on "dogs", not on "in"."""
    text = 'The law banning hunting with dogs in England and Wales is enforceable and "very clear", Alun Michael said.'
    assert not any(a == "wales" for _, a in linked(text))


def test_a_state_joined_to_an_acting_state_is_still_an_actor(linked):
    text = "England and Wales agreed the law on Monday, Alun Michael said."
    assert ("Wales", "wales") in linked(text)


# rival carmaker Ford, named after DaimlerChrysler, leaves "the company" to no firm named most (BBC business,
# daimlerchrysler-s-2004-sales-rise: "as solid Chrysler sales offset a weak showing for Mercedes")
DAIMLER = (
    "US-German carmaker DaimlerChrysler has sold 2.1% more cars in 2004, as strong demand in China offset weak sales"
    " at rival carmaker Ford."
)


def test_the_company_after_the_sentence_introducing_a_firm_as_its_subject_is_that_firm(described):
    text = DAIMLER + " Sales totalled 3.9 million units worldwide during 2004, the company said."
    assert described(text).get("company") == (discovered_id("DaimlerChrysler"), "kind-of-named")


def test_the_company_in_a_quote_or_after_another_firm_here_stays_unlinked(described):
    quoted = DAIMLER + ' "Sales totalled 3.9 million units, and the company is pleased," a spokesman said.'
    another = DAIMLER + " Analysts at Morgan Stanley said the company had done well."
    assert "company" not in described(quoted)
    assert "company" not in described(another)
