"""actors9: classes fixed in actors.rules.v11, each on made-up sentences with the case it must leave alone."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import discovered_id


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # the state said last, as an actor or where one goes, after anything of the state named most
        (
            "Gordon Brown has pledged more British money for Malawi. Mr Brown visited Kenya on Tuesday."
            " Officials said the country needed help with its debts.",
            "state_ken",
        ),
        (
            "France has cut its budget. A French minister said France would meet the EU rules. Economists said"
            " Germany's deficit was growing. The worry is the country's rising unemployment.",
            "state_deu",
        ),
        # something of the state named most said after the other state: the state named most
        (
            "Many factory jobs have moved to China. Mr Blair told MPs the country's debt was under control.",
            "state_gbr",
        ),
        # the other state only where something is: the state named most
        (
            "Tony Blair said British troops would stay in Iraq. The country's armed forces are stretched,"
            " Mr Blair said.",
            "state_gbr",
        ),
        # the other state two sentences back: the state named most
        (
            "Tony Blair has spoken about jobs. Mr Blair said more call centre jobs were going to India. Unions have"
            " complained for years."
            " The country cannot live on services alone, Mr Blair said.",
            "state_gbr",
        ),
    ],
)
def test_the_country_is_the_state_said_last_before_it(described, text, state):
    assert described(text)["country"][0] == state


def test_the_country_after_two_states_said_at_once_is_not_linked_to_either(described):
    text = (
        "Tony Blair has spoken about debt relief. Mr Blair said Ghana and Kenya had made progress."
        " He said the country would get more help."
    )
    assert described(text).get("country", (None,))[0] not in {"state_gha", "state_ken"}


@pytest.mark.parametrize(
    ("text", "title", "holder"),
    [
        # spaCy tags a lower-case title in apposition as a proper noun: still a title of the person
        (
            "Gordon Brown, chancellor of the exchequer, became the longest-serving chancellor in 2004."
            " Lord Kinnock said the chancellor would be best placed to take over.",
            "chancellor",
            "gordon_brown",
        ),
        (
            "Jane Smith, minister for rural affairs, spoke to farmers in Devon. The minister said the"
            " ban would be enforced.",
            "minister",
            discovered_id("Jane Smith"),
        ),
    ],
)
def test_a_lower_case_title_beside_a_name_is_the_persons(described, text, title, holder):
    assert described(text)[title][0] == holder


def test_a_capitalised_name_beside_a_name_is_no_title(described):
    text = "John Smith, Chancellor Brown's adviser, met union leaders. The chancellor said little."
    assert described(text).get("chancellor", (None,))[0] != discovered_id("John Smith")


@pytest.mark.parametrize(
    ("text", "phrase", "holder"),
    [
        # a registry office owned by the holder's state, or by a nation of it
        (
            "Jack McConnell visited a school in Inverness. Scotland's first minister told pupils to work hard.",
            "first minister",
            "jack_mcconnell",
        ),
        (
            "Tony Blair flew to Washington on Monday. Britain's prime minister will meet Congress leaders.",
            "prime minister",
            "tony_blair",
        ),
        # a capitalised office after its holder is named
        (
            "Tessa Jowell has defended the Gambling Bill. The Culture Secretary said critics were wrong.",
            "Culture Secretary",
            "tessa_jowell",
        ),
    ],
)
def test_a_registry_office_of_a_named_holder(described, text, phrase, holder):
    assert described(text)[phrase][0] == holder


def test_another_states_office_is_not_the_registry_holders(described):
    text = (
        "Tony Blair met Jacques Chirac in Paris. France's prime minister was not at the talks."
        " The prime minister said the two men had agreed on aid."
    )
    found = described(text)
    assert found.get("prime minister", (None,))[0] != "tony_blair"


def test_two_first_ministers_named_give_neither_the_office(described):
    text = "Rhodri Morgan and Jack McConnell met in London. The first minister said the talks went well."
    assert "first minister" not in described(text)


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty International has criticised the trial in Cairo. The organisation's director said the men had"
        " been tortured.",
        "Oxfam has warned of famine in Niger. The organisation said millions needed food aid.",
    ],
)
def test_the_organisation_is_the_one_named_just_before(described, text):
    assert described(text)["organisation"][1] == "kind-of-named"


def test_the_organisation_named_long_before_is_not_taken(described):
    text = (
        "Oxfam has warned of famine in Niger. Farmers have lost their crops. Prices have risen sharply."
        " Many families have left their villages. Officials said the organisation had been slow to respond."
    )
    assert "organisation" not in described(text)


@pytest.mark.parametrize(
    "text",
    [
        # two states said before it in its sentence: which one?
        "Venezuelan president Hugo Chavez has offered China access to the country's oil reserves.",
        # the state said last acts on the noun
        "Ukraine's president Viktor Yushchenko met EU leaders. He praised Russia, which borders the country to the"
        " east.",
    ],
)
def test_the_country_is_left_alone_when_its_sentence_is_unclear(described, text):
    assert "country" not in described(text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a demonym of another state in its sentence does not outvote the state named most
        (
            "Sudan has rejected calls for foreign troops. Sudan says it can keep order. A British aid worker said"
            " the country's hospitals were full.",
            "state_sdn",
        ),
        # the sentence before names two states (the UK by its descriptor): the state named most
        (
            "Tony Blair has defended the war. Lord Butler said the government thought Iraq was a serious threat."
            " Asked whether the country was well governed, he said it was not.",
            "state_gbr",
        ),
    ],
)
def test_the_country_stays_the_state_named_most(described, text, state):
    assert described(text)["country"][0] == state


def test_a_media_outlet_of_a_state_says_nothing_of_that_state(described):
    text = (
        "Germany's music industry is in trouble. Record sales in Germany fell again last year. A producer"
        " told BBC World Service that the country's labels were struggling."
    )
    assert described(text).get("country", (None,))[0] != "state_gbr"


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("He was found dead in his cell in Stoke Heath Young Offender Institution in March.", "Stoke Heath", False),
        ("She went to Brackley University, where she studied law.", "Brackley University", False),
        ("Brackley University said the course would close next year.", "Brackley University", True),
    ],
)
def test_an_institution_is_a_place_where_someone_is_or_goes(mentions, text, name, kept):
    assert any(name in surface for surface, _, _ in mentions(text)) == kept


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # in the outlet's own country "the authorities" are the police, prisons or councils
        (
            "Michael Howard set out Tory plans for the police. Mr Howard said the authorities were not accountable.",
            None,
        ),
        ("Tony Blair has promised a review of prisons. Inmates had gone to the authorities for help.", None),
        # abroad they are the state
        (
            "Russia has charged two oil executives with fraud. They say they are punished by the authorities.",
            "state_rus",
        ),
    ],
)
def test_the_authorities_are_not_the_outlets_own_state(described, text, state):
    assert described(text).get("authorities", (None,))[0] == state


def test_of_two_states_named_as_often_the_government_is_the_one_said_last(described):
    text = (
        "Standard Chartered is based in London but Hong Kong is its biggest market. It has now bought Korea First"
        " Bank, which South Korea nationalised. The fund bought its stake during the government's nationalisation"
        " of several banks."
    )
    assert described(text)["government"][0] == "state_kor"
