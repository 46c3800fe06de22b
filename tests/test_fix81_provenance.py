"""fix81 (session 59, review71 10): the manifest and the RO-Crate name the git commit (and whether the checkout had
changes) of the code that made them, outside every hash: the code digest, configuration and registry hashes and
fingerprints stay what they are, so a rerun from the same checkout gives the same bytes, and the same code copied out
of git gives the same tables and hashes (its manifest then has no `git`)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from narrative_pipeline.hashing import PACKAGE_DIR, code_digest, git_checkout
from narrative_pipeline.records import Manifest
from narrative_pipeline.rocrate import _git_description

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _git(repo: Path, *args: str) -> str:
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    import os

    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, env={**os.environ, **env})
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _package_in_a_checkout(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    package = repo / "workflow" / "pkg"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text('"""A package."""\n', encoding="utf-8")
    (package / "rules.py").write_text("RULES = 1\n", encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "first")
    return package


def test_a_checkout_gives_its_commit_and_whether_tracked_files_changed(tmp_path):
    package = _package_in_a_checkout(tmp_path)
    commit = _git(package, "rev-parse", "HEAD")
    assert git_checkout(package) == (commit, False)
    (package.parent.parent / "results.txt").write_text("untracked output\n", encoding="utf-8")
    assert git_checkout(package) == (commit, False)  # untracked files (results) do not make it dirty
    (package / "rules.py").write_text("RULES = 2\n", encoding="utf-8")
    assert git_checkout(package) == (commit, True)


def test_no_checkout_or_a_checkout_that_does_not_track_the_package_gives_none(tmp_path):
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "__init__.py").write_text("", encoding="utf-8")
    assert git_checkout(copy) is None
    package = _package_in_a_checkout(tmp_path)
    other = package.parent / "installed"  # a package inside a repository that does not track it (a virtualenv's)
    other.mkdir()
    (other / "__init__.py").write_text("", encoding="utf-8")
    assert git_checkout(other) is None


def test_the_commit_enters_no_hash(tmp_path):
    """The code digest of a package in a checkout, dirty or not, is that of the same files copied out of git."""
    package = _package_in_a_checkout(tmp_path)
    copy = tmp_path / "copy" / "pkg"
    shutil.copytree(package, copy)
    assert git_checkout(copy) is None and git_checkout(package) is not None
    assert code_digest(package) == code_digest(copy)
    _git(package, "commit", "-q", "--allow-empty", "-m", "a commit that changes no code")
    assert code_digest(package) == code_digest(copy)


def test_this_packages_checkout_is_what_the_manifest_records():
    """The package under test runs from this repository's checkout (or from a copy: then None)."""
    found = git_checkout(PACKAGE_DIR)
    if found is not None:
        assert len(found[0]) == 40 and isinstance(found[1], bool)


def test_a_manifest_without_git_still_reads_and_the_crate_names_the_commit():
    assert Manifest.model_fields["git"].default is None
    assert _git_description(None) == {}
    assert _git_description({"commit": "a" * 40, "dirty": False}) == {"description": f"git commit {'a' * 40}"}
    dirty = _git_description({"commit": "b" * 40, "dirty": True})["description"]
    assert dirty.startswith(f"git commit {'b' * 40}; ") and "changes" in dirty
