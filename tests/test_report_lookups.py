"""The report's lookups by id from the tables' Arrow columns give what the dicts they replace gave:
the last row of an id winning, nulls and unknown ids found nowhere (speed22)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
from narrative_pipeline.report.grouped import ByKey, last_positions, mapping, text_array
from narrative_pipeline.report.rows import Listings
from narrative_pipeline.report.signatures import RowValues, lookup, sentence_hashes, string_hashes, unique_index

IDS = ["s1", "s2", None, "s1", "s<3>", "s2"]  # s1 and s2 twice: the last row wins, as in a dict
TEXTS = ["first", "two", "none", "again", None, "two again"]


def _arrow_strings(values: list) -> pd.Series:
    return pd.Series(pd.arrays.ArrowExtensionArray(pa.array(values, type=pa.large_string())))


def test_last_positions_are_the_rows_a_dict_of_the_keys_would_give():
    asked = ["s2", "s1", "unknown", None, "s<3>", "s1"]
    for key_column in (pd.Series(IDS, dtype=object), _arrow_strings(IDS), pd.Series(IDS, dtype="str")):
        got = last_positions(text_array(pd.Series(asked, dtype=object)), text_array(key_column))
        rows = {k: i for i, k in enumerate(IDS) if k is not None}
        assert got.tolist() == [rows.get(k, -1) if k is not None else -1 for k in asked] == [5, 3, -1, -1, 4, 3]
    assert last_positions(text_array(pd.Series(["a"])), text_array(pd.Series([], dtype=object))).tolist() == [-1]
    assert text_array(pd.Series([1, 2])) is None  # not text: the callers keep their dicts


def test_by_key_gives_the_dict_of_the_table_a_few_keys_at_a_time():
    df = pd.DataFrame({"sentence_id": IDS, "text": TEXTS})
    whole = mapping(df, "sentence_id", "text")
    by_key = ByKey.of(df, "sentence_id", "text")
    assert isinstance(by_key, ByKey)
    asked = ["s1", "s<3>", "nowhere", "s2", "s1"]
    got = by_key.subset(asked)
    assert list(got) == ["s1", "s<3>", "s2"] and got["s1"] == "again" and got["s2"] == "two again"
    assert repr(got) == repr({k: whole[k] for k in asked if k in whole})  # (a null text as the dict has it)
    assert ByKey.of(pd.DataFrame({"sentence_id": [1, 2], "text": ["a", "b"]}), "sentence_id", "text") == {
        1: "a",
        2: "b",
    }


def test_sentence_hashes_equal_those_of_the_dict_of_texts():
    df = pd.DataFrame({"sentence_id": IDS, "text": TEXTS})
    mentions = pd.Series(["s2", "s<3>", None, "gone", "s1", "s2"], dtype=object)
    from_dict = sentence_hashes(mentions, mapping(df, "sentence_id", "text"))
    from_table = sentence_hashes(mentions, ByKey.of(df, "sentence_id", "text"))
    assert from_table.tolist() == from_dict.tolist()
    assert from_table[0] != from_table[4] and from_table[1] == from_table[2] == from_table[3]  # (no text, no row)


def test_row_values_link_ids_to_the_hash_of_their_articles_as_a_series_by_id_did():
    claims = pd.DataFrame({"claim_id": ["c1", "c2", "c1", "c3"], "article_id": ["a1", "a2", "a3", None]})
    roles = pd.DataFrame({"claim_id": ["c1", "c3", "c9", None, "c2"], "role": ["agent"] * 5})
    values = RowValues({"claims": claims, "claim_actors": roles}, {})
    by_id = unique_index(claims["claim_id"].tolist(), string_hashes(claims["article_id"].tolist()))
    expected = lookup(roles["claim_id"].to_numpy(dtype=object), by_id)
    assert values.linked("claim_id", roles["claim_id"]).tolist() == expected.tolist()
    assert values.linked("claim_id", roles["claim_id"])[0] == string_hashes(["a3"])[0]  # the last c1's article


def test_listing_rows_link_ids_as_the_dicts_of_claims_and_mentions_did():
    claims = pd.DataFrame(
        {"claim_id": ["c<1>", "c&2", "c3", "c<1>"], "article_id": ["a'1", "a2", None, "a4"], "text": list("wxyz")}
    )
    mentions = pd.DataFrame({"mention_id": ['m"1', "m2"], "article_id": ["a&b", "a2"], "claim_id": ["c3", "c9"]})
    roles = pd.DataFrame({"claim_id": ["c&2", "c<1>", "unknown", None], "mention_id": ["m2", 'm"1', "m9", None]})
    tables = {"claims": claims, "mentions": mentions, "claim_actors": roles}
    fast, slow = Listings(dict(tables), {}), Listings(dict(tables), {})
    slow._ids = {}  # every id looked up one by one in `claim_article` and `mention_article`
    for name, df in tables.items():
        positions = np.arange(len(df))
        assert fast.rows_html(name, positions) == slow.rows_html(name, positions)
    assert 'href="../article/a4.html#c&lt;1&gt;"' in fast.rows_html("claim_actors", np.arange(1, 2))[0]
    assert "<td>unknown</td>" in fast.rows_html("claim_actors", np.arange(2, 3))[0]
