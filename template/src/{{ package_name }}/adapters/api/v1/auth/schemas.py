from datetime import datetime
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, EmailStr, Field

# Longer input is rejected before any hashing, whatever limit the password policy sets.
PASSWORD_INPUT_MAX_LENGTH = 1024
# A login identifier is a username or an email address.
IDENTIFIER_MAX_LENGTH = 254


class RegisterRequest(BaseModel):
    """A new account."""

    username: str = Field(min_length=1, max_length=64, examples=["ada"])
    email: EmailStr = Field(max_length=254, examples=["ada@example.com"])
    password: str = Field(min_length=1, max_length=PASSWORD_INPUT_MAX_LENGTH)


class LoginRequest(BaseModel):
    """Credentials: `username` is a username or an email address."""

    username: str = Field(min_length=1, max_length=IDENTIFIER_MAX_LENGTH, examples=["ada"])
    password: str = Field(min_length=1, max_length=PASSWORD_INPUT_MAX_LENGTH)


class LoginFormRequest(LoginRequest):
    """Credentials in the OAuth 2.0 password form (RFC 6749, section 4.3.2)."""

    grant_type: Literal["password"] | None = None


class RefreshRequest(BaseModel):
    """A refresh token to exchange for a new pair."""

    refresh_token: str = Field(min_length=1, max_length=4096)


class ChangePasswordRequest(BaseModel):
    """The current password and the one that replaces it."""

    current_password: str = Field(min_length=1, max_length=PASSWORD_INPUT_MAX_LENGTH)
    new_password: str = Field(min_length=1, max_length=PASSWORD_INPUT_MAX_LENGTH)


class TokenResponse(BaseModel):
    """A token pair, in the shape of an OAuth 2.0 token response (RFC 6749, 5.1)."""

    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth 2.0 token type, not a secret
    expires_in: int = Field(description="Lifetime of the access token, in seconds")


class UserResponse(BaseModel):
    """The public view of an account."""

    id: UUID
    username: str
    email: str
    is_active: bool
    created_at: datetime


class SessionResponse(BaseModel):
    """One signed-in device of the current user."""

    id: UUID
    created_at: datetime
    last_used_at: datetime
    expires_at: datetime
    user_agent: str | None
    ip_address: str | None
    current: bool = Field(description="Whether this is the session of the request's token")
