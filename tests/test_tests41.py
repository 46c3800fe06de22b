"""tests41: the command line's parser built once a process; each parse has list defaults of its own."""

from __future__ import annotations

from narrative_pipeline.cli import own_defaults, parser

VALIDATE = ["validate", "--input-dir", "in", "--docs-dir", "docs", "--out", "report.json"]


def test_the_parser_is_built_once_and_a_parse_leaves_its_defaults_as_they_were():
    assert parser() is parser()
    first = own_defaults(parser().parse_args(VALIDATE))
    assert first.table == [] and first.shard_reports == []
    first.table.append("claims=x.parquet")  # a step that adds to a list it was given
    first.shard_reports.extend(["0.json", "1.json"])
    second = own_defaults(parser().parse_args(VALIDATE))
    assert second.table == [] and second.shard_reports == []


def test_a_parse_without_own_defaults_shares_the_parsers_list():
    """The near case: argparse itself gives every parse the parser's one default object, which is why `main`
    copies it."""
    first = parser().parse_args(VALIDATE)
    second = parser().parse_args(VALIDATE)
    assert first.table is second.table


def test_given_values_are_kept_by_own_defaults():
    args = own_defaults(parser().parse_args([*VALIDATE, "--table", "claims=c.parquet", "--shard-reports", "0.json"]))
    assert args.table == ["claims=c.parquet"] and args.shard_reports == ["0.json"]
    assert args.command == "validate" and callable(args.func)
