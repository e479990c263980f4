"""Answer checks for copier.yml validators.

Each check returns an empty string for a valid answer and otherwise one sentence
that states the rule and the rejected value. Copier prefixes it with the name of
the question, so the user reads which answer to change and how.
"""

import keyword
import re
import sys

from jinja2 import Environment
from jinja2.ext import Extension

SLUG_PATTERN = re.compile(r"^[a-z][a-z0-9-]*$")
PACKAGE_NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
# Deliberately loose: a typo is caught, and real addresses with rare syntax are not rejected.
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")

# Modules that Python 3.11 ships and later versions removed (PEP 594 and PEP 632).
# Rendered services support 3.11 to 3.13, so a package may not take these names either.
_REMOVED_STDLIB_MODULES = frozenset(
    {
        "aifc", "asynchat", "asyncore", "audioop", "cgi", "cgitb", "chunk", "crypt",
        "distutils", "imghdr", "imp", "lib2to3", "mailcap", "msilib", "nis", "nntplib",
        "ossaudiodev", "pipes", "smtpd", "sndhdr", "spwd", "sunau", "telnetlib", "uu",
        "xdrlib",
    },
)  # fmt: skip

# sys.stdlib_module_names leaves out the standard library's own test package.
_UNLISTED_STDLIB_MODULES = frozenset({"test"})

# Import names of the rendered service's dependencies, direct and notable transitive
# ones, including those that optional features add. A package with one of these names
# would shadow the library and break the service at import time.
DEPENDENCY_MODULES = frozenset(
    {
        "alembic", "annotated_types", "anyio", "argon2", "asyncpg", "authlib", "babel",
        "bcrypt", "certifi", "click", "coverage", "cryptography", "dotenv",
        "email_validator", "fastapi", "greenlet", "gunicorn", "h11", "httpcore",
        "httptools", "httpx", "idna", "jinja2", "jwt", "limits", "mako", "markupsafe",
        "multipart", "mypy", "packaging", "pwdlib", "pydantic", "pydantic_core",
        "pydantic_settings", "pytest", "pytest_asyncio", "pytest_cov", "python_multipart",
        "redis", "ruff", "sniffio", "sqlalchemy", "sqlmodel", "starlette", "structlog",
        "typing_extensions", "uvicorn", "uvicorn_worker", "uvloop", "watchfiles",
        "websockets", "yaml",
    },
)  # fmt: skip

# Top-level folders of a rendered service; a package of the same name is ambiguous.
PROJECT_FOLDERS = frozenset({"locales", "migrations", "src", "tests"})


def slug_error(value: str) -> str:
    """Check a project slug: a lowercase letter, then lowercase letters, digits or hyphens."""
    if SLUG_PATTERN.match(value) and not value.endswith("-") and "--" not in value:
        return ""
    return (
        f"'{value}' is not a valid slug: it must match ^[a-z][a-z0-9-]*$ (start with a "
        "lowercase letter, then lowercase letters, digits or single hyphens, no hyphen at "
        "the end)"
    )


def package_name_error(value: str) -> str:
    """Check a Python package name: an identifier that shadows no module the service imports."""
    if not PACKAGE_NAME_PATTERN.match(value):
        return (
            f"'{value}' is not a valid package name: it must match ^[a-z][a-z0-9_]*$ "
            "(a lowercase letter, then lowercase letters, digits or underscores)"
        )
    if keyword.iskeyword(value) or keyword.issoftkeyword(value):
        return f"'{value}' is a Python keyword; choose another package name"
    if value in sys.stdlib_module_names | _REMOVED_STDLIB_MODULES | _UNLISTED_STDLIB_MODULES:
        return (
            f"'{value}' shadows the standard library module of the same name; "
            f"choose another package name, such as {value}_service"
        )
    if value in DEPENDENCY_MODULES:
        return (
            f"'{value}' shadows the '{value}' module of a dependency of the service; "
            f"choose another package name, such as {value}_service"
        )
    if value in PROJECT_FOLDERS:
        return (
            f"'{value}' is the name of a top-level folder of the service; "
            f"choose another package name, such as {value}_service"
        )
    return ""


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
    """Register the answer checks as Jinja filters for copier.yml validators."""

    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        environment.filters["slug_error"] = slug_error
        environment.filters["package_name_error"] = package_name_error
        environment.filters["email_error"] = email_error
        environment.filters["single_line_error"] = single_line_error
