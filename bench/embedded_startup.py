"""Print how long the embedded PostgreSQL and Redis servers take to start.

    uv run python -m bench.embedded_startup [--runs N]

Three cases, each timed from nothing running until both servers accept connections: the test
suite's throwaway servers (new folder, no crash safety), the first `make run-dev-local`
of a project (new folder), and a later one (existing folder). Prints the median and
the slowest of N runs.
"""

import argparse
import os
import statistics
import time
from pathlib import Path

from tests.servers import load_embedded_servers, shared_temporary_folder

embedded = load_embedded_servers()


def main() -> None:
    """Time each case and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs

    cases = {
        "tests: new folder, not durable": lambda folder: _start_both(folder, durable=False),
        "run-dev-local: first run": lambda folder: _start_both(folder, durable=True),
        "run-dev-local: later run": _restart,
    }
    print(f"{runs} runs on {os.cpu_count()} CPUs; seconds until both servers accept connections")
    print(f"{'case':<34} {'median':>7} {'slowest':>8}")
    for name, case in cases.items():
        timings = []
        for _ in range(runs):
            with shared_temporary_folder("startup-") as folder:
                timings.append(case(folder))
        print(f"{name:<34} {statistics.median(timings):>7.2f} {max(timings):>8.2f}")


def _start_both(folder: Path, *, durable: bool) -> float:
    postgres = embedded.EmbeddedPostgres(folder / "postgres", durable=durable)
    redis = embedded.EmbeddedRedis(folder / "redis", durable=durable)
    started = time.perf_counter()
    try:
        postgres.start()
        redis.start()
        return time.perf_counter() - started
    finally:
        redis.stop()
        postgres.stop()


def _restart(folder: Path) -> float:
    _start_both(folder, durable=True)
    return _start_both(folder, durable=True)


if __name__ == "__main__":
    main()
