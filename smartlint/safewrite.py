"""Write a fixed file back without losing a byte of anyone's work.

The fixed text goes to a temporary file in the target's own folder, which
takes the target's owner, group and mode and its encoding and BOM, and is
renamed over the target only if the target still holds exactly what was
read: another program may have written to it while it was being fixed.
A crash leaves either the old or the new file.  ``path`` is the real file:
a symlink is followed by the caller, so the link itself is never replaced.

Leases (``smartlint.leases``) close the gap between that comparison and
the rename: a program that opens the original meanwhile waits, and what it
then writes to the original (which has lost its name) is carried over to
the fixed file, which is leased too, so nothing else is written to it first.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from smartlint.leases import leased, wait_for_writers
from smartlint.sources.decode import encode, encoding_of
from smartlint.sources.snapshot import Snapshot


class FixNotWritten(OSError):
    """The fixed text was not written; ``str()`` says why, in the user's words."""


def write_fixed(snapshot: Snapshot, text: str) -> None:
    """Replace the file of ``snapshot`` with ``text``, if it is still as it was read."""
    path = snapshot.path
    if not os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids):
        raise PermissionError(errno.EACCES, "read-only file, not fixed", str(path))
    data = encode(text, encoding_of(snapshot.data))  # its own encoding and BOM
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "r+b") as fixed:
            fixed.write(data)
            fixed.flush()
            _keep_owner_and_mode(temp, snapshot.info)
            _replace_if_unchanged(snapshot, fixed.fileno(), temp)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _replace_if_unchanged(snapshot: Snapshot, fixed: int, temp: str) -> None:
    """Rename ``temp`` over the file, if it still holds what was read; keep late writes."""
    try:
        original = os.open(snapshot.path, os.O_RDONLY)
    except OSError:
        raise _changed() from None
    try:
        with leased(fixed), leased(original) as original_lease:
            if not snapshot.matches(original) or original_lease.broken():
                raise _changed()
            os.replace(temp, snapshot.path)
            if original_lease.broken():
                original_lease.release()
                _carry_over_late_writes(snapshot, original, fixed)
    finally:
        os.close(original)


def _carry_over_late_writes(snapshot: Snapshot, original: int, fixed: int) -> None:
    """Put what was written to the original after the rename into the fixed file.

    Someone opened the original between the comparison and the rename; now
    that their lease wait is over they write to it, and it has no name.  Once
    they closed it, bytes they appended are appended to the fixed file; if they
    rewrote it, their text replaces the fixed one, so only the fix is lost.
    """
    if not wait_for_writers(original):
        raise FixNotWritten(
            "another program kept the file open for writing while it was fixed; "
            "what it writes from now on is lost, check the file"
        )
    late = _read_all(original)
    if late.startswith(snapshot.data):
        os.pwrite(fixed, late[len(snapshot.data) :], os.fstat(fixed).st_size)
        return
    os.ftruncate(fixed, 0)
    os.pwrite(fixed, late, 0)
    raise _changed()


def _read_all(fd: int) -> bytes:
    size = os.fstat(fd).st_size
    return os.pread(fd, size, 0) if size else b""


def _changed() -> FixNotWritten:
    return FixNotWritten(
        "the file changed while it was being fixed (another program wrote to it); "
        "not written, run --fix again"
    )


def _keep_owner_and_mode(temp: str, info: os.stat_result) -> None:
    """Give ``temp`` the owner, group and mode of the file it replaces.

    Owner first: changing the owner clears the set-user-ID and set-group-ID
    bits, which the mode then restores.  A file the user cannot give back to
    its owner (not root, someone else's file) is not fixed rather than taken over.
    """
    try:
        os.chown(temp, info.st_uid, info.st_gid)
    except PermissionError:
        raise FixNotWritten(
            f"cannot keep its owner and group ({info.st_uid}:{info.st_gid}); not fixed"
        ) from None
    os.chmod(temp, info.st_mode & 0o7777)
