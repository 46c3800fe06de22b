"""Step fingerprints: which modules a step runs, sub-packages included."""

from __future__ import annotations

import shutil
from pathlib import Path

from narrative_pipeline.hashing import PACKAGE_DIR, code_digest, module_closure, module_fingerprint, step_fingerprint

FAKE = {
    "__init__.py": "",
    "step.py": "from .sub import run\nfrom . import util\n",
    "util.py": "X = 1\n",
    "other.py": "Y = 2\n",
    "sub/__init__.py": "from .a import run\n",
    "sub/a.py": "from ..util import X\nfrom . import b\n\ndef run():\n    return X\n",
    "sub/b.py": "B = 1\n",
    "sub/deep/__init__.py": "",
    "sub/deep/c.py": "C = 1\n",
    "lone/__init__.py": "",
    "lone/d.py": "import fake.other\n",
}


def fake_package(base: Path, changes: dict[str, str] | None = None) -> Path:
    root = base / "fake"
    for rel, text in {**FAKE, **(changes or {})}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_closure_covers_every_module_of_an_imported_sub_package(tmp_path):
    root = fake_package(tmp_path)
    assert module_closure("step", root) == ("step", "sub", "sub.a", "sub.b", "sub.deep", "sub.deep.c", "util")


def test_closure_of_a_sub_module_counts_its_packages_and_absolute_imports(tmp_path):
    root = fake_package(tmp_path)
    assert module_closure("lone.d", root) == ("lone", "lone.d", "other")


def test_fingerprint_changes_with_a_module_deep_in_a_sub_package(tmp_path):
    before = step_fingerprint("step", fake_package(tmp_path / "a"))
    after = step_fingerprint("step", fake_package(tmp_path / "b", {"sub/deep/c.py": "C = 2\n"}))
    assert before != after


def test_fingerprint_ignores_modules_the_step_does_not_run(tmp_path):
    before = step_fingerprint("step", fake_package(tmp_path / "a"))
    after = step_fingerprint("step", fake_package(tmp_path / "b", {"other.py": "Y = 3\n"}))
    assert before == after


def test_code_digest_covers_sub_packages(tmp_path):
    before = code_digest(fake_package(tmp_path / "a"))
    assert before != code_digest(fake_package(tmp_path / "b", {"sub/deep/c.py": "C = 3\n"}))


def test_claims_step_runs_its_whole_package_and_the_shared_rule_modules():
    closure = set(module_closure("claims"))
    package = {
        ".".join(p.relative_to(PACKAGE_DIR).with_suffix("").parts) for p in (PACKAGE_DIR / "claims").glob("*.py")
    }
    assert {m.removesuffix(".__init__") for m in package} <= closure
    assert {"syntax", "quotes", "rules", "lexicon", "parsed", "records"} <= closure
    assert not {"normalize", "nlp", "cli", "actors"} & closure


def test_actors_step_runs_its_whole_package(tmp_path):
    closure = set(module_closure("actors"))
    assert {"registry", "syntax", "parsed", "records"} <= closure
    assert not {"claims", "normalize", "cli"} & closure
    copy = tmp_path / PACKAGE_DIR.name
    shutil.copytree(PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert step_fingerprint("actors", copy) == step_fingerprint("actors")


def test_import_statements_are_found_in_functions_and_across_lines():
    from narrative_pipeline.hashing import import_statements

    source = 'import os\n\ndef f():\n    from ..x import (\n        a,\n        b,\n    )\n    return 1\n"""from .doc import y"""\n'
    assert import_statements(source) == ["import os", "from ..x import ( a, b, )"]


def test_module_fingerprint_follows_the_module_alone(tmp_path):
    before = module_fingerprint("step", fake_package(tmp_path / "a"))
    assert (
        module_fingerprint("step", fake_package(tmp_path / "b", {"sub/a.py": "def run():\n    return 1\n"})) == before
    )
    assert module_fingerprint("step", fake_package(tmp_path / "c", {"step.py": "from .sub import run\n"})) != before


def test_a_given_fingerprint_is_the_steps_and_only_its(monkeypatch, tmp_path):
    """A step's process given its fingerprint (the rule's `--code`) takes it instead of reading its modules;
    the other steps, and a fingerprint of another package root, are computed as before."""
    from narrative_pipeline import hashing

    computed = hashing.step_fingerprint("claims")
    fake = fake_package(tmp_path)
    monkeypatch.setattr(hashing, "_GIVEN", {})
    hashing.give_fingerprint("actors", "0.1.0+given")
    hashing.give_fingerprint("step", "0.1.0+given")
    assert hashing.step_fingerprint("actors") == "0.1.0+given"
    assert hashing.step_fingerprint("claims") == computed
    assert hashing.step_fingerprint("step", fake) != "0.1.0+given"


def test_a_given_fingerprint_is_trusted_only_while_no_module_changed_since_it_was_computed(monkeypatch, tmp_path):
    """review18b: a module edited during a run (and reverted later) must not have the job key its cache entries,
    computed by the edited code, by the fingerprint of the code at the start of the run."""
    from narrative_pipeline import hashing

    fake = fake_package(tmp_path)
    monkeypatch.setattr(hashing, "PACKAGE_DIR", fake)
    monkeypatch.setattr(hashing, "_GIVEN", {})
    monkeypatch.setattr(hashing, "_GIVEN_AT", {})
    at_start = hashing.module_state(fake)
    hashing.give_fingerprint("step", "0.1.0+given", at_start)
    assert hashing.step_fingerprint("step", fake) == "0.1.0+given"  # unchanged since the start: trusted
    hashing.give_fingerprint("step", "0.1.0+given", at_start)
    edited = fake / "sub" / "a.py"
    edited.write_text(edited.read_text() + "# edited during the run\n")
    assert hashing.module_state(fake) != at_start
    assert hashing.step_fingerprint("step", fake) != "0.1.0+given"  # the edited code's own
    hashing.give_fingerprint("step", "0.1.0+given", at_start)
    (fake / "new.py").write_text("")  # a module added
    assert hashing.step_fingerprint("step", fake) != "0.1.0+given"
