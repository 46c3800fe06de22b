"""review30: a fresh review of session 29's speed and cache code (speed34's record of documents in place, speed33's
token columns)."""

from __future__ import annotations

import hashlib
import json
import os
import time

import pytest
from narrative_pipeline import docstate
from narrative_pipeline.docstate import DocumentState, document_state


def _results(tmp_path, data: bytes):
    results = tmp_path / "results"
    (results / "articles").mkdir(parents=True)
    (results / "export").mkdir()
    index = results / "export/0.index.json"
    index.write_text(json.dumps({"articles": {"a": hashlib.sha256(data).hexdigest()}}))
    path = results / "articles/a.json"
    path.write_bytes(data)
    ahead = index.stat().st_mtime_ns + 3600 * 10**9
    os.utime(path, ns=(ahead, ahead))  # newer than its index: read, found in place
    return results, index, path


def _coarse_clock_filesystem(monkeypatch, ctime_ns: int):
    """A file system whose change time does not move within a tick of its clock (a kernel before 6.13's multigrain
    times, a network file system): every file key gives the change time `ctime_ns`."""
    monkeypatch.setattr(docstate, "file_key", lambda s: [s.st_mtime_ns, ctime_ns, s.st_size, s.st_ino])


def test_a_document_changed_in_the_tick_it_was_found_in_place_is_read_again(tmp_path, monkeypatch):
    """review30 (low): speed34 recorded a document found in place with its file key (times, size, inode) as soon as it
    was read; on a file system whose change time is coarse, an edit of the same size in the same tick (its
    modification time set back) keeps the key, and every later start took the edited document for the one in place
    (git's "racily clean" entries). A document changed less than `docstate.RACY_NS` ago is not recorded: read again
    at the next start."""
    data = b'{"a": 1}'
    results, index, path = _results(tmp_path, data)
    _coarse_clock_filesystem(monkeypatch, time.time_ns())
    assert document_state(str(results), {0: ["a"]}, {0: index}) == DocumentState([], [], [])
    before = path.stat()
    path.write_bytes(b'{"a": 2}')
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert document_state(str(results), {0: ["a"]}, {0: index}) == DocumentState([], [str(path)], [0])


def test_a_document_changed_long_before_is_recorded_and_not_read_again(tmp_path, monkeypatch):
    """The near case: a change time older than `RACY_NS` is recorded, and the next start reads nothing (speed34)."""
    data = b'{"a": 1}'
    results, index, _ = _results(tmp_path, data)
    _coarse_clock_filesystem(monkeypatch, time.time_ns() - 2 * docstate.RACY_NS)
    assert document_state(str(results), {0: ["a"]}, {0: index}) == DocumentState([], [], [])
    assert "a.json" in json.loads((results / docstate.IN_PLACE_RECORD).read_bytes())["documents"]
    hashed = []
    real = hashlib.sha256
    monkeypatch.setattr(docstate.hashlib, "sha256", lambda *a: hashed.append(a) or real(*a))
    assert document_state(str(results), {0: ["a"]}, {0: index}) == DocumentState([], [], [])
    assert hashed == []


def test_a_document_replaced_with_the_same_time_and_size_is_read_again(tmp_path, monkeypatch):
    """A replacement by rename (rsync, an editor's save) with the modification time and size of the recorded one: the
    inode and change time differ, so it is read again and found edited (speed34's key holds here)."""
    data = b'{"a": 1}'
    results, index, path = _results(tmp_path, data)
    monkeypatch.setattr(docstate, "_now_ns", lambda: time.time_ns() + docstate.RACY_NS)  # recorded at once
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns))
    assert document_state(str(results), {0: ["a"]}, {0: index}) == DocumentState([], [], [])
    before = path.stat()
    new = path.with_name("a.json.tmp")
    new.write_bytes(b'{"a": 2}')
    os.utime(new, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(new, path)
    assert (path.stat().st_mtime_ns, path.stat().st_size) == (before.st_mtime_ns, before.st_size)
    assert document_state(str(results), {0: ["a"]}, {0: index}) == DocumentState([], [str(path)], [0])


# --- speed33's token columns on odd text ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",  # an empty doc: no rows
        "\n",  # one whitespace token
        "A  b.\n\n\nC\t\td .  ",  # whitespace tokens inside and at the end
        "  lead space",
        "Emoji 😀😀 in   New   York City.\n",  # characters outside the BMP, entities after runs of spaces
        "中文字符 和 日本語。 Русский министр сказал.",
        "Café naïve e\u0301 \u00a0nbsp\u2009thin a\u200bzero\ufeffbom",
    ],
)
def test_token_rows_give_what_the_token_objects_give_on_odd_text(nlp, text):
    """review30: `normalize.token_rows` (speed33) read on docs the normalize step's own text never gives (whitespace
    tokens, an empty doc) and on non-ASCII text: every token's offset, length, lemma, tags, head, entity and space
    are those of its Token object (no finding: found the same on every text tried)."""
    from narrative_pipeline.normalize import ENT_IOB_NAMES, token_rows
    from spacy.parts_of_speech import NAMES

    doc = nlp(text)
    strings = doc.vocab.strings
    rows = token_rows(doc)
    assert len(rows) == len(doc)
    for tok, (idx, length, lemma, pos, tag, dep, head, ent_type, ent_iob, space) in zip(doc, rows, strict=True):
        assert (idx, length, head, bool(space)) == (tok.idx, len(tok.text), tok.head.i, bool(tok.whitespace_))
        assert (strings[lemma], NAMES[pos], strings[tag], strings[dep]) == (tok.lemma_, tok.pos_, tok.tag_, tok.dep_)
        assert (strings[ent_type], ENT_IOB_NAMES[ent_iob]) == (tok.ent_type_, tok.ent_iob_)
