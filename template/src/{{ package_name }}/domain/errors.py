"""Errors raised by domain rules; adapters map each to a response."""

from typing import Literal

UserField = Literal["username", "email"]


class DomainError(Exception):
    """Base class of errors that express a broken business rule, not a failure."""


class UserAlreadyExistsError(DomainError):
    """Another account already uses this username or email."""

    def __init__(self, field: UserField) -> None:
        super().__init__(f"a user with this {field} already exists")
        self.field: UserField = field
