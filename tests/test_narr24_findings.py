"""narr24 (narratives.rules.v29): a head noun a bygone modifier marks as a tie that has ended ("former", "ex",
"erstwhile": `bygone_modifiers`) names no actor through its possessor, modifier or of-phrase, as agent or as patient:
"the former Liverpool striker enjoyed" has no Liverpool agent (review51's audit), "investigating Hardie's former chief
executive" no Hardie patient. A current tie still does ("Microsoft executives said", "the Labour minister said"), and
so does a name the bygone word stands before ("former chairman Ken Bates said": Bates). Each text through the real
upstream steps (`narratives_support.statements_of`); sentences shortened from m54-bbc rows."""

from __future__ import annotations

import pytest
from narratives_support import rows, statements_of


def _with_action(found, action):
    return [s for s in found if s.action_text == action]


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        ("Rush took over at Chester, and the former Liverpool striker enjoyed an impressive start.", "enjoyed",
         "liverpool"),
        ("Two former Parmalat auditors will stand trial later this month for their role in the collapse.", "stand",
         "parmalat"),
        ("Eighteen former Enron directors have agreed a $168m settlement deal in a shareholder lawsuit.", "agreed",
         "enron"),
        ("The former Sun editor dispensed a stream of well-crafted insults.", "dispensed", "sun"),
    ],
)  # fmt: skip
def test_a_bygone_descriptor_names_no_agent(parse, registry, text, action, actor):
    found = _with_action(statements_of(parse, registry, text), action)
    assert all(actor not in (s.agent_actor_id or "") for s in found), rows(found)


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        ("The Australian watchdog is investigating Hardie's former chief executive over allegations.",
         "investigating", "hardie"),
        ("Israel has asked a US banker and former International Monetary Fund director to run its central bank.",
         "asked", "monetary"),
    ],
)  # fmt: skip
def test_a_bygone_descriptor_names_no_patient(parse, registry, text, action, actor):
    found = _with_action(statements_of(parse, registry, text), action)
    assert all(actor not in (s.patient_actor_id or "") for s in found), rows(found)


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # a current tie: the owner acts through its staff (`acts_through`)
        ("Several HealthSouth executives have criticised the Senate over the inquiry.", "criticised", "healthsouth"),
        # "former" on another noun of the sentence changes nothing here
        ("Labour MPs have angrily criticised the former system of party funding.", "criticised", "labour"),
    ],
)  # fmt: skip
def test_a_current_tie_still_names_its_owner(parse, registry, text, action, actor):
    found = _with_action(statements_of(parse, registry, text), action)
    assert found and any(actor in (s.agent_actor_id or "") for s in found), rows(found)


def test_an_apposition_still_names_the_person(parse, registry):
    # the bygone head's own apposition is who acts: "his former manager, Saul Holiff" is Holiff
    found = _with_action(
        statements_of(parse, registry, "Johnny Cash's former manager, Saul Holiff, criticised the record label."),
        "criticised",
    )
    assert found and all("cash" not in (s.agent_actor_id or "") for s in found), rows(found)
    assert any("holiff" in (s.agent_actor_id or "") for s in found), rows(found)
