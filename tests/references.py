"""Cross-references in deployment and CI files, which their JSON schemas do not check.

A schema checks each object on its own. It accepts a Compose service that depends on a
service that does not exist, a GitLab job in an undefined stage, and a Kubernetes probe
on a port that its container does not declare. Each function below takes parsed
YAML and returns one sentence per broken reference.
"""

import re
from collections.abc import Iterable, Mapping
from typing import Any

GITLAB_GLOBAL_KEYS = frozenset(
    {
        "after_script",
        "before_script",
        "cache",
        "default",
        "image",
        "include",
        "services",
        "stages",
        "variables",
        "workflow",
    }
)
GITLAB_DEFAULT_STAGES = (".pre", "build", "test", "deploy", ".post")
PROBES = ("startupProbe", "livenessProbe", "readinessProbe")
GUNICORN_BIND = re.compile(r'"--bind", "[\d.]+:(\d+)"')


def _listed(value: object) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping):
        return list(value)
    return list(value) if isinstance(value, Iterable) else [value]


def compose_problems(document: Mapping[str, Any]) -> list[str]:
    """Return the services, secrets and named volumes used but not declared."""
    services: Mapping[str, Any] = document.get("services") or {}
    secrets = set(_listed(document.get("secrets")))
    volumes = set(_listed(document.get("volumes")))
    problems = []
    for name, service in services.items():
        problems += [
            f"service {name} depends on {dependency}, which is not a service"
            for dependency in _listed(service.get("depends_on"))
            if dependency not in services
        ]
        for secret in _listed(service.get("secrets")):
            source = secret if isinstance(secret, str) else secret.get("source")
            if source not in secrets:
                problems.append(f"service {name} uses secret {source}, which is not declared")
        for volume in _listed(service.get("volumes")):
            source = volume.split(":", 1)[0] if isinstance(volume, str) else volume.get("source")
            named = source and not source.startswith((".", "/", "~", "$"))
            if named and source not in volumes:
                problems.append(f"service {name} mounts volume {source}, which is not declared")
    return problems


def gitlab_problems(document: Mapping[str, Any]) -> list[str]:
    """Return the jobs that extend an undefined job or run in an undefined stage."""
    stages = {*_listed(document.get("stages") or GITLAB_DEFAULT_STAGES), ".pre", ".post"}
    jobs = {
        name: job
        for name, job in document.items()
        if name not in GITLAB_GLOBAL_KEYS and isinstance(job, Mapping)
    }
    problems = []
    for name, job in jobs.items():
        parents = _listed(job.get("extends"))
        problems += [
            f"job {name} extends {parent}, which is not defined"
            for parent in parents
            if parent not in jobs
        ]
        stage = job.get("stage") or next(
            (jobs[parent]["stage"] for parent in parents if "stage" in jobs.get(parent, {})),
            "test",
        )
        if not name.startswith(".") and stage not in stages:
            problems.append(f"job {name} runs in stage {stage}, which is not in stages")
    return problems


def github_problems(document: Mapping[str, Any]) -> list[str]:
    """Return the jobs that need a job the workflow does not define."""
    jobs: Mapping[str, Any] = document.get("jobs") or {}
    return [
        f"job {name} needs {needed}, which is not a job"
        for name, job in jobs.items()
        for needed in _listed(job.get("needs"))
        if needed not in jobs
    ]


def _ports(pod_template: Mapping[str, Any]) -> tuple[set[str], set[int]]:
    names: set[str] = set()
    numbers: set[int] = set()
    for container in pod_template["spec"]["containers"]:
        for port in container.get("ports", []):
            numbers.add(port["containerPort"])
            if "name" in port:
                names.add(port["name"])
    return names, numbers


def _selects(selector: Mapping[str, str], labels: Mapping[str, str]) -> bool:
    return bool(selector) and selector.items() <= labels.items()


def _deployment_problems(
    name: str, deployment: Mapping[str, Any], gunicorn_port: int | None
) -> list[str]:
    template = deployment["spec"]["template"]
    labels = template["metadata"].get("labels", {})
    problems = []
    if not _selects(deployment["spec"]["selector"].get("matchLabels", {}), labels):
        problems.append(f"Deployment {name} selects pods that its template does not label")
    names, numbers = _ports(template)
    if gunicorn_port is not None and gunicorn_port not in numbers:
        problems.append(f"Deployment {name} declares no port {gunicorn_port}, gunicorn's")
    for container in template["spec"]["containers"]:
        for probe in PROBES:
            port = container.get(probe, {}).get("httpGet", {}).get("port")
            if port is not None and port not in names | numbers:
                problems.append(f"{probe} of Deployment {name} calls undeclared port {port}")
    return problems


def _pod_ports(
    deployments: Mapping[str, Mapping[str, Any]], selector: Mapping[str, str]
) -> set[str | int] | None:
    """Return the ports of the first Deployment whose pods `selector` matches, or None."""
    for deployment in deployments.values():
        template = deployment["spec"]["template"]
        if _selects(selector, template["metadata"].get("labels", {})):
            names, numbers = _ports(template)
            return {*names, *numbers}
    return None


def kubernetes_problems(documents: list[Mapping[str, Any]], dockerfile: str | None) -> list[str]:
    """Return broken links between the resources of one built overlay.

    `dockerfile` is the production Dockerfile, whose gunicorn port every Deployment's
    container must declare.
    """
    by_kind: dict[str, dict[str, Mapping[str, Any]]] = {}
    for document in documents:
        by_kind.setdefault(document["kind"], {})[document["metadata"]["name"]] = document
    deployments = by_kind.get("Deployment", {})
    services = by_kind.get("Service", {})
    bound = GUNICORN_BIND.search(dockerfile or "")
    gunicorn_port = int(bound.group(1)) if bound else None

    problems = []
    for name, deployment in deployments.items():
        problems += _deployment_problems(name, deployment, gunicorn_port)
    for name, service in services.items():
        ports = _pod_ports(deployments, service["spec"].get("selector", {}))
        if ports is None:
            problems.append(f"Service {name} selects no Deployment's pods")
            continue
        problems += [
            f"Service {name} sends traffic to undeclared port {target}"
            for port in service["spec"]["ports"]
            if (target := port.get("targetPort", port["port"])) not in ports
        ]
    for name, budget in by_kind.get("PodDisruptionBudget", {}).items():
        if _pod_ports(deployments, budget["spec"]["selector"].get("matchLabels", {})) is None:
            problems.append(f"PodDisruptionBudget {name} selects no Deployment's pods")
    for name, autoscaler in by_kind.get("HorizontalPodAutoscaler", {}).items():
        target = autoscaler["spec"]["scaleTargetRef"]
        if target["kind"] != "Deployment" or target["name"] not in deployments:
            problems.append(f"HorizontalPodAutoscaler {name} scales {target['name']}, not found")
    for name, ingress in by_kind.get("Ingress", {}).items():
        problems += [
            f"Ingress {name} routes to Service {path['backend']['service']['name']}, not found"
            for rule in ingress["spec"].get("rules", [])
            for path in rule.get("http", {}).get("paths", [])
            if path["backend"]["service"]["name"] not in services
        ]
    return problems
