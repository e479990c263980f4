"""Start-up of the service while PostgreSQL or Redis is down."""

import httpx2
import pytest

from tests.reliability.clients import REQUEST_TIMEOUT, ready, unavailable_targets
from tests.reliability.conftest import MakeService, service_environment
from tests.reliability.servers import (
    STOP_TIMEOUT,
    PostgresServer,
    RedisServer,
    is_listening,
    wait_until,
)

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("dependencies_running")]


def test_starts_without_dependencies_then_ready(
    postgres: PostgresServer,
    redis: RedisServer,
    migrated_database: str,
    make_service: MakeService,
) -> None:
    postgres.stop()
    redis.stop()
    service = make_service(service_environment(migrated_database, redis))
    service.start()

    with httpx2.Client(base_url=service.base_url, timeout=REQUEST_TIMEOUT) as client:
        readiness = ready(client)
        assert readiness.status_code == 503
        assert unavailable_targets(readiness) == ["postgres", "redis"]
        assert client.get("/api/v1/health").status_code == 200

        postgres.start()
        redis.start()
        wait_until(lambda: ready(client).status_code == 200, 30, "readiness reports ready")


def test_required_dependencies_are_awaited(
    redis: RedisServer,
    migrated_database: str,
    make_service: MakeService,
) -> None:
    redis.stop()
    environment = requiring_dependencies(migrated_database, redis, timeout="60")
    service = make_service(environment)
    process = service.spawn()
    wait_until(lambda: "waiting_for_dependencies" in service.log, 30, "start-up waits")
    # uvicorn opens its port only after the application has started.
    assert not is_listening(service.port)
    assert process.poll() is None

    redis.start()
    wait_until(lambda: is_listening(service.port), 30, "the service listens")
    with httpx2.Client(base_url=service.base_url, timeout=REQUEST_TIMEOUT) as client:
        assert ready(client).status_code == 200


def test_required_dependency_missing_exits(
    postgres: PostgresServer,
    redis: RedisServer,
    migrated_database: str,
    make_service: MakeService,
) -> None:
    postgres.stop()
    environment = requiring_dependencies(migrated_database, redis, timeout="1")
    service = make_service(environment)
    process = service.spawn()

    exit_code = process.wait(STOP_TIMEOUT)

    assert exit_code != 0
    assert "Could not reach postgres within 1 s of start-up" in service.log
    assert "dependencies_unavailable_at_startup" in service.log
    assert not is_listening(service.port)


def requiring_dependencies(
    database_url: str, redis: RedisServer, *, timeout: str
) -> dict[str, str]:
    """Return a service environment that waits up to `timeout` seconds for its servers."""
    return service_environment(
        database_url,
        redis,
        REQUIRE_DEPENDENCIES_AT_STARTUP="true",
        STARTUP_DEPENDENCY_TIMEOUT=timeout,
    )
