"""speed23: the cheaper paths of the steps after the parse give what the paths they replaced gave.

Each test holds the replaced code as a reference (`old_*`) and compares on cases that reach every branch:
phrases with a typographic apostrophe, phrases that run past the tokens, a head word with and without its
phrase's other words, token sequences with and without quote marks, valid and invalid rows."""

from __future__ import annotations

import pyarrow as pa
import pytest
from narrative_pipeline.catalogue import table
from narrative_pipeline.quotes import scan
from narrative_pipeline.records import ClaimActorRecord, MentionRecord
from narrative_pipeline.syntax import hangs_phrase, iter_phrases, lemma
from narrative_pipeline.tables import arrow_schema, table_bytes, to_table, validate_rows, write_table
from narrative_pipeline.validate.checks import Checker, load_table
from pydantic import ValidationError
from trees import sentence, words


def old_iter_phrases(tokens, phrases):
    """iter_phrases before speed23: every token's folded text made first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            index.setdefault(phrase[0], []).append(phrase)
    lowers = [t.lower.replace("\u2019", "'") for t in tokens]
    for k, word in enumerate(lowers):
        for phrase in index.get(word, ()):
            if tuple(lowers[k : k + len(phrase)]) == phrase:
                yield tokens[k : k + len(phrase)]


PHRASES = (
    ("don't", "know", "yet"),
    ("don't", "know"),
    ("don't",),
    ("it", "is"),
    ("is", "expected", "to"),
    ("rain", "later"),  # runs past the last token
    ("let's",),
)


@pytest.mark.parametrize(
    "text",
    [
        "it is expected to rain",
        "we don’t know , we don't know yet",  # typographic and straight apostrophes
        "let’s go and let's see , it is said it is",
        "nothing here matches",
        "",
    ],
)
def test_iter_phrases_finds_what_it_found_before(text):
    toks = words(text) if text else []
    new = [[t.i for t in found] for found in iter_phrases(toks, PHRASES)]
    old = [[t.i for t in found] for found in old_iter_phrases(toks, PHRASES)]
    assert new == old


def test_iter_phrases_orders_by_position_then_by_the_phrases_order():
    toks = words("we don’t know yet")
    found = [[t.text for t in f] for f in iter_phrases(toks, PHRASES)]
    assert found == [["don’t", "know", "yet"], ["don’t", "know"], ["don’t"]]


def old_hangs_phrase(verb, phrases):
    words_ = {c.lower for c in verb.children} | {lemma(c) for c in verb.children}
    return any(p[0] == lemma(verb) and set(p[1:]) <= words_ for p in phrases)


SPEECH = (("pay", "tribute", "to"), ("make", "clear"), ("pay", "tribute"), ("protest", "innocence"))


def paid(*rows: str):
    """'He paid ...' with 'paid' lemmatized 'pay' (the test trees lemmatize to the lower-case text)."""
    sent = sentence("He PRON PRP nsubj 1", "paid VERB VBD ROOT 1", *rows)
    sent.tokens[1].lemma = "pay"
    return sent.tokens[1]


@pytest.mark.parametrize(
    "rows, expected",
    [
        (("tribute NOUN NN dobj 1", "to ADP IN prep 1"), True),  # the longest phrase
        (("tribute NOUN NN dobj 1",), True),  # a shorter one of the same head
        (("money NOUN NN dobj 1",), False),  # the head without its words
        (("to ADP IN prep 1",), False),
        ((), False),
    ],
)
def test_hangs_phrase_answers_as_the_scan_of_every_phrase(rows, expected):
    verb = paid(*rows)
    assert hangs_phrase(verb, SPEECH) is expected
    assert old_hangs_phrase(verb, SPEECH) is expected


def test_hangs_phrase_reads_a_childs_lemma_and_needs_the_head_lemma():
    verb = paid("tributes NOUN NNS dobj 1")
    assert not hangs_phrase(verb, SPEECH)
    verb.children[0].lemma = "tribute"  # the child's lemma counts as its form does
    assert hangs_phrase(verb, SPEECH) and old_hangs_phrase(verb, SPEECH)
    verb.lemma = "make"  # another head: no phrase of 'make' has 'tribute'
    assert not hangs_phrase(verb, SPEECH) and not old_hangs_phrase(verb, SPEECH)


def old_scan(tokens, open_before=False):
    """The scan's walk alone (no shortcut for tokens without marks)."""
    from narrative_pipeline import quotes as q

    double, single = open_before, False
    marks, inside = {}, set()
    for k, tok in enumerate(tokens):
        text = tok.text
        if text in q.STRAIGHT:
            reopens = double and q.opens_a_word(tokens, k)
            orphan_close = not double and q.closes_a_word(tokens, k)
            marks[tok.i] = "close" if (double and not reopens) or orphan_close else "open"
            double = reopens or (not double and not orphan_close)
        elif text in q.OPENING:
            marks[tok.i], double = "open", True
        elif text in q.CLOSING:
            marks[tok.i], double = "close", False
        elif text == q.SINGLE_OPENING:
            marks[tok.i], single = "open", True
        elif text == q.SINGLE_CLOSING and single:
            marks[tok.i], single = "close", False
        elif double or single:
            inside.add(tok.i)
    return q.QuoteScan(marks, frozenset(inside), double)


@pytest.mark.parametrize(
    "text",
    [
        "we will stay .",
        "the ministers ’ plan",
        '" We won , " he said',
        "“ We won ” and « Wagner » left",
        "‘ a disgrace",
    ],
)
@pytest.mark.parametrize("open_before", [False, True])
def test_scan_gives_what_the_walk_gives(text, open_before):
    toks = words(text)
    assert scan(toks, open_before) == old_scan(toks, open_before)


def test_scan_of_no_tokens():
    assert scan([], True) == old_scan([], True) and scan([]) == old_scan([])


def mention(k: int, **changes) -> dict:
    row = {
        "mention_id": f"0123456789abcdef:m{k:04d}",
        "article_id": "0123456789abcdef",
        "sentence_id": "0123456789abcdef:s0000",
        "start": k,
        "end": k + 3,
        "text": "BBC",
        "actor_id": "bbc" if k % 2 else None,
        "actor_type": "media",
        "type_rule": "registry",
        "link_method": "alias",
        "link_score": 1.0,
        "matched_alias": "BBC" if k % 2 else None,
        "head_i": k,
    }
    row.update(changes)
    return {name: row.get(name) for name in MentionRecord.model_fields}


def test_validate_rows_gives_each_rows_record():
    rows = [mention(k) for k in range(5)]
    assert validate_rows(MentionRecord, rows) == [MentionRecord.model_validate(r) for r in rows]
    assert validate_rows(MentionRecord, []) == []


def test_validate_rows_raises_the_error_of_the_bad_rows_own_validation():
    rows = [mention(0), mention(1, link_method="guess"), mention(2, start="x")]
    with pytest.raises(ValidationError) as got:
        validate_rows(MentionRecord, rows)
    with pytest.raises(ValidationError) as alone:
        MentionRecord.model_validate(rows[1])
    assert got.value.errors() == alone.value.errors()  # not the list's error (which names the row's index)


def test_to_table_is_the_table_of_model_dump_rows():
    records = [MentionRecord.model_validate(mention(k)) for k in range(6)]
    old = pa.Table.from_pylist([r.model_dump() for r in records], schema=arrow_schema(MentionRecord))
    new = to_table(records, MentionRecord)
    assert new.equals(old) and new.schema.equals(old.schema, check_metadata=True)
    assert table_bytes(new) == table_bytes(old)
    roles = [ClaimActorRecord(claim_id=f"a:c{k:04d}", actor_id="x", role="agent", mention_id=None) for k in range(3)]
    assert table_bytes(to_table(iter(roles), ClaimActorRecord)) == table_bytes(
        pa.Table.from_pylist([r.model_dump() for r in roles], schema=arrow_schema(ClaimActorRecord))
    )
    assert to_table([], MentionRecord).equals(arrow_schema(MentionRecord).empty_table())


def test_a_validated_table_with_a_bad_row_names_that_row_and_field(tmp_path):
    spec = table("mentions")
    good = pa.Table.from_pylist([mention(k) for k in range(3)], schema=arrow_schema(MentionRecord))
    write_table(tmp_path / "good.parquet", good)
    checker = Checker("shard")
    rows = load_table(tmp_path / "good.parquet", spec, checker)
    assert rows == [MentionRecord.model_validate(r) for r in good.to_pylist()]
    assert checker.results[-1].passed
    bad = pa.Table.from_pylist(
        [mention(0), mention(1, link_method="guess"), mention(2)], schema=arrow_schema(MentionRecord)
    )
    write_table(tmp_path / "bad.parquet", bad)
    checker = Checker("shard")
    assert load_table(tmp_path / "bad.parquet", spec, checker) is None
    (result,) = [r for r in checker.results if not r.passed]
    assert [(v.row, v.field) for v in result.violations] == [(1, "link_method")]
