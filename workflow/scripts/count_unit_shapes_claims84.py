"""Count the claim-unit shapes claims82 found wrong, over a run's claims and sentences, and draw some of each to read
(claims84, session 57, issue 12).

Shapes (regular expressions on a claim's text and its sentence's normalised text):
- `run_on`: two sentences run together where the source lost a full stop: a lower-case word, a space, a capitalised
  closed-class word (pronoun, determiner, preposition, sentence adverb) and a lower-case word or a comma;
- `bare_tag`: a unit that is only a closing speech tag ("he told a conference on ageing."): a pronoun or name and a
  reporting verb, the sentence's words before it ending in a comma or a closing quote;
- `rel_cut`: a unit that stops right before a relative pronoun its sentence continues with ("argued there was a mass
  of people" | "whom he says feel ...");
- `gap_rel`: a relative clause with a reporting parenthesis and no relative pronoun ("Sharon said was one of only 10
  made");
- `quote_tail`: a unit that begins inside a quotation and holds only its tail ('... - come join us," he will say.').

    python workflow/scripts/count_unit_shapes_claims84.py RUN [RUN ...] --seed 20262702 --draw 30
"""

from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict
from pathlib import Path

import pyarrow.parquet as pq

OPENERS = (
    r"(?:He|She|It|They|We|There|However|Meanwhile|The|This|These|Those|His|Her|Its|Their"
    r"|In|At|On|After|When|While|But)"
)
RUN_ON = re.compile(r"\b[a-z]+ " + OPENERS + r"(?: [a-z]|,)")
REPORTING = r"(?:said|says|told|added|adds|argued|claimed|warned|insisted|explained|stated|tells|will say)"
BARE_TAG = re.compile(r"^(?:he|she|they|it|we|I|[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}) " + REPORTING + r"\b[^,;\"]*\.?$")
REL_NEXT = re.compile(r"^,? (?:who|whom|which|whose)\b")
GAP_REL = re.compile(r"\b[A-Z][\w'-]+ (?:said|says|believes|thinks|claimed) (?:was|is|were|are|had|has|would|will)\b")
QUOTES = '"“”'


def shapes(text: str, sentence: str, offset: int) -> list[str]:
    """The shapes a claim's `text` has, given its sentence's text and where in it the claim starts."""
    found = []
    if RUN_ON.search(text):
        found.append("run_on")
    before = sentence[:offset].rstrip()
    if BARE_TAG.match(text) and before[-1:] in {",", '"', "”"}:
        found.append("bare_tag")
    if REL_NEXT.match(sentence[offset + len(text) :]):
        found.append("rel_cut")
    if GAP_REL.search(text):
        found.append("gap_rel")
    if text[:1] not in QUOTES and sum(text.count(q) for q in QUOTES) == 1 and re.search(r"[,.!?][\"”] ", text):
        found.append("quote_tail")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("runs", nargs="+", type=Path)
    parser.add_argument("--seed", type=int, default=20262702)
    parser.add_argument("--draw", type=int, default=30)
    args = parser.parse_args()
    rows: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for run in args.runs:
        sentences = {
            r["sentence_id"]: r
            for r in pq.read_table(
                run / "normalize/sentences.parquet", columns=["sentence_id", "start", "text"]
            ).to_pylist()
        }
        claims = pq.read_table(run / "claims/claims.parquet", columns=["claim_id", "sentence_id", "start", "text"])
        total = 0
        for c in claims.to_pylist():
            total += 1
            sent = sentences.get(c["sentence_id"])
            if sent is None:
                continue
            offset = sent["text"].find(c["text"])
            for shape in shapes(c["text"], sent["text"], max(offset, 0)):
                rows[shape].append((run.name, c["claim_id"], f"{c['text']}  <<SENT: {sent['text']}>>"))
        print(
            f"{run.name}: {total} claims; "
            + ", ".join(f"{k} {sum(1 for r in v if r[0] == run.name)}" for k, v in sorted(rows.items()))
        )
    for shape, found in sorted(rows.items()):
        drawn = sorted(found, key=lambda r: r[1])
        random.Random(args.seed).shuffle(drawn)
        print(f"\n== {shape}: {len(found)} (drawn {min(args.draw, len(found))})")
        for run, claim_id, text in drawn[: args.draw]:
            print(f"- {run} {claim_id}: {text}")


if __name__ == "__main__":
    main()
