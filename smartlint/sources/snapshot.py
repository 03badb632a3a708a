"""One read of a file, remembered well enough to tell later whether it changed.

``--fix`` rewrites a file from what it read; if another program (an editor
saving, a script appending) wrote to the file in between, writing the fixed
text would throw that work away.  A snapshot keeps what identifies the
version read (device, inode, size, mtime in ns, a hash of the bytes) and the
owner and mode the rewritten file must keep.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from smartlint.bounded import ReadRefused, read_limited_stat
from smartlint.sources.errors import SourceReadError


@dataclass(frozen=True)
class Snapshot:
    """The bytes of ``path`` as read, and the file's state at that moment."""

    path: Path
    data: bytes
    info: os.stat_result
    digest: bytes

    def matches(self, fd: int) -> bool:
        """Whether the open file ``fd`` is the file read and holds exactly what was read.

        The bytes are compared first and the times last, so that a write that
        lands while the bytes are read is still seen.
        """
        size = os.fstat(fd).st_size
        data = os.pread(fd, size + 1, 0) if size else b""
        return _digest(data) == self.digest and _state(os.fstat(fd)) == _state(self.info)


def read_snapshot(path: Path, max_bytes: int) -> Snapshot:
    """Read ``path`` once; a special, unreadable or over-``max_bytes`` file is refused."""
    try:
        data, info = read_limited_stat(path, max_bytes)
    except ReadRefused as exc:
        raise SourceReadError(f"{exc}; not linted") from None
    except OSError as exc:
        raise SourceReadError(f"cannot read file: {exc.strerror or exc}") from None
    return Snapshot(path, data, info, _digest(data))


def _state(info: os.stat_result) -> tuple[int, int, int, int]:
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=32).digest()
