"""Print how many password checks per second a service's hasher does, one at a time.

    .venv/bin/python -m bench.hasher_rate PACKAGE ALGORITHM [--seconds S]

Runs in the environment of a rendered service, whose package it imports; the checks go
through the service's own hasher, as a login's do.
"""

import argparse
import asyncio
import importlib
import time

PASSWORD = "Correct-horse-battery-7"  # noqa: S105 - a benchmark's own throwaway password


async def _rate(package: str, algorithm: str, seconds: float) -> float:
    passwords = importlib.import_module(f"{package}.infrastructure.security.passwords")
    hasher = passwords.PwdlibPasswordHasher(algorithm)
    password_hash = await hasher.hash(PASSWORD)
    checks = 0
    started = time.perf_counter()
    while (elapsed := time.perf_counter() - started) < seconds:
        check = await hasher.check(PASSWORD, password_hash)
        if not check.valid:
            message = "the hasher rejected the password it had just hashed"
            raise RuntimeError(message)
        checks += 1
    return checks / elapsed


def main() -> None:
    """Print the rate as a bare number."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package")
    parser.add_argument("algorithm")
    parser.add_argument("--seconds", type=float, default=3.0)
    arguments = parser.parse_args()
    print(asyncio.run(_rate(arguments.package, arguments.algorithm, arguments.seconds)))


if __name__ == "__main__":
    main()
