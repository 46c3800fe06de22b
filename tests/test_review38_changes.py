"""review38: speed42's staged changes when a results folder is copied with its staged folder (a run interrupted between
the `changes` job and publish, then copied): with the files' times kept (`cp -a`, `shutil.copy2`) the staged folder is
still the tables' and the kept state's, and gives the bytes `compare` gives; copied without them (`cp -r`) it is
compared again. Either way changes.json is the one `compare` makes."""

from __future__ import annotations

import json
import shutil

import pytest
from narrative_pipeline import changes
from report_fixtures import make_results

MANIFEST = {"code_version": "1.0", "code_digest": "abc", "components": {"claims": "claims.rules.v1"}}


@pytest.mark.parametrize("keep_times", [True, False])
def test_a_copied_results_folder_with_its_staged_folder_gives_the_compared_changes(tmp_path, keep_times):
    results = make_results(tmp_path / "results")
    (results / "manifest.json").write_text(json.dumps(MANIFEST), encoding="utf-8")
    changes.run(results, tmp_path / "first.json")  # a kept state
    changes.stage(results, results / ".changes-staged")  # the run stops here, before publish
    copy = tmp_path / "copy"
    shutil.copytree(results, copy, copy_function=shutil.copy2 if keep_times else shutil.copyfile)
    staged = changes.staged_changes(copy, copy / ".changes-staged")
    assert (staged is not None) == keep_times
    made, state = changes.publish_changes(copy, tmp_path / "a.json", copy / ".changes-staged")
    compared, current = changes.compare(copy, tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert state == changes.state_bytes(current)
