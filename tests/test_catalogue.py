"""The catalogue is consistent with the records it names and with itself."""

from __future__ import annotations

import pytest
from narrative_pipeline.catalogue import BY_NAME, TABLES, document_path, gathered, public, table


def test_every_key_order_span_and_reference_names_a_field_of_the_model():
    for spec in TABLES:
        fields = set(spec.model.model_fields)
        assert set(spec.key) <= fields, spec.name
        assert set(spec.order) <= fields, spec.name
        for span in spec.spans:
            assert {span.start, span.end, span.text} <= fields, spec.name
        for ref in spec.references:
            assert ref.column in fields, (spec.name, ref.column)
            assert ref.target in table(ref.table).model.model_fields, (spec.name, ref)


def test_names_and_paths_are_unique():
    assert len(BY_NAME) == len(TABLES)
    assert len({t.path for t in TABLES}) == len(TABLES)
    assert len({t.shard_path(0) for t in TABLES if t.sharded}) == len([t for t in TABLES if t.sharded])


def test_paths_follow_the_step_layout():
    claims = table("claims")
    assert claims.path == "claims/claims.parquet"
    assert claims.shard_path(3) == "claims/shards/3.claims.parquet"
    assert claims.shard_path("{shard}") == "claims/shards/{shard}.claims.parquet"
    assert document_path("0123456789abcdef") == "articles/0123456789abcdef.json"


def test_gathered_and_public_tables():
    assert {"articles", "sentences", "mentions", "actors", "claims", "claim_actors"} <= {t.name for t in gathered()}
    assert "tokens" not in {t.name for t in public()}


def test_unknown_table_is_a_clear_error():
    with pytest.raises(KeyError, match="no table 'claim'"):
        table("claim")
