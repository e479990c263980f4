import pytest
from httpx2 import AsyncClient
from structlog.typing import EventDict


async def test_request_id_is_generated(client: AsyncClient) -> None:
    first = await client.get("/api/v1/health")
    second = await client.get("/api/v1/health")
    assert len(first.headers["x-request-id"]) == 32
    assert first.headers["x-request-id"] != second.headers["x-request-id"]


async def test_valid_incoming_request_id_is_kept(client: AsyncClient) -> None:
    response = await client.get("/api/v1/health", headers={"X-Request-ID": "edge-42.a:b_c"})
    assert response.headers["x-request-id"] == "edge-42.a:b_c"


@pytest.mark.parametrize("incoming", ["has space", "x" * 129, "line\nbreak", "<script>"])
async def test_unsafe_incoming_request_id_is_replaced(client: AsyncClient, incoming: str) -> None:
    response = await client.get("/api/v1/health", headers={"X-Request-ID": incoming})
    assert response.headers["x-request-id"] != incoming
    assert len(response.headers["x-request-id"]) == 32


async def test_request_is_logged_with_its_id(
    client: AsyncClient,
    log_events: list[EventDict],
) -> None:
    response = await client.get(
        "/api/v1/users/me?token=do-not-log",
        headers={"X-Request-ID": "trace-1"},
    )

    [finished] = [e for e in log_events if e["event"] == "request_finished"]
    assert finished["log_level"] == "info"
    assert finished["request_id"] == "trace-1"
    assert finished["method"] == "GET"
    assert finished["path"] == "/api/v1/users/me"
    assert finished["status"] == response.status_code == 401
    assert finished["duration_ms"] >= 0
    assert "do-not-log" not in str(finished)


@pytest.mark.parametrize("path", ["/api/v1/health", "/api/v1/health/ready"])
async def test_answered_probes_are_not_logged_at_info(
    client: AsyncClient,
    log_events: list[EventDict],
    path: str,
) -> None:
    response = await client.get(path)

    assert response.status_code == 200
    assert [e for e in log_events if e["event"] == "request_finished"] == []


async def test_probe_that_fails_is_logged(
    client: AsyncClient,
    log_events: list[EventDict],
) -> None:
    response = await client.post("/api/v1/health")

    assert response.status_code == 405
    [finished] = [e for e in log_events if e["event"] == "request_finished"]
    assert finished["log_level"] == "info"
    assert finished["status"] == 405
