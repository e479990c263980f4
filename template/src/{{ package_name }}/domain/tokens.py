"""What the service puts in, and reads from, its access and refresh tokens."""

from dataclasses import dataclass
from datetime import datetime
from typing import Literal
from uuid import UUID

TokenType = Literal["access", "refresh"]


@dataclass(frozen=True, slots=True)
class TokenClaims:
    """The verified claims of a token that the service issued."""

    user_id: UUID
    session_id: UUID
    token_id: UUID
    token_type: TokenType
    issued_at: datetime
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class TokenPair:
    """What a successful login or refresh returns."""

    access_token: str
    refresh_token: str
    access_expires_in: int  # seconds


@dataclass(frozen=True, slots=True)
class Principal:
    """The user and session behind an accepted access token."""

    user_id: UUID
    session_id: UUID
    token_id: UUID
    token_expires_at: datetime
