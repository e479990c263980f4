"""Checks of the template: its own code, its tests, every rendered variant, and an update.

`uv run nox` runs them all; `uv run nox -s "service(minimal)"` checks one variant.
`uv run nox -s "reliability(minimal)"` runs that variant's slow tests: fuzzing, hostile
input, outages of servers the tests start themselves, and shutdown.
`uv run nox -s update` updates a changed service from the previous release.
`uv run nox -s bench` (not part of the default run) benchmarks the default variant
against a bare FastAPI app; docs/benchmarks.md explains it.
The service sessions need PostgreSQL and Redis: CEDRINA_POSTGRES_URL and
CEDRINA_REDIS_URL name the servers (default: the standard ports of 127.0.0.1). Where
nothing listens on a default address, an embedded server runs for the rest of the run
(tests/servers.py). Each variant gets its own databases, named after it, and its own
Redis database number.
"""

import shutil
import sys
from pathlib import Path

import nox

sys.path.insert(0, str(Path(__file__).parent))

from tests.rendering import render
from tests.servers import servers
from tests.updating import prepare, update_service
from tests.variants import VARIANTS

nox.options.default_venv_backend = "none"
nox.options.sessions = ["lint", "templates", "service", "reliability", "update"]

# Commits in rendered services need an identity, whatever git config the machine has.
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "Cedrina CI",
    "GIT_AUTHOR_EMAIL": "ci@cedrina.invalid",
    "GIT_COMMITTER_NAME": "Cedrina CI",
    "GIT_COMMITTER_EMAIL": "ci@cedrina.invalid",
}


def _service_env(name: str, redis_database: int) -> dict[str, str | None]:
    """Return the environment of a rendered service's commands, with databases of its own."""
    postgres_url, redis_url = servers().postgres_url, servers().redis_url
    return {
        # The service has its own environment; nox's must not leak into uv or Poetry.
        "VIRTUAL_ENV": None,
        "APP_ENV": "test",
        "DATABASE_URL": f"{postgres_url}/cedrina_{name}",
        "TEST_DATABASE_URL": f"{postgres_url}/cedrina_{name}_test",
        "REDIS_URL": f"{redis_url}/{redis_database}",
        "TEST_REDIS_URL": f"{redis_url}/{redis_database}",
        **GIT_IDENTITY,
    }


@nox.session(python=False)
def lint(session: nox.Session) -> None:
    """Lint and type-check the template's own Python code."""
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")


@nox.session(python=False)
def templates(session: nox.Session) -> None:
    """Run the template tests: rendering, questionnaire, determinism, Makefile."""
    session.run("pytest", *session.posargs)


def _render_and_install(session: nox.Session, variant: str) -> Path:
    """Render a variant into the session's folder, commit it, and install its dependencies."""
    target = Path(session.create_tmp()) / variant
    shutil.rmtree(target, ignore_errors=True)
    render(target, VARIANTS[variant].answers)
    session.log(f"Rendered {variant} ({VARIANTS[variant].reason}) into {target}")
    env = _service_env(variant, redis_database=list(VARIANTS).index(variant) + 1)
    with session.chdir(target):
        session.run("git", "init", "--quiet", external=True, env=env)
        session.run("git", "add", "--all", external=True, env=env)
        session.run("git", "commit", "--quiet", "-m", "Render from Cedrina", external=True, env=env)
        session.run("make", "install", external=True, env=env)
    return target


@nox.session(python=False)
@nox.parametrize("variant", [nox.param(name, id=name) for name in VARIANTS])
def service(session: nox.Session, variant: str) -> None:
    """Render a variant, then install, lint, migrate and test the service it gives."""
    target = _render_and_install(session, variant)
    # Dockerfiles, Compose files, manifests and pipelines: checked offline, not run.
    session.run("python", "-m", "tests.validation", str(target))

    env = _service_env(variant, redis_database=list(VARIANTS).index(variant) + 1)
    runner = (
        ["uv", "run"]
        if VARIANTS[variant].answers.get("package_manager", "uv") == "uv"
        else ["poetry", "run"]
    )

    with session.chdir(target):
        session.run("make", "lint", external=True, env=env)

        session.run("make", "db-migrate", external=True, env=env)
        session.run(*runner, "alembic", "downgrade", "base", external=True, env=env)
        session.run(*runner, "alembic", "upgrade", "head", external=True, env=env)
        session.run(*runner, "alembic", "check", external=True, env=env)

        # The slow tests run in the reliability session.
        session.run("make", "test", external=True, env=env)

        # The catalogs as rendered must be exactly what `make update-translations` writes.
        session.run("make", "update-translations", external=True, env=env)
        session.run("git", "diff", "--exit-code", "--", "locales", external=True, env=env)


@nox.session(python=False)
@nox.parametrize("variant", [nox.param(name, id=name) for name in VARIANTS])
def reliability(session: nox.Session, variant: str) -> None:
    """Render a variant and run its slow tests: fuzzing, hostile input, outages, shutdown.

    The outage and shutdown tests start servers of their own; docs/reliability.md
    lists what each test proves.
    """
    target = _render_and_install(session, variant)
    env = _service_env(variant, redis_database=list(VARIANTS).index(variant) + 1)
    with session.chdir(target):
        session.run("make", "test-slow", external=True, env=env)


@nox.session(python=False)
def update(session: nox.Session) -> None:
    """Update a changed service from the previous release, then run its own checks."""
    workdir = Path(session.create_tmp()) / "update"
    shutil.rmtree(workdir, ignore_errors=True)
    scenario = prepare(workdir)
    update_service(scenario.service)
    session.log(f"Updated {scenario.service} from the previous release")

    # The Redis database number after those of the variants.
    env = _service_env("update", redis_database=len(VARIANTS) + 1)
    with session.chdir(scenario.service):
        session.run("make", "install", external=True, env=env)
        session.run("make", "lint", external=True, env=env)
        session.run("make", "db-migrate", external=True, env=env)
        session.run("make", "test", external=True, env=env)


@nox.session(python=False, default=False)
def bench(session: nox.Session) -> None:
    """Benchmark the default variant against a bare FastAPI app; arguments go to the script."""
    session.run("python", "-m", "bench.throughput", *session.posargs)
