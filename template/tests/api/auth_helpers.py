"""Steps that many authentication tests share: create an account, sign in, call as it."""

from dataclasses import dataclass
from typing import Any

from httpx2 import AsyncClient

# Meets the password policy: long enough, mixed case, a digit, not a common password.
PASSWORD = "Correct-Horse-7-Battery"


@dataclass(frozen=True)
class SignedIn:
    """A registered user and the token pair of one of their sessions."""

    username: str
    access_token: str
    refresh_token: str

    @property
    def headers(self) -> dict[str, str]:
        """The Authorization header that sends the access token."""
        return {"Authorization": f"Bearer {self.access_token}"}


async def register(
    client: AsyncClient,
    username: str = "ada",
    password: str = PASSWORD,
    **headers: str,
) -> dict[str, Any]:
    """Create an account and return the response body; fail the test on any error."""
    response = await client.post(
        "/api/v1/auth/register",
        json={"username": username, "email": f"{username}@example.com", "password": password},
        headers=headers,
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def login(client: AsyncClient, username: str = "ada", password: str = PASSWORD) -> SignedIn:
    """Sign in with JSON credentials; fail the test on any error."""
    response = await client.post(
        "/api/v1/auth/login",
        json={"username": username, "password": password},
    )
    assert response.status_code == 200, response.text
    tokens = response.json()
    return SignedIn(username, tokens["access_token"], tokens["refresh_token"])


async def register_and_login(client: AsyncClient, username: str = "ada") -> SignedIn:
    """Create an account and sign it in."""
    await register(client, username)
    return await login(client, username)
