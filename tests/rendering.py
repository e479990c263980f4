"""Render the template with Copier's API, the way `copier copy` does."""

import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path

from copier import run_copy

REPOSITORY = Path(__file__).resolve().parents[1]
# What a template release consists of; the rest of the repository is tooling.
TEMPLATE_PARTS = ("copier.yml", "extensions", "template")
GIT_IDENTITY = ("-c", "user.name=Cedrina tests", "-c", "user.email=tests@cedrina.invalid")


def render(
    destination: Path,
    answers: Mapping[str, object] | None = None,
    template: Path = REPOSITORY,
) -> Path:
    """Render `template` into `destination`; by default the working tree of this repository.

    Uncommitted changes are included. Unanswered questions take their defaults.
    `unsafe=True` is the API's `--trust`, which the template's Jinja extensions need.
    """
    run_copy(
        str(template),
        destination,
        data=dict(answers or {}),
        defaults=True,
        unsafe=True,
        vcs_ref="HEAD",
        quiet=True,
    )
    return destination


def snapshot_template(destination: Path) -> Path:
    """Copy the template's working tree into a new git repository with one commit.

    Renders of a dirty working tree record a new commit id each time; renders of the
    snapshot all record the same one.
    """
    destination.mkdir(parents=True)
    for part in TEMPLATE_PARTS:
        source = REPOSITORY / part
        if source.is_dir():
            shutil.copytree(
                source, destination / part, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(source, destination / part)
    git(destination, "init", "--quiet")
    commit_all(destination, "Snapshot")
    return destination


def git(directory: Path, *arguments: str) -> str:
    """Run git in `directory` with a fixed identity and return its output."""
    result = subprocess.run(
        ["git", *GIT_IDENTITY, *arguments],
        cwd=directory,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def commit_all(directory: Path, message: str) -> None:
    """Stage every change in `directory` and commit it, even when nothing changed."""
    git(directory, "add", "--all")
    git(directory, "commit", "--quiet", "--allow-empty", "-m", message)
