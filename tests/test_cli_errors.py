"""The commands a researcher runs by hand say what is wrong with their arguments (exit 2, one
line), never a traceback from deep inside: a folder that holds no results, a gold file that is not
there. The tests of a command in a process of its own start that process: slow set."""

from __future__ import annotations

import pytest
from narrative_pipeline.cli import main
from report_fixtures import make_results


@pytest.mark.parametrize(
    "args",
    [
        ["report", "--results", "{missing}"],
        ["datapackage", "--results", "{empty}", "--out", "{empty}/dp.json"],
        ["changes", "--results", "{missing}", "--out", "{empty}/changes.json"],
        ["query", "--results", "{empty}", "SELECT count(*) FROM claims"],
        ["show", "claim", "x:c0000", "--results", "{missing}"],
        ["evaluate", "--results", "{missing}", "--gold", "{empty}"],
    ],
)
def test_a_folder_without_results_is_named(tmp_path, capsys, args):
    empty = tmp_path / "empty"
    empty.mkdir()
    filled = [a.format(missing=tmp_path / "missing", empty=empty) for a in args]
    with pytest.raises(SystemExit) as exc:
        main(filled)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "argument --results" in err and ("does not exist" in err or "holds no results" in err)
    assert "Traceback" not in err and not (tmp_path / "missing").exists()
    assert sorted(p.name for p in empty.iterdir()) == []


def test_a_missing_gold_file_is_named(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["evaluate", "--gold", str(tmp_path / "gold.json")])
    assert exc.value.code == 2 and "gold.json' does not exist" in capsys.readouterr().err
    assert main(["evaluate-statements", "--gold", str(tmp_path / "gold.jsonl")]) == 2
    assert "gold file" in capsys.readouterr().err
    (tmp_path / "gold.jsonl").write_text("")
    assert main(["evaluate-statements", "--results", str(tmp_path), "--gold", str(tmp_path / "gold.jsonl")]) == 2
    assert "holds no results of a run" in capsys.readouterr().err


def test_publish_takes_no_export_index(tmp_path):
    """The publish job of a corpus with no shards (an empty input folder) passes `--indexes` alone."""
    from narrative_pipeline.cli import parser

    out = str(tmp_path)
    args = parser().parse_args(
        ["publish", "--results", out, "--manifest", f"{out}/manifest.json", "--indexes", "--report", f"{out}/r"]
        + ["--datapackage", f"{out}/dp.json", "--changes", f"{out}/c.json", "--rocrate", f"{out}/ro.json"]
    )
    assert args.indexes == []


def test_a_query_with_an_sql_error_says_what_duckdb_says_without_a_traceback(tmp_path, capsys):
    """`SELECT substr(x, 1, 7) month ...` (a keyword as an alias) printed 20 lines of traceback from
    inside DuckDB; a researcher's typo now gets DuckDB's message and exit 1."""
    results = make_results(tmp_path / "results")
    assert main(["query", "--results", str(results), "SELECT substr(article_id, 1, 7) month FROM claims"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: Parser Error: syntax error") and "Traceback" not in err
    assert main(["query", "--results", str(results), "SELECT count(*) AS n FROM nope"]) == 1
    assert "nope" in capsys.readouterr().err


def test_a_command_in_a_process_of_its_own_collects_garbage_less_often():
    """The console script raises the garbage collector's first threshold (the step's objects live until it
    ends); a call from Python (a test, a notebook) leaves the caller's collector as it was."""
    import subprocess
    import sys

    from narrative_pipeline.cli import GC_THRESHOLD

    code = (
        "import gc, sys; from narrative_pipeline.cli import main; "
        "sys.argv = ['narrative-pipeline', 'fingerprint', 'claims']; main(); print(gc.get_threshold()[0])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split()[-1] == str(GC_THRESHOLD)
    import gc

    before = gc.get_threshold()
    python_default = (700, *before[1:])  # not the test session's (conftest raises it as the pipeline does)
    gc.set_threshold(*python_default)
    try:
        main(["fingerprint", "claims"])
        assert gc.get_threshold() == python_default
    finally:
        gc.set_threshold(*before)


@pytest.mark.slow
def test_a_command_in_a_process_of_its_own_takes_arrow_buffers_from_the_c_allocator():
    """The console script gives pyarrow the system allocator (what a step frees goes back, and the
    corpus-level jobs' peak RSS falls); a value the user set wins, and a call from Python leaves it."""
    import os
    import subprocess
    import sys

    code = (
        "import sys; from narrative_pipeline.cli import main; "
        "sys.argv = ['narrative-pipeline', 'fingerprint', 'claims']; main(); "
        "import pyarrow as pa; print(pa.default_memory_pool().backend_name)"
    )
    env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    assert out.split()[-1] == "system"
    env["ARROW_DEFAULT_MEMORY_POOL"] = "mimalloc"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    assert out.split()[-1] == "mimalloc"


@pytest.mark.slow
def test_a_numpy_free_command_in_a_process_of_its_own_reads_and_writes_tables_without_numpy(tmp_path):
    """A step that uses no NumPy refuses its import (pyarrow would make it at its own import): the gather
    of a shard table writes the same table; a step that uses NumPy (claims' classifier) is not listed, and
    a call from Python leaves the caller's imports alone."""
    import subprocess
    import sys

    from narrative_pipeline.cli import NUMPY_FREE
    from narrative_pipeline.records import ClaimActorRecord
    from narrative_pipeline.tables import read_records, write_records

    assert {"actors", "narratives", "export", "gather", "validate-shard"} <= NUMPY_FREE
    assert not {"claims", "normalize", "ingest", "manifest"} & NUMPY_FREE
    shard, out = tmp_path / "0.claim_actors.parquet", tmp_path / "claim_actors.parquet"
    rows = [ClaimActorRecord(claim_id="a:c0000", actor_id="x", role="agent", mention_id=None)]
    write_records(shard, rows, ClaimActorRecord)
    code = (
        "import sys; from narrative_pipeline.cli import main; "
        f"sys.argv = ['narrative-pipeline', 'gather', '--table', 'claim_actors={out}', "
        f"'--shards-of', 'claim_actors', '{shard}']; main(); print('numpy' in sys.modules, 'pyarrow' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split()[-2:] == ["False", "True"]
    assert read_records(out, ClaimActorRecord) == rows


@pytest.mark.slow
def test_the_parse_in_a_process_of_its_own_loads_spacy_without_its_command_line(tmp_path, nlp):
    """normalize, run as a process of its own, gets stand-ins for `spacy.cli` (which `import spacy` makes
    for `spacy.info` alone: typer, click and about 400 modules): the same sentences and tokens as the
    parse in this process, no typer imported, `spacy.info` failing loudly; a call from Python (this
    test's process) keeps spaCy's own command line."""
    import subprocess
    import sys

    import spacy
    from narrative_pipeline import normalize
    from narrative_pipeline.cli import SPACY_CLI_FREE
    from narrative_pipeline.records import ArticleText
    from narrative_pipeline.settings import PipelineConfig
    from narrative_pipeline.tables import write_records

    assert "normalize" in SPACY_CLI_FREE
    assert spacy.info is sys.modules["spacy.cli.info"].info and hasattr(sys.modules["spacy.cli"], "setup_cli")
    text = "Ministers said on Tuesday that the plan would cost £2bn.\n\nThe opposition called it a waste."
    texts = tmp_path / "0.texts.parquet"
    write_records(
        texts,
        [ArticleText(article_id="0123456789abcdef", source_path="a.txt", sha256="0" * 64, text=text)],
        ArticleText,
    )
    out = {name: tmp_path / f"{name}.parquet" for name in ("sentences", "tokens", "sentences_here", "tokens_here")}
    code = (
        "import sys; from narrative_pipeline.cli import main; "
        f"sys.argv = ['narrative-pipeline', 'normalize', '--texts', '{texts}', "
        f"'--out-sentences', '{out['sentences']}', '--out-tokens', '{out['tokens']}']; main(); "
        "import spacy\n"
        "try:\n    spacy.info()\nexcept RuntimeError as e:\n    print('refused', 'SPACY_CLI_FREE' in str(e))\n"
        "print('typer' in sys.modules, 'spacy.cli.download' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split()[-4:] == ["refused", "True", "False", "False"]
    from narrative_pipeline.provenance import step_provenance
    from narrative_pipeline.tables import stamped

    with stamped(step_provenance("normalize")):  # what the command's shard tables record (prov57)
        normalize.run(texts, PipelineConfig(), out["sentences_here"], out["tokens_here"])
    assert out["sentences"].read_bytes() == out["sentences_here"].read_bytes()
    assert out["tokens"].read_bytes() == out["tokens_here"].read_bytes()


@pytest.mark.slow
def test_a_step_run_by_the_console_script_ends_without_the_interpreters_teardown(tmp_path):
    """The console script (`console`) ends a step of `QUICK_EXIT` once it has returned, without freeing its
    objects one by one: the atexit handlers run and the output is whole, but no object of the process is
    finalized; another command (`fingerprint`) and a step that fails end as usual (the failure's exit code);
    `main` called from Python returns (the tests above run code after it)."""
    import subprocess
    import sys

    from narrative_pipeline.cli import QUICK_EXIT
    from narrative_pipeline.records import ClaimActorRecord
    from narrative_pipeline.tables import read_records, write_records

    assert {"ingest", "normalize", "actors", "claims", "narratives", "export", "validate-shard"} <= QUICK_EXIT
    # publish too since speed26 (served by the warm worker; it joins its report-removal thread before it returns),
    # and the report's pages since speed29 (served when they update a report; they join the same thread)
    assert {"publish", "report"} <= QUICK_EXIT and "fingerprint" not in QUICK_EXIT
    shard, out = tmp_path / "0.claim_actors.parquet", tmp_path / "claim_actors.parquet"
    rows = [ClaimActorRecord(claim_id="a:c0000", actor_id="x", role="agent", mention_id=None)]
    write_records(shard, rows, ClaimActorRecord)
    setup = (
        "import atexit, sys\n"
        "class Kept:\n    def __del__(self):\n        print('finalized', flush=True)\n"
        "kept = Kept()\n"
        "atexit.register(lambda: print('atexit ran', flush=True))\n"
        "from narrative_pipeline.cli import console\n"
    )

    def console(*args: str) -> subprocess.CompletedProcess:
        code = setup + f"sys.argv = ['narrative-pipeline', *{list(args)!r}]\nconsole()\n"
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)

    gather = console("gather", "--table", f"claim_actors={out}", "--shards-of", "claim_actors", str(shard))
    assert gather.returncode == 0, gather.stderr
    assert gather.stdout.split("\n")[:-1] == ["atexit ran"]
    assert "[gather] claim_actors: 1 rows from 1 shards" in gather.stderr
    assert read_records(out, ClaimActorRecord) == rows
    other = console("fingerprint", "claims")
    assert other.returncode == 0 and other.stdout.split("\n")[-3:] == ["atexit ran", "finalized", ""]
    failed = console("gather", "--table", f"claim_actors={out}", "--shards-of", "claim_actors", str(tmp_path / "no"))
    assert failed.returncode == 1 and "Traceback" in failed.stderr and "finalized" in failed.stdout


@pytest.mark.slow
def test_a_step_in_a_process_of_its_own_takes_the_fingerprint_it_is_given_and_no_pydantic_plugins(tmp_path):
    """Run by the console script, a step given `--code` (the rule's fingerprint) uses it for that step alone,
    and pydantic does not look for plugins (a value the user set wins); a call from Python gives nothing."""
    import os
    import subprocess
    import sys

    from narrative_pipeline.hashing import step_fingerprint

    missing = str(tmp_path / "missing.parquet")
    argv = ["narrative-pipeline", "export", "--out-dir", str(tmp_path), "--code", "0.1.0+given"]
    argv += [a for name in ("articles", "sentences", "mentions", "claims", "roles") for a in (f"--{name}", missing)]
    code = (
        "import os, sys; from narrative_pipeline.cli import main\n"
        f"sys.argv = {argv!r}\n"
        "try:\n    main()\nexcept FileNotFoundError:\n    pass\n"
        "from narrative_pipeline.hashing import step_fingerprint\n"
        "print(step_fingerprint('export'), step_fingerprint('claims'), os.environ['PYDANTIC_DISABLE_PLUGINS'])"
    )
    from narrative_pipeline.hashing import CODE_STATE_VARIABLE, module_state

    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    env[CODE_STATE_VARIABLE] = module_state()  # what the Snakefile sets for its jobs
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    assert out.split()[-3:] == ["0.1.0+given", step_fingerprint("claims"), "__all__"]
    for state in ("0" * 64, None):  # a module changed since the run started, or no state: computed, not trusted
        changed = {k: v for k, v in env.items() if k != CODE_STATE_VARIABLE} | (
            {CODE_STATE_VARIABLE: state} if state else {}
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=changed)
        assert out.stdout.split()[-3] == step_fingerprint("export") != "0.1.0+given"
    env["PYDANTIC_DISABLE_PLUGINS"] = "some_plugin"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    assert out.split()[-1] == "some_plugin"
    with pytest.raises(FileNotFoundError):
        main(argv[1:])
    assert step_fingerprint("export") != "0.1.0+given"
