"""speed56: the actors' gather merges the shards' rows as read, without typing each row again by its record model.

The gather job and the corpus validation's gather again (`validate.corpus.gathered_again`) each typed every actors
shard row with pydantic (`read_records`) and every merged row back (`to_table` of records): about 0.2-0.35 CPU s of
each on BBC's add-one. The rows are now merged as dicts (`merge_actor_rows`) and the table built from them; the
validation still types every actors shard row (`validate-shard`) and every row of the gathered table
(`typed_check`), so a row that breaks the model is still found.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyarrow as pa
import pytest
from narrative_pipeline import tables
from narrative_pipeline.actortypes import type_votes
from narrative_pipeline.catalogue import table
from narrative_pipeline.records import ActorRecord, MentionRecord
from narrative_pipeline.tables import arrow_schema, gather, merge_actor_rows, merge_actors, to_table, write_records
from test_actortypes67 import mention


def actor(actor_id: str, name: str, actor_type: str, n: int, aliases=(), source="discovered", country=None):
    return ActorRecord(
        actor_id=actor_id, name=name, actor_type=actor_type, aliases=list(aliases), country_iso3=country,
        wikidata_id=None, source=source, n_mentions=n,
    )  # fmt: skip


SHARDS = [
    [
        actor("disc.apple", "Apple", "organisation", 3, ["Apple"]),
        actor("disc.jo_bloggs", "Bloggs", "person", 1, ["Bloggs"]),
        actor("reg.uk", "United Kingdom", "state", 4, ["UK", "Britain"], source="registry", country="GBR"),
    ],
    [
        actor("disc.apple", "Apple Inc", "company", 2, ["Apple Inc"]),
        actor("disc.jo_bloggs", "Jo Bloggs", "person", 2, ["Jo"]),
        actor("disc.zed", "Zed", "person", 1),
        actor("reg.uk", "United Kingdom", "state", 1, ["UK", "Britain"], source="registry", country="GBR"),
    ],
    [actor("disc.apple", "Apple", "person", 1, ["Apple"]), actor("reg.uk", "UK", "state", 2, ["UK"], "registry")],
]
MENTIONS = [
    [mention(0, "disc.apple", "organisation", "ner-label"), mention(1, "disc.apple", "company", "company-cue")],
    [mention(2, "disc.jo_bloggs", "person", "title"), mention(3, "reg.uk", "person", "ner-label")],
    [mention(4, "disc.zed", "organisation", "ner-label")],
]


def written(tmp_path, shards=SHARDS, mentions=MENTIONS):
    paths, mention_paths = [], []
    for k, (rows, found) in enumerate(zip(shards, mentions, strict=True)):
        paths.append(tmp_path / f"{k}.actors.parquet")
        mention_paths.append(tmp_path / f"{k}.mentions.parquet")
        write_records(paths[-1], rows, ActorRecord)
        write_records(mention_paths[-1], found, MentionRecord)
    return paths, mention_paths


def typed_gather(paths, votes):
    """The actors' gather as it was before speed56: every shard row typed, the merged records made a table."""
    return to_table(merge_actors([tables.read_records(p, ActorRecord) for p in paths], votes), ActorRecord)


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 0, 2)])
@pytest.mark.parametrize("voted", [True, False])
def test_the_gathered_actors_are_those_of_the_typed_merge(tmp_path, order, voted):
    paths, mention_paths = written(tmp_path)
    paths, mention_paths = [paths[k] for k in order], [mention_paths[k] for k in order]
    votes = tables.mention_type_votes(mention_paths) if voted else None
    got = gather(table("actors"), paths, mention_paths if voted else ())
    want = typed_gather(paths, votes)
    assert got.equals(want) and got.schema.equals(want.schema, check_metadata=True)
    assert got.schema.equals(arrow_schema(ActorRecord), check_metadata=True)
    out_got, out_want = tmp_path / "got.parquet", tmp_path / "want.parquet"
    tables.write_table(out_got, got)
    tables.write_table(out_want, want)
    assert out_got.read_bytes() == out_want.read_bytes()


def test_the_merge_sums_names_aliases_and_votes_as_before():
    votes = type_votes([("disc.apple", "company", "company-cue"), ("disc.zed", "organisation", "ner-label")])
    rows = merge_actor_rows([[r.model_dump() for r in shard] for shard in SHARDS], votes)
    by_id = {r["actor_id"]: r for r in rows}
    assert [r["actor_id"] for r in rows] == sorted(by_id)
    assert by_id["disc.apple"]["n_mentions"] == 6 and by_id["disc.apple"]["name"] == "Apple Inc"
    assert (by_id["disc.apple"]["actor_type"], by_id["disc.apple"]["aliases"]) == ("company", [])  # voted: not a person
    assert by_id["disc.jo_bloggs"]["aliases"] == ["Bloggs", "Jo"] and by_id["disc.jo_bloggs"]["name"] == "Jo Bloggs"
    assert by_id["disc.zed"]["actor_type"] == "organisation"
    assert by_id["reg.uk"]["aliases"] == ["UK", "Britain"] and by_id["reg.uk"]["n_mentions"] == 7  # the first shard's
    assert by_id["reg.uk"]["name"] == "United Kingdom"
    assert [r.model_dump() for r in merge_actors(SHARDS, votes)] == rows


def test_the_merge_leaves_the_shards_rows_as_they_were():
    shard_rows = [[r.model_dump() for r in shard] for shard in SHARDS]
    before = [[dict(r, aliases=list(r["aliases"])) for r in rows] for rows in shard_rows]
    merge_actor_rows(shard_rows, type_votes([("disc.apple", "company", "company-cue")]))
    assert shard_rows == before


def test_the_gather_types_no_actor_row(tmp_path, monkeypatch):
    """Fails on main: its gather typed each shard's rows (`read_records`) and built the table from records."""
    paths, mention_paths = written(tmp_path)
    want = typed_gather(paths, tables.mention_type_votes(mention_paths))

    def refused(*args, **kwargs):
        raise AssertionError("an actors row typed again")

    monkeypatch.setattr(tables, "read_records", refused)
    monkeypatch.setattr(tables, "validate_rows", refused)
    monkeypatch.setattr(tables, "to_table", refused)
    assert gather(table("actors"), paths, mention_paths).equals(want)


def test_a_row_that_breaks_the_model_is_still_found_by_the_validation(tmp_path):
    """The gather no longer types the rows: an actor type outside the model passes it, and the corpus validation's
    typed check of the gathered actors table reports it (as the shard validation does for the shard)."""
    from narrative_pipeline.validate.checks import Checker, read_table

    paths, mention_paths = written(tmp_path)
    bad = tables.read_parquet(paths[1])
    ids, types_ = bad.column("actor_id").to_pylist(), bad.column("actor_type").to_pylist()
    types_ = ["wizard" if i == "disc.zed" else t for i, t in zip(ids, types_, strict=True)]
    bad = bad.set_column(bad.schema.get_field_index("actor_type"), "actor_type", pa.array(types_))
    tables.write_table(paths[1], bad.cast(arrow_schema(ActorRecord)))
    out = tmp_path / "actors.parquet"
    tables.write_table(out, gather(table("actors"), paths))  # (no votes: the shard's own type is kept)
    checker = Checker("corpus")
    data, rows = read_table(out, table("actors"), checker, label="actors/actors.parquet")
    assert data is None and rows is None
    assert any(not result.passed for result in checker.results)
    assert Counter(result.check for result in checker.results if not result.passed) == Counter(
        {"schema:actors/actors.parquet": 1}
    )


# --- the run's configuration files parsed once by the warm worker (`lexicon.kept_parse`, `warm.config_steps`) ---

CONFIG = Path(__file__).resolve().parents[1] / "config"


@pytest.fixture
def kept_nothing(monkeypatch):
    """No parse kept before or after the test (the module's memory is the worker's, in a run)."""
    from narrative_pipeline import lexicon

    monkeypatch.setattr(lexicon, "_KEPT", {})
    return lexicon._KEPT


def copied_configs(tmp_path):
    """The project's registry (and the files it includes) and lexicons, copied to `tmp_path`."""
    import shutil

    for name in ("actors.yaml", "actors_offices.yaml", "actors_states.yaml", "states_overlay.yaml",
                 "actors_lexicon.yaml", "claims_lexicon.yaml", "plover_lexicon.yaml"):  # fmt: skip
        if (CONFIG / name).exists():
            shutil.copy(CONFIG / name, tmp_path / name)
    return {
        "registry": str(tmp_path / "actors.yaml"),
        "actors_lexicon": str(tmp_path / "actors_lexicon.yaml"),
        "claims_lexicon": str(tmp_path / "claims_lexicon.yaml"),
        "plover_lexicon": str(tmp_path / "plover_lexicon.yaml"),
    }


def loaded(configs):
    """What the actors, claims and narratives steps load from the files (their own loaders)."""
    from narrative_pipeline.actors.lexicon import load_actors_lexicon
    from narrative_pipeline.claims.lexicon import load_lexicon
    from narrative_pipeline.narratives.lexicon import load_lexicon as load_plover
    from narrative_pipeline.registry import load_entries, load_registry_hashed

    return {
        "registry": load_registry_hashed(Path(configs["registry"])),
        "entries": load_entries(Path(configs["registry"])),
        "actors": load_actors_lexicon(Path(configs["actors_lexicon"]), Path(configs["claims_lexicon"])),
        "claims": load_lexicon(Path(configs["claims_lexicon"])),
        "plover": load_plover(Path(configs["plover_lexicon"]), Path(configs["claims_lexicon"])),
    }


def run_config_steps(configs):
    from narrative_pipeline import warm

    steps = warm.config_steps(configs)
    assert len(steps) == 4
    for step in steps:
        step()


def test_a_process_that_is_not_the_worker_keeps_no_parse(tmp_path, kept_nothing):
    loaded(copied_configs(tmp_path))
    assert kept_nothing == {}


def test_the_workers_parses_are_what_the_steps_own_parses_give(tmp_path, kept_nothing):
    configs = copied_configs(tmp_path)
    own = loaded(configs)
    run_config_steps(configs)
    kinds = {kind for kind, _ in kept_nothing}
    assert {"registry", "registry-files", "given-names", "plover-lexicon"} <= kinds
    assert sum(kind.startswith("model:") for kind in kinds) == 2  # the actors and the claims lexicon
    kept = loaded(configs)
    assert kept == own
    assert kept["registry"][1] == own["registry"][1]  # the registry's hash (the manifest's)
    assert kept["registry"] is loaded(configs)["registry"]  # taken, not parsed again


def test_a_kept_parse_is_taken_without_parsing(tmp_path, kept_nothing, monkeypatch):
    """Fails on main: every load parsed the YAML again."""
    from narrative_pipeline import lexicon, registry
    from narrative_pipeline.narratives import lexicon as plover

    configs = copied_configs(tmp_path)
    run_config_steps(configs)

    def refused(*args, **kwargs):
        raise AssertionError("parsed again")

    for module in (lexicon, registry, plover):
        monkeypatch.setattr(module, "safe_load", refused)
    loaded(configs)


@pytest.mark.parametrize("edited", ["actors.yaml", "actors_offices.yaml", "actors_lexicon.yaml", "claims_lexicon.yaml",
                                    "plover_lexicon.yaml"])  # fmt: skip
def test_a_file_edited_after_the_worker_parsed_it_is_parsed_again(tmp_path, kept_nothing, edited):
    configs = copied_configs(tmp_path)
    if not (tmp_path / edited).exists():
        pytest.skip(f"no {edited} in this checkout")
    run_config_steps(configs)
    before = loaded(configs)
    path = tmp_path / edited
    path.write_text(path.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")  # (the same data)
    after = loaded(configs)
    parsed_again = {k for k in after if after[k] is not before[k]}
    assert parsed_again  # the loaders that read the edited file parsed it again
    # (a comment: the same data; the registry's hash is of its files' bytes)
    assert after["registry"][0] == before["registry"][0]
    assert (after["registry"][1] != before["registry"][1]) == (edited in ("actors.yaml", "actors_offices.yaml"))
    assert {k: v for k, v in after.items() if k != "registry"} == {k: v for k, v in before.items() if k != "registry"}
    if edited == "actors_offices.yaml":  # an included file: the registry and its entries
        assert {"registry", "entries"} <= parsed_again


def test_an_edit_that_changes_the_data_gives_the_new_data(tmp_path, kept_nothing):
    configs = copied_configs(tmp_path)
    run_config_steps(configs)
    path = tmp_path / "claims_lexicon.yaml"
    text = path.read_text(encoding="utf-8")
    assert "female_first_names: [alice," in text
    path.write_text(text.replace("female_first_names: [alice,", "female_first_names: [zyxwandaq, alice,", 1), "utf-8")
    assert "zyxwandaq" in loaded(configs)["actors"].given_names


def test_a_file_that_cannot_be_read_any_more_is_not_taken(tmp_path, kept_nothing):
    from narrative_pipeline.registry import RegistryError, load_registry_hashed

    configs = copied_configs(tmp_path)
    run_config_steps(configs)
    Path(configs["registry"]).unlink()
    with pytest.raises(RegistryError):
        load_registry_hashed(Path(configs["registry"]))


def test_the_worker_is_started_with_the_runs_files(tmp_path, monkeypatch):
    """`start` names each file to the worker (`--keep-config NAME=PATH`, absolute) and the command parses them."""
    from narrative_pipeline import warm
    from narrative_pipeline.cli import parser

    args = parser().parse_args(
        ["warm-worker", "--socket", "s", "--parent", "1", "--keep-config=registry=/x/actors.yaml",
         "--keep-config=claims_lexicon=/x/a=b.yaml"]
    )  # fmt: skip
    assert dict(item.split("=", 1) for item in args.keep_config) == {
        "registry": "/x/actors.yaml",
        "claims_lexicon": "/x/a=b.yaml",
    }
    started = {}

    class Popen:
        def __init__(self, argv, **kwargs):
            started["argv"] = argv
            self.pid = 0

    import subprocess

    monkeypatch.setattr(subprocess, "Popen", Popen)
    monkeypatch.setattr(warm, "_running", None)
    monkeypatch.delenv(warm.VARIABLE, raising=False)
    monkeypatch.chdir(tmp_path)
    warm.start(tmp_path / "cache", None, configs={"registry": "config/actors.yaml"})
    monkeypatch.setattr(warm, "_running", None)
    assert f"--keep-config=registry={tmp_path / 'config/actors.yaml'}" in started["argv"]


def test_the_configuration_is_parsed_after_the_validations_schemas(tmp_path):
    """The worker's later steps: the modules, the JSON Schemas, then the configuration (with it before the schemas,
    a shard validation forked before they were in made them itself: +0.06 CPU s in every add-one at load 16-23)."""
    from narrative_pipeline import warm

    configs = copied_configs(tmp_path)
    steps = warm.later_steps(configs)
    names = [step.__qualname__ for step in steps]
    assert len(steps) == len(warm.LATER) + 1 + 4
    assert names[len(warm.LATER)] == "later_steps.<locals>.validators"
    assert all(name.startswith("config_steps.") for name in names[len(warm.LATER) + 1 :])
    assert len(warm.later_steps()) == len(warm.LATER) + 1  # no configuration named: none parsed
