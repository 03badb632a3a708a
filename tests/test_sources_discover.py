import os
from pathlib import Path

import pytest

from smartlint.sources import FORMATS, discover, read_document
from smartlint.sources.errors import SourceParseError, SourceReadError


def make(root, files):
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")


def names(found):
    """Found files as posix strings; problems as (path, message)."""
    result = []
    for path, problem in found:
        result.append(path.as_posix() if problem is None else (path.as_posix(), problem.message))
    return result


@pytest.fixture
def repo(tmp_path, monkeypatch):
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    make(
        root,
        {
            ".gitignore": "build/\n*.log.md\n!keep.log.md\ndocs/secret/\n",
            "plan.md": "- a\n",
            "notes.txt": "a\n",
            "data.yaml": "goal: a\n",
            "b.yml": "goal: b\n",
            "c.markdown": "- c\n",
            "UPPER.MD": "- d\n",
            "image.png": "png",
            "README": "readme",
            ".hidden.md": "- no\n",
            ".github/goals.md": "- no\n",
            "node_modules/pkg/goals.md": "- no\n",
            "__pycache__/goals.md": "- no\n",
            "build/goal.md": "- no\n",
            "a.log.md": "- no\n",
            "keep.log.md": "- yes\n",
            "docs/.gitignore": "draft.md\n",
            "docs/draft.md": "- no\n",
            "docs/final.md": "- yes\n",
            "docs/sub/deep.txt": "yes\n",
            "docs/secret/plan.md": "- no\n",
            "archive/old.md": "- old\n",
        },
    )
    monkeypatch.chdir(root)
    return root


def test_walk_skips_hidden_ignored_and_dependency_folders(repo):
    assert names(discover([Path(".")])) == [
        "UPPER.MD",
        "archive/old.md",
        "b.yml",
        "c.markdown",
        "data.yaml",
        "docs/final.md",
        "docs/sub/deep.txt",
        "keep.log.md",
        "notes.txt",
        "plan.md",
    ]


def test_what_exclusion_leaves_out_is_skipped_walked_or_named(repo):
    asked = []

    def excluded(path: str, is_dir: bool) -> bool:
        asked.append((os.path.relpath(path, repo), is_dir))
        return path.endswith((os.sep + "archive", ".yml", os.sep + "notes.txt"))

    found = names(discover([Path("notes.txt"), Path("plan.md"), Path(".")], excluded))
    assert "archive/old.md" not in found and "b.yml" not in found
    assert "notes.txt" not in found  # named, and still left out
    assert found[0] == "plan.md" and "docs/final.md" in found and "data.yaml" in found
    assert ("archive", True) in asked and ("docs/final.md", False) in asked
    assert ("archive/old.md", False) not in asked  # an excluded folder is not entered


def test_parent_gitignore_applies_up_to_the_git_root(repo):
    assert names(discover([Path("docs")])) == ["docs/final.md", "docs/sub/deep.txt"]


def test_parent_gitignore_outside_a_repository_is_not_used(tmp_path, monkeypatch):
    make(tmp_path, {".gitignore": "*.md\n", "plans/goal.md": "- a\n"})
    monkeypatch.chdir(tmp_path)
    assert names(discover([Path("plans")])) == ["plans/goal.md"]


def test_explicit_files_are_always_yielded(repo):
    given = [Path("image.png"), Path("build/goal.md"), Path(".hidden.md")]
    assert names(discover(given)) == ["image.png", "build/goal.md", ".hidden.md"]


def test_missing_path_is_reported_and_the_rest_continues(repo):
    assert names(discover([Path("nope.md"), Path("plan.md")])) == [
        ("nope.md", "no such file or directory"),
        "plan.md",
    ]


def test_explicit_file_is_not_yielded_again_by_a_walk(repo):
    found = names(discover([Path("plan.md"), Path(".")]))
    assert found.count("plan.md") == 1
    assert found[0] == "plan.md"


def test_symlink_loop_is_reported_once_and_not_followed(repo):
    (repo / "docs" / "sub" / "up").symlink_to("..", target_is_directory=True)
    (repo / "self.md").symlink_to("self.md")
    found = names(discover([Path(".")]))
    assert ("docs/sub/up", "symlink loop (leads back to a parent); not followed") in found
    assert ("self.md", "symlink loop; not followed") in found
    assert found.count("docs/final.md") == 1


def test_explicit_symlink_loop_and_broken_link(repo):
    (repo / "loop.md").symlink_to("loop.md")
    (repo / "gone.md").symlink_to("missing.md")
    assert names(discover([Path("loop.md"), Path("gone.md")])) == [
        ("loop.md", "symlink loop; not followed"),
        ("gone.md", "broken symlink"),
    ]


def test_broken_links_matter_only_for_goal_files(repo):
    (repo / "gone.md").symlink_to("missing.md")
    (repo / "gone.png").symlink_to("missing.png")
    found = names(discover([Path(".")]))
    assert ("gone.md", "broken symlink") in found
    assert not any("gone.png" in str(item) for item in found)


def test_a_symlinked_folder_is_walked_once(repo):
    (repo / "alias").symlink_to("docs", target_is_directory=True)
    found = names(discover([Path(".")]))
    assert "alias/final.md" in found  # "alias" sorts before "docs": walked there
    assert "docs/final.md" not in found


def test_unreadable_directory_is_reported(repo, monkeypatch):
    real = os.scandir

    def scandir(path):
        if Path(path).name == "sub":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = names(discover([Path("docs")]))
    assert found == ["docs/final.md", ("docs/sub", "cannot read directory (Permission denied)")]


def test_formats_and_dispatch_by_suffix():
    assert sorted(FORMATS) == [".markdown", ".md", ".txt", ".yaml", ".yml"]
    text, found = read_document("plan.MD", "# Rubrik\n\n- Mål\n".encode())
    assert (text, [g.text for g in found]) == ("# Rubrik\n\n- Mål\n", ["Mål"])
    assert [g.text for g in read_document("a.yml", b"goal: Y\n")[1]] == ["Y"]
    assert [g.text for g in read_document("a.txt", b"# k\nT\n")[1]] == ["T"]
    assert [g.text for g in read_document("Goalfile", b"- Utan suffix\n")[1]] == ["Utan suffix"]


def test_read_document_raises_source_problems():
    with pytest.raises(SourceReadError, match="binary"):
        read_document("a.md", b"\x00\x01")
    with pytest.raises(SourceParseError):
        read_document("a.yaml", b"a: [\n")
