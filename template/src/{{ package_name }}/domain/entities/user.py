from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID


@dataclass(frozen=True, slots=True)
class User:
    """A person or client that has an account with the service."""

    id: UUID
    username: str
    email: str
    is_active: bool
    created_at: datetime
    # None for an account that signs in only through an external provider.
    password_hash: str | None = field(default=None, repr=False)
    # Whether an external provider vouched for the address; registration does not.
    email_verified: bool = False

    @property
    def profile(self) -> "UserProfile":
        """Return the public part of the account."""
        return UserProfile(
            id=self.id,
            username=self.username,
            email=self.email,
            is_active=self.is_active,
            created_at=self.created_at,
        )


@dataclass(frozen=True, slots=True)
class UserProfile:
    """The public part of an account: the user without its credentials.

    The session cache keeps it, so that a signed-in request needs no database read.
    """

    id: UUID
    username: str
    email: str
    is_active: bool
    created_at: datetime
