"""Same input and options, same output byte for byte, across fresh processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_fresh_processes_agree() -> None:
    command = [sys.executable, "-m", "smartlint", "check", "--format", "json",
               "--today", "2026-11-26", str(EXAMPLES)]  # fmt: skip
    outputs = {subprocess.run(command, capture_output=True).stdout for _ in range(3)}
    assert len(outputs) == 1
    assert b'"lang": "sv"' in outputs.pop()
