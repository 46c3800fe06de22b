"""actors73 (review55 findings 4-7 on actors70): a verb's subject is what goes "from X to Y" only for verbs of transfer
(`transfer_verbs`: "sovereignty passed from", not "troops flew back from"); the words of handing over count only as
verbs (`given_verbs`: "handed back from", not "hand luggage from"); and an actors gather given "--shards-of mentions"
with no files fails as one without it does."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Troops flew back from Iraq to the US.", ("Iraq",)),  # review55 4: a mover's subject, a motion verb
        ("The envoy was sent back from Iraq to Britain.", ("Iraq", "Britain")),
        ("Officials travelled back from Iraq to Britain.", ("Iraq",)),
        ("Hand luggage from Britain to Spain is limited.", ("Britain", "Spain")),  # review55 5: the noun "hand"
    ],
)
def test_movers_and_the_noun_hand_leave_a_range(verdicts, text, surfaces):
    found = verdicts(text)
    for surface in surfaces:
        assert (surface, "range-of-places") in found


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Control of the border passed from Israel to Egypt.", ("Israel", "Egypt")),  # a transfer verb's subject
        ("Sovereignty was transferred from Britain to China in 1997.", ("Britain", "China")),
        ("Hong Kong was handed back from Britain to China in 1997.", ("Britain", "China")),  # the verb "hand"
        ("The island was ceded from Spain to the US in 1898.", ("Spain", "US")),  # the verb "cede"
    ],
)
def test_the_sides_of_a_transfer_stay_kept(verdicts, text, surfaces):
    found = verdicts(text)
    for surface in surfaces:
        assert (surface, None) in found


def test_power_passing_between_states_keeps_them(verdicts):
    """review55 6: "power" that passes is a state's (`transfer_verbs`' subjects also take `held_nouns`)."""
    found = verdicts("Power passed from Britain to India in 1947.")
    assert ("Britain", None) in found and ("India", None) in found


def test_power_lines_stay_places(verdicts):
    """review55 6, the other way: "power" as a compound of what runs between places is no state's."""
    found = verdicts("Power lines from France to Britain were damaged in the storm.")
    assert ("France", "range-of-places") in found and ("Britain", "range-of-places") in found


@pytest.mark.xfail(
    strict=True,
    reason="review55 6: 'call' is in given_nouns for a state's calls ('calls from Britain to France to act'); phone "
    "calls between places are not told apart from them",
)
def test_phone_calls_between_places(verdicts):
    assert ("India", "range-of-places") in verdicts("Calls from Britain to India cost more.")


def test_an_actors_gather_with_an_empty_mentions_group_fails(tmp_path):
    """review55 7: "--shards-of mentions" with no files (nargs="+" takes the name alone) would give the first shard's
    types; it fails as a gather without the group does."""
    from narrative_pipeline.cli import main
    from narrative_pipeline.records import ActorRecord
    from narrative_pipeline.tables import write_records

    write_records(tmp_path / "0.actors.parquet", [], ActorRecord)
    out = tmp_path / "actors.parquet"
    args = ["gather", "--table", f"actors={out}", "--shards-of", "actors", str(tmp_path / "0.actors.parquet")]
    with pytest.raises(SystemExit, match="--shards-of mentions"):
        main([*args, "--shards-of", "mentions"])
    assert not out.exists()


def test_an_actors_gather_of_no_shards_needs_no_mention_shards(tmp_path):
    """An empty input folder (test_workflow) gathers no actor shards and no mention shards: an empty table, no types
    to vote."""
    from narrative_pipeline.cli import main
    from narrative_pipeline.records import ActorRecord
    from narrative_pipeline.tables import read_records

    out = tmp_path / "actors.parquet"
    assert main(["gather", "--table", f"actors={out}", "--shards-of", "mentions", "--shards-of", "actors"]) == 0
    assert read_records(out, ActorRecord) == []
