"""Linux file leases: know whether another program opens a file while we replace it.

Renaming a fixed file over the original loses whatever another program
writes through a descriptor it opened on the original before the rename: the
bytes go to a file that no longer has a name.  Comparing the file just before
the rename leaves a window of microseconds (an appending thread fell into it
in each of 15 runs of the 200-round fuzz test), so while ``--fix`` checks and renames,
it holds a write lease on the original (granted only when no one else has it
open for writing) and on the fixed file: whoever opens either meanwhile waits
until the lease is released, and the lease tells that someone did.  Where
leases are not available (not Linux, a file system without them, a file owned
by someone else without CAP_LEASE) ``Lease.held`` is False and only the
comparison protects the file.  A broken lease is signalled with SIGURG, which
is ignored by default, instead of SIGIO, which would end the process.
"""

from __future__ import annotations

import errno
import os
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager

try:
    import fcntl

    _SET: int = fcntl.F_SETLEASE
    _GET: int = fcntl.F_GETLEASE
    _SIG: int = fcntl.F_SETSIG
    _AVAILABLE = True
except (ImportError, AttributeError):  # pragma: no cover - not Linux
    _AVAILABLE = False

BUSY_WAIT = 2.0  # seconds to wait for another program to close the file
_POLL = 0.001


class FileBusy(OSError):
    """Another program keeps the file open for writing."""


class Lease:
    """A write lease on one open file, if the system grants it."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.held = False

    def take(self, wait: float = BUSY_WAIT) -> None:
        """Take the lease; wait while someone has the file open, then raise ``FileBusy``."""
        if not _AVAILABLE or signal.getsignal(signal.SIGURG) is not signal.SIG_DFL:
            return
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.fcntl(self.fd, _SIG, signal.SIGURG)
                fcntl.fcntl(self.fd, _SET, fcntl.F_WRLCK)
            except OSError as exc:
                if exc.errno != errno.EAGAIN:
                    return  # no leases here: the comparison alone must do
                if time.monotonic() > deadline:
                    raise FileBusy(
                        errno.EBUSY, "another program keeps it open for writing"
                    ) from None
                time.sleep(_POLL)
                continue
            self.held = True
            return

    def broken(self) -> bool:
        """Whether someone opened the file since the lease was taken (they wait for it)."""
        return self.held and fcntl.fcntl(self.fd, _GET) != fcntl.F_WRLCK

    def release(self) -> None:
        """Let whoever waits on the file go on."""
        if self.held:
            self.held = False
            fcntl.fcntl(self.fd, _SET, fcntl.F_UNLCK)


@contextmanager
def leased(fd: int) -> Iterator[Lease]:
    """Hold a write lease on ``fd`` for the body (when the system grants one)."""
    lease = Lease(fd)
    lease.take()
    try:
        yield lease
    finally:
        lease.release()


def wait_for_writers(fd: int, wait: float = BUSY_WAIT) -> bool:
    """Wait until no one has the file of ``fd`` open for writing; False if they still do.

    A read lease is granted only then, so it is taken and given back at once.
    """
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.fcntl(fd, _SET, fcntl.F_RDLCK)
        except OSError:
            if time.monotonic() > deadline:
                return False
            time.sleep(_POLL)
            continue
        fcntl.fcntl(fd, _SET, fcntl.F_UNLCK)
        return True


def supported(path: str) -> bool:
    """Whether a lease can be taken on files in ``path``'s folder (for tests and docs)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        with leased(fd) as lease:
            return lease.held
    except FileBusy:
        return True
    finally:
        os.close(fd)
