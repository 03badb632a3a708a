"""Lint large documents, or many files, in forked worker processes.

For a large document the parent has already built the spaCy pipeline, and
forked workers share it copy-on-write instead of building their own, so a
worker costs a fork, not a second start-up (for many files, each process
builds the pipelines its files need).  Results come back in order, chunk by chunk, so the caller
can make the output identical to the serial path (tests compare them).
Where fork is unavailable, or there is one core, the work runs serially, and
a worker never forks workers of its own.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from typing import Any, Generic, NamedTuple, TypeVar

R = TypeVar("R")

_work: Callable[[int, int], Any] | None = None
_in_worker = False
_never_fork = False


def never_fork() -> None:
    """Lint in this process from now on, whatever the size of the work.

    For a process with threads (the language server): a forked child gets
    copies of the locks other threads held, such as the stdin reader's, and
    waits on them for ever.
    """
    global _never_fork
    _never_fork = True


def worker_count() -> int:
    """How many processes to use: SMARTLINT_WORKERS, or the cores we may run on (at most 8)."""
    if _in_worker or _never_fork:
        return 1
    configured = os.environ.get("SMARTLINT_WORKERS", "")
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


class Codec(NamedTuple, Generic[R]):
    """How a worker's result travels: ``pack`` in the worker, ``unpack`` in the parent.

    Pickling turns every object into its own little program; packing a
    result into plain tuples first makes the trip several times cheaper.
    """

    pack: Callable[[R], Any]
    unpack: Callable[[Any], R]


def parallel_chunks(
    work: Callable[[int, int], R], start: int, stop: int, codec: Codec[R] | None = None
) -> list[tuple[int, int, R]]:
    """Return ``(a, b, work(a, b))`` for consecutive chunks of ``start..stop``, in order.

    The chunks are computed across forked processes.
    """
    workers = min(worker_count(), stop - start)
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [(start, stop, work(start, stop))]
    global _work
    _work = work if codec is None else (lambda a, b: codec.pack(work(a, b)))
    try:
        size = -(-(stop - start) // workers)
        chunks = [(a, min(a + size, stop)) for a in range(start, stop, size)]
        # The parent lints the first chunk itself while the workers do the rest.
        with multiprocessing.get_context("fork").Pool(len(chunks) - 1) as pool:
            pending = pool.starmap_async(_run_chunk, chunks[1:])
            first = work(*chunks[0])
            rest = pending.get()
    finally:
        _work = None
    if codec is not None:
        rest = [codec.unpack(packed) for packed in rest]
    results = [first, *rest]
    return [(a, b, result) for (a, b), result in zip(chunks, results, strict=True)]


def _run_chunk(start: int, end: int) -> Any:
    global _in_worker
    assert _work is not None, "parallel_chunks sets the work before forking"
    _in_worker = True
    return _work(start, end)
