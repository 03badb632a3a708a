"""Lint the goals of a large document in forked worker processes.

The parent has already built the spaCy pipeline; forked workers share it
copy-on-write instead of building their own, so a worker costs a fork, not a
second start-up.  Results come back in order, so the output is identical to
the serial path (a test compares them).  Where fork is unavailable, or there
is one core, the work runs serially.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_work: Callable[[int, int], list[Any]] | None = None


def worker_count() -> int:
    """How many processes to use: SMARTLINT_WORKERS, or the cores we may run on (at most 8)."""
    configured = os.environ.get("SMARTLINT_WORKERS", "")
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def parallel_map(work: Callable[[int, int], list[T]], count: int) -> list[T]:
    """Return ``work(0, count)``, computed in chunks across forked processes."""
    workers = worker_count()
    if workers == 1 or "fork" not in multiprocessing.get_all_start_methods():
        return work(0, count)
    global _work
    _work = work
    try:
        size = -(-count // workers)
        chunks = [(start, min(start + size, count)) for start in range(0, count, size)]
        # The parent lints the first chunk itself while the workers do the rest.
        with multiprocessing.get_context("fork").Pool(len(chunks) - 1) as pool:
            pending = pool.starmap_async(_run_chunk, chunks[1:])
            first = work(*chunks[0])
            parts = [first, *pending.get()]
    finally:
        _work = None
    return [item for part in parts for item in part]


def _run_chunk(start: int, end: int) -> list[Any]:
    assert _work is not None, "parallel_map sets the work before forking"
    return _work(start, end)
