"""Checks of free-text answers for copier.yml validators.

Each check returns an empty string for a valid answer, and otherwise one sentence that
states the rule and the rejected value; Copier prefixes the question name.
"""

import re

from jinja2 import Environment
from jinja2.ext import Extension

# Deliberately loose: a typo is caught, and real addresses with rare syntax are not rejected.
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def email_error(value: str) -> str:
    """Check an email address for the shape name@domain.tld."""
    if EMAIL_PATTERN.match(value):
        return ""
    return f"'{value}' is not a valid email address: expected the form name@example.com"


def single_line_error(value: str) -> str:
    """Check a free-text answer that must be one non-empty line (package metadata)."""
    if not value.strip():
        return "the answer must not be empty"
    if "\n" in value or "\r" in value:
        return "the answer must fit on one line"
    return ""


class ValidationExtension(Extension):
    """Register the free-text checks as Jinja filters for copier.yml validators."""

    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        environment.filters["email_error"] = email_error
        environment.filters["single_line_error"] = single_line_error
