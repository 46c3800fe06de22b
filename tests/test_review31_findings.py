"""review31: a review of session 30's merged code (speed35's `blis_kernels`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
blis_cy = pytest.importorskip("blis.cy")


def _python(script: str) -> subprocess.CompletedProcess:
    """`script` run by a fresh Python (a crash of blis ends that process, not the test session)."""
    env = {k: v for k, v in os.environ.items() if k != "NARRATIVE_PIPELINE_BLIS"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "workflow"), env.get("PYTHONPATH", "")])
    return subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)


HOLDS = """
import ctypes, json
import blis.cy
from narrative_pipeline.blis_kernels import _name, holds_context
lib = ctypes.CDLL(blis.cy.__file__)
lib.bli_init()
names = {}
for arch in range(64):
    name = _name(lib, arch)
    names[name] = holds_context(lib, name, arch)
    if name == "generic":
        break
print(json.dumps(names))
"""


def test_asking_whether_blis_holds_an_arch_it_was_built_without_does_not_crash():
    """review31 (high): speed35 asked `bli_gks_lookup_nat_cntx` whether blis holds the "haswell" context; blis reads
    through a NULL pointer there for an arch whose configuration is not built into the library (a cython-blis built
    with BLIS_ARCH=generic on an AVX2 CPU): a segmentation fault of the parse process, where `choose` promised to
    leave blis as it is. `holds_context` asks only for an arch whose `bli_cntx_init_<name>` the library defines.
    Every arch blis names is asked here, those this x86-64 wheel is built without ("knc", the ARM and POWER ones)
    included."""
    done = _python(HOLDS)
    assert done.returncode == 0, done.stderr
    holds = json.loads(done.stdout.strip().splitlines()[-1])
    assert holds["generic"] is True
    if sys.platform == "linux" and os.uname().machine == "x86_64":
        assert holds["haswell"] is True and holds["knc"] is False and holds["cortexa57"] is False


WITHOUT_HASWELL = """
import ctypes, json
import blis.cy
from narrative_pipeline import blis_kernels

class WithoutHaswell:
    '''The real library, as a build without the "haswell" configuration shows it: no `bli_cntx_init_haswell`.'''
    def __init__(self, lib):
        self._lib = lib
        self.lookups = 0
    def __getattr__(self, name):
        if name == "bli_cntx_init_haswell":
            raise AttributeError(name)
        if name == "bli_gks_lookup_nat_cntx":
            self.lookups += 1
        return getattr(self._lib, name)

lib = WithoutHaswell(ctypes.CDLL(blis.cy.__file__))
blis_kernels._library = lambda: (blis.cy.__file__, lib)
before = blis_kernels.query()
print(json.dumps({"before": before, "chosen": blis_kernels.choose(), "now": blis_kernels.query(), "lookups": lib.lookups}))
"""


def test_a_blis_built_without_the_haswell_kernels_is_left_as_it_is():
    done = _python(WITHOUT_HASWELL)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["chosen"] == seen["now"] == seen["before"]
    assert seen["lookups"] == 0


def test_a_stripped_library_has_no_symbols_to_place_blis_choice(tmp_path):
    """A wheel built without its symbol table (`strip`): no `id` of `bli_arch.c` is found, so `choose` leaves blis's
    own choice (`_arch_variable` gives None). speed35 tested a non-ELF and a 32-bit file only."""
    import shutil

    from narrative_pipeline.blis_kernels import elf_symbols

    strip = shutil.which("strip")
    if strip is None:
        pytest.skip("no strip here")
    stripped = tmp_path / "cy.so"
    subprocess.run([strip, "--strip-all", "-o", str(stripped), blis_cy.__file__], check=True)
    assert elf_symbols(blis_cy.__file__, {"id"})  # the shipped wheel has them
    assert elf_symbols(str(stripped), {"id", "bli_arch_query_id"}) == {}


NOT_READ = """
import ctypes, json
from narrative_pipeline import blis_kernels
before = blis_kernels.query()
decoy = ctypes.c_int()
def variable(path, lib):
    decoy.value = lib.bli_arch_query_id()  # holds blis's id, but is not the variable blis reads
    return ctypes.pointer(decoy)
blis_kernels._arch_variable = variable
chosen = blis_kernels.choose()
print(json.dumps({"before": before, "chosen": chosen, "now": blis_kernels.query(), "decoy": decoy.value,
                  "blis_id": ctypes.CDLL(blis_kernels._library()[0]).bli_arch_query_id()}))
"""


def test_a_variable_blis_does_not_read_is_put_back():
    """The check after the write: where the variable found is not the one `bli_arch_query_id` reads, the value written
    is put back and blis's choice stands (speed35's path, untested until now)."""
    done = _python(NOT_READ)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["chosen"] == seen["now"] == seen["before"]
    if seen["before"] == "generic":  # the write was made (where blis falls back: this AMD host), then undone
        assert seen["decoy"] == seen["blis_id"]
