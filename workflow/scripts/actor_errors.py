"""Actor errors of a results folder against gold files, finding apart from linking (link30, issue 12).

    python workflow/scripts/actor_errors.py RESULTS GOLD [GOLD ...]

For every required gold mention with no right link (as `narrative_pipeline.evaluate` counts it: an overlapping linked
mention whose actor shares a name or alias with the gold actor): `FIND` when no predicted mention overlaps it (a
finding miss), `UNLINKED` when one does but none is linked, `WRONGLINK` when one is linked to another actor; then the
actor-set errors of the article: `SET-FN` (a gold actor no predicted actor matches) and `SET-FP` (a predicted actor
no gold actor matches). GOLD: gold files or folders of them (never the held-out sets: they are only measured).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from narrative_pipeline.evaluate import _names, _overlap, gold_files, load_results, same_actor


@dataclass(frozen=True)
class ActorError:
    kind: str  # FIND, UNLINKED, WRONGLINK, SET-FN, SET-FP
    start: int | None
    end: int | None
    gold: str | None  # gold actor id
    predicted: tuple[str, ...]  # predicted actor ids there (SET-FP: the actor)


def mention_errors(gold: dict[str, Any], mentions: list[dict], names: dict[str, set[str]]) -> list[ActorError]:
    """The required gold mentions of one article with no right link, each with what the results have there."""
    gold_names = {k: _names(v) for k, v in gold["actors"].items()}
    out = []
    for g in gold["mentions"]:
        if g.get("optional"):
            continue
        there = [m for m in mentions if _overlap(m["start"], m["end"], g["start"], g["end"])]
        linked = [m for m in there if m["actor_id"]]
        if any(same_actor(names.get(m["actor_id"], set()), gold_names[g["actor"]]) for m in linked):
            continue
        kind = "FIND" if not there else "UNLINKED" if not linked else "WRONGLINK"
        out.append(ActorError(kind, g["start"], g["end"], g["actor"], tuple(m["actor_id"] for m in linked)))
    return out


def set_errors(gold: dict[str, Any], mentions: list[dict], names: dict[str, set[str]]) -> list[ActorError]:
    """The actor-set errors of one article: gold actors of required mentions no predicted actor matches, and
    predicted actors no gold actor (required or optional) matches."""
    gold_names = {k: _names(v) for k, v in gold["actors"].items()}
    required = sorted({g["actor"] for g in gold["mentions"] if not g.get("optional")})
    predicted = sorted({m["actor_id"] for m in mentions if m["actor_id"]})
    out = [
        ActorError("SET-FN", None, None, a, ())
        for a in required
        if not any(same_actor(names.get(p, set()), gold_names[a]) for p in predicted)
    ]
    out += [
        ActorError("SET-FP", None, None, None, (p,))
        for p in predicted
        if not any(same_actor(names.get(p, set()), n) for n in gold_names.values())
    ]
    return out


def held_out(path: Path) -> bool:
    """Whether a gold path is in a held-out set (`config/eval/gold-*heldout*`), whose gold is only measured: its
    errors are never listed (review31)."""
    return any("heldout" in part for part in path.resolve().parts)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("results")
    p.add_argument("gold", nargs="+")
    a = p.parse_args(argv)
    refused = [g for g in a.gold if held_out(Path(g))]
    if refused:
        p.error(f"held-out gold is only measured, never listed: {', '.join(refused)}")
    by_sha, _, mentions, _, names = load_results(Path(a.results))
    for path in gold_files([Path(g) for g in a.gold]):
        gold = json.loads(path.read_text(encoding="utf-8"))
        article_id = by_sha.get(gold["sha256"])
        found = mentions.get(article_id, []) if article_id else []
        errors = mention_errors(gold, found, names) + set_errors(gold, found, names)
        if errors:
            print(f"== {path.name} {article_id or '(article not in the results)'}")
        for e in errors:
            where = f"{e.start}-{e.end} " if e.start is not None else ""
            gold_name = gold["actors"][e.gold]["name"] if e.gold else ""
            print(f"  {e.kind:9} {where}{e.gold or ''} {gold_name} | {', '.join(e.predicted)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
