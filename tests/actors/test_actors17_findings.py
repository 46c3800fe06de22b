"""actors17 (actors.rules.v19; issue 12): discovered actors that are laws, documents or events, counted on the
BBC corpus ("Finance Bill" discovered as a person "Bill", "the Budgets" as an organisation, "Carling Cup" and
"Birmingham Grand Prix" as persons)."""

from __future__ import annotations


def _ids(linked, text):
    return {a for _, a in linked(text)}


def test_a_bill_after_the_word_that_names_it_is_no_person(linked):
    text = (
        "A shortened Finance Bill would have to be rushed through Parliament. The full Finance Bill, with the"
        " Budget measures in it, would follow after the election."
    )
    assert "disc.bill" not in _ids(linked, text)


def test_a_hybrid_bill_is_no_person(linked):
    text = "We have always said we are going to introduce a hybrid Bill for Crossrail in the Spring, the minister said."
    assert "disc.bill" not in _ids(linked, text)


def test_a_person_called_bill_is_still_a_person(linked):
    text = "Microsoft chairman Bill Gates spoke in Seattle. Bill said the company would keep its lead."
    assert "disc.bill_gates" in _ids(linked, text)


def test_the_budgets_are_no_organisation(linked):
    text = (
        'Mr Brown said: "In the Budgets that were given immediately before the last election, taxes were cut."'
        " He said the economy was strong."
    )
    assert not any("budget" in a for a in _ids(linked, text))


def test_a_cup_spacy_takes_for_a_person_is_no_actor(linked):
    text = "Chelsea goalkeeper Carlo Cudicini will miss the Carling Cup final against Liverpool on Sunday."
    ids = _ids(linked, text)
    assert "disc.carling_cup" not in ids
    assert "disc.carlo_cudicini" in ids


def test_a_grand_prix_spacy_takes_for_a_person_is_no_actor(linked):
    text = "Johnson next competes in the high-class Birmingham Grand Prix on 18 February, his coach said."
    assert "disc.birmingham_grand_prix" not in _ids(linked, text)


def test_a_person_whose_surname_is_no_event_word_is_kept(linked):
    text = "Goalkeeper Chris Day was injured in training. Jude Law starred in the film."
    ids = _ids(linked, text)
    assert {"disc.chris_day", "disc.jude_law"} <= ids


def test_bill_called_after_a_word_that_is_no_article_is_a_person(linked):
    text = (
        "Conductor Bill Conti led the orchestra at the ceremony. The producer shouted at him. \"Oh no Bill don't do"
        ' anything," came the response.'
    )
    assert ("Bill", "disc.bill_conti") in linked(text)


def test_an_agreement_and_the_acronym_it_defines_are_no_actor(linked):
    text = (
        "The World Trade Organisation (WTO) is to end its Multi-Fibre Agreement (MFA) on midnight of 31 December."
        " The MFA pact has helped developing countries. While the current MFA was not perfect, it did allow"
        " poorer countries to export, a charity said."
    )
    found = linked(text)
    assert not any(s in {"MFA", "Multi-Fibre Agreement"} for s, _ in found)
    assert any(s == "WTO" for s, _ in found)


def test_olympic_before_champion_is_no_actor(linked):
    text = '"As Olympic champion there will be more attention on me," said Isinbayeva before the meeting.'
    assert "disc.olympic" not in {a for _, a in linked(text)}


def test_a_walkman_after_its_maker_is_no_actor_and_the_maker_is_kept(linked):
    text = (
        "The magazine's list of gadgets includes the Sony Walkman at number three. The first Sony transistor radio"
        " is at number 13. Sony's third entry in the top 20 is the CDP-101 CD player."
    )
    ids = {a for _, a in linked(text)}
    assert "disc.sony_walkman" not in ids


def test_an_acronym_of_an_institution_used_as_a_place_stays_an_actor(linked):
    text = (
        "The two men used a server based at the prestigious Massachusetts Institute of Technology (MIT). Police"
        " raided a number of universities, including Duke and MIT, and found several of the people involved."
    )
    assert any(s == "MIT" and a is not None for s, a in linked(text))


def test_the_company_in_a_story_with_no_soldiers_is_still_the_firm(described):
    text = (
        "Contrack International has pulled out of a $325m contract in Iraq. Contrack said the work could not be done"
        " at a reasonable cost. Contrack has 200 staff in Iraq. The company denied reports it was withdrawing."
    )
    assert described(text, "US firm pulls out of Iraq")["company"][0] == "disc.contrack_international"


def test_the_end_of_a_product_name_spacy_cut_is_no_actor(linked):
    text = "Microsoft's Internet Explorer has a serious rival in the long-awaited Firefox browser, analysts said."
    assert "disc.explorer" not in {a for _, a in linked(text)}


def test_rugby_tests_are_no_actor(linked):
    text = "Shanklin was first-choice wing in the autumn Tests, but prefers centre and will face England on Saturday."
    assert "disc.tests" not in {a for _, a in linked(text)}
