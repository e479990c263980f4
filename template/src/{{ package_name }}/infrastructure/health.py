"""Readiness checks of the services this one depends on."""

import asyncio
from collections.abc import Awaitable, Callable, Mapping

import structlog
from redis.asyncio import Redis
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

logger = structlog.get_logger(__name__)

Check = Callable[[], Awaitable[object]]


async def ping_postgres(engine: AsyncEngine) -> None:
    """Run a trivial query on a pooled connection."""
    async with engine.connect() as connection:
        await connection.execute(text("SELECT 1"))


async def ping_redis(client: Redis) -> None:
    """Send PING."""
    await client.ping()


class SharedChecks:
    """Checks whose concurrent callers share one run.

    A caller that arrives while the checks run waits for that run's result instead of
    starting its own, so a burst of readiness probes costs one round trip to each
    dependency and cannot take the pooled connections that requests need.
    """

    def __init__(self, checks: Mapping[str, Check], *, timeout_per_check: float) -> None:
        self.names = tuple(checks)
        self._checks = checks
        self._timeout = timeout_per_check
        self._running: asyncio.Task[list[str]] | None = None

    async def find_unavailable(self) -> list[str]:
        """Return the names of the dependencies that failed or timed out in this run."""
        if self._running is None:
            self._running = asyncio.create_task(find_unavailable(self._checks, self._timeout))
            self._running.add_done_callback(self._finished)
        # A caller that goes away must not cancel the run that others wait for.
        return await asyncio.shield(self._running)

    def _finished(self, _: asyncio.Task[list[str]]) -> None:
        self._running = None


class DependenciesUnavailableError(RuntimeError):
    """Dependencies did not respond within the start-up wait; the message names them."""


async def wait_until_available(
    checks: SharedChecks,
    *,
    wait_seconds: float,
    interval: float = 0.5,
) -> None:
    """Repeat the checks every `interval` seconds until every dependency responds.

    Raises:
        DependenciesUnavailableError: some still failed after `wait_seconds`.

    """
    deadline = asyncio.get_running_loop().time() + wait_seconds
    while unavailable := await checks.find_unavailable():
        if asyncio.get_running_loop().time() + interval > deadline:
            logger.error("dependencies_unavailable_at_startup", unavailable=unavailable)
            names = ", ".join(unavailable)
            message = (
                f"Could not reach {names} within {wait_seconds:g} s of start-up "
                "(STARTUP_DEPENDENCY_TIMEOUT). Start it, check its URL in the settings, "
                "or unset REQUIRE_DEPENDENCIES_AT_STARTUP to start without it."
            )
            raise DependenciesUnavailableError(message)
        logger.info("waiting_for_dependencies", unavailable=unavailable)
        await asyncio.sleep(interval)


async def find_unavailable(checks: Mapping[str, Check], timeout_per_check: float) -> list[str]:
    """Run the checks concurrently; return the names of those that failed or timed out.

    Each check has its own time limit, so one slow dependency cannot hide the state of
    the others.
    """
    names = list(checks)
    results = await asyncio.gather(
        *(_run_check(name, checks[name], timeout_per_check) for name in names),
    )
    return [name for name, available in zip(names, results, strict=True) if not available]


async def _run_check(name: str, check: Check, seconds: float) -> bool:
    try:
        async with asyncio.timeout(seconds):
            await check()
    except TimeoutError:
        logger.warning("dependency_check_timed_out", dependency=name, timeout_seconds=seconds)
        return False
    except Exception as error:  # noqa: BLE001 - any failure means "not ready", and is logged
        logger.warning("dependency_check_failed", dependency=name, error=repr(error))
        return False
    return True
