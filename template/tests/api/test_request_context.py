import logging

import pytest
from httpx2 import AsyncClient


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
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    response = await client.get(
        "/api/v1/health?token=do-not-log",
        headers={"X-Request-ID": "trace-1"},
    )

    events = [r.msg for r in caplog.records if isinstance(r.msg, dict)]
    [finished] = [e for e in events if e.get("event") == "request_finished"]
    assert finished["request_id"] == "trace-1"
    assert finished["method"] == "GET"
    assert finished["path"] == "/api/v1/health"
    assert finished["status"] == response.status_code
    assert finished["duration_ms"] >= 0
    assert "do-not-log" not in str(finished)
