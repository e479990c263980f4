from dataclasses import dataclass
from datetime import datetime
from uuid import UUID


@dataclass(frozen=True, slots=True)
class Session:
    """A signed-in device: one refresh token family, from login to logout or expiry.

    Each refresh replaces `refresh_token_id`; a refresh token whose id is not the
    current one was already used, which revokes the whole session.
    """

    id: UUID
    user_id: UUID
    refresh_token_id: UUID
    created_at: datetime
    last_used_at: datetime
    expires_at: datetime
    user_agent: str | None
    ip_address: str | None
    revoked_at: datetime | None = None

    def is_active(self, now: datetime) -> bool:
        """Return whether the session is neither revoked nor expired at `now`."""
        return self.revoked_at is None and now < self.expires_at
