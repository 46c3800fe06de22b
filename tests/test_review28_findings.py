"""review28: fresh-eyes findings on session 27's merged code outside the actor rules (claims34's `nlp.parser_text`,
review27's touched-document check). Fixed ones are tested beside their code (tests/test_docstate.py); what is left is
a strict xfail here."""

from __future__ import annotations

import hashlib
import json
import os

import pytest
from narrative_pipeline import docstate
from narrative_pipeline.docstate import DocumentState, document_state


@pytest.mark.xfail(
    strict=True,
    reason="review28: review27's sha256 check keeps a document newer than its index with the bytes it gives in place, "
    "but nothing records that it was found so: every later start reads and hashes it again. Where every document is "
    "newer (a results folder copied with `cp -r` that wrote articles/ after export/, or documents timed ahead of the "
    "clock, which an export that writes the same bytes leaves as they are) that is the whole corpus at every start: "
    "2,085 BBC documents, 118 MB, 0.34 CPU s (1.9 s wall, cold) against the 1.33 s no-op; before review27 the "
    "shards were exported once and the index was newer from then on",
)
def test_a_document_found_in_place_is_not_read_again_at_the_next_start(tmp_path, monkeypatch):
    results = tmp_path / "results"
    (results / "articles").mkdir(parents=True)
    (results / "export").mkdir()
    data = b'{"a": 1}'
    (results / "articles/a.json").write_bytes(data)
    index = results / "export/0.index.json"
    index.write_text(json.dumps({"articles": {"a": hashlib.sha256(data).hexdigest()}}))
    ahead = index.stat().st_mtime_ns + 3600 * 10**9
    os.utime(results / "articles/a.json", ns=(ahead, ahead))
    assert document_state(str(results), {0: ["a"]}, {0: index}) == DocumentState([], [], [])
    hashed = []
    real = docstate.hashlib.sha256

    def counting(*args):
        hashed.append(args)
        return real(*args)

    monkeypatch.setattr(docstate.hashlib, "sha256", counting)
    assert document_state(str(results), {0: ["a"]}, {0: index}) == DocumentState([], [], [])
    assert hashed == []


@pytest.mark.xfail(
    strict=True,
    reason="review28: `nlp.parser_text` straightens only U+2019 between word characters; the modifier letter "
    "apostrophe U+02BC, which Unicode recommends for the apostrophe ('Itʼs', 'donʼt'), is a letter to spaCy, so "
    "'Itʼs' is one unknown token (no 'be', no tree around it). Rare on the saved pages (1 of 2,077 in-word "
    "apostrophe-like marks; U+2032 1, backtick 6, the rest U+2019); a fix moves the parse, so it needs a measured run",
)
def test_a_modifier_letter_apostrophe_parses_as_a_straight_one(parse):
    curly, straight = parse("A headline\n\nItʼs been a long year."), parse("A headline\n\nIt's been a long year.")
    assert [(t.lemma, t.tag) for t in curly.tokens] == [(t.lemma, t.tag) for t in straight.tokens]
