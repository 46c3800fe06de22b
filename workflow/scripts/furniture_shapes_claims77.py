"""Count the shapes of page furniture made claims (claims77, issue 12) on every label set and on two runs' claims.

fw77 (`config/eval/claims-handcheck-fw77.jsonl`) is the blind check of web claim precision; its `none` units were
grouped by shape by reading them. Each shape below is a pattern on a unit's text (what the words show, not what the
rules decided). For each shape: how many units of every label set hold it and how their labels split (`none` or a
claim type); with `--base RUN ...`, how many of each run's claims hold it. With `--try RUN ...` (the same corpora,
in the same order), the labelled units whose claim the try drops: a labelled span that a claim of the base run
overlaps and no claim of the try does, by label set and label. With `--precision RUN ...` (web runs), fw77's claim
precision on each: of fw77's units the run still holds as claims (the same span), the share labelled a claim.

    python workflow/scripts/furniture_shapes_claims77.py --base /work/runs/m63-bbc /work/runs/m63-web \
        [--try /work/runs/claims77-try1-bbc /work/runs/claims77-try1-web] [--precision /work/runs/m63-web] [--show N]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "config/eval"
SHARED = Path("/work/shared")

CALLS = (
    r"learn more|find out more|read more|discover more|check out|let us know|let me know|join us|join our|contact us|"
    r"email us|write to us|tell us|sign up|visit us|visit our|consider supporting|consider donating|stay tuned"
)
SHAPES = {
    # the shapes claims77's rules take (units.reader_call, figure_caption, code_line; discourse.writer_notes)
    "reader call": rf"^\W*(?:if you[^,]*,\s*)?(?:please\s+)?(?:{CALLS})\b",
    "figure caption": r"^(?:figure|fig\.|table|chart|image|photo|picture|illustration|exhibit)\s+"
    r"\d+(?:\.\d+)*[a-z]?\s*[:.]",
    "code line": r"^(?:#\s+\w|[A-Za-z_][\w.]*(?:\[[^\]]*\])?\s*=[^=]|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\()",
    "writer note": r"^[A-Z]\w+(?: [A-Z][\w'-]+){1,2} (?:is|'s) (?:a |an |the )?(?:[\w-]+ ){0,3}"
    r"(?:commentator|correspondent|editor|columnist|writer|journalist|reporter|blogger|contributor)\b",
    # shapes read and left (see config/eval/README.md, claims77)
    "get in touch / download": r"^\W*(?:please\s+)?(?:get in touch|download)\b",
    "signpost (here / below is)": r"^\W*(?:here|below)(?:'s|’s| is| are)\b",
    "in this article / post": r"^\W*in this (?:article|post|tutorial|guide)\b",
    "you can ... (pointer)": r"^you can (?:also )?(?:find|read|see|download|clone|get|visit|view|watch|follow)\b",
    "note:": r"^\W*note\s*:",
    "thanks": r"^\W*(?:thanks|thank you|many thanks)\b",
    "example sentence (= / ->)": r"\s(?:=|->)\s",
}


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def label_sets() -> list[tuple[str, Path]]:
    """Every claim label set with article spans: silver, the training labels, config/eval's claim checks."""
    sets = [("silver", SHARED / "spec/silver/claims.jsonl")]
    sets += [
        (p.stem.replace("claims-labels-", ""), p)
        for p in sorted((ROOT / "config/training").glob("claims-labels-*.jsonl"))
    ]
    sets += [
        (p.stem.replace("claims-handcheck-", "").replace("claims-", ""), p)
        for p in sorted(EVAL.glob("claims-*.jsonl"))
        if not p.stem.endswith("-units")
    ]
    return sets


def labelled() -> pd.DataFrame:
    rows = []
    for name, path in label_sets():
        for r in jsonl(path):
            rows.append({"set": name, "article": r["article"], "start": r["start"], "end": r["end"],
                         "text": r["text"], "label": r["claim_type"]})  # fmt: skip
    return pd.DataFrame(rows)


def run_claims(run: Path) -> tuple[dict[str, str], dict[str, list[tuple[int, int]]], pd.DataFrame]:
    """A run's article id by source path and by page name, its claim spans by article id, and its claims."""
    arts = pq.read_table(run / "ingest/articles.parquet", columns=["article_id", "source_path"]).to_pylist()
    aid = {a["source_path"]: a["article_id"] for a in arts} | {
        Path(a["source_path"]).name: a["article_id"] for a in arts
    }
    claims = pd.read_parquet(run / "claims/claims.parquet", columns=["article_id", "start", "end", "text"])
    spans: dict[str, list[tuple[int, int]]] = {}
    for r in claims.itertuples():
        spans.setdefault(r.article_id, []).append((r.start, r.end))
    return aid, spans, claims


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def shapes_of(text: str) -> list[str]:
    return [name for name, pattern in SHAPES.items() if re.search(pattern, text.strip(), re.IGNORECASE)]


def tally(values) -> str:
    return ", ".join(f"{k} {v}" for k, v in Counter(values).most_common())


def precision(run: Path) -> tuple[int, int]:
    """fw77's units the web run still holds as claims (the same span), and how many of them are labelled a claim."""
    aid, spans, _ = run_claims(run)
    held = [
        r
        for r in jsonl(EVAL / "claims-handcheck-fw77.jsonl")
        if (r["start"], r["end"]) in spans.get(aid.get(r["article"], ""), [])
    ]
    return len(held), sum(r["claim_type"] != "none" for r in held)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=Path, nargs="*", default=[])
    parser.add_argument("--try", dest="tries", type=Path, nargs="*", default=[])
    parser.add_argument("--precision", type=Path, nargs="*", default=[])
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    for run in args.precision:
        held, claims = precision(run)
        print(f"== fw77 on {run.name}: {claims} of {held} held units are claims ({claims / held:.4f})")
    if not args.base:
        return
    labels = labelled()
    labels["shapes"] = labels.text.map(shapes_of)
    runs = {run: run_claims(run) for run in args.base}
    for name in SHAPES:
        lab = labels[[name in s for s in labels.shapes]]
        print(f"== {name}: labelled {len(lab)} ({tally(lab.set)}); labels: {tally(lab.label)}")
        for run, (_, _, claims) in runs.items():
            hit = claims[[name in shapes_of(t) for t in claims.text]]
            print(f"   {run.name}: {len(hit)} claims")
            for t in hit.text.head(args.show):
                print(f"      {t[:110]}")
    for base, tried in zip(args.base[: len(args.tries)], args.tries, strict=True):
        aid, before, _ = runs[base]
        _, after, _ = run_claims(tried)
        lost = [
            r
            for r in labels.itertuples()
            if r.article in aid
            and overlaps(before.get(aid[r.article], []), r.start, r.end)
            and not overlaps(after.get(aid[r.article], []), r.start, r.end)
        ]
        print(f"== labelled units whose claim {tried.name} drops: {len(lost)}")
        for r in lost:
            print(f"   {r.set} {r.label}: {r.text[:110]}")


if __name__ == "__main__":
    main()
