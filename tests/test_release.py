"""What a release ships (issue 16, item 5): the wheel's files and metadata, and one tag scheme.

The wheel is built from this tree as a user's ``pip install`` would get it
(``python -m build --wheel --no-isolation``: the test extras bring ``build``
and ``hatchling``, so no network is needed), then opened as a zip.
"""

from __future__ import annotations

import email.parser
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

import smartlint

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
TAG = f"v{smartlint.__version__}"
# A repository address with a stand-in owner; written in pieces, so this file does not find itself.
PLACEHOLDERS = re.compile(
    "|".join(
        [
            r"(?<![\w-])" + "OWN" + "ER/",
            r"(?i:\byour" + r"[-_]?(?:org|name|user|account)/)",
            r"(?<![\w-])" + "USER" + "NAME/",
            r"(?i:<" + r"(?:owner|org|user)>/)",
        ]
    )
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("dist")
    command = [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    [built] = out.glob("smartlint-*.whl")
    return zipfile.ZipFile(built)


def metadata(wheel: zipfile.ZipFile) -> email.message.Message:
    [name] = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    return email.parser.Parser().parsestr(wheel.read(name).decode("utf-8"))


def test_wheel_ships_types_license_and_data(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    assert "smartlint/py.typed" in names
    assert f"smartlint-{smartlint.__version__}.dist-info/licenses/LICENSE" in names
    license_text = wheel.read(f"smartlint-{smartlint.__version__}.dist-info/licenses/LICENSE")
    assert license_text.startswith(b"MIT License")
    rules = {p.name for p in (ROOT / "rules").glob("*.yaml")}
    lexicon = {p.name for p in (ROOT / "rules" / "lexicon").iterdir() if p.is_file()}
    assert rules and lexicon
    assert {f"smartlint/_rules/{name}" for name in rules} <= names
    assert {f"smartlint/_rules/lexicon/{name}" for name in lexicon} <= names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_wheel_metadata_is_complete(wheel: zipfile.ZipFile) -> None:
    meta = metadata(wheel)
    assert meta["Name"] == "smartlint" and meta["Version"] == smartlint.__version__
    assert meta["License-Expression"] == "MIT"
    assert meta["License-File"] == "LICENSE"
    assert meta["Author"]
    assert "linter" in meta["Keywords"].split(",")
    classifiers = meta.get_all("Classifier")
    assert "Typing :: Typed" in classifiers
    assert "Natural Language :: Swedish" in classifiers
    assert "Programming Language :: Python :: 3.11" in classifiers
    urls = dict(value.split(", ", 1) for value in meta.get_all("Project-URL"))
    assert {"Homepage", "Repository", "Issues"} <= urls.keys()
    assert all(url.startswith("https://") for url in urls.values())
    assert meta["Description-Content-Type"] == "text/markdown"
    assert meta.get_payload().startswith("# smartlint")
    assert meta["Requires-Python"] == ">=3.11"


def tracked_files() -> list[Path]:
    """The repository's files: git's list in a checkout, else every file but caches."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
        ).stdout
        return [ROOT / name for name in listed.decode("utf-8").split("\0") if name]
    except (OSError, subprocess.CalledProcessError):
        skip = {".venv", ".git", "__pycache__", "node_modules", ".pytest_cache"}
        return [p for p in ROOT.rglob("*") if p.is_file() and not skip.intersection(p.parts)]


def test_no_placeholder_repository_names() -> None:
    found = []
    for path in tracked_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if PLACEHOLDERS.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)


def test_readme_points_at_this_version_tag_of_the_published_repository() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    repository = PYPROJECT["project"]["urls"]["Repository"]
    slug = repository.removeprefix("https://github.com/")
    assert re.fullmatch(r"[\w.-]+/[\w.-]+", slug), repository
    hook = re.search(r"- repo: (\S+)\n\s+rev: (\S+)", readme)
    assert hook is not None, "no pre-commit example in the README"
    assert hook.groups() == (repository, TAG)
    actions = re.findall(r"(?m)^\s*- uses: ([\w.-]+/smartlint)@(\S+)", readme)
    assert actions and set(actions) == {(slug, TAG)}
    assert re.fullmatch(r"v\d+\.\d+\.\d+", TAG)


def test_action_installs_its_own_checkout() -> None:
    """The tag in ``uses:`` picks the code: the action installs from where it was checked out."""
    action = (ROOT / "action.yml").read_text(encoding="utf-8")
    assert 'python -m pip install "$ACTION_PATH"' in action
    assert "pip install smartlint" not in action
