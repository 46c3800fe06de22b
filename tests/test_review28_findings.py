"""review28: fresh-eyes findings on session 27's merged code outside the actor rules (claims34's `nlp.parser_text`,
review27's touched-document check). Fixed ones are tested beside their code (tests/test_docstate.py); what is left is
a strict xfail here."""

from __future__ import annotations

import hashlib
import json
import os
import time

import pytest
from narrative_pipeline import docstate
from narrative_pipeline.docstate import DocumentState, document_state


def test_a_document_found_in_place_is_not_read_again_at_the_next_start(tmp_path, monkeypatch):
    """review28 (a strict xfail until speed34): review27's sha256 check kept a document newer than its index with the
    bytes it gives in place, but nothing recorded that it was found so: every later start read and hashed it again
    (a results folder copied with `cp -r` that wrote articles/ after export/: 2,085 BBC documents, 0.34 CPU s at
    every start). The start now records it (docstate.IN_PLACE_RECORD) and reads it again only when it changed (once its
    change is `RACY_NS` old: review30, the clock set so here)."""
    monkeypatch.setattr(docstate, "_now_ns", lambda: time.time_ns() + docstate.RACY_NS)
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
