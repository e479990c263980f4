"""Load generators and machine readings for the throughput benchmark.

HTTP load comes from wrk (Debian's package), WebSocket load from bench.websocket_load,
and a slow steady probe from `Probe`. Each run also reads how much CPU time the
hypervisor took away (steal), from /proc/stat.
"""

import http.client
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

# wrk calls `done` once, after the run; it prints the figures as one JSON line.
_WRK_REPORT = """
function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "seconds": %f, "connect": %d, "read": %d, "write": %d, ' ..
    '"status": %d, "timeout": %d, "p50_ms": %f, "p99_ms": %f}\\n',
    summary.requests, summary.duration / 1e6, errors.connect, errors.read, errors.write,
    errors.status, errors.timeout, latency:percentile(50) / 1e3, latency:percentile(99) / 1e3))
end
"""


@dataclass(frozen=True)
class Request:
    """An HTTP request that every connection of a run sends, over and over."""

    path: str
    method: str = "GET"
    headers: Mapping[str, str] = field(default_factory=dict)
    body: str | None = None


@dataclass(frozen=True)
class Result:
    """The figures of one run: throughput, latency, failures and CPU steal."""

    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int
    timeouts: int
    steal: float


def require_wrk() -> str:
    """Return the path of wrk, or stop with how to install it."""
    wrk = shutil.which("wrk")
    if wrk is None:
        sys.exit("wrk is not installed; on Debian or Ubuntu: apt-get install wrk")
    return wrk


def run_wrk(
    base_url: str,
    request: Request,
    *,
    concurrency: int,
    seconds: float,
    timeout: float,
) -> Result:
    """Drive `request` with `concurrency` connections for `seconds`; return the figures."""
    script = _wrk_script(request)
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script_file:
        script_file.write(script)
        script_file.flush()
        command = [
            require_wrk(),
            f"--connections={concurrency}",
            f"--threads={min(2, concurrency)}",
            f"--duration={max(1, round(seconds))}s",
            f"--timeout={max(1, round(timeout))}s",
            f"--script={script_file.name}",
            base_url + request.path,
        ]
        with measure_steal() as steal:
            output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    report = json.loads(next(line for line in output.splitlines() if line.startswith("{")))
    return Result(
        requests_per_second=report["requests"] / report["seconds"],
        p50_ms=report["p50_ms"],
        p99_ms=report["p99_ms"],
        # wrk counts a status of 400 or above as an error, and a timeout apart.
        errors=report["connect"] + report["read"] + report["write"] + report["status"],
        timeouts=report["timeout"],
        steal=steal.fraction,
    )


def run_websocket(url: str, *, concurrency: int, seconds: float, timeout: float) -> Result:
    """Drive WebSocket round trips on `concurrency` connections; return the figures."""
    command = [
        sys.executable,
        "-m",
        "bench.websocket_load",
        url,
        f"--connections={concurrency}",
        f"--seconds={seconds}",
        f"--timeout={timeout}",
    ]
    with measure_steal() as steal:
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    report = json.loads(output)
    return Result(
        requests_per_second=report["round_trips"] / report["seconds"],
        p50_ms=report["p50_ms"],
        p99_ms=report["p99_ms"],
        errors=report["errors"],
        timeouts=report["timeouts"],
        steal=steal.fraction,
    )


def _wrk_script(request: Request) -> str:
    lines = [f"wrk.method = {_lua_string(request.method)}"]
    if request.body is not None:
        lines.append(f"wrk.body = {_lua_string(request.body)}")
    lines += [
        f"wrk.headers[{_lua_string(name)}] = {_lua_string(value)}"
        for name, value in request.headers.items()
    ]
    return "\n".join(lines) + "\n" + _WRK_REPORT


def _lua_string(value: str) -> str:
    # A JSON string is a valid Lua string for the ASCII that the harness sends.
    return json.dumps(value)


@dataclass
class Steal:
    """The share of CPU time that the hypervisor gave to other machines during a run."""

    fraction: float = 0.0


@contextmanager
def measure_steal() -> Iterator[Steal]:
    """Measure the steal share over the block, from the `cpu` line of /proc/stat."""
    steal = Steal()
    before = _cpu_times()
    yield steal
    after = _cpu_times()
    total = sum(after) - sum(before)
    # Fields: user nice system idle iowait irq softirq steal guest guest_nice.
    steal.fraction = (after[7] - before[7]) / total if total else 0.0


def _cpu_times() -> list[int]:
    with Path("/proc/stat").open() as stat:
        fields = stat.readline().split()
    return [int(value) for value in fields[1:9]]


class Probe:
    """Sends one request at a time at a steady rate, as a health check would.

    Runs in a thread while `running()` is entered, as often as needed, and keeps the
    latencies of every round. A request that fails, returns a status other than 200 or
    takes longer than `timeout` counts as a failure.
    """

    def __init__(
        self, host: str, port: int, path: str, *, per_second: float, timeout: float
    ) -> None:
        self._address = (host, port)
        self._path = path
        self._interval = 1 / per_second
        self._timeout = timeout
        self.latencies_ms: list[float] = []
        self.failures = 0

    @contextmanager
    def running(self) -> Iterator[None]:
        """Probe in the background for the duration of the block."""
        stop = threading.Event()
        thread = threading.Thread(target=self._run, args=(stop,), daemon=True)
        thread.start()
        try:
            yield
        finally:
            stop.set()
            thread.join()

    def percentile(self, percent: int) -> float:
        """Return the latency below which `percent` of the probe's requests finished."""
        if len(self.latencies_ms) < 2:  # noqa: PLR2004 - quantiles needs two values
            return self.latencies_ms[0] if self.latencies_ms else float("nan")
        return statistics.quantiles(self.latencies_ms, n=100, method="inclusive")[percent - 1]

    def _run(self, stop: threading.Event) -> None:
        connection = http.client.HTTPConnection(*self._address, timeout=self._timeout)
        next_at = time.perf_counter()
        while not stop.is_set():
            started = time.perf_counter()
            try:
                connection.request("GET", self._path)
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException):
                self.failures += 1
                connection.close()
            else:
                if response.status == http.HTTPStatus.OK:
                    self.latencies_ms.append((time.perf_counter() - started) * 1000)
                else:
                    self.failures += 1
            next_at += self._interval
            stop.wait(max(0.0, next_at - time.perf_counter()))
        connection.close()
