"""Live updates about an account, sent to the sockets its user has open."""

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol
from uuid import UUID


class AccountEventType(StrEnum):
    """The kind of change to an account."""

    SESSION_CREATED = "session_created"
    SESSIONS_REVOKED = "sessions_revoked"
    PASSWORD_CHANGED = "password_changed"  # noqa: S105 - an event name, not a password
    ACCOUNT_DEACTIVATED = "account_deactivated"


class RevocationReason(StrEnum):
    """The cause of ended sessions, given in a SESSIONS_REVOKED event."""

    LOGOUT = "logout"
    SESSION_REVOKED = "session_revoked"
    PASSWORD_CHANGED = "password_changed"  # noqa: S105 - an event name, not a password
    REFRESH_TOKEN_REUSED = "refresh_token_reused"  # noqa: S105 - a reason, not a token
    ACCOUNT_DEACTIVATED = "account_deactivated"
    ACCOUNT_TAKEN_OVER = "account_taken_over"


@dataclass(frozen=True, slots=True)
class AccountEvent:
    """One change to an account that its user's open sockets hear about."""

    type: AccountEventType
    user_id: UUID
    # The sessions created or ended; empty for events about the whole account.
    session_ids: tuple[UUID, ...] = field(default=())
    reason: RevocationReason | None = None


class AccountEventPublisher(Protocol):
    """Delivers account events to every process that has a socket of the user open."""

    async def publish(self, events: list[AccountEvent]) -> None:
        """Send the events of a committed transaction, in the order given.

        Delivery is at most once: a process that is not subscribed at that moment misses
        them. So open sockets also re-check their token periodically.
        """
        ...
