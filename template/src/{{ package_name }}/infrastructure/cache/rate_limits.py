"""Rate limits shared by every worker and replica, in Redis (moving window)."""

import math
import time

from limits import RateLimitItem, parse
from limits.aio.storage import RedisStorage
from limits.aio.strategies import MovingWindowRateLimiter
from redis.asyncio import Redis


class RateLimiter:
    """Count hits per limit and key; report how long a caller over the limit must wait.

    The moving window counts every hit of the last period exactly, so a burst at the
    edge of two fixed windows cannot pass twice the limit.
    """

    def __init__(self, redis: Redis, *, key_prefix: str, enabled: bool) -> None:
        # limits talks to the service's own connection pool through redis-py. Its type
        # hints allow only scalar options, though it documents and accepts a pool.
        storage = RedisStorage(
            "async+redis://",
            implementation="redispy",
            key_prefix=f"{key_prefix}:limits",
            connection_pool=redis.connection_pool,  # type: ignore[arg-type]
        )
        self._limiter = MovingWindowRateLimiter(storage)
        self._enabled = enabled

    async def hit(self, limit: RateLimitItem, *key: str) -> int | None:
        """Count one hit; return None if allowed, else the seconds until one is allowed."""
        if not self._enabled:
            return None
        if await self._limiter.hit(limit, *key):
            return None
        return await self._seconds_until_allowed(limit, *key)

    async def blocked_for(self, limit: RateLimitItem, *key: str) -> int | None:
        """Without counting a hit, return the seconds until one is allowed, or None."""
        if not self._enabled or await self._limiter.test(limit, *key):
            return None
        return await self._seconds_until_allowed(limit, *key)

    async def _seconds_until_allowed(self, limit: RateLimitItem, *key: str) -> int:
        stats = await self._limiter.get_window_stats(limit, *key)
        return max(1, math.ceil(stats.reset_time - time.time()))


class RedisLoginThrottle:
    """The login throttle: failed password checks per account, within one limit."""

    def __init__(self, limiter: RateLimiter, limit: RateLimitItem) -> None:
        self._limiter = limiter
        self._limit = limit

    async def blocked_for(self, account: str) -> int | None:
        """Return the seconds until `account` may try again, or None if it may now."""
        return await self._limiter.blocked_for(self._limit, "password-failures", account)

    async def record_failure(self, account: str) -> None:
        """Count one failed password check for `account`."""
        await self._limiter.hit(self._limit, "password-failures", account)


def parse_limit(text: str) -> RateLimitItem:
    """Parse a limit such as "5/minute" or "100 per hour"."""
    return parse(text)
