"""The package metadata builds without deprecation warnings: setuptools stops accepting a license
given as a TOML table (`license = {text = ...}`) after 2027-02-18, and warns on every install until then."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_license_is_an_spdx_expression_and_setuptools_reads_it():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["project"]["license"] == "MIT"
    assert "setuptools>=77" in data["build-system"]["requires"]  # the first to read SPDX license strings
