"""The composite GitHub Action runs no shell code from its inputs (issue 12, item 2).

``action.yml`` used to expand ``${{ inputs.args }}`` and ``${{ inputs.paths }}``
straight into a ``run:`` script, so ``paths: "; touch pwned"`` ran a command.
Each step is run here as the runner runs it: every ``${{ ... }}`` in ``run``
and ``env`` replaced by its value as text, then the script handed to
``bash --noprofile --norc -eo pipefail``.  Stand-ins for ``smartlint`` and
``python`` on PATH record the words they receive.
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
import yaml

ACTION = Path(__file__).resolve().parents[2] / "action.yml"
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
RECORDER = f"""#!{sys.executable}
import json, os, sys
with open(os.environ["RECORD"], "a", encoding="utf-8") as out:
    out.write(json.dumps([os.path.basename(sys.argv[0]), *sys.argv[1:]]) + "\\n")
"""
HOSTILE = [
    '"; touch pwned; "',
    "; touch pwned",
    "$(touch pwned)",
    "`touch pwned`",
    "x' ; touch pwned ; '",
    "plans/ && touch pwned",
    "a\ntouch pwned",
    "* ${HOME} \\; |touch pwned",
]

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="the action's shell is bash")


def _steps() -> list[dict]:
    return yaml.safe_load(ACTION.read_text(encoding="utf-8"))["runs"]["steps"]


def _substitute(text: str, values: dict[str, str]) -> str:
    """Replace each ``${{ expr }}`` by its value as text, as the runner does."""
    return EXPRESSION.sub(lambda m: values[m.group(1)], text)


def _run_steps(tmp_path: Path, values: dict[str, str]) -> list[list[str]]:
    """Run every ``run`` step of the action; return the command lines the stand-ins saw."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("smartlint", "python"):
        (bin_dir / name).write_text(RECORDER, encoding="utf-8")
        (bin_dir / name).chmod(0o755)
    work = tmp_path / "work"
    work.mkdir()
    record = tmp_path / "record.jsonl"
    for step in _steps():
        if "run" not in step:
            continue
        env = {k: _substitute(str(v), values) for k, v in step.get("env", {}).items()}
        env.update(PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}", RECORD=str(record))
        script = tmp_path / "step.sh"
        script.write_text(_substitute(step["run"], values), encoding="utf-8")
        subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=work,
            env=env,
            check=False,
            timeout=60,
        )
    assert not any(work.iterdir()), sorted(p.name for p in work.iterdir())  # no pwned
    return [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("field", ["paths", "args"])
@pytest.mark.parametrize("value", HOSTILE)
def test_inputs_are_words_never_code(tmp_path: Path, field: str, value: str) -> None:
    action_path = str(tmp_path / "my actions" / "smartlint")
    values = {"inputs.paths": ".", "inputs.args": "", "github.action_path": action_path}
    values[f"inputs.{field}"] = value
    install, check = _run_steps(tmp_path, values)
    assert install == ["python", "-m", "pip", "install", action_path]
    words = value.split()
    args, paths = (words, ["."]) if field == "args" else ([], words)
    assert check == ["smartlint", "check", "--format", "github", *args, "--", *paths]


def test_no_input_is_expanded_inside_a_script() -> None:
    """The cause: an expression in ``run`` is pasted into the script before bash reads it."""
    for step in _steps():
        assert "${{" not in step.get("run", ""), step["run"]
