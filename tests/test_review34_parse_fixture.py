"""review34: the `parse` fixture's parse kept between sessions (tests38) gives every field of a token the normalize
step's parse gives, and its key follows what the fixture fixes itself (its own file, thinc's version)."""

from __future__ import annotations

from dataclasses import fields
from importlib import metadata
from pathlib import Path

import conftest
import pytest
from conftest import parse_cache_key
from narrative_pipeline.parsed import Tok
from narrative_pipeline.settings import PipelineConfig
from test_parse_fixture import _fresh

TEXTS = [
    "Iceland’s minister said on Twitter\n\nAngela Bolger met Tony Blair in Washington. The Democrats’ bloc voted.",
    "A headline that is never a claim\n\nIt cost $32m. However, the plan went ahead in the U.S. on Monday.",
]
TOKEN_FIELDS = [f.name for f in fields(Tok) if f.name not in ("children", "head")]


def _everything(parsed) -> list[tuple]:
    """Each sentence's record and every field of its tokens (the one of its head and children by index)."""
    return [
        (
            s.record,
            [
                (
                    *(getattr(t, name) for name in TOKEN_FIELDS),
                    t.head.i if t.head is not None else None,
                    [c.i for c in t.children],
                )
                for t in s.tokens
            ],
        )
        for s in parsed.sents
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_every_token_field_of_a_kept_parse_is_the_parse_of_the_normalize_step(parse, nlp, text):
    """tests38's test compares seven fields; the actor rules read `pos`, `ent_iob`, `space_after` and `lower` too."""
    fresh = _everything(_fresh(nlp, text))
    assert _everything(parse(text)) == fresh
    assert _everything(parse(text)) == fresh  # (kept between sessions from the first call on)


def test_the_key_follows_the_fixture_file_and_thinc(monkeypatch, tmp_path):
    cfg = PipelineConfig()
    key = parse_cache_key(cfg)
    edited = tmp_path / "conftest.py"
    edited.write_bytes(Path(conftest.__file__).read_bytes().replace(b"batch_size", b"batch_size "))
    monkeypatch.setattr(conftest, "__file__", str(edited))
    assert parse_cache_key(cfg) != key
    monkeypatch.undo()
    real = metadata.version
    monkeypatch.setattr(metadata, "version", lambda name: "0.0" if name == "thinc" else real(name))
    assert parse_cache_key(cfg) != key


def test_off_turns_both_shortcuts_off(monkeypatch):
    monkeypatch.setenv(conftest.PARSE_CACHE_VARIABLE, "off")
    assert conftest.parse_cache_off()
    monkeypatch.setenv(conftest.PARSE_CACHE_VARIABLE, "on")
    assert not conftest.parse_cache_off()
