import os
import re
import time
from collections.abc import Collection
from http import HTTPStatus
from typing import Final

import structlog
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.types import Message as ASGIMessage

REQUEST_ID_HEADER: Final = "x-request-id"
_REQUEST_ID_HEADER_BYTES: Final = REQUEST_ID_HEADER.encode()
# A caller's id is kept only if it is short and safe to write into logs and headers.
_VALID_REQUEST_ID: Final = re.compile(rb"[A-Za-z0-9._:-]{1,128}")

logger = structlog.get_logger(__name__)


class RequestContextMiddleware:
    """Give each request and WebSocket connection an id, and log one event for it.

    The id comes from the caller's `X-Request-ID` header when it is valid, else it is
    generated. It is bound to every log line written while the request runs and sent
    back in the `X-Request-ID` header, also on CORS preflight responses and WebSocket
    handshakes. The event has the method, the path without its query string (which
    may carry secrets), the status, the duration and the client address.

    Successful requests to `probe_paths` are logged at DEBUG: an orchestrator probes
    every instance every few seconds, and at INFO those lines would drown the rest.
    """

    def __init__(self, app: ASGIApp, *, probe_paths: Collection[str] = ()) -> None:
        self.app = app
        self.probe_paths = frozenset(probe_paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the request with its id bound, then log it."""
        if scope["type"] not in {"http", "websocket"}:
            await self.app(scope, receive, send)
            return

        request_id = _request_id_from(scope)
        request_id_header = (_REQUEST_ID_HEADER_BYTES, request_id.encode())
        scope.setdefault("state", {})["request_id"] = request_id
        # Stays 500 if the application raises before it starts a response.
        status_code = HTTPStatus.INTERNAL_SERVER_ERROR.value

        async def send_with_request_id(message: ASGIMessage) -> None:
            nonlocal status_code
            if message["type"] == "http.response.start":
                status_code = int(message["status"])
                message["headers"] = [*message.get("headers", ()), request_id_header]
            elif message["type"] == "websocket.accept":
                message = {**message, "headers": [*message.get("headers", ()), request_id_header]}
            await send(message)

        started_at = time.perf_counter()
        context = structlog.contextvars.bind_contextvars(request_id=request_id)
        try:
            await self.app(scope, receive, send_with_request_id)
        finally:
            self._log(scope, status_code, time.perf_counter() - started_at)
            structlog.contextvars.reset_contextvars(**context)

    def _log(self, scope: Scope, status_code: int, duration: float) -> None:
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
        elif scope["path"] in self.probe_paths and status_code < HTTPStatus.BAD_REQUEST:
            logger.debug("request_finished", status=status_code, **fields)
        else:
            logger.info("request_finished", status=status_code, **fields)


def _request_id_from(scope: Scope) -> str:
    for name, value in scope["headers"]:
        if name == _REQUEST_ID_HEADER_BYTES:
            if _VALID_REQUEST_ID.fullmatch(value):
                request_id: str = value.decode("ascii")
                return request_id
            break
    # 128 random bits, as in a version 4 UUID, without the cost of building one.
    return os.urandom(16).hex()
