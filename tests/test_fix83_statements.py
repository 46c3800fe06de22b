"""fix83 (session 60): statements left by fix80, fix82 and review72 (findings 7, 9, 11).

- A passive subject's possessive owner undergoes the act only through a head it acts through (its officers and
  bodies, its acts, offers and statements) or its own person (`owner_self_nouns`); any other head (a person of its
  own, its things and parts, a work) undergoes it alone: "Grant's husband was injured" names no patient
  (`arguments.owner_undergoes`; review72 7, fix82's left 117 rows).
- A person noun's from-phrase says where one comes from (`origin_nouns`): "A man from Camberley was arrested" names
  no patient (review72 7, fix82's dropped half).
- "told X how to <act>": the act is explained, not done: no statement of its own (`requests.told_how`; fix80's left).
- A state's word before one of its government's officers or bodies ("Chinese police", "Chinese officials") names its
  government (`state_body_nouns`; fix80's left).
- An according-to phrase's last noun the parser made the subject is no agent (review72 9).
- Backing, funding or financing a work or a venture is no SUPPORT or AID (`financed-venture`; review72 11).
"""

from __future__ import annotations

import pytest
from narrative_pipeline.narratives.stateparts import with_parts
from narratives_support import analyse, rows, statements_of


def of(found, action: str) -> list[tuple]:
    return [(s.agent_actor_id, s.action_class, s.patient_actor_id) for s in found if s.action_text == action]


# 1. a passive subject's possessive owner (each fails on main: the owner was the patient)


@pytest.mark.parametrize(
    ("body", "action"),
    [
        ("Grant's husband, a police corporal, was badly injured by Hamas gunmen.", "injured"),
        ("Microsoft's shares were suspended by the Securities and Exchange Commission.", "suspended"),
        ("Newcastle's teenage centre Mathew Tait has been named by England for the match.", "named"),
    ],
)
def test_an_owners_person_or_thing_undergoes_the_act_alone(statements, body, action):
    found = statements(body)
    assert of(found, action), rows(found)
    assert all(patient is None for _, _, patient in of(found, action)), rows(found)


# what stays: the owner acts through the head, or the head is its own person


@pytest.mark.parametrize(
    ("body", "action", "patient"),
    [
        ("Deutsche Boerse's offer was rejected by the London Stock Exchange.", "rejected", "disc.deutsche_boerse"),
        ("Russia's ambassador was expelled by the British government.", "expelled", "state_rus"),
        ("Tony Blair's plan was attacked by the Conservatives.", "attacked", "tony_blair"),
        ("Davis's body was discovered by his grandson at the hotel.", "discovered", "disc.davis"),
    ],
)
def test_an_owner_undergoes_what_is_done_to_its_act_officer_or_body(statements, body, action, patient):
    found = statements(body)
    assert [p for _, _, p in of(found, action)] == [patient], rows(found)


# 2. a person noun's from-phrase (fails on main: the town was the patient)


def test_where_a_man_is_from_is_no_patient(statements):
    found = statements("A 19-year-old man from Camberley, Surrey, was arrested by the National Hi-Tech Crime Unit.")
    assert of(found, "arrested") == [("disc.national_hi_tech_crime_unit", "COERCE", None)], rows(found)


def test_managers_from_a_firm_stay_the_firms(statements):
    found = statements("Twelve managers from Mitsubishi Motors were charged by prosecutors in Tokyo.")
    assert [p for _, _, p in of(found, "charged")] == ["disc.mitsubishi_motors"], rows(found)


# 3. told X how to (fails on main: the act explained was kept as done)


def test_an_act_told_how_to_do_is_not_done(statements):
    found = statements("Tony Blair told Gordon Brown how to attack the Tories.")
    assert not of(found, "attack"), rows(found)


def test_an_act_told_to_do_stays_a_request(statements):
    found = statements("Tony Blair told Gordon Brown to attack the Tories.")
    assert of(found, "told") == [("tony_blair", "REQUEST", "gordon_brown")], rows(found)
    assert not of(found, "attack"), rows(found)


# 4. a state's police and officials (fail on main: no part)


@pytest.fixture
def parted(parse, registry, plover_lexicon):
    def _parted(body: str):
        article, mentions, _, _ = analyse(parse, registry, body)
        return with_parts(statements_of(parse, registry, body), [article], mentions, plover_lexicon)

    return _parted


@pytest.mark.parametrize(
    "body",
    ["Chinese police arrested three men in Beijing.", "Chinese officials criticised the Japanese government."],
)
def test_a_states_police_and_officials_are_its_government(parted, body):
    found = [s for s in parted(body) if s.agent_actor_id == "state_chn"]
    assert found and all(s.agent_as == "government" for s in found), rows(found)


def test_officials_of_a_field_of_their_own_stay_the_states(parted):
    found = [s for s in parted("Chinese football officials criticised the Japanese government.")]
    assert [s.agent_as for s in found if s.agent_actor_id == "state_chn"] == [None], rows(found)


# 5. an according-to phrase (fails on main: the Radicati Group clicked)


def test_an_according_to_phrases_last_noun_is_no_agent(statements):
    body = (
        "According to a survey conducted by security firm Mirapoint and market research company the Radicati "
        "Group, nearly a third of e-mail users have clicked on links."
    )
    assert all(a is None for a, _, _ in of(statements(body), "clicked")), rows(statements(body))


def test_a_subject_after_the_according_to_phrase_stays(statements):
    found = statements("According to the BBC, Tony Blair attacked the Conservatives.")
    assert [a for a, _, _ in of(found, "attacked")] == ["tony_blair"], rows(found)


# 6. money backing of a work or venture (each fails on main: SUPPORT / AID)


@pytest.mark.parametrize(
    ("body", "action"),
    [
        ("The film was partially backed by Warner Bros.", "backed"),
        ("A next generation DVD technology backed by Sony has received a major boost.", "backed"),
        ("The project was funded by the European Union.", "funded"),
    ],
)
def test_backing_a_work_or_venture_with_money_is_no_support(statements, body, action):
    found = statements(body)
    assert of(found, action) and all(c is None for _, c, _ in of(found, action)), rows(found)


@pytest.mark.parametrize(
    ("body", "action", "category"),
    [
        ("Labour's bid was backed by the unions.", "backed", "SUPPORT"),
        ("The Conservatives backed Tony Blair over the war.", "backed", "SUPPORT"),
    ],
)
def test_backing_an_actor_or_its_own_venture_stays_support(statements, body, action, category):
    assert [c for _, c, _ in of(statements(body), action)] == [category], rows(statements(body))


# 3b. the one told a pronoun: of two persons, not its own clause's doer (fail on main: no patient)


@pytest.mark.parametrize(
    ("body", "action", "agent", "patient"),
    [
        (
            'Scott Sullivan has said that Mr Ebbers ordered accounting adjustments at the firm, telling him to "hit '
            'our books".',
            "telling",
            "disc.ebbers",
            "disc.scott_sullivan",
        ),
        ("Gordon Brown met Tony Blair on Monday. Mr Blair told him to resign.", "told", "tony_blair", "gordon_brown"),
    ],
)
def test_the_one_told_is_the_other_of_two_persons(statements, body, action, agent, patient):
    found = statements(body)
    assert of(found, action) == [(agent, "REQUEST", patient)], rows(found)


def test_a_pronoun_told_with_one_person_before_stays_unread(statements):
    found = statements("Mr Blair told him to resign.")
    assert of(found, "told") == [("tony_blair", "REQUEST", None)], rows(found)


# what stays: an owner's views and requests, a school's students, a political backing of research


@pytest.mark.parametrize(
    ("body", "action", "expected"),
    [
        (
            "Lord Butler's assessment was backed by his predecessor as Cabinet Secretary, Lord Armstrong.",
            "backed",
            "SUPPORT",
        ),
        ("Michael Howard has backed stem cell research, saying it is important.", "backed", "SUPPORT"),
    ],
)
def test_backing_a_view_or_research_stays_support(statements, body, action, expected):
    assert [c for _, c, _ in of(statements(body), action)] == [expected], rows(statements(body))


def test_an_owners_assessment_makes_the_owner_the_patient(statements):
    found = statements("Lord Butler's assessment was backed by his predecessor as Cabinet Secretary, Lord Armstrong.")
    assert [p for _, _, p in of(found, "backed")] == ["disc.butler"], rows(found)
