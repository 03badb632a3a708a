"""The README's editor set-ups, verbatim, in the real editors Debian ships.

Each test takes a snippet from README.md (the code block after its
``<!-- editor-test: NAME -->`` marker), starts the editor headless with it,
opens a goal document whose goal stands after "😊" and "å" on its line (so
UTF-16, UTF-8 and byte columns differ), waits for smartlint's diagnostics,
asks for the quick fix where the goal starts and applies it.  The editors
must be installed (``scripts/install-test-deps``): a missing one fails.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent / "editors"
PROSE = "Förra året gick det bra för oss på kontoret 😊. Vi ska öka försäljningen snart.\n"
KEPT = "Förra året gick det bra för oss på kontoret 😊. "
OKR = "key_results:\n  - 'Få fler kunder i Malmö 🚀'\n"


def readme_snippet(name: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(rf"<!-- editor-test: {re.escape(name)} -->\n```\w+\n(.*?)```", text, re.S)
    assert found, f"README.md has no snippet marked editor-test: {name}"
    return found.group(1)


def editor_env(tmp_path: Path) -> dict[str, str]:
    """The editor finds this checkout's ``smartlint`` first on PATH; its home is empty."""
    home = tmp_path / "home"
    home.mkdir()
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    return {**os.environ, "PATH": path, "HOME": str(home), "XDG_CONFIG_HOME": str(home)}


def byte_column(line: str, text: str) -> int:
    return len(line[: line.index(text)].encode("utf-8"))


@pytest.mark.parametrize(
    ("name", "text", "cursor_at"),
    [("plan.md", PROSE, "Vi ska"), ("okr.yaml", OKR, "Få fler")],
)
def test_neovim_07_with_the_readme_setup(tmp_path: Path, name: str, text: str, cursor_at: str):
    nvim = shutil.which("nvim")
    assert nvim, "Neovim is needed (scripts/install-test-deps installs Debian's)"
    init = tmp_path / "init.lua"
    init.write_text(readme_snippet("neovim-0.7"), encoding="utf-8")
    document = tmp_path / "goals" / name
    document.parent.mkdir()
    document.write_text(text, encoding="utf-8")
    report = tmp_path / "report.json"
    env = {
        **editor_env(tmp_path),
        "SMARTLINT_REPORT": str(report),
        "SMARTLINT_CURSOR_AT": cursor_at,
    }
    run = subprocess.run(
        [nvim, "--headless", "-i", "NONE", "-u", str(init), str(document),
         "-c", f"luafile {HERE / 'neovim_driver.lua'}"],
        cwd=document.parent, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert report.is_file(), run.stdout + run.stderr
    result = json.loads(report.read_text(encoding="utf-8"))
    assert result.get("problem") is None, (result, run.stderr)
    line = text.splitlines()[-1]
    codes = {d["code"]: d for d in result["diagnostics"]}
    if name == "plan.md":
        # Neovim keeps byte columns; the server sent UTF-16 and Neovim converted them
        assert codes["vague-comparative"]["col"] == byte_column(line, "öka")
        assert codes["vague-comparative"]["end_col"] == byte_column(line, " försäljningen")
    [title] = result["offered"]
    rewrite = title.removeprefix("Rewrite goal: ")
    assert "<" in rewrite  # a placeholder for the author
    if name == "plan.md":
        assert result["lines"][0] == KEPT + rewrite
    else:
        import yaml

        assert yaml.safe_load("\n".join(result["lines"])) == {"key_results": [rewrite]}


def test_emacs_eglot_with_the_readme_setup(tmp_path: Path):
    emacs = shutil.which("emacs")
    assert emacs, "Emacs is needed (scripts/install-test-deps installs Debian's, with eglot)"
    init = tmp_path / "init.el"
    init.write_text(readme_snippet("emacs-eglot"), encoding="utf-8")
    document = tmp_path / "goals" / "plan.txt"  # text-mode: Debian's Emacs 28 has no markdown-mode
    document.parent.mkdir()
    text = "Vi ska 😊 öka försäljningen snart.\n"
    document.write_text(text, encoding="utf-8")
    report = tmp_path / "report.json"
    env = {
        **editor_env(tmp_path),
        "SMARTLINT_FILE": str(document),
        "SMARTLINT_CURSOR_AT": "öka",
        "SMARTLINT_REPORT": str(report),
    }
    # -q skips the user's init but keeps Debian's site start-up, which puts eglot on the path
    run = subprocess.run(
        [emacs, "--batch", "-q", "-l", str(init), "-l", str(HERE / "eglot_driver.el")],
        cwd=document.parent, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert report.is_file(), run.stdout + run.stderr
    result = json.loads(report.read_text(encoding="utf-8"))
    assert result["problem"] is None, (result, run.stderr)
    found = {d["code"]: (d["beg"], d["end"]) for d in result["diagnostics"]}
    # eglot counts UTF-16 units; the emoji before "öka" is two of them
    assert found["vague-comparative"] == (text.index("öka"), text.index("öka") + 3)
    [title] = result["offered"]
    assert result["text"] == title.removeprefix("Rewrite goal: ") + "\n"
