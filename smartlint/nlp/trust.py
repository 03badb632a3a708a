"""Where a configured spaCy pipeline may come from: installed code, never the repository.

A ``.smartlint.yaml`` is part of the planning repository it sits in, and a
repository is untrusted input.  ``pipeline: {en: NAME}`` makes spaCy import
the package ``NAME``; run as ``python -m smartlint``, from ``python -c`` or
with ``PYTHONPATH=.``, the working folder is on ``sys.path``, so a module
and a fake ``dist-info`` committed to the repository were imported and ran.
The same holds for a factory a pipeline's ``config.cfg`` names: spaCy finds
it through the entry points of the distributions on ``sys.path``.

So spaCy loads a pipeline with an import path stripped of ``''``, the
working folder and everything inside it or inside the config's folder,
except the interpreter's own site-packages (a project's ``.venv`` inside the
repository is installed code, put there by the user).  A package name must
then resolve to a module outside those folders.  A pipeline *folder* is
data (``config.cfg`` and weights): spaCy reads it, and every function its
config names is resolved from installed code only, under the same path.
"""

from __future__ import annotations

import importlib
import importlib.util
import site
import sys
import sysconfig
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

_lock = threading.Lock()


class UntrustedPipeline(Exception):
    """A pipeline package that would be imported from the repository."""


def installed_roots() -> list[Path]:
    """The folders installed packages live in: site-packages, the standard library."""
    paths = sysconfig.get_paths()
    folders = [paths[key] for key in ("purelib", "platlib", "stdlib", "platstdlib") if key in paths]
    folders += site.getsitepackages() if hasattr(site, "getsitepackages") else []
    folders.append(site.getusersitepackages())
    return [Path(folder).resolve() for folder in folders]


def trusted_entries(path: Iterable[str], untrusted: Iterable[Path]) -> list[str]:
    """The entries of ``path`` (``sys.path``) that lie outside every untrusted folder.

    An installed-packages folder stays even inside one.
    """
    roots = [Path(folder).resolve() for folder in untrusted]
    installed = installed_roots()
    kept = []
    for entry in path:
        if entry in ("", "."):
            continue  # the working folder, by another name
        where = Path(entry).resolve()
        if where in installed or not any(_within(where, root) for root in roots):
            kept.append(entry)
    return kept


@contextmanager
def installed_only(untrusted: Iterable[Path]) -> Iterator[None]:
    """While inside, imports (and entry points) come from trusted ``sys.path`` entries only."""
    roots = [Path.cwd(), *untrusted]
    with _lock:
        saved = sys.path[:]
        sys.path[:] = trusted_entries(saved, roots)
        importlib.invalidate_caches()
        try:
            yield
        finally:
            sys.path[:] = saved
            importlib.invalidate_caches()


def check_package(name: str, untrusted: Iterable[Path]) -> None:
    """Refuse a pipeline package whose module lies in an untrusted folder.

    Called inside ``installed_only``; a name no module answers to is left to
    spaCy (a pipeline folder relative to the working folder, or an error).
    """
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return
    if spec is None:
        return
    locations = [spec.origin] if spec.origin else []
    locations += list(spec.submodule_search_locations or [])
    roots = [Path.cwd().resolve(), *(Path(folder).resolve() for folder in untrusted)]
    installed = installed_roots()
    for location in locations:
        where = Path(location).resolve()
        if any(_within(where, root) for root in roots) and not any(
            _within(where, folder) for folder in installed
        ):
            raise UntrustedPipeline(
                f"{name!r} is not an installed package (found at {where}); smartlint loads "
                "pipelines only from installed distributions or from a pipeline folder"
            )


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents
