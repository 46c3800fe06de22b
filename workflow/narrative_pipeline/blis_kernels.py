"""cython-blis's matrix kernels for the CPU it runs on: its AVX2 / FMA ("haswell") ones where it would fall back to
its generic reference kernels on a CPU that has those instructions.

thinc (spaCy's tok2vec, tagger, parser and entity recogniser) multiplies its matrices with cython-blis, which picks
its kernels once a process from CPUID (`bli_cpuid_query_id`). Its table sends an Intel CPU with AVX, AVX2 and FMA3 to
the "haswell" kernels, an AMD one of family 0x17 to "zen" / "zen2", and every other AMD CPU (family 0x19 and later:
Zen 3, Zen 4, Zen 5) to "generic", the portable C reference kernels, although those CPUs have the same instructions
(cython-blis issue 53). On this project's AMD EPYC (family 0x19) host the reference `sgemm` was 36 % of a parse
job's CPU (speed35). blis reads no setting for its choice in this build (no `BLIS_ARCH_TYPE`); it keeps the choice in
one static variable of `bli_arch.c` (`id`), read at every product (`bli_arch_query_id`). `choose` sets that variable
to "haswell", and only when: blis chose "generic"; blis's own `bli_cpuid_is_haswell` test passes on this CPU (AVX,
AVX2, FMA3: the instructions the "haswell" kernels use); blis's global kernel structure holds the "haswell" context
(`holds_context`: the library defines `bli_cntx_init_haswell`, then `bli_gks_lookup_nat_cntx`, after `bli_init`); and
the variable is found in the library's ELF symbol table (the local object `id` of the file `bli_arch.c`) holding the id
blis reports. Anything else leaves blis as it is. The kernels
are then those an Intel CPU with the same instructions gets; blis's packing buffers grow to their block sizes
(`bli_pool_checkout_block`).

The choice is per process and before the first parse (`nlp.load_pipeline`); the warm worker makes it once and its
forked children inherit it. `NARRATIVE_PIPELINE_BLIS=detected` keeps blis's own choice.
"""

from __future__ import annotations

import mmap
import os
import struct
from collections.abc import Mapping
from typing import Any

VARIABLE = "NARRATIVE_PIPELINE_BLIS"
KEEP = "detected"  # the variable's value that keeps blis's own choice
FALLBACK = "generic"
TARGET = "haswell"
ARCH_FILE = "bli_arch.c"  # the source file whose static `id` holds blis's choice
ARCH_VARIABLE = "id"

_STT_OBJECT, _STT_FILE = 1, 4
_STB_LOCAL = 0
_SHT_SYMTAB = 2


def better_arch(
    detected: str, has_target_instructions: bool, target_registered: bool, setting: str | None
) -> str | None:
    """The kernels to use instead of blis's choice `detected`, or None to keep it: "haswell" in place of the
    generic fallback on a CPU with its instructions, when blis holds its context and the user did not ask to keep
    blis's own choice."""
    if setting == KEEP or detected != FALLBACK or not has_target_instructions or not target_registered:
        return None
    return TARGET


def elf_symbols(path: str, names: set[str]) -> dict[str, list[tuple[str, int, int, int]]]:
    """{name: [(source file, value, size, st_info), ...]} of the symbols named in `names` in the `.symtab` of a
    64-bit little-endian ELF file; the source file is the name of the last FILE symbol before a local symbol
    ("" for a global one). Empty for a file that is not such an ELF file or has no `.symtab` (stripped)."""
    found: dict[str, list[tuple[str, int, int, int]]] = {}
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
        if data[:6] != b"\x7fELF\x02\x01":  # magic, ELFCLASS64, ELFDATA2LSB
            return found
        shoff = struct.unpack_from("<Q", data, 0x28)[0]
        shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
        sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + k * shentsize) for k in range(shnum)]
        for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
            if kind != _SHT_SYMTAB or not entsize:
                continue
            str_offset = sections[link][4]
            source = ""
            for k in range(size // entsize):
                st_name, st_info, _other, _shndx, value, sym_size = struct.unpack_from(
                    "<IBBHQQ", data, offset + k * entsize
                )
                end = data.find(b"\0", str_offset + st_name)
                name = data[str_offset + st_name : end].decode("utf-8", "replace")
                if st_info & 0xF == _STT_FILE:
                    source = name
                elif name in names:
                    local = st_info >> 4 == _STB_LOCAL
                    found.setdefault(name, []).append((source if local else "", value, sym_size, st_info))
    return found


def _arch_variable(path: str, lib: Any) -> Any:
    """A ctypes pointer to blis's static `id` of `bli_arch.c` in the loaded library `lib` (from the file `path`),
    or None where the symbol table does not place it exactly once."""
    import ctypes

    symbols = elf_symbols(path, {ARCH_VARIABLE, "bli_arch_query_id"})
    query = [value for _, value, _, _ in symbols.get("bli_arch_query_id", []) if value]
    ids = [
        value
        for source, value, size, info in symbols.get(ARCH_VARIABLE, [])
        if source == ARCH_FILE and size == ctypes.sizeof(ctypes.c_int) and info & 0xF == _STT_OBJECT
    ]
    if len(query) != 1 or len(ids) != 1:
        return None
    base = ctypes.cast(lib.bli_arch_query_id, ctypes.c_void_p).value - query[0]
    return ctypes.cast(base + ids[0], ctypes.POINTER(ctypes.c_int))


def query() -> str | None:
    """The kernels blis uses in this process ("haswell", "generic", ...), or None without cython-blis."""
    lib = _library()
    return None if lib is None else _name(lib[1], lib[1].bli_arch_query_id())


def choose(environ: Mapping[str, str] = os.environ) -> str | None:
    """Make blis use its "haswell" kernels where `better_arch` says so; returns the kernels blis uses now (None
    without cython-blis). Never raises: a library that does not look as expected is left as it is."""
    try:
        return _choose(environ)
    except Exception:  # an unexpected build of blis: its own choice stands
        return query_safely()


def query_safely() -> str | None:
    try:
        return query()
    except Exception:
        return None


def _choose(environ: Mapping[str, str]) -> str | None:
    import ctypes

    found = _library()
    if found is None:
        return None
    path, lib = found
    lib.bli_init()
    detected = lib.bli_arch_query_id()
    if environ.get(VARIABLE) == KEEP or _name(lib, detected) != FALLBACK:
        return _name(lib, detected)
    names = {_name(lib, k): k for k in range(detected)}  # "generic" is blis's last id: the ones below it are named
    target = names.get(TARGET)
    if target is None:
        return FALLBACK
    family, model, features = ctypes.c_uint32(), ctypes.c_uint32(), ctypes.c_uint32()
    lib.bli_cpuid_query(ctypes.byref(family), ctypes.byref(model), ctypes.byref(features))
    lib.bli_cpuid_is_haswell.restype = ctypes.c_bool  # a C bool: its low byte alone is the answer
    has_instructions = bool(lib.bli_cpuid_is_haswell(family, model, features))
    registered = holds_context(lib, TARGET, target)
    if better_arch(_name(lib, detected), has_instructions, registered, environ.get(VARIABLE)) is None:
        return _name(lib, detected)
    variable = _arch_variable(path, lib)
    if variable is None or variable[0] != detected:
        return _name(lib, detected)
    variable[0] = target
    if lib.bli_arch_query_id() != target:  # not the variable blis reads: put it back
        variable[0] = detected
    return _name(lib, lib.bli_arch_query_id())


def holds_context(lib: Any, name: str, arch: int) -> bool:
    """Whether blis's global kernel structure holds the context of the arch `name` (id `arch`). Only a configuration
    built into the library defines its `bli_cntx_init_<name>` and is registered by `bli_gks_init`; blis's lookup
    (`bli_gks_lookup_nat_cntx`) reads through a NULL pointer for an arch that is not, so it is asked only after the
    library is seen to define that function (review31: a blis built without "haswell" crashed the interpreter)."""
    import ctypes

    if not hasattr(lib, f"bli_cntx_init_{name}"):
        return False
    lib.bli_gks_lookup_nat_cntx.restype = ctypes.c_void_p
    return bool(lib.bli_gks_lookup_nat_cntx(arch))


def _name(lib: Any, arch: int) -> str:
    """blis's name of an arch id that blis returned, or of one below it ("generic" is the last of blis's ids: every
    id up to it has a name)."""
    import ctypes

    lib.bli_arch_string.restype = ctypes.c_char_p
    name = lib.bli_arch_string(arch)
    return name.decode() if name else ""


def _library() -> tuple[str, Any] | None:
    """(file, ctypes handle) of cython-blis's compiled module, loaded as thinc loads it; None without it."""
    import ctypes

    try:
        import blis.cy
    except ImportError:
        return None
    path = blis.cy.__file__
    assert path is not None
    return path, ctypes.CDLL(path)
