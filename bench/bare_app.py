"""The baseline of the throughput benchmark: FastAPI with nothing but the routes.

It serves the service's paths with the JSON that the service returned for them, read from the
file that BARE_APP_RESPONSES names, and runs on the same server stack (gunicorn with
uvicorn workers) from the service's own environment:

    gunicorn 'bare_app:create_app()' --pythonpath bench --worker-class uvicorn_worker.UvicornWorker
"""

import json
import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI, WebSocket, WebSocketDisconnect


def create_app() -> FastAPI:
    """Build the app from the recorded responses."""
    responses: dict[str, dict[str, Any]] = json.loads(
        Path(os.environ["BARE_APP_RESPONSES"]).read_text()
    )
    app = FastAPI()

    @app.get("/api/v1/health")
    async def liveness() -> dict[str, Any]:
        return responses["liveness"]

    @app.get("/api/v1/health/ready")
    async def readiness() -> dict[str, Any]:
        return responses["readiness"]

    @app.get("/api/v1/users/me")
    async def current_user() -> dict[str, Any]:
        return responses["current_user"]

    @app.post("/api/v1/auth/login")
    async def login() -> dict[str, Any]:
        return responses["login"]

    @app.websocket("/ws/health")
    async def health_socket(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.send_json(responses["liveness"])
        try:
            while True:
                await websocket.receive_text()
                await websocket.send_json(responses["liveness"])
        except WebSocketDisconnect:
            return

    return app
