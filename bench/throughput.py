"""Benchmark a rendered service against a bare FastAPI app on the same server stack.

    uv run nox -s bench -- [options]       # --help lists them

Renders the default variant (or takes an installed render from --service), starts
embedded PostgreSQL and Redis for it, migrates, and runs it as Dockerfile.prod does:
gunicorn with uvicorn workers, APP_ENV=production, one JSON log line per request written
to a file (successful probes are logged at DEBUG, so not at all). bench/bare_app.py serves
the same paths with the same JSON on the same stack from the service's environment. wrk
drives the HTTP cases and bench.websocket_load the WebSocket one, each at every
concurrency, alternating between the two apps, after a warm-up. Prints the median of the
runs, the ratio to the bare app, and whether each target of docs/benchmarks.md holds.
"""

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from base64 import urlsafe_b64encode
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bench.load import Probe, Request, Result, require_wrk, run_websocket, run_wrk
from tests.rendering import REPOSITORY, render
from tests.servers import load_embedded_servers, shared_temporary_folder
from tests.variants import VARIANTS

PACKAGE = "my_service"
USERNAME = "bench"
PASSWORD = "Correct-horse-battery-7"  # noqa: S105 - a benchmark's own throwaway password
CASES = ("liveness", "readiness", "users/me", "login", "websocket")
# A run whose share of stolen CPU time exceeds this is flagged as noisy.
NOISY_STEAL = 0.05
# Figures that docs/benchmarks.md sets as targets.
LIVENESS_RATIO = 0.9
CURRENT_USER_RATIO = 0.35
LOGIN_RATIO = 0.9
LIVENESS_P99_DURING_LOGIN_MS = 50.0
WORKER_RSS_MIB = 120.0

embedded = load_embedded_servers()


@dataclass(frozen=True)
class Gunicorn:
    """A running gunicorn server and where it listens."""

    name: str
    process: subprocess.Popen[bytes]
    port: int

    @property
    def base_url(self) -> str:
        """The server's http:// address."""
        return f"http://127.0.0.1:{self.port}"

    def worker_pids(self) -> list[int]:
        """Return the process ids of the server's workers."""
        return [pid for pid, parent in _parent_pids().items() if parent == self.process.pid]


@dataclass(frozen=True)
class Options:
    """Command-line options."""

    workers: int
    seconds: int
    runs: int
    warm_up: int
    concurrency: list[int]
    cases: list[str]
    service: Path | None


@dataclass
class Row:
    """One case at one concurrency on one app, over every run."""

    case: str
    concurrency: int
    app: str
    runs: list[Result] = field(default_factory=list)

    @property
    def requests_per_second(self) -> float:
        """The median throughput of the runs."""
        return statistics.median(run.requests_per_second for run in self.runs)

    @property
    def failures(self) -> int:
        """Errors and timeouts of every run together."""
        return sum(run.errors + run.timeouts for run in self.runs)


@dataclass
class Report:
    """Everything the runs measured, for the tables and the targets."""

    workers: int
    hasher_rate: float
    rows: list[Row] = field(default_factory=list)
    # Latencies of a liveness probe while login was saturated, by login concurrency.
    probes: dict[int, Probe] = field(default_factory=dict)
    # Whether the service responded normally after each case at the highest concurrency.
    afterwards: dict[str, bool] = field(default_factory=dict)
    worker_rss_mib: dict[str, list[float]] = field(default_factory=dict)

    def row(self, case: str, concurrency: int, app: str) -> Row:
        """Return the row of a case, concurrency and app."""
        return next(
            row
            for row in self.rows
            if (row.case, row.concurrency, row.app) == (case, concurrency, app)
        )

    def ratio(self, case: str, concurrency: int) -> float:
        """Return the service's median throughput divided by the bare app's."""
        bare = self.row(case, concurrency, "bare").requests_per_second
        return self.row(case, concurrency, "service").requests_per_second / bare


def main() -> None:
    """Run every case and print the tables and the targets."""
    options = _parse_arguments()
    require_wrk()
    with ExitStack() as stack:
        work = stack.enter_context(shared_temporary_folder("cedrina-bench-"))
        service_dir = options.service or _render_and_install(work / "service")
        environment = _production_environment(service_dir, work, stack, workers=options.workers)
        _run_in(service_dir, environment, ".venv/bin/pybabel", "compile", "--directory", "locales")
        _run_in(service_dir, environment, ".venv/bin/python", "-m", PACKAGE, "create-database")
        _run_in(service_dir, environment, ".venv/bin/alembic", "upgrade", "head")

        command = _production_command(service_dir)
        service = stack.enter_context(
            _gunicorn("service", command, service_dir, environment, work / "service.log"),
        )
        responses = _sign_up_and_record(service)
        (work / "responses.json").write_text(json.dumps(responses))
        bare_command = [
            "bare_app:create_app()" if part == f"{PACKAGE}.main:create_app()" else part
            for part in _production_command(service_dir)
        ]
        bare_command += ["--pythonpath", str(REPOSITORY / "bench")]
        bare = stack.enter_context(
            _gunicorn(
                "bare",
                bare_command,
                service_dir,
                {**environment, "BARE_APP_RESPONSES": str(work / "responses.json")},
                work / "bare.log",
            ),
        )

        print(f"Service: {service_dir}; logs and servers in {work}", flush=True)
        print(_describe_machine(service_dir), flush=True)
        report = Report(workers=options.workers, hasher_rate=_hasher_rate(service_dir))
        _run_cases(report, options, service=service, bare=bare)
        for server in (bare, service):
            report.worker_rss_mib[server.name] = [
                _resident_mib(pid) for pid in server.worker_pids()
            ]
        _print_report(report, options)


def _parse_arguments() -> Options:
    parser = argparse.ArgumentParser(
        prog="nox -s bench --",
        description=__doc__.splitlines()[0],
    )
    # The load: how many workers, how long, how often.
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers of each app")
    parser.add_argument(
        "--seconds", type=int, default=5, help="length of each measured run, in whole seconds"
    )
    parser.add_argument("--runs", type=int, default=3, help="runs per case, app and concurrency")
    parser.add_argument(
        "--warm-up",
        type=int,
        default=2,
        help="length of the unmeasured run before each case, app and concurrency, in seconds",
    )

    # What is measured, and on which render.
    parser.add_argument(
        "--concurrency",
        type=lambda value: [int(part) for part in value.split(",")],
        default=[16, 64, 256],
        help="comma-separated connection counts",
    )
    parser.add_argument(
        "--cases",
        type=lambda value: value.split(","),
        default=list(CASES),
        help=f"comma-separated, from: {', '.join(CASES)}",
    )
    parser.add_argument(
        "--service",
        type=Path,
        help="an installed render of the default variant to use instead of a new one",
    )

    arguments = parser.parse_args()
    unknown = set(arguments.cases) - set(CASES)
    if unknown:
        parser.error(f"unknown cases {sorted(unknown)}; choose from {', '.join(CASES)}")
    return Options(**vars(arguments))


def _render_and_install(target: Path) -> Path:
    print(f"Rendering the default variant into {target}", flush=True)
    render(target, VARIANTS["default"].answers)
    subprocess.run(["uv", "sync", "--no-dev"], cwd=target, env=_own_environment(), check=True)
    return target


def _own_environment() -> dict[str, str]:
    """Return this process's environment without nox's virtual environment.

    The service has an environment of its own, which uv must use.
    """
    return {name: value for name, value in os.environ.items() if name != "VIRTUAL_ENV"}


def _dockerfile(service_dir: Path) -> str:
    """Return Dockerfile.prod with its continued lines joined."""
    return (service_dir / "Dockerfile.prod").read_text().replace("\\\n", " ")


def _production_environment(
    service_dir: Path,
    work: Path,
    stack: ExitStack,
    *,
    workers: int,
) -> dict[str, str]:
    """Start PostgreSQL and Redis, make the secrets, and return the service's environment."""
    postgres = embedded.EmbeddedPostgres(work / "postgres", durable=True)
    redis = embedded.EmbeddedRedis(work / "redis", durable=True)
    for server in (postgres, redis):
        server.start()
        stack.callback(server.stop)

    private_key = work / "jwt-private.pem"
    subprocess.run(
        [
            *("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:3072"),
            *("-out", str(private_key)),
        ],
        check=True,
        capture_output=True,
    )
    environment = _own_environment()
    return (
        environment
        | _image_environment(service_dir)
        | {
            "APP_ENV": "production",
            "SECRET_KEY": secrets.token_urlsafe(48),
            "JWT_PRIVATE_KEY_FILE": str(private_key),
            "OAUTH_TOKEN_KEYS": urlsafe_b64encode(secrets.token_bytes(32)).decode(),
            "DATABASE_URL": postgres.url("bench"),
            # Loopback: TLS would measure the cipher, not the service.
            "POSTGRES_SSL_MODE": "disable",
            "REDIS_URL": redis.url(0),
            "PUBLIC_BASE_URL": "https://api.example.com",
            "CORS_ORIGINS": "https://app.example.com",
            # Rate limiting stays on, so that its Redis round trip is measured, with a limit
            # that one client's load cannot reach.
            "LOGIN_RATE_LIMIT_PER_IP": "100000000/minute",
            "WEB_CONCURRENCY": str(workers),
        }
    )


def _image_environment(service_dir: Path) -> dict[str, str]:
    """Return the ENV of Dockerfile.prod's last stage that concerns the processes."""
    stage = _dockerfile(service_dir).rsplit("\nFROM ", 1)[1]
    variables: dict[str, str] = {}
    for line in stage.splitlines():
        if line.startswith("ENV "):
            variables |= dict(part.split("=", 1) for part in line.split()[1:])
    # PATH and the runtime folder are the image's; the worker count is a parameter here.
    for name in ("PATH", "XDG_RUNTIME_DIR", "WEB_CONCURRENCY"):
        variables.pop(name, None)
    return variables


def _production_command(service_dir: Path) -> list[str]:
    """Return the CMD of Dockerfile.prod, bound to a free port of 127.0.0.1."""
    instruction = _dockerfile(service_dir).split("\nCMD ", 1)[1].split("]", 1)[0] + "]"
    command: list[str] = json.loads(instruction)
    bind = command.index("--bind") + 1
    command[bind] = f"127.0.0.1:{embedded.free_port()}"
    command[0] = str(service_dir / ".venv/bin" / command[0])
    return command


@contextmanager
def _gunicorn(
    name: str,
    command: list[str],
    service_dir: Path,
    environment: Mapping[str, str],
    log: Path,
) -> Iterator[Gunicorn]:
    port = int(command[command.index("--bind") + 1].rsplit(":", 1)[1])
    # Each gunicorn's control socket in a folder of its own, which XDG_RUNTIME_DIR names.
    runtime = log.with_suffix(".runtime")
    runtime.mkdir(mode=0o700)
    environment = {**environment, "XDG_RUNTIME_DIR": str(runtime)}
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            command,
            cwd=service_dir,
            env=environment,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    server = Gunicorn(name, process, port)
    try:
        _wait_until_answering(server, log)
        yield server
    finally:
        process.terminate()
        process.wait(timeout=60)


def _wait_until_answering(server: Gunicorn, log: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            sys.exit(f"The {server.name} app exited at start-up; its log:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(server.base_url + "/api/v1/health", timeout=1):  # noqa: S310 - our own loopback server
                return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"The {server.name} app did not answer within {timeout:.0f} s; see {log}")


def _sign_up_and_record(service: Gunicorn) -> dict[str, dict[str, object]]:
    """Register the benchmark's account, and return the service's response to each case."""
    _call(
        service,
        "/api/v1/auth/register",
        {"username": USERNAME, "email": f"{USERNAME}@example.com", "password": PASSWORD},
    )
    login = _call(service, "/api/v1/auth/login", {"username": USERNAME, "password": PASSWORD})
    token = str(login["access_token"])
    return {
        "liveness": _call(service, "/api/v1/health"),
        "readiness": _call(service, "/api/v1/health/ready"),
        "current_user": _call(service, "/api/v1/users/me", token=token),
        "login": login,
    }


def _call(
    server: Gunicorn,
    path: str,
    body: Mapping[str, object] | None = None,
    token: str | None = None,
) -> dict[str, object]:
    """Send a request; return the JSON of a 2xx response, or exit with the response."""
    request = urllib.request.Request(server.base_url + path)  # noqa: S310 - our own loopback server
    if body is not None:
        request.data = json.dumps(body).encode()
        request.add_header("Content-Type", "application/json")
    if token is not None:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - as above
            answer: dict[str, object] = json.loads(response.read())
    except urllib.error.HTTPError as error:
        sys.exit(f"{path} answered {error.code}: {error.read().decode(errors='replace')}")
    return answer


def _describe_machine(service_dir: Path) -> str:
    """Name the CPU and the versions that the figures depend on."""
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        "unknown CPU",
    )
    packages = ("fastapi", "starlette", "pydantic", "uvicorn", "gunicorn", "sqlalchemy")
    script = (
        "import importlib.metadata as m, platform; "
        "print('Python', platform.python_version(), "
        f"*(f'{{p}} {{m.version(p)}}' for p in {packages}))"
    )
    versions = subprocess.run(
        [str(service_dir / ".venv/bin/python"), "-c", script],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    wrk = subprocess.run([require_wrk(), "-v"], capture_output=True, text=True, check=False)
    wrk_version = (wrk.stdout or wrk.stderr).split()[1]
    template = subprocess.run(
        ["git", "describe", "--always", "--dirty"],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return f"{os.cpu_count()} x {cpu}; {versions}; wrk {wrk_version}; template {template}"


def _hasher_rate(service_dir: Path) -> float:
    """Return the password checks per second of the service's hasher, one at a time."""
    command = [str(service_dir / ".venv/bin/python"), "-m", "bench.hasher_rate", PACKAGE]
    command.append(str(VARIANTS["default"].answers.get("password_hashing", "bcrypt")))
    output = subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True, check=True)
    return float(output.stdout)


def _run_cases(
    report: Report,
    options: Options,
    *,
    service: Gunicorn,
    bare: Gunicorn,
) -> None:
    servers = (bare, service)
    for case in options.cases:
        for concurrency in options.concurrency:
            token = str(_call(service, "/api/v1/auth/login", _LOGIN_BODY)["access_token"])
            rows = {server.name: Row(case, concurrency, server.name) for server in servers}
            report.rows += rows.values()
            print(f"{case} at {concurrency} connections", end="", flush=True)
            for run in range(options.runs + 1):
                for server in servers:
                    load = _Load(case, concurrency, server, token, report, options)
                    if run == 0:
                        load.warm_up()
                    else:
                        rows[server.name].runs.append(load.measure())
                    _settle(servers)
                    print(".", end="", flush=True)
            print(flush=True)
            if concurrency == max(options.concurrency):
                report.afterwards[case] = _answers_normally(service, token)


_LOGIN_BODY = {"username": USERNAME, "password": PASSWORD}


@dataclass(frozen=True)
class _Load:
    """One run of a case at a concurrency on one app."""

    case: str
    concurrency: int
    server: Gunicorn
    token: str
    report: Report
    options: Options

    def warm_up(self) -> None:
        """Run the load briefly and discard its figures."""
        self._drive(seconds=self.options.warm_up, timeout=self._timeout)

    def measure(self) -> Result:
        """Run the load and return its figures."""
        if self.case == "login" and self.server.name == "service":
            probe = self.report.probes.setdefault(
                self.concurrency,
                Probe("127.0.0.1", self.server.port, "/api/v1/health", per_second=20, timeout=5),
            )
            with probe.running():
                return self._drive(seconds=self._login_seconds, timeout=self._timeout)
        return self._drive(seconds=self.options.seconds, timeout=self._timeout)

    @property
    def _login_seconds(self) -> float:
        # Every login waits for those queued before it: long enough for the queue to turn
        # over twice, so that the figures are not only those of the first in line.
        return max(self.options.seconds, 2 * self._queue_seconds)

    @property
    def _queue_seconds(self) -> float:
        # How long the last of `concurrency` logins waits at the hasher's rate.
        hashing_rate = self.report.hasher_rate * min(self.report.workers, os.cpu_count() or 1)
        return self.concurrency / hashing_rate

    @property
    def _timeout(self) -> float:
        if self.case == "login":
            return 10 + 2 * self._queue_seconds
        return 10.0

    def _drive(self, *, seconds: float, timeout: float) -> Result:
        base_url = self.server.base_url
        if self.case == "websocket":
            url = base_url.replace("http://", "ws://") + "/ws/health"
            return run_websocket(
                url, concurrency=self.concurrency, seconds=seconds, timeout=timeout
            )
        request = {
            "liveness": Request("/api/v1/health"),
            "readiness": Request("/api/v1/health/ready"),
            "users/me": Request(
                "/api/v1/users/me", headers={"Authorization": f"Bearer {self.token}"}
            ),
            "login": Request(
                "/api/v1/auth/login",
                method="POST",
                headers={"Content-Type": "application/json"},
                body=json.dumps(_LOGIN_BODY),
            ),
        }[self.case]
        return run_wrk(
            base_url, request, concurrency=self.concurrency, seconds=seconds, timeout=timeout
        )


def _settle(servers: tuple[Gunicorn, ...], timeout: float = 180.0) -> None:
    """Wait until the workers are idle: work queued by the last run has drained."""
    pids = [pid for server in servers for pid in server.worker_pids()]
    deadline = time.monotonic() + timeout
    busy = _cpu_ticks(pids)
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = _cpu_ticks(pids)
        # A tick is 10 ms: under 2 % of one CPU over half a second is idle.
        if now - busy <= 1:
            return
        busy = now
    print(f"\nThe workers were still busy after {timeout:.0f} s; the next run may be slower.")


def _answers_normally(service: Gunicorn, token: str) -> bool:
    """Return whether liveness and the current user respond as before the load."""
    try:
        _call(service, "/api/v1/health")
        _call(service, "/api/v1/users/me", token=token)
    except (SystemExit, OSError):
        return False
    return True


def _parent_pids() -> dict[int, int]:
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # The command name, in parentheses, may hold spaces: split after it.
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    return parents


def _cpu_ticks(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        # utime and stime, fields 14 and 15 of proc(5); index 0 here is field 3.
        total += int(fields[11]) + int(fields[12])
    return total


def _resident_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _run_in(directory: Path, environment: Mapping[str, str], *command: str) -> None:
    subprocess.run(command, cwd=directory, env=environment, check=True, stdout=subprocess.DEVNULL)


def _print_report(report: Report, options: Options) -> None:
    print()
    print(
        f"{report.workers} workers per app on {os.cpu_count()} CPUs; median of {options.runs} "
        f"runs of {options.seconds:g} s after a {options.warm_up:g} s warm-up; errors and "
        "timeouts summed over the runs; steal is the largest share of the runs."
    )
    print()
    _print_table(report)

    print()
    for concurrency, probe in report.probes.items():
        print(
            f"Liveness probe (20/s) during login at {concurrency}: "
            f"p50 {probe.percentile(50):.1f} ms, p99 {probe.percentile(99):.1f} ms, "
            f"{probe.failures} failures"
        )
    for name, sizes in report.worker_rss_mib.items():
        sizes_text = ", ".join(f"{size:.0f}" for size in sizes)
        print(f"Resident memory of the {name} workers after the load (MiB): {sizes_text}")
    print(f"Password checks per second, one at a time: {report.hasher_rate:.2f}")

    print()
    _print_targets(report)


def _print_table(report: Report) -> None:
    """Print one Markdown table row per case, concurrency and app."""
    columns = ("case", "conc", "app", "req/s", "p50 ms", "p99 ms", "errors", "timeouts")
    print("| " + " | ".join((*columns, "steal", "ratio")) + " |")
    print("|" + "---|" * (len(columns) + 2))
    for row in report.rows:
        steal = max(run.steal for run in row.runs)
        cells = [
            row.case,
            str(row.concurrency),
            row.app,
            f"{row.requests_per_second:.1f}",
            f"{statistics.median(run.p50_ms for run in row.runs):.1f}",
            f"{statistics.median(run.p99_ms for run in row.runs):.1f}",
            str(sum(run.errors for run in row.runs)),
            str(sum(run.timeouts for run in row.runs)),
            f"{steal:.1%}" + (" noisy" if steal > NOISY_STEAL else ""),
            # The bare app does not hash: login is measured against the hasher instead.
            f"{report.ratio(row.case, row.concurrency):.2f}"
            if row.app == "service" and row.case != "login"
            else "",
        ]
        print("| " + " | ".join(cells) + " |")


def _print_targets(report: Report) -> None:
    cases = {row.case for row in report.rows}
    concurrencies = sorted({row.concurrency for row in report.rows})
    highest = max(concurrencies)
    targets: list[tuple[bool, str]] = []

    if "liveness" in cases:
        worst = min(report.ratio("liveness", c) for c in concurrencies)
        targets.append((worst >= LIVENESS_RATIO, f"liveness {worst:.3f}x bare ({LIVENESS_RATIO}x)"))
    if "users/me" in cases:
        worst = min(report.ratio("users/me", c) for c in concurrencies)
        summary = f"users/me {worst:.3f}x bare per worker ({CURRENT_USER_RATIO}x)"
        targets.append((worst >= CURRENT_USER_RATIO, summary))

    failures = {
        row.case: row.failures
        for row in report.rows
        if row.app == "service" and row.concurrency == highest
    }
    listed = ", ".join(f"{case} {count}" for case, count in failures.items())
    targets.append((not any(failures.values()), f"errors and timeouts at {highest}: {listed}"))
    listed = ", ".join(f"{case} {'yes' if ok else 'no'}" for case, ok in report.afterwards.items())
    targets.append((all(report.afterwards.values()), f"answers normally afterwards: {listed}"))

    if "login" in cases:
        hashing = report.hasher_rate * min(report.workers, os.cpu_count() or 1)
        worst = min(report.row("login", c, "service").requests_per_second for c in concurrencies)
        summary = f"login {worst:.2f}/s, {worst / hashing:.3f}x the hasher's {hashing:.2f}/s"
        targets.append((worst >= LOGIN_RATIO * hashing, f"{summary} ({LOGIN_RATIO}x)"))
        slowest = max(probe.percentile(99) for probe in report.probes.values())
        failed = sum(probe.failures for probe in report.probes.values())
        summary = f"liveness p99 during login {slowest:.1f} ms, {failed} failed"
        met = slowest < LIVENESS_P99_DURING_LOGIN_MS and not failed
        targets.append((met, f"{summary} (under {LIVENESS_P99_DURING_LOGIN_MS:.0f} ms)"))

    largest = max(report.worker_rss_mib["service"])
    summary = f"worker resident memory {largest:.0f} MiB (under {WORKER_RSS_MIB:.0f} MiB)"
    targets.append((largest < WORKER_RSS_MIB, summary))

    print("Targets")
    for met, summary in targets:
        print(f"  {'met   ' if met else 'MISSED'} {summary}")


if __name__ == "__main__":
    main()
