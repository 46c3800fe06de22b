"""actors67: a discovered actor's type in actors.parquet, voted from the corpus's mentions.

m56 BBC: 137 discovered actors had a type other than that of most of their mentions a rule of its own typed, because
each shard's row took the majority of its own mentions (label-only mentions counted alike) and the gather kept the
first shard's ("Apple" an organisation with 52 mentions typed a company by a cue, "Nokia" a person, "Gazprom" a
government, "Everton" a person, "Franz Ferdinand" a person).
"""

from __future__ import annotations

from collections import Counter

from narrative_pipeline.actortypes import discovered_type, type_votes
from narrative_pipeline.catalogue import table
from narrative_pipeline.records import ActorRecord, MentionRecord
from narrative_pipeline.tables import gather, mention_type_votes, merge_actors, write_records


def actor(actor_id: str, actor_type: str, n: int, aliases: list[str] | None = None, source: str = "discovered"):
    return ActorRecord(
        actor_id=actor_id, name=actor_id.removeprefix("disc.").title(), actor_type=actor_type, aliases=aliases or [],
        country_iso3=None, wikidata_id=None, source=source, n_mentions=n,
    )  # fmt: skip


def mention(k: int, actor_id: str, actor_type: str, rule: str) -> MentionRecord:
    return MentionRecord(
        mention_id=f"a{k}:m0000", article_id=f"a{k}", sentence_id=f"a{k}:s0000", start=0, end=5, text="Apple",
        actor_id=actor_id, actor_type=actor_type, link_method="ner-discovered", link_score=1.0, matched_alias=None,
        head_i=0, type_rule=rule,
    )  # fmt: skip


def test_mentions_a_rule_typed_outvote_those_typed_by_the_label_alone():
    votes = Counter({("organisation", 0): 38, ("company", 3): 5, ("organisation", 3): 2})
    assert discovered_type(votes) == "company"  # "Apple": 38 by spaCy's label, 5 by a cue


def test_a_business_articles_company_counts_a_third_of_a_cue():
    votes = type_votes([("disc.x", "company", "business-article")] * 2 + [("disc.x", "person", "surname")])
    assert discovered_type(votes["disc.x"]) == "person"
    votes = type_votes([("disc.x", "company", "business-article")] * 4 + [("disc.x", "person", "surname")])
    assert discovered_type(votes["disc.x"]) == "company"  # actors71: four business articles outvote one cue


def test_label_only_mentions_still_decide_when_no_rule_typed_any():
    votes = type_votes([("disc.x", "organisation", "ner-label")] * 2 + [("disc.x", "person", "ner-label")])
    assert discovered_type(votes["disc.x"]) == "organisation"


def test_a_tie_goes_to_the_type_last_in_alphabetical_order_as_before():
    assert discovered_type(Counter({("company", 3): 1, ("organisation", 3): 1})) == "organisation"


def test_a_tie_of_rule_typed_mentions_goes_to_the_type_most_mentions_have():
    votes = Counter({("company", 3): 1, ("person", 3): 1, ("company", 1): 2})
    assert discovered_type(votes) == "company"  # "Morgan Stanley": a cue, a person's noun, two business articles


def test_unlinked_mentions_cast_no_vote():
    assert type_votes([(None, "person", "ner-label"), ("", "person", "title")]) == {}


def test_merge_takes_the_corpus_vote_whatever_shard_comes_first():
    a = [actor("disc.nokia", "person", 3, aliases=["Nokia"])]
    b = [actor("disc.nokia", "company", 2)]
    votes = type_votes([("disc.nokia", "person", "ner-label")] * 3 + [("disc.nokia", "company", "company-cue")] * 2)
    for shards in ([a, b], [b, a]):
        (row,) = merge_actors(shards, votes)
        assert row.actor_type == "company" and row.aliases == [] and row.n_mentions == 5


def test_merge_without_votes_keeps_the_first_shards_type():
    a, b = [actor("disc.x", "person", 1)], [actor("disc.x", "company", 1)]
    assert merge_actors([a, b])[0].actor_type == "person"


def test_a_person_keeps_its_surname_alias_and_a_registry_actor_its_type():
    rows = [actor("disc.jo_bloggs", "person", 2, aliases=["Bloggs"]), actor("reg.x", "state", 1, source="registry")]
    votes = type_votes([("disc.jo_bloggs", "person", "title"), ("reg.x", "person", "ner-label")])
    merged = merge_actors([rows], votes)
    assert [(r.actor_type, r.aliases) for r in merged] == [("person", ["Bloggs"]), ("state", [])]


def test_gather_votes_from_the_mention_shards(tmp_path):
    write_records(tmp_path / "0.actors.parquet", [actor("disc.apple", "organisation", 3)], ActorRecord)
    write_records(tmp_path / "1.actors.parquet", [actor("disc.apple", "company", 1)], ActorRecord)
    first = [mention(k, "disc.apple", "organisation", "ner-label") for k in range(3)]
    write_records(tmp_path / "0.mentions.parquet", first, MentionRecord)
    write_records(tmp_path / "1.mentions.parquet", [mention(9, "disc.apple", "company", "company-cue")], MentionRecord)
    shards = [tmp_path / "0.actors.parquet", tmp_path / "1.actors.parquet"]
    mentions = [tmp_path / "0.mentions.parquet", tmp_path / "1.mentions.parquet"]
    assert mention_type_votes(mentions)["disc.apple"] == Counter({("organisation", 1): 3, ("company", 30): 1})
    assert gather(table("actors"), shards, mentions).column("actor_type").to_pylist() == ["company"]
    assert gather(table("actors"), shards).column("actor_type").to_pylist() == ["organisation"]  # no votes: as before


def test_votes_counted_from_kept_tables_gather_as_the_shards_do(tmp_path):
    """The validator counts the votes from its kept copies of the mention shards (`table_type_votes`): the same."""
    from narrative_pipeline.tables import read_parquet, table_type_votes

    write_records(tmp_path / "0.actors.parquet", [actor("disc.apple", "organisation", 2)], ActorRecord)
    rows = [mention(0, "disc.apple", "organisation", "ner-label"), mention(1, "disc.apple", "company", "company-cue")]
    write_records(tmp_path / "0.mentions.parquet", rows, MentionRecord)
    votes = table_type_votes([read_parquet(tmp_path / "0.mentions.parquet")])
    shards, mentions = [tmp_path / "0.actors.parquet"], [tmp_path / "0.mentions.parquet"]
    assert gather(table("actors"), shards, votes=votes).equals(gather(table("actors"), shards, mentions))


def test_an_actors_gather_without_the_mention_shards_fails_with_the_reason(tmp_path):
    """review54 7 (actors70): `gather` of the actors table with no mention shards would give the first shard's types,
    which the validator (voting from every mention shard) finds unequal; it fails and says why instead. Given the
    mention shards, without the mentions table itself, it votes from them."""
    import pytest
    from narrative_pipeline.cli import main
    from narrative_pipeline.tables import read_records

    write_records(tmp_path / "0.actors.parquet", [actor("disc.apple", "organisation", 3)], ActorRecord)
    write_records(tmp_path / "1.actors.parquet", [actor("disc.apple", "company", 1)], ActorRecord)
    first = [mention(k, "disc.apple", "organisation", "ner-label") for k in range(3)]
    write_records(tmp_path / "0.mentions.parquet", first, MentionRecord)
    write_records(tmp_path / "1.mentions.parquet", [mention(9, "disc.apple", "company", "company-cue")], MentionRecord)
    out = tmp_path / "actors.parquet"
    args = ["gather", "--table", f"actors={out}", "--shards-of", "actors"]
    args += [str(tmp_path / "0.actors.parquet"), str(tmp_path / "1.actors.parquet")]
    with pytest.raises(SystemExit, match="--shards-of mentions"):
        main(args)
    assert not out.exists()
    mentions = [str(tmp_path / "0.mentions.parquet"), str(tmp_path / "1.mentions.parquet")]
    assert main([*args, "--shards-of", "mentions", *mentions]) == 0
    assert [r.actor_type for r in read_records(out, ActorRecord)] == ["company"]
