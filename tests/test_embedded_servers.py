"""A default service runs its tests and `make run-dev-local` where no server is running.

The service's settings point at free ports of 127.0.0.1, so nothing listens where it
looks, and the TEST_* URLs are unset: both commands must start embedded PostgreSQL and
Redis, and stop them when they end.
"""

import json
import os
import re
import signal
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.rendering import git, render
from tests.servers import load_embedded_servers, shared_temporary_folder

free_port = load_embedded_servers().free_port
# What the service's commands must not inherit from this test run.
FOREIGN_VARIABLES = (
    "VIRTUAL_ENV",
    "APP_ENV",
    "DATABASE_URL",
    "POSTGRES_HOST",
    "POSTGRES_PORT",
    "REDIS_URL",
    "TEST_DATABASE_URL",
    "TEST_REDIS_URL",
)
PASSWORD = "Correct-Horse-7-Battery"  # noqa: S105 - a test account of a throwaway service

pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="finds processes in /proc")


@pytest.fixture(scope="module")
def service() -> Iterator[Path]:
    """Render and install a default service whose settings name servers that do not run."""
    with shared_temporary_folder("cedrina-embedded-") as folder:
        target = render(folder / "service")
        git(target, "init", "--quiet")
        subprocess.run(["make", "install"], cwd=target, env=_environment(), check=True)
        settings = target / ".env.development"
        text = settings.read_text()
        text = re.sub(r"(?m)^POSTGRES_HOST=.*$", "POSTGRES_HOST=127.0.0.1", text)
        text = re.sub(r"(?m)^POSTGRES_PORT=.*$", f"POSTGRES_PORT={free_port()}", text)
        text = re.sub(r"(?m)^REDIS_URL=.*$", f"REDIS_URL=redis://127.0.0.1:{free_port()}/0", text)
        settings.write_text(text)
        yield target


def test_tests_run_against_embedded_servers(service: Path) -> None:
    result = subprocess.run(
        ["make", "test", "PYTEST_ARGS=--no-cov -p no:cacheprovider tests/api/test_health.py"],
        cwd=service,
        env=_environment(),
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "PostgreSQL: embedded, on 127.0.0.1:" in result.stdout
    assert "Redis: embedded, on 127.0.0.1:" in result.stdout
    assert re.search(r"\b\d+ passed\b", result.stdout)
    assert "failed" not in result.stdout
    assert _server_processes(service) == []


def test_run_dev_local_serves_and_keeps_its_data(service: Path) -> None:
    port = free_port()
    with RunDevLocal(service, port) as output:
        assert _get(port, "/api/v1/health") == 200
        assert _get(port, "/api/v1/health/ready") == 200
        registration = {"username": "ada", "email": "ada@example.com", "password": PASSWORD}
        assert _post(port, "/api/v1/auth/register", registration) == 201
    assert "PostgreSQL: embedded 18." in output.read_text()
    assert _server_processes(service) == []

    # The second run finds the account that the first one created.
    with RunDevLocal(service, port):
        credentials = {"username": "ada", "password": PASSWORD}
        assert _post(port, "/api/v1/auth/login", credentials) == 200
    assert _server_processes(service) == []

    assert (service / ".embedded-servers" / "postgres" / "PG_VERSION").is_file()
    assert git(service, "status", "--porcelain", "--ignored", ".embedded-servers").startswith(
        "!! .embedded-servers/"
    )


def _environment() -> dict[str, str]:
    return {name: value for name, value in os.environ.items() if name not in FOREIGN_VARIABLES}


class RunDevLocal:
    """`make run-dev-local` on `port`, for the length of a `with` block."""

    def __init__(self, service: Path, port: int) -> None:
        self.service = service
        self.port = port
        self.output = service.parent / f"run-dev-local-{port}.log"
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Path:
        """Start the command, wait until the service responds, and return its output file."""
        with self.output.open("ab") as log:
            self.process = subprocess.Popen(
                ["make", "run-dev-local", f"PORT={self.port}"],
                cwd=self.service,
                env=_environment(),
                stdout=log,
                stderr=subprocess.STDOUT,
                # A process group of its own receives the Ctrl-C. SIGINT gets its default
                # action back because the test runner may have changed it.
                start_new_session=True,
                preexec_fn=_default_sigint,  # noqa: PLW1509 - the test runs no threads
            )
        deadline = time.monotonic() + 120
        while _get(self.port, "/api/v1/health") != 200:
            assert self.process.poll() is None, self.output.read_text()
            assert time.monotonic() < deadline, self.output.read_text()
            time.sleep(0.2)
        return self.output

    def __exit__(self, *_: object) -> None:
        """Interrupt the command as Ctrl-C does, and wait until it has ended."""
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGINT)
        self.process.wait(60)


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _get(port: int, path: str) -> int | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


def _post(port: int, path: str, body: dict[str, str]) -> int:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code


def _server_processes(service: Path) -> list[str]:
    """Return the command lines of live processes that name the service's folder."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if state != "Z" and str(service) in command:
            found.append(command)
    return found
