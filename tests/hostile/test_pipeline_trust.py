"""A config must not be able to run code: ``pipeline:`` loads installed code only.

The planning repository holds a module that writes a marker file when it
is imported, with a fake ``dist-info`` that makes it look installed.  On
main it was imported and ran whenever the working folder was on
``sys.path`` (``python -m smartlint``, ``python -c``, ``PYTHONPATH=.``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from hostile_helpers import GOOD_TEXT, SAFETY_TIMEOUT, assert_reported

MARKER = "IMPORTED"
EVIL = f"""\
import pathlib
pathlib.Path(__file__).resolve().parent.parent.joinpath("{MARKER}").write_text("ran")

def load(**overrides):
    import spacy
    return spacy.blank("en")

def make(nlp, name):
    return lambda doc: doc
"""


def fake_distribution(repo: Path, name: str, entry_points: str = "") -> None:
    info = repo / f"{name}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    if entry_points:
        (info / "entry_points.txt").write_text(entry_points)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose config names the package ``evilpipe`` it holds itself."""
    (tmp_path / "evilpipe").mkdir()
    (tmp_path / "evilpipe" / "__init__.py").write_text(EVIL)
    fake_distribution(tmp_path, "evilpipe")
    (tmp_path / ".smartlint.yaml").write_text("pipeline: {en: evilpipe}\n")
    (tmp_path / "good.txt").write_text(GOOD_TEXT)
    return tmp_path


CHECK = ["check", "--lang", "en", "."]
LAUNCHES = {
    "python -m": ([sys.executable, "-m", "smartlint", *CHECK], {}),
    "python -c": ([sys.executable, "-c", "from smartlint.cli import main; main()", *CHECK], {}),
    "PYTHONPATH=.": ([sys.executable, "-m", "smartlint", *CHECK], {"PYTHONPATH": "."}),
}
SAVED_PYTHONPATH = os.environ.get("PYTHONPATH")


@pytest.mark.parametrize("launch", LAUNCHES, ids=list(LAUNCHES))
def test_a_package_in_the_repository_is_not_imported(repo: Path, launch: str) -> None:
    command, env = LAUNCHES[launch]
    proc = subprocess.run(
        command, cwd=repo, capture_output=True, timeout=SAFETY_TIMEOUT, env=_env(**env)
    )
    assert not (repo / MARKER).exists(), "the repository's code ran"
    assert_reported(proc, f"{repo / '.smartlint.yaml'}:1:", "cannot load spaCy pipeline")


def test_a_factory_entry_point_in_the_repository_is_not_imported(tmp_path: Path) -> None:
    """A pipeline folder is data, but its config.cfg may name a factory: not from the repo."""
    (tmp_path / "evilfac").mkdir()
    (tmp_path / "evilfac" / "__init__.py").write_text(EVIL)
    fake_distribution(tmp_path, "evilfac", "[spacy_factories]\nevil_factory = evilfac:make\n")
    spacy.blank("en").to_disk(tmp_path / "model")
    config = (tmp_path / "model" / "config.cfg").read_text()
    config = config.replace("pipeline = []", 'pipeline = ["evil"]')
    (tmp_path / "model" / "config.cfg").write_text(
        config + '\n[components.evil]\nfactory = "evil_factory"\n'
    )
    (tmp_path / ".smartlint.yaml").write_text("pipeline: {en: ./model}\n")
    (tmp_path / "good.txt").write_text(GOOD_TEXT)
    proc = subprocess.run(
        [sys.executable, "-m", "smartlint", *CHECK],
        cwd=tmp_path, capture_output=True, timeout=SAFETY_TIMEOUT, env=_env(),
    )  # fmt: skip
    assert not (tmp_path / MARKER).exists(), "the repository's code ran"
    assert_reported(proc, ".smartlint.yaml:1:", "cannot load spaCy pipeline")


def test_site_packages_inside_the_repository_stay_trusted(monkeypatch, tmp_path: Path) -> None:
    from smartlint.nlp import trust  # new with the fix: imported here so the rest runs on main

    venv = tmp_path / ".venv" / "lib" / "site-packages"
    monkeypatch.setattr(trust, "installed_roots", lambda: [venv.resolve()])
    path = ["", ".", str(tmp_path / "src"), str(venv), "/usr/lib/python3"]
    assert trust.trusted_entries(path, [tmp_path]) == [str(venv), "/usr/lib/python3"]


def _env(PYTHONPATH: str | None = None) -> dict[str, str]:  # noqa: N803
    """The environment, with ``PYTHONPATH`` put in front of the one the tests run with."""
    parts = [part for part in (PYTHONPATH, SAVED_PYTHONPATH) if part]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(parts)}
