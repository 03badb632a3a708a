"""Read a repository's files with a size limit, and only when they are regular files.

Everything smartlint reads from a planning repository is untrusted input:
a FIFO named ``.gitignore`` would block a run for good, and a rule file that
is a symlink to ``/dev/zero`` would be read until memory runs out.  So a file
is stat'ed first (a FIFO, device or socket is refused without opening it),
opened with ``O_NONBLOCK`` (in case it was swapped for a FIFO meanwhile),
checked again on the open descriptor, and read up to its limit plus one
byte: a file that grows past the limit while it is read is refused too.
"""

from __future__ import annotations

import errno
import os
import stat
from typing import BinaryIO

# Goal documents (the README's limit): larger ones are generated or misplaced.
DOCUMENT_LIMIT = 20 * 2**20
# Config, rule, lexicon and .gitignore files: a person writes them by hand.
DATA_LIMIT = 2**20
_CHUNK = 2**20


class ReadRefused(Exception):
    """A file that was not read; ``str()`` says why (the caller adds "; not linted")."""


def read_limited(path: str | os.PathLike[str], limit: int) -> bytes:
    """Return the bytes of the regular file ``path``; refuse anything else or anything larger.

    Raises ``ReadRefused`` for a file that is not regular or is over
    ``limit`` bytes, and ``OSError`` when it cannot be opened or read.
    """
    return read_limited_stat(path, limit)[0]


def read_limited_stat(path: str | os.PathLike[str], limit: int) -> tuple[bytes, os.stat_result]:
    """Like ``read_limited``, with the state of the open file the bytes came from."""
    _check(os.stat(path), limit)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        _check(info, limit)
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0 and (chunk := os.read(fd, min(left, _CHUNK))):
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise ReadRefused(f"file grew over the {_size(limit)} limit while it was read")
    return data, info


def read_text_limited(path: str | os.PathLike[str], limit: int = DATA_LIMIT) -> str:
    """Return the UTF-8 text of a data file (config, rules, ``.gitignore``), bounded.

    Raises ``ReadRefused``, ``OSError`` or ``UnicodeDecodeError``.
    """
    return read_limited(path, limit).decode("utf-8")


def read_stream_limited(stream: BinaryIO | None, limit: int) -> bytes:
    """Return what ``stream`` (standard input) holds, at most ``limit`` bytes.

    Raises ``ReadRefused`` when it is closed or holds more.
    """
    if stream is None:
        raise ReadRefused("standard input is closed")
    try:
        data = stream.read(limit + 1)
    except (OSError, ValueError) as exc:  # ValueError: a closed file object
        if isinstance(exc, ValueError) or exc.errno == errno.EBADF:
            raise ReadRefused("standard input is closed") from None
        raise ReadRefused(f"cannot read standard input: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise ReadRefused(f"standard input is over the {_size(limit)} limit")
    return data


def _check(info: os.stat_result, limit: int) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise ReadRefused(f"not a regular file ({_kind(info.st_mode)})")
    if info.st_size > limit:
        raise ReadRefused(f"file is {_size(info.st_size)}, over the {_size(limit)} limit")


def _kind(mode: int) -> str:
    kinds = (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a directory"),
    )
    return next((name for test, name in kinds if test(mode)), "a special file")


def _size(count: int) -> str:
    if count >= 2**20:
        return f"{count / 2**20:.0f} MiB"
    return f"{count / 2**10:.0f} KiB" if count >= 2**10 else f"{count} bytes"
