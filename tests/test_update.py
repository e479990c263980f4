"""`copier update` from an earlier release keeps the team's changes and brings the new one.

tests/updating.py builds the two releases and the changed service; `uv run nox -s update`
also runs the updated service's own checks.
"""

import re
from pathlib import Path

import yaml

from tests.rendering import git, render
from tests.updating import (
    DEPARTING_FILE,
    EDITED_SETTING,
    NEW_LINT_HELP,
    NEXT,
    OLD_LINT_HELP,
    ORDERS_MESSAGE,
    ORDERS_TRANSLATIONS,
    ROUTER_REGISTRATION,
    prepare,
    update_service,
)

# Git writes them at the start of a line; the README quotes them mid-line.
CONFLICT_MARKER = re.compile(r"^(<<<<<<<|=======|>>>>>>>)( |$)", re.MULTILINE)
# Files that the team created, and template files that it changed, in tests/updating.py.
TEAM_CREATED = ("src/{package}/adapters/api/v1/orders.py", "tests/api/test_orders.py")
TEAM_CHANGED = (
    "src/{package}/adapters/api/v1/__init__.py",
    ".env.example",
    "locales/messages.pot",
    "locales/en/LC_MESSAGES/messages.po",
    "locales/fa/LC_MESSAGES/messages.po",
)
# Rendered once with a random key, and the record of where each render came from.
OWN_FILES = frozenset({".env.development", ".copier-answers.yml"})


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and ".git" not in path.relative_to(root).parts
    }


def _answers(service: Path) -> dict[str, object]:
    loaded: dict[str, object] = yaml.safe_load((service / ".copier-answers.yml").read_text())
    return loaded


def test_update_keeps_changes_and_brings_the_release(tmp_path: Path) -> None:
    scenario = prepare(tmp_path)
    service = scenario.service
    secret_before = (service / ".env.development").read_text(encoding="utf-8")
    update_service(service)

    files = _files(service)
    assert [name for name in files if name.endswith(".rej")] == []
    for name, content in files.items():
        text = content.decode("utf-8", errors="replace")
        assert CONFLICT_MARKER.search(text) is None, name

    # The release: a new file arrives, a dropped one goes, an edited line changes.
    assert ".pre-commit-config.yaml" in files
    assert Path(DEPARTING_FILE).name not in files
    assert NEW_LINT_HELP in (service / "Makefile").read_text(encoding="utf-8")
    assert _answers(service)["_commit"] == NEXT

    # The team's work.
    package = service / "src" / scenario.package / "adapters" / "api" / "v1"
    assert (package / "orders.py").exists()
    assert ROUTER_REGISTRATION in (package / "__init__.py").read_text(encoding="utf-8")
    assert (service / "tests" / "api" / "test_orders.py").exists()
    assert EDITED_SETTING[1] in (service / ".env.example").read_text(encoding="utf-8")
    persian = (service / "locales/fa/LC_MESSAGES/messages.po").read_text(encoding="utf-8")
    assert f'msgid "{ORDERS_MESSAGE}"\nmsgstr "{ORDERS_TRANSLATIONS["fa"]}"' in persian
    assert (service / ".env.development").read_text(encoding="utf-8") == secret_before


def test_line_changed_on_both_sides_keeps_both_versions(tmp_path: Path) -> None:
    scenario = prepare(tmp_path)
    makefile = scenario.service / "Makefile"
    team_help = "lint: ## Check the code before a commit"
    makefile.write_text(
        makefile.read_text(encoding="utf-8").replace(OLD_LINT_HELP, team_help),
        encoding="utf-8",
    )
    git(scenario.service, "commit", "--quiet", "--all", "-m", "Reword the lint help")
    update_service(scenario.service)

    text = makefile.read_text(encoding="utf-8")
    expected = (
        f"<<<<<<< before updating\n{team_help}\n=======\n{NEW_LINT_HELP}\n>>>>>>> after updating\n"
    )
    assert expected in text
    others = {
        name
        for name, content in _files(scenario.service).items()
        if CONFLICT_MARKER.search(content.decode("utf-8", errors="replace"))
    }
    assert others == {"Makefile"}


def test_changed_answers_give_a_fresh_render(tmp_path: Path) -> None:
    scenario = prepare(tmp_path, {"locales": ["en", "fa"], "websocket": True})
    package_dir = f"src/{scenario.package}"
    assert (scenario.service / package_dir / "adapters" / "websockets").is_dir()

    changed: dict[str, object] = {"locales": ["en", "fa", "ar"], "websocket": False}
    update_service(scenario.service, changed)
    fresh = render(tmp_path / "fresh", changed, template=scenario.template)

    updated_files = _files(scenario.service)
    fresh_files = _files(fresh)
    created = {name.format(package=scenario.package) for name in TEAM_CREATED}
    changed_by_team = {name.format(package=scenario.package) for name in TEAM_CHANGED}

    assert not (scenario.service / package_dir / "adapters" / "websockets").exists()
    assert "locales/ar/LC_MESSAGES/messages.po" in updated_files
    assert set(updated_files) - created - OWN_FILES == set(fresh_files) - OWN_FILES
    for name, content in fresh_files.items():
        if name not in changed_by_team | OWN_FILES:
            assert updated_files[name] == content, name
    assert {
        key: value for key, value in _answers(scenario.service).items() if key != "_src_path"
    } == {key: value for key, value in _answers(fresh).items() if key != "_src_path"}
