"""What the format tests of the gold sets in config/eval share: the labels ANNOTATION.md defines, and the checks of a
gold file's labels and spans against its article's text. They check the format only and read no label for its
meaning."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from narrative_pipeline.sources import SourceSettings, read_source

TYPES = {"state", "government", "armed_group", "organisation", "party", "person", "media", "company", "group"}
CLAIM_TYPES = {"event", "assessment", "prediction", "prescription"}
CERTAINTY = {"asserted", "reported", "hedged"}
# The claim hand checks kept off the labels span by span, not by article (claims59; test_review14_lead14 and
# test_review16a read this one list: a new span-level check is added here once, review52).
SPAN_LEVEL_CHECKS = frozenset(
    {
        "claims-handcheck-s46",
        "claims-handcheck-s46-units",
        "claims-handcheck-b47",
        "claims-handcheck-b47-units",
        "claims-handcheck-sp48",
        "claims-handcheck-sp48-units",
        "claims-handcheck-c48",
        "claims-handcheck-c48-units",
        "claims-handcheck-h70",
        "claims-handcheck-h70-units",
        "claims-handcheck-b81",
        "claims-handcheck-b81-units",
        "claims-handcheck-review70",
        "claims-handcheck-review70-units",
        "claims-handcheck-review72",
        "claims-handcheck-review72-units",
        "claims-handcheck-review73",
        "claims-handcheck-review73-units",
        "claims-handcheck-review74",
        "claims-handcheck-review74-units",
        "claims-handcheck-review75",
        "claims-handcheck-review75-units",
        "claims-handcheck-review76",
        "claims-handcheck-review76-units",
        "claims-handcheck-review77",
        "claims-handcheck-review77-units",
        "claims-handcheck-review78",
        "claims-handcheck-review78-units",
    }
)


def jsonl_rows(path: Path) -> list[dict]:
    """The rows of a JSON Lines label file (a hand check's labels or units), blank lines skipped."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def check_labels(gold: dict) -> None:
    """Every actor has a type of the definition and its name among its aliases; every mention and claim refers to an
    actor of the file, with the labels of the definition (a debatable or optional one says why)."""
    for actor in gold["actors"].values():
        assert actor["name"] in actor["aliases"] and actor["type"] in TYPES
    ids = set(gold["actors"])
    for m in gold["mentions"]:
        assert m["actor"] in ids and isinstance(m["optional"], bool)
        assert m.get("debatable", False) == m["optional"] and (not m["optional"] or m["why"])
    for c in gold["claims"]:
        assert c["claim_type"] in CLAIM_TYPES and c["certainty"] in CERTAINTY
        kind = c["claimer"]["kind"]
        assert kind in {"author", "actor", "unnamed"}
        assert c["certainty"] != ("reported" if kind == "author" else "asserted")
        assert c["claimer"].get("actor") in ids | {None}
        assert set(c["agents"]) | set(c["patients"]) <= ids
        assert not c.get("debatable") or c["why"]


def page_text(page: Path, gold: dict) -> str:
    """The main text the project's own extraction (`sources.read_source`) gives the saved page, after checking the
    sha256 of the page's bytes and of that text against the gold file's."""
    assert hashlib.sha256(page.read_bytes()).hexdigest() == gold["sha256"]
    (item,) = read_source(page, page.name, SourceSettings())
    assert item.status == "ok"
    text = item.text
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == gold["text_sha256"]
    return text


def check_spans(gold: dict, text: str) -> None:
    """Every mention, claim and actor claimer span is the text at its offsets; claims start after the headline (a
    headline is never a claim), in order, without overlapping."""
    headline_end = text.index("\n")
    spans = [
        *gold["mentions"],
        *gold["claims"],
        *(c["claimer"] for c in gold["claims"] if c["claimer"]["kind"] == "actor"),
    ]
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"], span
    for c in gold["claims"]:
        assert c["start"] > headline_end  # a headline is never a claim
    starts = [c["start"] for c in gold["claims"]]
    assert starts == sorted(starts)
    assert all(
        a["end"] <= b["start"] for a, b in zip(gold["claims"], gold["claims"][1:], strict=False)
    )  # claims do not overlap
