import re
import time
from http import HTTPStatus
from typing import Final
from uuid import uuid4

import structlog
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.types import Message as ASGIMessage

REQUEST_ID_HEADER: Final = "x-request-id"
# A caller's id is kept only if it is short and safe to write into logs and headers.
_VALID_REQUEST_ID: Final = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")

logger = structlog.get_logger(__name__)


class RequestContextMiddleware:
    """Give each request and WebSocket connection an id, and log one event for it.

    The id comes from the caller's `X-Request-ID` header when it is valid, else it is
    generated. It is bound to every log line written while the request runs and sent
    back in the `X-Request-ID` header, also on CORS preflight responses and WebSocket
    handshakes. The event has the method, the path without its query string (which
    may carry secrets), the status, the duration and the client address.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the request with its id bound, then log it."""
        if scope["type"] not in {"http", "websocket"}:
            await self.app(scope, receive, send)
            return

        request_id = _request_id_from(Headers(scope=scope))
        scope.setdefault("state", {})["request_id"] = request_id
        # Stays 500 if the application raises before it starts a response.
        status_code = HTTPStatus.INTERNAL_SERVER_ERROR.value

        async def send_with_request_id(message: ASGIMessage) -> None:
            nonlocal status_code
            if message["type"] == "http.response.start":
                status_code = int(message["status"])
                MutableHeaders(scope=message).append(REQUEST_ID_HEADER, request_id)
            elif message["type"] == "websocket.accept":
                headers = list(message.get("headers", []))
                headers.append((REQUEST_ID_HEADER.encode(), request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        started_at = time.perf_counter()
        with structlog.contextvars.bound_contextvars(request_id=request_id):
            try:
                await self.app(scope, receive, send_with_request_id)
            finally:
                _log_request(scope, status_code, time.perf_counter() - started_at)


def _request_id_from(headers: Headers) -> str:
    incoming = headers.get(REQUEST_ID_HEADER)
    if incoming and _VALID_REQUEST_ID.match(incoming):
        return incoming
    return uuid4().hex


def _log_request(scope: Scope, status_code: int, duration: float) -> None:
    client = scope.get("client")
    fields = {
        "method": scope.get("method", "WEBSOCKET"),
        "path": scope["path"],
        "duration_ms": round(duration * 1000, 2),
        "client": client[0] if client else None,
    }
    if scope["type"] == "websocket":
        logger.info("websocket_closed", **fields)
    elif status_code >= HTTPStatus.INTERNAL_SERVER_ERROR:
        logger.error("request_finished", status=status_code, **fields)
    else:
        logger.info("request_finished", status=status_code, **fields)
