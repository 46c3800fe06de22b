"""speed35: cython-blis's AVX2 / FMA kernels where it would fall back to its generic ones (`blis_kernels`).

The choice is process-wide and cannot be undone in a process that parsed, so every test that makes it runs a
fresh Python process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from narrative_pipeline import blis_kernels
from narrative_pipeline.blis_kernels import KEEP, VARIABLE, better_arch, elf_symbols

ROOT = Path(__file__).resolve().parents[1]
blis_cy = pytest.importorskip("blis.cy")


@pytest.mark.parametrize(
    ("detected", "instructions", "registered", "setting", "expected"),
    [
        ("generic", True, True, None, "haswell"),  # an AMD Zen 3 / Zen 4 with AVX2 and FMA
        ("generic", True, True, "", "haswell"),
        ("generic", True, True, "anything else", "haswell"),
        ("generic", True, True, KEEP, None),  # the user keeps blis's choice
        ("generic", False, True, None, None),  # no AVX2 / FMA: the generic kernels are the right ones
        ("generic", True, False, None, None),  # a blis built without the haswell configuration
        ("haswell", True, True, None, None),  # blis's own choice is kept whenever it is not the fallback
        ("zen2", True, True, None, None),
        ("skx", True, True, None, None),
        ("sandybridge", False, True, None, None),
    ],
)
def test_the_haswell_kernels_replace_the_generic_fallback_only(detected, instructions, registered, setting, expected):
    assert better_arch(detected, instructions, registered, setting) == expected


def test_the_symbol_table_places_blis_choice_in_bli_arch_c():
    symbols = elf_symbols(blis_cy.__file__, {"id", "bli_arch_query_id", "no_such_symbol"})
    assert "no_such_symbol" not in symbols
    [(source, value, size, _)] = symbols["bli_arch_query_id"]
    assert source == "" and value > 0  # a global function: no source file given
    ids = [entry for entry in symbols["id"] if entry[0] == "bli_arch.c"]
    assert len(ids) == 1 and ids[0][2] == 4  # one int-sized local of bli_arch.c


def test_a_file_that_is_no_64_bit_elf_has_no_symbols(tmp_path):
    text = tmp_path / "not-elf.so"
    text.write_bytes(b"not an ELF file at all, but long enough to be read" * 4)
    assert elf_symbols(str(text), {"id"}) == {}
    elf32 = tmp_path / "elf32.so"
    elf32.write_bytes(b"\x7fELF\x01\x01" + bytes(200))
    assert elf_symbols(str(elf32), {"id"}) == {}


CHOOSE = """
import json, os, sys
import numpy as np
from narrative_pipeline import blis_kernels
before = blis_kernels.query()
chosen = blis_kernels.choose()
again = blis_kernels.choose()
import blis.py
rng = np.random.default_rng(7)
a = rng.standard_normal((300, 288)).astype("float32")
b = rng.standard_normal((288, 96)).astype("float32")
product = blis.py.gemm(a, b)
ok = bool(np.allclose(product, a.astype("float64") @ b.astype("float64"), rtol=1e-4, atol=1e-3))
print(json.dumps({"before": before, "chosen": chosen, "again": again, "now": blis_kernels.query(), "product_ok": ok}))
"""


def _run(script: str, *args: str, keep: bool = False) -> dict:
    env = {k: v for k, v in os.environ.items() if k != VARIABLE}
    if keep:
        env[VARIABLE] = KEEP
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "workflow"), env.get("PYTHONPATH", "")])
    out = subprocess.run([sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _expected(detected: str) -> str:
    """What `choose` gives on this machine: haswell for the fallback where blis's own haswell test passes."""
    import ctypes

    lib = ctypes.CDLL(blis_cy.__file__)
    family, model, features = ctypes.c_uint32(), ctypes.c_uint32(), ctypes.c_uint32()
    lib.bli_cpuid_query(ctypes.byref(family), ctypes.byref(model), ctypes.byref(features))
    lib.bli_cpuid_is_haswell.restype = ctypes.c_bool
    return better_arch(detected, bool(lib.bli_cpuid_is_haswell(family, model, features)), True, None) or detected


def test_choose_gives_the_haswell_kernels_for_the_fallback_and_they_multiply_right():
    seen = _run(CHOOSE)
    assert seen["before"] and seen["chosen"] == seen["again"] == seen["now"] == _expected(seen["before"])
    assert seen["product_ok"]


def test_the_variable_keeps_blis_own_choice():
    seen = _run(CHOOSE, keep=True)
    assert seen["chosen"] == seen["again"] == seen["now"] == seen["before"]
    assert seen["product_ok"]


def test_a_library_whose_variable_is_not_found_is_left_as_it_is():
    script = """
import json
from narrative_pipeline import blis_kernels
blis_kernels._arch_variable = lambda path, lib: None
before = blis_kernels.query()
print(json.dumps({"before": before, "chosen": blis_kernels.choose(), "now": blis_kernels.query()}))
"""
    seen = _run(script)
    assert seen["chosen"] == seen["now"] == seen["before"]


def test_choose_never_raises_on_an_unexpected_library():
    script = """
import json
from narrative_pipeline import blis_kernels
def broken(environ):
    raise OSError("not the library expected")
blis_kernels._choose = broken
print(json.dumps({"before": blis_kernels.query(), "chosen": blis_kernels.choose()}))
"""
    seen = _run(script)
    assert seen["chosen"] == seen["before"]


def test_load_pipeline_makes_the_choice_first(nlp):
    assert blis_kernels.query() == blis_kernels.choose()  # made already by the session's load_pipeline


PARSE = """
import hashlib, json, sys
from narrative_pipeline import blis_kernels
from narrative_pipeline.nlp import load_pipeline
from narrative_pipeline.normalize import compile_patterns, parse_articles
from narrative_pipeline.records import ArticleText
from narrative_pipeline.settings import PipelineConfig
cfg = PipelineConfig()
nlp = load_pipeline(cfg.spacy_model, ())
digest = hashlib.sha256()
texts = [open(p, encoding="utf-8").read() for p in sys.argv[1:]]
articles = [ArticleText(article_id=f"a{k}", source_path=f"a{k}.txt", sha256="", text=t) for k, t in enumerate(texts)]
for parsed in parse_articles(articles, nlp, compile_patterns(cfg.boilerplate_patterns), cfg.max_chunk_chars, 64):
    digest.update(json.dumps([s.model_dump(mode="json") for s in parsed.sentences], sort_keys=True).encode())
    digest.update(json.dumps(parsed.tokens, sort_keys=True).encode())
print(json.dumps({"kernels": blis_kernels.query(), "digest": digest.hexdigest()}))
"""


def _texts(slow: bool) -> list[str]:
    seeds = sorted(str(p) for p in (ROOT / "seeds").rglob("*.txt"))
    corpus = sorted(str(p) for p in (ROOT / "tests/data/rules_corpus").glob("*.txt"))
    return seeds + (corpus if slow else corpus[:3])


@pytest.mark.slow  # the fast subset has test_rule_versions: its recorded parse, made with blis's own kernels
def test_the_parse_is_the_same_with_either_kernels():
    own = _run(PARSE, *_texts(slow=False), keep=True)
    chosen = _run(PARSE, *_texts(slow=False))
    assert chosen["digest"] == own["digest"]


@pytest.mark.slow
def test_the_parse_of_the_whole_rules_corpus_is_the_same_with_either_kernels():
    own = _run(PARSE, *_texts(slow=True), keep=True)
    chosen = _run(PARSE, *_texts(slow=True))
    assert chosen["digest"] == own["digest"]


def test_the_benchmark_records_the_kernels_of_the_floor_and_of_the_pipeline():
    import importlib.util

    spec = importlib.util.spec_from_file_location("benchmark_speed35", ROOT / "workflow/scripts/benchmark.py")
    assert spec is not None and spec.loader is not None
    benchmark = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(benchmark)
    kernels = benchmark.blis_kernels()
    assert set(kernels) == {"spacy_alone", "pipeline"}
    assert kernels["pipeline"] == _expected(kernels["spacy_alone"])
    assert isinstance(benchmark.cpu_model(), str)
