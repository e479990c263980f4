"""Errors raised by domain rules; adapters map each to a response."""

from dataclasses import dataclass
from typing import Literal

UserField = Literal["username", "email"]


class DomainError(Exception):
    """Base class of errors that express a broken business rule, not a failure."""


class UserAlreadyExistsError(DomainError):
    """Another account already uses this username or email."""

    def __init__(self, field: UserField) -> None:
        super().__init__(f"a user with this {field} already exists")
        self.field: UserField = field


class InvalidIdentifierError(DomainError):
    """A username or email address breaks its format rules."""

    def __init__(self, field: UserField, reason: str) -> None:
        super().__init__(f"invalid {field}: {reason}")
        self.field: UserField = field
        self.reason = reason


@dataclass(frozen=True, slots=True)
class PolicyViolation:
    """One rule of the password policy that a password breaks, with its limit if any."""

    rule: Literal[
        "too_short",
        "too_long",
        "too_many_bytes",
        "missing_uppercase",
        "missing_lowercase",
        "missing_digit",
        "too_common",
    ]
    limit: int | None = None


class WeakPasswordError(DomainError):
    """A new password breaks one or more rules of the password policy."""

    def __init__(self, violations: list[PolicyViolation]) -> None:
        super().__init__(", ".join(violation.rule for violation in violations))
        self.violations = violations


class InvalidCredentialsError(DomainError):
    """The login identifier or the password is wrong; which one is not revealed."""


class InvalidCurrentPasswordError(DomainError):
    """A password change gave the wrong current password."""


class AccountDisabledError(DomainError):
    """The account was deactivated; its owner cannot sign in."""


class InvalidTokenError(DomainError):
    """A token is malformed, forged, of the wrong type or for another audience."""


class TokenExpiredError(InvalidTokenError):
    """A token was valid but its lifetime is over."""


class TokenRevokedError(InvalidTokenError):
    """A token was valid but its session ended: logout, revocation or a password change."""


class RefreshTokenReusedError(InvalidTokenError):
    """A refresh token was presented a second time, so its whole session was revoked."""


class SessionNotFoundError(DomainError):
    """No active session with this id belongs to the user."""


class TooManyAttemptsError(DomainError):
    """Too many failed password checks for one account; wait before the next one."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"retry after {retry_after} seconds")
        self.retry_after = retry_after
