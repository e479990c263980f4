"""Rendering is deterministic except for development secrets, which stay the user's."""

import filecmp
import subprocess
from pathlib import Path

from tests.rendering import render, snapshot_template

# Rendered once with random secrets, git-ignored, and never overwritten afterwards.
SECRET_FILES = {".env.development"}


def _relative_files(root: Path) -> set[str]:
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


def test_same_answers_give_same_bytes(tmp_path: Path) -> None:
    template = snapshot_template(tmp_path / "template")
    first = render(tmp_path / "first", template=template)
    second = render(tmp_path / "second", template=template)

    files = _relative_files(first)
    assert files == _relative_files(second)
    different = [
        name
        for name in sorted(files - SECRET_FILES)
        if not filecmp.cmp(first / name, second / name, shallow=False)
    ]
    assert different == []
    for name in SECRET_FILES:
        assert (first / name).read_text() != (second / name).read_text()


def test_development_secrets_are_git_ignored(rendered: Path, tmp_path: Path) -> None:
    work_tree = tmp_path / "service"
    subprocess.run(["cp", "-r", str(rendered), str(work_tree)], check=True)
    subprocess.run(["git", "init", "--quiet", str(work_tree)], check=True)
    ignored = subprocess.run(
        ["git", "check-ignore", ".env.development", ".env.staging", ".env.production"],
        cwd=work_tree,
        capture_output=True,
        text=True,
        check=True,
    )
    assert ignored.stdout.split() == [".env.development", ".env.staging", ".env.production"]
    tracked = subprocess.run(
        ["git", "check-ignore", ".env.example", ".env.test"],
        cwd=work_tree,
        capture_output=True,
        text=True,
        check=False,
    )
    assert tracked.stdout == ""


def test_rendering_again_keeps_development_secrets(tmp_path: Path) -> None:
    service = render(tmp_path / "service")
    edited = "SECRET_KEY=my-own-development-key-that-is-long-enough\n"
    (service / ".env.development").write_text(edited)

    render(service)

    assert (service / ".env.development").read_text() == edited
