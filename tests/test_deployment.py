"""Deployment and CI files of answer sets that no variant renders pass their validators.

The nox matrix validates each variant's files; these answer sets cover the other
combinations of package manager, CI provider and deployment targets.
"""

from pathlib import Path

import pytest

from tests.rendering import render
from tests.validation import ValidationError, validate

ANSWER_SETS: dict[str, dict[str, object]] = {
    "poetry-github-compose": {"package_manager": "poetry"},
    "uv-gitlab-no-image": {"ci_provider": "gitlab", "deployment_targets": []},
    "uv-github-kubernetes-no-oauth": {
        "deployment_targets": ["kubernetes"],
        "oauth_providers": [],
        "websocket": False,
    },
}

EXPECTED_SUBJECTS: dict[str, list[str]] = {
    "poetry-github-compose": [
        "Dockerfiles",
        "Compose files",
        "GitHub workflows",
        "GitHub workflows",
    ],
    "uv-gitlab-no-image": ["GitLab pipeline"],
    "uv-github-kubernetes-no-oauth": [
        "Dockerfiles",
        "GitHub workflows",
        "GitHub workflows",
        "Kubernetes 1.29.0 schemas",
        "Kubernetes 1.37.0 schemas",
    ],
}


@pytest.mark.parametrize("name", list(ANSWER_SETS))
def test_answer_set_passes_every_validator(name: str, tmp_path: Path) -> None:
    service = render(tmp_path / name, ANSWER_SETS[name])
    assert [check.subject for check in validate(service)] == EXPECTED_SUBJECTS[name]


@pytest.mark.parametrize(
    ("file_name", "content", "tool"),
    [
        ("Dockerfile", "FROM python:latest\nRUN apt-get install curl\n", "hadolint"),
        ("docker-compose.yml", "services:\n  app:\n    imag: python\n", "check-jsonschema"),
        (".gitlab-ci.yml", "test:\n  script: 42\n", "check-jsonschema"),
    ],
)
def test_validation_rejects_a_broken_file(
    file_name: str, content: str, tool: str, tmp_path: Path
) -> None:
    (tmp_path / file_name).write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError, match=tool):
        validate(tmp_path)
