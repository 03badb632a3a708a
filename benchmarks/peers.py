"""Other prose linters, run on the same English goals as smartlint.

A peer is looked for in the ``--peers`` folders (their ``bin``, ``venv/bin``
and ``node_modules/.bin``), next to the running Python, then on ``PATH``.  A
peer that is missing or does not start is reported, never an error.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from inputs import split_file

# When a peer chokes on one large file, it gets the same goals in files this big.
SPLIT_GOALS = 2_000
_CHOKED = re.compile(rb"Traceback|\bError\b|heap out of memory")


@dataclass(frozen=True)
class Peer:
    """A linter to compare with: its executable's name and how to install it."""

    name: str
    install: str
    version_args: tuple[tuple[str, ...], ...]


PEERS = (
    Peer("proselint", "pip install proselint", (("version",), ("--version",))),
    Peer("write-good", "npm install write-good", (("--version",),)),
)


@dataclass(frozen=True)
class Found:
    """A peer that runs: the start of its command line and its version."""

    peer: Peer
    argv: list[str]
    version: str


def find_executable(name: str, folders: list[Path]) -> str | None:
    """Return the path of ``name`` from ``folders``, the interpreter's folder or PATH."""
    candidates = [
        folder / sub / name
        for folder in folders
        for sub in ("", "bin", "venv/bin", "node_modules/.bin")
    ]
    candidates.append(Path(sys.executable).parent / name)
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    return shutil.which(name)


def _output(argv: list[str]) -> str | None:
    """Return the stdout of a short command, or None when it fails."""
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


def version(exe: str, peer: Peer) -> str | None:
    """Return the version ``exe`` reports, or None when it does not run."""
    for args in peer.version_args:
        out = _output([exe, *args])
        if out and re.search(r"\d", out):
            return re.sub(r"^[^\d]*", "", out.strip().splitlines()[0])
    return None


def check_argv(peer: Peer, exe: str) -> list[str]:
    """The command that lints files: ``proselint check FILE`` from 0.14, else ``proselint FILE``."""
    if peer.name == "proselint" and re.search(r"\bcheck\b", _output([exe, "--help"]) or ""):
        return [exe, "check"]
    return [exe]


def find(peer: Peer, folders: list[Path]) -> Found | str:
    """Return the runnable peer, or the line that says it is not installed."""
    exe = find_executable(peer.name, folders)
    found_version = version(exe, peer) if exe else None
    if not exe or not found_version:
        return f"{peer.name}: not installed ({peer.install})"
    return Found(peer, check_argv(peer, exe), found_version)


def choked(argv: list[str], timeout: float) -> bool:
    """Run ``argv`` once: did it crash, get killed, or run past ``timeout``?"""
    try:
        done = subprocess.run(
            argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return True
    return done.returncode < 0 or bool(_CHOKED.search(done.stderr))


def input_argv(found: Found, path: Path, timeout: float) -> tuple[list[str], str] | str:
    """The command that lints ``path``, split into smaller files if the peer chokes.

    The trial run doubles as a warm-up (page cache, Node's compile cache).
    Returns the command line and a note for the table, or why the peer failed.
    """
    whole = [*found.argv, str(path)]
    if not choked(whole, timeout):
        return whole, ""
    parts = split_file(path, SPLIT_GOALS)
    split = [*found.argv, *map(str, parts)]
    if not choked(split, timeout):
        return split, f"fed as {len(parts)} files of <= {SPLIT_GOALS:,} goals (chokes on one file)"
    return f"{found.peer.name}: failed on {path.name}, whole and split"
