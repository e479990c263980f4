"""The rendered Makefile calls the chosen package manager and lets the environment win."""

import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml


def _dry_run(service: Path, target: str, **environment: str) -> str:
    result = subprocess.run(
        ["make", "--dry-run", target],
        cwd=service,
        env={**os.environ, **environment},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


@pytest.fixture(scope="module")
def answers(rendered: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((rendered / ".copier-answers.yml").read_text())
    return loaded


def test_port_defaults_to_8000(rendered: Path) -> None:
    assert "--port 8000" in _dry_run(rendered, "run-dev-local")


def test_port_from_environment_wins(rendered: Path) -> None:
    commands = _dry_run(rendered, "run-dev-local", PORT="9123", HOST="0.0.0.0")  # noqa: S104
    assert "--host 0.0.0.0 --port 9123" in commands


def test_targets_run_through_package_manager(rendered: Path, answers: dict[str, Any]) -> None:
    runner = f"{answers['package_manager']} run"
    test_commands = _dry_run(rendered, "test")
    assert f"APP_ENV=test {runner} pytest" in test_commands
    assert f"{runner} pybabel --quiet compile" in test_commands
    with_servers = (
        f"{runner} python -m {answers['package_name']}.local_servers"
        if answers["embedded_services"]
        else runner
    )
    migrate = f"{with_servers} sh -c 'python -m {answers['package_name']} create-database && "
    assert _dry_run(rendered, "db-migrate") == f"{migrate}alembic upgrade head'\n"
    assert f"{runner} mypy" in _dry_run(rendered, "lint")


def test_readme_documents_every_target(rendered: Path) -> None:
    listed = subprocess.run(
        ["make", "help"], cwd=rendered, capture_output=True, text=True, check=True
    ).stdout
    targets = {line.split()[0] for line in listed.splitlines()}
    readme = (rendered / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`make ([a-z0-9-]+)[^`]*`", readme))
    assert targets == documented
    for target in targets:
        _dry_run(rendered, target, m="check")
