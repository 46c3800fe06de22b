"""Draw claims whose type a new classifier changed, outside every labelled span, to read them by hand.

Joins a base run's and a new run's claims by article and span, keeps those whose `claim_type` differs, leaves out
every claim that overlaps a labelled span of the project (silver, dev gold, `config/training/*.jsonl`,
`config/eval/claims-*.jsonl`) and every article of a held-out or blind gold (by the gold files' names only; their
rows are never read), then draws `--n` with `random.Random(SEED)` and prints article, span, both types, the rule
that typed it and the sentence around it.

    python workflow/scripts/sample_type_changes_opinion24.py BASE/results NEW/results [--n 30]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[2]
SEED = "session24-opinion-changes"


def labelled_spans(shared: Path) -> tuple[dict[str, list[tuple[int, int]]], set[str]]:
    """Labelled spans by article path, and the stems of held-out and blind gold articles (names only)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    files = [
        shared / "spec/silver/claims.jsonl",
        *sorted((ROOT / "config/training").glob("claims-labels-*.jsonl")),
        *sorted((ROOT / "config/eval").glob("claims-*.jsonl")),
    ]
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                spans.setdefault(r["article"], []).append((r["start"], r["end"]))
    for folder in (shared / "spec/dev-gold", ROOT / "config/eval/gold-politics-dev"):
        for g in sorted(folder.glob("*.json")):
            gold = json.loads(g.read_text(encoding="utf-8"))
            spans.setdefault(gold["article"], []).extend((c["start"], c["end"]) for c in gold["claims"])
    blind = {p.stem for d in (ROOT / "config/eval").glob("gold-*heldout*") for p in d.rglob("*") if p.is_file()}
    blind |= {"scmp.com.playbook", "0a3108e507c54157a95fe7a1338f5e9c", "aclu.org-grades", "cbsnews.com.carolina"}
    blind |= {"timesofisrael.com.washington"}
    return spans, blind


def read(results: Path) -> tuple[dict[tuple[str, int, int], dict], dict[str, str], dict[str, str]]:
    arts = pq.read_table(results / "ingest/articles.parquet", columns=["article_id", "source_path"]).to_pylist()
    path = {a["article_id"]: a["source_path"] for a in arts}
    texts = {r["article_id"]: r["text"] for r in pq.read_table(results / "ingest/texts.parquet").to_pylist()}
    cols = ["article_id", "start", "end", "text", "claim_type", "type_rule", "claimer_kind"]
    claims = {
        (r["article_id"], r["start"], r["end"]): r
        for r in pq.read_table(results / "claims/claims.parquet", columns=cols).to_pylist()
    }
    return claims, path, texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--shared", type=Path, default=ROOT.parent.parent / "shared")
    args = parser.parse_args()
    spans, blind = labelled_spans(args.shared)
    old, path, texts = read(args.base)
    new, _, _ = read(args.new)
    changed = []
    for key in sorted(set(old) & set(new)):
        a, b = old[key], new[key]
        p = path[key[0]]
        if a["claim_type"] == b["claim_type"] or Path(p).stem in blind:
            continue
        if any(min(e, key[2]) > max(s, key[1]) for s, e in spans.get(p, [])):
            continue
        changed.append((p, key, a["claim_type"], b["claim_type"], b["type_rule"], b["claimer_kind"]))
    print(f"{len(changed)} claims change type outside every labelled span")
    flows: dict[str, int] = {}
    for c in changed:
        flows[f"{c[2]}->{c[3]}"] = flows.get(f"{c[2]}->{c[3]}", 0) + 1
    print(", ".join(f"{k} {v}" for k, v in sorted(flows.items(), key=lambda kv: -kv[1])))
    for k, (p, key, t0, t1, rule, kind) in enumerate(
        sorted(random.Random(SEED).sample(changed, min(args.n, len(changed))))
    ):
        text = texts[key[0]]
        s = max(text.rfind("\n", 0, key[1]), key[1] - 200)
        print(f"\n[{k}] {p} {key[1]}-{key[2]} {t0} -> {t1} (rule {rule}, {kind})")
        print(f"  ...{text[s : key[1]]}[[{text[key[1] : key[2]]}]]{text[key[2] : key[2] + 80]}...".replace("\n", " / "))


if __name__ == "__main__":
    main()
