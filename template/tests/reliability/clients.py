"""Calls that the reliability tests make to a service process over HTTP."""

from typing import Any

import httpx2

from tests.api.auth_helpers import PASSWORD, SignedIn

# A bound on every request: a service that hangs fails the test instead of blocking it.
REQUEST_TIMEOUT = 20.0
UNAVAILABLE = {
    "en": "A service that this request needs is unavailable. Try again shortly.",
    "fa": "سرویسی که این درخواست به آن نیاز دارد در دسترس نیست. کمی بعد دوباره تلاش کنید.",
    "ar": "إحدى الخدمات التي يحتاجها هذا الطلب غير متاحة. أعد المحاولة بعد قليل.",
}


def register(client: httpx2.Client, username: str, **params: str) -> httpx2.Response:
    """Create an account with the test password."""
    return client.post(
        "/api/v1/auth/register",
        json={"username": username, "email": f"{username}@example.com", "password": PASSWORD},
        params=params,
    )


def login(client: httpx2.Client, username: str) -> httpx2.Response:
    """Sign in with the test password."""
    return client.post("/api/v1/auth/login", json={"username": username, "password": PASSWORD})


def sign_in(client: httpx2.Client, username: str) -> SignedIn:
    """Sign in, failing the test unless it succeeds."""
    response = login(client, username)
    assert response.status_code == 200, response.text
    tokens = response.json()
    return SignedIn(username, tokens["access_token"], tokens["refresh_token"])


def me(client: httpx2.Client, user: SignedIn, **params: str) -> httpx2.Response:
    """Read the profile of the signed-in user."""
    return client.get("/api/v1/users/me", headers=user.headers, params=params)


def refresh(client: httpx2.Client, user: SignedIn) -> httpx2.Response:
    """Exchange the user's refresh token."""
    return client.post("/api/v1/auth/refresh", json={"refresh_token": user.refresh_token})


def ready(client: httpx2.Client) -> httpx2.Response:
    """Call the readiness endpoint."""
    return client.get("/api/v1/health/ready")


def unavailable_targets(response: httpx2.Response) -> list[str]:
    """Return the dependencies that a 503 error names in its details."""
    body: dict[str, Any] = response.json()
    return [detail["target"] for detail in body.get("details", [])]
