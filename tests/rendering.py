"""Render the template with Copier's API, the way `copier copy` does."""

import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path

from copier import run_copy

REPOSITORY = Path(__file__).resolve().parents[1]
# What a template release consists of; the rest of the repository is tooling.
TEMPLATE_PARTS = ("copier.yml", "extensions", "template")


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
    identity = ["-c", "user.name=Cedrina tests", "-c", "user.email=tests@cedrina.invalid"]
    for command in (["init", "--quiet"], ["add", "--all"], ["commit", "--quiet", "-m", "Snapshot"]):
        subprocess.run(["git", *identity, *command], cwd=destination, check=True)
    return destination
