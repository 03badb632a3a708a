"""Which paths the ``exclude`` globs leave out, whoever names them.

A file is left out when the config that governs it (``--config``, else the
nearest one above it) excludes it.  That holds for files named on the
command line and for ``--stdin-filename`` as for files a walk finds: a
pre-commit hook and an editor always name the file, and a project that
excludes ``archive/`` means "never lint it", not "lint it unless named".
"""

from __future__ import annotations

import os
from pathlib import Path

from smartlint.config import excludes, find_config, load_config


class Exclusion:
    """Answers "is this path excluded?" for one run, finding each folder's config once."""

    def __init__(self, config_path: Path | None = None) -> None:
        self.config_path = config_path
        self._folders: dict[str, tuple[str, Path | None]] = {}

    def __call__(self, path: str | Path, is_dir: bool = False) -> bool:
        """Whether ``path`` (a file, or a folder with ``is_dir``) is excluded.

        Raises ``DataFileError`` when the config that governs it is invalid.
        """
        folder, name = os.path.split(os.path.abspath(path))
        real, config_file = self._folder(folder)
        if config_file is None:
            return False
        return excludes(load_config(config_file), os.path.join(real, name), is_dir)

    def _folder(self, folder: str) -> tuple[str, Path | None]:
        """The real path of ``folder`` and the config file that governs what is in it."""
        known = self._folders.get(folder)
        if known is None:
            found = self.config_path or find_config(Path(folder))
            known = self._folders[folder] = (os.path.realpath(folder), found)
        return known
