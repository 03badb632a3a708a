"""The VS Code extension compiles with tsc (Node and npm are on the machines that run CI)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

EXTENSION = Path(__file__).resolve().parent.parent / "editors" / "vscode"


def test_extension_compiles(tmp_path: Path) -> None:
    npm = shutil.which("npm")
    assert npm, "Node.js and npm are needed to build the VS Code extension"
    work = tmp_path / "vscode"
    shutil.copytree(EXTENSION, work, ignore=shutil.ignore_patterns("node_modules", "out"))
    install = subprocess.run(
        [npm, "install", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=work, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr
    build = subprocess.run([npm, "run", "compile"], cwd=work, capture_output=True, text=True)
    assert build.returncode == 0, build.stdout + build.stderr
    assert (work / "out" / "extension.js").is_file()
