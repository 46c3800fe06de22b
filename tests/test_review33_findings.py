"""review33: what a review of session 32's merged code found, one test per fix (config/eval/README, docs/trial32.md)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from narrative_pipeline.discovery import discover
from narrative_pipeline.ingest import ingest_shard
from narrative_pipeline.settings import PipelineConfig

STORY = "Port reopens\n\nThe river port of Velmora reopened on Tuesday after three weeks, the harbour authority said.\n"
SIDECAR = json.dumps({"url": "https://example.org/news/port", "outlet": "Velmora Post"})


def rows(folder: Path) -> dict[str, dict]:
    """Every ingest row of a one-shard run of `folder`, by source path."""
    records, _ = ingest_shard(folder, 0, PipelineConfig(n_shards=1))
    return {r.source_path: r.model_dump(mode="json") for r in records}


def companions(folder: Path, rel_path: str) -> tuple:
    return next(e.companions for e in discover(folder) if e.rel_path == rel_path)


def test_a_sidecar_that_is_a_symbolic_link_is_not_read(tmp_path):
    """Discovery never follows a link (the text's entry had no companion, so editing the link's target re-ran
    nothing), but ingest read the sidecar through it, from wherever it pointed, outside input_dir too."""
    inputs, outside = tmp_path / "in", tmp_path / "outside"
    inputs.mkdir(), outside.mkdir()
    (inputs / "a.txt").write_text(STORY, encoding="utf-8")
    (outside / "meta.json").write_text(SIDECAR, encoding="utf-8")
    os.symlink(outside / "meta.json", inputs / "a.meta.json")
    assert rows(inputs)["a.txt"]["outlet"] is None
    (inputs / "a.meta.json").unlink()  # the near case: the same sidecar as a file
    (inputs / "a.meta.json").write_text(SIDECAR, encoding="utf-8")
    assert rows(inputs)["a.txt"]["outlet"] == "Velmora Post"


def test_a_sidecar_whose_ending_is_not_lower_case_describes_no_text(tmp_path):
    """`a.META.JSON` is read as a sidecar, but a text's sidecar is `a.meta.json`: its row said "applied to that
    article" while a.txt ran without it, and discovery gave it no companion, so removing a.txt left that row as it
    was (a run from scratch: "which does not exist")."""
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a.META.JSON").write_text(SIDECAR, encoding="utf-8")
    found = rows(tmp_path)
    assert found["a.txt"]["outlet"] is None
    assert found["a.META.JSON"]["error"] == "sidecar of a.txt only when named a.meta.json (lower case)"
    assert companions(tmp_path, "a.META.JSON") == ()
    (tmp_path / "a.META.JSON").rename(tmp_path / "a.meta.json")  # the near case
    found = rows(tmp_path)
    assert found["a.txt"]["outlet"] == "Velmora Post"
    assert found["a.meta.json"]["error"] == "sidecar metadata of a.txt, applied to that article"
    assert companions(tmp_path, "a.meta.json") == (("a.txt", "present"),)


def test_a_sidecar_of_a_text_that_is_a_symbolic_link_applies_to_nothing(tmp_path):
    """A text that is a link is listed, not analysed: its sidecar's row said "applied to that article"."""
    inputs, outside = tmp_path / "in", tmp_path / "outside"
    inputs.mkdir(), outside.mkdir()
    (outside / "story.txt").write_text(STORY, encoding="utf-8")
    os.symlink(outside / "story.txt", inputs / "a.txt")
    (inputs / "a.meta.json").write_text(SIDECAR, encoding="utf-8")
    assert rows(inputs)["a.meta.json"]["error"] == "sidecar of a.txt, a symbolic link, which is not followed"
    assert companions(inputs, "a.meta.json") == ()


def test_the_sidecar_of_an_upper_case_text_names_it(tmp_path):
    """review33 (fixed in session 39): a sidecar looked for <name>.txt / <name>.text only, while a text
    <name>.TXT takes <name>.meta.json, so the sidecar's row said its text did not exist."""
    (tmp_path / "a.TXT").write_text(STORY, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(SIDECAR, encoding="utf-8")
    found = rows(tmp_path)
    assert found["a.TXT"]["outlet"] == "Velmora Post"
    assert found["a.meta.json"]["error"] == "sidecar metadata of a.TXT, applied to that article"
