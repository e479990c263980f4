"""WebSocket round trips on many connections at once; prints the figures as JSON.

    python -m bench.websocket_load ws://127.0.0.1:8000/ws/health --connections 64 --seconds 5

Each connection reads the greeting the endpoint sends on connect, then sends a message
and waits for the reply, over and over, until the time is up. A connection that fails or
closes counts one error and is not replaced; a reply slower than --timeout counts one
timeout and ends that connection.
"""

import argparse
import asyncio
import json
import statistics
import time
from dataclasses import dataclass, field

from websockets.asyncio.client import connect
from websockets.exceptions import WebSocketException


@dataclass
class Tally:
    """Latencies and failures of every connection, shared between them."""

    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    timeouts: int = 0


async def _connection(url: str, deadline: float, answer_timeout: float, tally: Tally) -> None:
    try:
        async with connect(url, open_timeout=answer_timeout, compression=None) as websocket:
            await asyncio.wait_for(websocket.recv(), answer_timeout)
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                await websocket.send("ping")
                await asyncio.wait_for(websocket.recv(), answer_timeout)
                tally.latencies_ms.append((time.perf_counter() - started) * 1000)
    except TimeoutError:
        tally.timeouts += 1
    except (OSError, WebSocketException):
        tally.errors += 1


async def _run(
    url: str, connections: int, seconds: float, answer_timeout: float
) -> dict[str, float]:
    tally = Tally()
    started = time.perf_counter()
    deadline = started + seconds
    await asyncio.gather(
        *(_connection(url, deadline, answer_timeout, tally) for _ in range(connections))
    )
    elapsed = time.perf_counter() - started
    latencies = tally.latencies_ms
    if len(latencies) < 2:  # noqa: PLR2004 - quantiles needs two values
        latencies = (latencies or [float("nan")]) * 2
    percentiles = statistics.quantiles(latencies, n=100, method="inclusive")
    return {
        "round_trips": len(tally.latencies_ms),
        "seconds": elapsed,
        "p50_ms": percentiles[49],
        "p99_ms": percentiles[98],
        "errors": tally.errors,
        "timeouts": tally.timeouts,
    }


def main() -> None:
    """Run the load that the arguments describe and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--timeout", type=float, default=10.0)
    arguments = parser.parse_args()
    report = asyncio.run(
        _run(arguments.url, arguments.connections, arguments.seconds, arguments.timeout),
    )
    print(json.dumps(report))


if __name__ == "__main__":
    main()
