"""Deployment and CI files of answer sets that no variant renders pass their validators.

The nox matrix validates each variant's files; these answer sets cover the other
combinations of package manager, CI provider and deployment targets.
"""

from pathlib import Path

import pytest

from tests import references
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
        "Cross-references",
    ],
    "uv-gitlab-no-image": ["GitLab pipeline", "Cross-references"],
    "uv-github-kubernetes-no-oauth": [
        "Dockerfiles",
        "GitHub workflows",
        "GitHub workflows",
        "Kubernetes 1.29.0 schemas",
        "Kubernetes 1.37.0 schemas",
        "Cross-references",
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


def test_compose_reference_to_a_missing_service_is_found() -> None:
    document = {
        "services": {"app": {"depends_on": {"db": {}}, "secrets": ["key"], "volumes": ["data:/d"]}},
    }
    assert references.compose_problems(document) == [
        "service app depends on db, which is not a service",
        "service app uses secret key, which is not declared",
        "service app mounts volume data, which is not declared",
    ]


def test_gitlab_job_in_an_undefined_stage_is_found() -> None:
    document = {
        "stages": ["lint"],
        ".install": {"stage": "lint"},
        "test": {"extends": ".setup", "script": ["make test"]},
        "lint": {"extends": ".install", "script": ["make lint"]},
    }
    assert references.gitlab_problems(document) == [
        "job test extends .setup, which is not defined",
        "job test runs in stage test, which is not in stages",
    ]


def test_github_job_needing_a_missing_job_is_found() -> None:
    document = {"jobs": {"image": {"needs": ["lint", "test"]}, "lint": {}}}
    assert references.github_problems(document) == ["job image needs test, which is not a job"]


def test_kubernetes_port_and_selector_mistakes_are_found() -> None:
    labels = {"app": "api"}
    deployment = {
        "kind": "Deployment",
        "metadata": {"name": "api"},
        "spec": {
            "selector": {"matchLabels": {"app": "web"}},
            "template": {
                "metadata": {"labels": labels},
                "spec": {
                    "containers": [
                        {
                            "ports": [{"name": "http", "containerPort": 8080}],
                            "readinessProbe": {"httpGet": {"port": "web"}},
                        }
                    ]
                },
            },
        },
    }
    service = {
        "kind": "Service",
        "metadata": {"name": "api"},
        "spec": {"selector": labels, "ports": [{"port": 80, "targetPort": "https"}]},
    }
    autoscaler = {
        "kind": "HorizontalPodAutoscaler",
        "metadata": {"name": "api"},
        "spec": {"scaleTargetRef": {"kind": "Deployment", "name": "worker"}},
    }
    dockerfile = 'CMD ["gunicorn", "--bind", "0.0.0.0:8000"]'
    assert references.kubernetes_problems([deployment, service, autoscaler], dockerfile) == [
        "Deployment api selects pods that its template does not label",
        "Deployment api declares no port 8000, gunicorn's",
        "readinessProbe of Deployment api calls undeclared port web",
        "Service api sends traffic to undeclared port https",
        "HorizontalPodAutoscaler api scales worker, not found",
    ]
