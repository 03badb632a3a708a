"""The VS Code extension: packaged with the real vsce, and run against stand-ins for VS Code.

The .vsix must hold what runs (the compiled extension, its runtime
dependencies, README, LICENSE) and nothing of the build (TypeScript sources,
typescript, type packages, vsce).  The built extension is then loaded by
``tests/vscode/harness.js`` with stand-ins for the ``vscode`` and
``vscode-languageclient`` modules, to see what it starts and when.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

EXTENSION = Path(__file__).resolve().parent.parent / "editors" / "vscode"
HARNESS = Path(__file__).resolve().parent / "vscode" / "harness.js"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    npm = shutil.which("npm")
    assert npm, "Node.js and npm are needed to build the VS Code extension"
    work = tmp_path_factory.mktemp("vscode") / "extension"
    shutil.copytree(EXTENSION, work, ignore=shutil.ignore_patterns("node_modules", "out", "*.vsix"))
    install = subprocess.run(
        [npm, "install", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=work, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr
    package = subprocess.run(
        [npm, "run", "package"], cwd=work, capture_output=True, text=True, timeout=600
    )
    assert package.returncode == 0, package.stdout + package.stderr
    return work


def test_the_vsix_holds_what_runs_and_nothing_of_the_build(built: Path) -> None:
    with zipfile.ZipFile(built / "smartlint.vsix") as vsix:
        names = vsix.namelist()
        manifest = json.loads(vsix.read("extension/package.json"))
    lower = {name.lower() for name in names}
    assert "extension/out/extension.js" in names
    assert "extension/readme.md" in lower
    assert {"extension/license", "extension/license.txt"} & lower
    assert "extension/node_modules/vscode-languageclient/package.json" in names
    assert not [n for n in names if n.endswith((".ts", ".map")) or n.startswith("extension/src/")]
    junk = ("typescript/", "@types/", "@vscode/vsce/", ".bin/")
    assert not [n for n in names if any(f"node_modules/{part}" in n for part in junk)]
    assert manifest["scripts"]["vscode:prepublish"] == "npm run compile"
    assert manifest["contributes"]["configuration"]["properties"]["smartlint.path"]
    assert [c["command"] for c in manifest["contributes"]["commands"]] == ["smartlint.restart"]


def test_the_extension_starts_the_server_restarts_it_and_says_how_to_install(
    built: Path, tmp_path: Path
) -> None:
    node = shutil.which("node")
    assert node, "Node.js is needed to run the VS Code extension"
    (built / "bin").mkdir(exist_ok=True)
    fake = built / "bin" / "smartlint"
    fake.write_text("#!/bin/sh\n", encoding="utf-8")
    fake.chmod(0o755)
    empty = tmp_path / "empty-path"
    empty.mkdir()
    run = subprocess.run(
        [node, str(HARNESS), str(built), "smartlint", "./bin/smartlint"],
        capture_output=True, text=True, env={"PATH": str(empty)}, timeout=60,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    events = [json.loads(line) for line in run.stdout.splitlines()]
    kinds = [event["event"] for event in events]
    # not on PATH: a message with the install command, and no server
    assert kinds[:3] == ["error", "activated", "changed"], events
    assert "pip install smartlint" in events[0]["message"]
    assert "smartlint.path" in events[0]["message"]
    # the setting changed: read again, the server started with it (relative to the folder)
    assert kinds[3:] == ["client", "start", "restart-command", "stop", "client", "start", "stop"]
    client = events[3]
    assert client["command"] == str(fake) and client["args"] == ["lsp"]
    assert client["transport"] == 0  # stdio: the client adds --stdio
    schemes = {(s["scheme"], s["language"]) for s in client["selector"]}
    assert {("untitled", "markdown"), ("untitled", "yaml"), ("file", "plaintext")} <= schemes
