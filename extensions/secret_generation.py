"""Random development secrets for files that copier renders once and never updates."""

import secrets

from jinja2 import Environment
from jinja2.ext import Extension


def random_secret(length: int = 48) -> str:
    """Return a URL-safe random string of `length` characters from the system CSPRNG."""
    return secrets.token_urlsafe(length)[:length]


class SecretExtension(Extension):
    """Expose `random_secret()` to templates as a global function."""

    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        environment.globals["random_secret"] = random_secret
