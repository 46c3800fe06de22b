"""Freed memory given back to the system between the report's phases.

The pages job frees much of what it allocates in one phase (the tables' Arrow form once they are in
pandas, a chunk's rows once its pages are written, a table's rendered rows once its listings are), but
glibc's allocator keeps freed memory in its heap for later allocations; the process's resident size is
then what every phase left behind, and the job's peak is the sum. `release` asks the allocator to hand
free pages back (`malloc_trim`: a few milliseconds a call). Elsewhere (no glibc) it does nothing. No
page's bytes depend on it.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable


def _trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None).malloc_trim  # (glibc; musl has none)
    except (OSError, AttributeError):
        return None


_TRIM = _trim()


def release() -> None:
    """Give the allocator's free pages back to the system (glibc only)."""
    if _TRIM is not None:
        _TRIM(0)
