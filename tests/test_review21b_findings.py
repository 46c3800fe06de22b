"""review21b: speed23's same-bytes claims checked where its tests did not reach: `to_table` reads attributes where
`model_dump` was (right only while no record model has a serializer, an alias or a computed field), and the phrase
indexes keyed by `id()` (right for phrase tuples made and freed call after call, as a caller passing a list makes)."""

from __future__ import annotations

import gc

import pytest
from narrative_pipeline import records
from narrative_pipeline.syntax import find_phrase, hangs_phrase
from narrative_pipeline.tables import arrow_schema
from pydantic import BaseModel
from trees import sentence

RECORD_MODELS = [
    m
    for name in records.__all__
    if isinstance(m := getattr(records, name), type) and issubclass(m, BaseModel) and m is not BaseModel
]


def _tabled(model: type[BaseModel]) -> bool:
    try:
        arrow_schema(model)
    except TypeError:
        return False
    return True


@pytest.mark.parametrize("model", [m for m in RECORD_MODELS if _tabled(m)], ids=lambda m: m.__name__)
def test_a_tabled_record_dumps_as_its_attributes(model):
    """`tables.to_table` builds each column from the records' attributes: the same as `model_dump` only while the
    model has no computed field, no serializer, no alias and no excluded field (a new one would change the bytes
    silently)."""
    decorators = model.__pydantic_decorators__
    assert not model.model_computed_fields
    assert not decorators.field_serializers and not decorators.model_serializers
    for name, info in model.model_fields.items():
        assert info.alias in (None, name) and info.serialization_alias in (None, name) and not info.exclude, name
    assert arrow_schema(model).names == list(model.model_fields)


def test_phrase_indexes_answer_for_phrase_tuples_made_and_freed_each_call():
    """`_TAILS` and `_BY_FIRST_WORD` are keyed by `id()`: a freed tuple's id may be reused by the next tuple made. The
    entry holds its tuple (so it is never freed while keyed) and is checked by identity: each new tuple, of other
    phrases, is answered by its own phrases."""
    sent = sentence("He PRON PRP nsubj 1", "paid VERB VBD ROOT 1", "tribute NOUN NN dobj 1", "to ADP IN prep 1")
    verb = sent.tokens[1]
    verb.lemma = "pay"
    for k in range(50):
        hit = k % 2 == 0
        phrases = tuple([("pay", "tribute" if hit else "homage")])  # a new tuple each time
        assert hangs_phrase(verb, phrases) is hit
        assert (find_phrase(sent.tokens, tuple([("paid", "tribute" if hit else "homage")])) is not None) is hit
        del phrases  # freed here by its reference count (a tuple of strings holds no cycle)
        gc.collect(0)  # the young generation only: a full collection walks every object of the worker's heap (spaCy's
        # model and the session's parsed texts), about 1.4 s a call on a loaded 2-core machine (72 s for the 50)


def test_a_table_with_bad_rows_gives_every_rows_violations_as_the_row_loop_did(tmp_path):
    """validate/checks.load_table reads a bad table again row by row: every bad row's every error, in order, as
    main's loop gave them (two bad rows, one with two errors, good rows between)."""
    import pyarrow as pa
    from narrative_pipeline.catalogue import table
    from narrative_pipeline.records import MentionRecord
    from narrative_pipeline.tables import write_table
    from narrative_pipeline.validate.checks import Checker, load_table
    from pydantic import ValidationError
    from test_speed23 import mention

    rows = [
        mention(0),
        mention(1, link_method="guess"),
        mention(2),
        mention(3, actor_type="alien", type_rule="hunch"),
        mention(4),
    ]
    bad = pa.Table.from_pylist(rows, schema=arrow_schema(MentionRecord))
    write_table(tmp_path / "bad.parquet", bad)
    checker = Checker("shard")
    assert load_table(tmp_path / "bad.parquet", table("mentions"), checker) is None
    (result,) = [r for r in checker.results if not r.passed]
    expected = []
    for k, row in enumerate(bad.to_pylist()):  # main's loop
        try:
            MentionRecord.model_validate(row)
        except ValidationError as exc:
            expected += [(k, ".".join(str(x) for x in err["loc"]), err["msg"]) for err in exc.errors()]
    assert [(v.row, v.field, v.message) for v in result.violations] == expected
    assert [k for k, _, _ in expected] == [1, 3, 3]
