"""Run commands as fresh processes; measure wall time and peak memory.

Peak memory is the ``ru_maxrss`` that ``os.wait4`` reports for the child: the
largest resident set of the child or of any descendant it waited for (not
their sum).  Linux also counts the parent's own peak at ``exec`` into it, so
no figure can be below the benchmark process's own peak (``harness_mb``).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Command:
    """A command line, extra environment variables, and whether it must exit 0."""

    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    must_succeed: bool = True


@dataclass(frozen=True)
class Sample:
    """One run: wall time in seconds, max RSS in MB, exit code."""

    seconds: float
    mb: float
    returncode: int


@dataclass
class Measurement:
    """Repeated runs of one command; the median time and the largest RSS summarise it."""

    samples: list[Sample] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return statistics.median(s.seconds for s in self.samples)

    @property
    def mb(self) -> float:
        return max(s.mb for s in self.samples)

    def to_dict(self) -> dict[str, object]:
        times = [s.seconds for s in self.samples]
        return {
            "seconds": self.seconds,
            "seconds_min": min(times),
            "seconds_max": max(times),
            "mb": self.mb,
            "runs": len(self.samples),
            "samples": [
                {"seconds": s.seconds, "mb": s.mb, "returncode": s.returncode} for s in self.samples
            ],
        }


def run_once(command: Command, timeout: float | None = None) -> Sample:
    """Run ``command`` once with its output discarded; kill it after ``timeout`` s."""
    env = {**os.environ, **command.env} if command.env else None
    start = time.perf_counter()
    proc = subprocess.Popen(
        command.argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    timer = threading.Timer(timeout, proc.kill) if timeout else None
    if timer:
        timer.start()
    try:
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        if timer:
            timer.cancel()
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if command.must_succeed and proc.returncode != 0:
        raise RuntimeError(f"exit code {proc.returncode}: {' '.join(command.argv)}")
    return Sample(elapsed, usage.ru_maxrss / 1024, proc.returncode)


def measure(commands: dict[str, Command], runs: int) -> dict[str, Measurement]:
    """Run every command ``runs`` times, round-robin, so all see the same machine load."""
    results = {name: Measurement() for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            results[name].samples.append(run_once(command))
    return results


def harness_mb() -> float:
    """The benchmark process's own peak RSS in MB: a floor under every child's figure."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
