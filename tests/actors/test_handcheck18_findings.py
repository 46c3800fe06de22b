"""handcheck18: the actors step crashed (KeyError 'disc.hitler') on a saved web page, taking its whole shard down.

"appointing Hitler Chancellor": the one-word office "Chancellor" has a registry holder and a modifier linked to a
discovered actor, which `_another_states_office` looked up in the registry as if it were a state."""

from __future__ import annotations

from narrative_pipeline.actors import discovered_id


def test_an_office_after_a_discovered_name_does_not_crash(linked):
    found = linked("The story begins with Hindenburg appointing Hitler Chancellor in 1933, and runs until 1946.")
    assert ("Hitler", discovered_id("Hitler")) in found


def test_an_office_after_a_state_word_still_names_another_states_holder(described):
    """The guard keeps registry states: "the German Chancellor" is still no British holder's office."""
    found = described("Tony Blair met the German Chancellor on Monday. The Chancellor said talks went well.", "Talks")
    assert all(actor != "tony_blair" for actor, _ in found.values())
