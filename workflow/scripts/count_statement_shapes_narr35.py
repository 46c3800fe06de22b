"""Count the shapes of narr35's misses on its fresh blind statement set over a run's statements (session 54).

Each shape is read off the statements table and the sentence text (no parse): the action's lemma and class, its
agent and patient, and the words right before and after the action. The counts are of statement rows (a sentence
with two accused gives two). `--examples N` prints N rows of each shape.

    python workflow/scripts/count_statement_shapes_narr35.py --results /work/runs/m63-bbc /work/runs/m63-web
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

LEGAL = re.compile(
    r"\W*(?:\S+\W+){0,4}?(charges?|trials?|hearings?|bans?|suspensions?|fines?|penalt(?:y|ies)|sentences?|jail|prison|"
    r"extradition|prosecution|investigation|lawsuits?|court|action)\b",
    re.I,
)
Row = dict[str, Any]


def _shapes(actors: dict[str, Row]) -> dict[str, Callable[[Row, str, str], bool]]:
    """Each shape: a test of (row, text before the action, text after it)."""

    def media(r: Row) -> bool:
        return actors.get(r["patient_actor_id"] or "", {}).get("actor_type") == "media"

    return {
        "an undergoing verb with a legal object ('faces charges'): subject as agent": lambda r, b, a: (
            r["action_lemma"] in ("face", "receive", "earn", "attract") and bool(LEGAL.match(a))
        ),
        "a legal noun an undergoing verb governs, classified, subject as patient": lambda r, b, a: (
            r["class_rule"] == "received-noun"
        ),
        "'speak / talk to X' with no patient": lambda r, b, a: (
            r["action_lemma"] in ("speak", "talk") and a.lstrip().startswith("to ") and r["patient_actor_id"] is None
        ),
        "CONSULT with a media outlet as patient ('Speaking with Kaieteur News')": lambda r, b, a: (
            r["action_class"] == "CONSULT" and media(r)
        ),
        "recognise as SUPPORT": lambda r, b, a: (
            r["action_lemma"] in ("recognise", "recognize") and r["action_class"] == "SUPPORT"
        ),
        "a promise as AGREE (promise, vow, pledge)": lambda r, b, a: (
            r["action_lemma"] in ("promise", "vow", "pledge") and r["action_class"] == "AGREE"
        ),
        "a classified act inside an if / unless clause": lambda r, b, a: (
            r["action_class"] is not None and bool(re.search(r"\b(if|unless)\b[^,;]*$", b, re.I))
        ),
        "'receive ... from X', unclassified": lambda r, b, a: (
            r["action_lemma"] == "receive" and " from " in a[:60] and r["action_class"] is None
        ),
        "a light verb's attack noun ('take a veiled shot at'), unclassified": lambda r, b, a: (
            r["action_lemma"] in ("take", "make", "launch", "fire")
            and r["action_class"] is None
            and bool(re.match(r"\W*(?:a |an |the )?(?:\w+ )?(swipe|shot|dig|broadside|swing)\b", a))
        ),
        "an unclassified act with a with-phrase and no patient ('slug it out with X')": lambda r, b, a: (
            r["action_class"] is None
            and r["patient_actor_id"] is None
            and r["agent_actor_id"] is not None
            and bool(re.match(r"\W*(?:\w+\W+){0,3}?with\b", a))
        ),
        "a deal signed as SUPPORT": lambda r, b, a: (
            r["action_lemma"].startswith("sign ") and r["action_class"] == "SUPPORT"
        ),
    }


def count(results: Path, examples: int = 0) -> tuple[Counter[str], dict[str, list[str]]]:
    actors = {r["actor_id"]: r for r in pq.read_table(results / "actors/actors.parquet").to_pylist()}
    cols = ["sentence_id", "start", "text"]
    sents = {
        r["sentence_id"]: r for r in pq.read_table(results / "normalize/sentences.parquet", columns=cols).to_pylist()
    }
    shapes = _shapes(actors)
    counts: Counter[str] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    for r in pq.read_table(results / "narratives/statements.parquet").to_pylist():
        s = sents[r["sentence_id"]]
        before = s["text"][max(0, r["action_start"] - s["start"] - 60) : r["action_start"] - s["start"]]
        after = s["text"][r["action_end"] - s["start"] :]
        r = {**r, "action_lemma": (r["action_lemma"] or "").lower()}
        for name, test in shapes.items():
            if test(r, before, after):
                counts[name] += 1
                if len(shown[name]) < examples:
                    shown[name].append(f"{before[-40:]}[{r['action_text']}]{after[:50]}")
    return counts, shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, nargs="+", required=True)
    parser.add_argument("--examples", type=int, default=0)
    a = parser.parse_args()
    for results in a.results:
        counts, shown = count(results, a.examples)
        print(f"== {results}")
        for name in _shapes({}):
            print(f"{counts[name]:6d}  {name}")
            for line in shown[name]:
                print(f"          {line}")


if __name__ == "__main__":
    main()
