"""Every option of the commands a researcher runs by hand says what it is in `--help`."""

from __future__ import annotations

import argparse

import pytest
from narrative_pipeline.cli import parser

BY_HAND = ("report", "datapackage", "rocrate", "changes", "query", "show", "evaluate", "train", "schemas")
BY_HAND += ("build-registry", "fingerprint", "evaluate-statements")


def subcommands() -> dict[str, argparse.ArgumentParser]:
    sub = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


@pytest.mark.parametrize("name", BY_HAND)
def test_every_option_has_a_help_text(name):
    command = subcommands()[name]
    bare = [a.dest for a in command._actions if not isinstance(a, argparse._HelpAction) and not a.help]
    assert bare == [], f"{name}: {bare}"
