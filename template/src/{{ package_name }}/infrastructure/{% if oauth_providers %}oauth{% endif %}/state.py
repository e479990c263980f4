"""Where a started sign-in keeps its state, nonce and PKCE verifier until the callback.

The data lives in Redis under a short expiry. The browser's session cookie contains only
a marker per started sign-in, which ties the callback to the browser that started it
(RFC 6749, section 10.12) and contains nothing secret.
"""

import json
import time
from typing import Any, Final

from authlib.integrations.starlette_client import StarletteIntegration
from redis.asyncio import Redis

# Sign-ins per provider that one browser may have under way; the oldest marker goes first.
MAX_PENDING_SIGN_INS: Final = 5


class RedisStateCache:
    """The data of started sign-ins in Redis, under the service's key prefix."""

    def __init__(self, redis: Redis, *, key_prefix: str, lifetime_seconds: int) -> None:
        self._redis = redis
        self._prefix = f"{key_prefix}:oauth:"
        self.lifetime_seconds = lifetime_seconds

    async def set(self, key: str, value: str, expires: int | None = None) -> None:
        """Store `value` for the configured lifetime; Authlib's own `expires` is ignored."""
        del expires
        await self._redis.set(self._prefix + key, value, ex=self.lifetime_seconds)

    async def pop(self, key: str) -> str | None:
        """Return the value stored under `key` and remove it, in one atomic step."""
        value = await self._redis.getdel(self._prefix + key)
        return _as_text(value)


class RedisStateIntegration(StarletteIntegration):
    """Authlib's Starlette integration, changed so that each started sign-in can finish once.

    Authlib drops the markers of a provider's earlier sign-ins whenever a new one starts,
    so of two sign-ins started in two tabs only the last could finish. Here each marker
    stays until it expires, and reading a state's data deletes it, so a replayed or a
    concurrent second callback finds nothing.
    """

    def __init__(self, name: str, cache: RedisStateCache) -> None:
        super().__init__(name, cache)
        self.cache: RedisStateCache = cache
        self.expires_in = cache.lifetime_seconds

    async def get_state_data(
        self,
        session: dict[str, Any] | None,
        state: str | None,
    ) -> dict[str, Any] | None:
        """Return the data of `state` once, if this browser started it and it has not expired."""
        key = self._key(state)
        if session is None or key not in session:
            return None
        session.pop(key)
        raw = await self.cache.pop(key)
        if raw is None:
            return None
        stored = json.loads(raw)
        data: dict[str, Any] | None = stored.get("data") if isinstance(stored, dict) else None
        return data

    async def set_state_data(
        self,
        session: dict[str, Any] | None,
        state: str,
        data: dict[str, Any],
    ) -> None:
        """Store the data of a new sign-in and mark it in the browser's session."""
        if session is None:
            message = "a sign-in needs the session middleware to tie it to the browser"
            raise RuntimeError(message)
        key = self._key(state)
        await self.cache.set(key, json.dumps({"data": data}))
        self._clear_session_state(session)
        pending = sorted(
            (name for name in session if name.startswith(self._key(""))),
            key=lambda name: session[name].get("exp", 0),
        )
        for name in pending[: max(0, len(pending) - MAX_PENDING_SIGN_INS + 1)]:
            session.pop(name)
        session[key] = {"exp": time.time() + self.expires_in}

    async def clear_state_data(self, session: dict[str, Any] | None, state: str | None) -> None:
        """Drop expired markers; reading the state already removed its data and marker.

        Authlib's own version deletes the state's data on every callback, so a callback
        from a browser that did not start the sign-in would cancel it for the one that did.
        """
        del state
        if session is not None:
            self._clear_session_state(session)

    def _key(self, state: str | None) -> str:
        return f"_state_{self.name}_{state}"


def _as_text(value: bytes | str | None) -> str | None:
    # The service's client decodes replies (see cache/redis.py); another client may not.
    return value.decode() if isinstance(value, bytes) else value
