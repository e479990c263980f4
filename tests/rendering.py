"""Render the template with Copier's API, the way `copier copy` does."""

from collections.abc import Mapping
from pathlib import Path

from copier import run_copy

REPOSITORY = Path(__file__).resolve().parents[1]


def render(destination: Path, answers: Mapping[str, object] | None = None) -> Path:
    """Render the working tree of the template, uncommitted changes included, into `destination`.

    Unanswered questions take their defaults. `unsafe=True` is the API's `--trust`,
    which the template's Jinja extensions need.
    """
    run_copy(
        str(REPOSITORY),
        destination,
        data=dict(answers or {}),
        defaults=True,
        unsafe=True,
        vcs_ref="HEAD",
        quiet=True,
    )
    return destination
