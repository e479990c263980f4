"""Project names: how they are derived from earlier answers and which ones are valid.

Each `*_error` check returns an empty string for a valid answer, and otherwise one
sentence that states the rule and the rejected value; Copier prefixes the question
name. A derived default is always valid, because Copier checks a default before it
shows the prompt, and an invalid one would stop an interactive run.
"""

import keyword
import re
import sys
import unicodedata

from jinja2 import Environment
from jinja2.ext import Extension

SLUG_PATTERN = re.compile(r"^[a-z][a-z0-9-]*$")
PACKAGE_NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
_NON_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")
# Added to a derived name that would be invalid on its own: "3D Printer" gives the
# slug "service-3d-printer", and "Redis" gives the package "redis_service".
FALLBACK_WORD = "service"

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

# Distributions the rendered service depends on, directly or through a notable
# transitive dependency, including those that optional features add. A service whose
# distribution or import name equals one of them cannot install or import it.
DEPENDENCY_DISTRIBUTIONS = frozenset(
    {
        "alembic", "annotated-types", "anyio", "argon2-cffi", "asyncpg", "authlib",
        "babel", "bcrypt", "certifi", "click", "coverage", "cryptography",
        "email-validator", "fastapi", "greenlet", "gunicorn", "h11", "hatchling",
        "httpcore", "httptools", "httpx", "httpx2", "idna", "jinja2", "limits", "mako",
        "markupsafe", "mypy", "packaging", "poetry-core", "pre-commit", "pwdlib",
        "pydantic", "pydantic-core", "pydantic-settings", "pyjwt", "pytest",
        "pytest-asyncio", "pytest-cov", "python-dotenv", "python-multipart", "pyyaml",
        "redis", "ruff", "sniffio", "sqlalchemy", "sqlmodel", "starlette", "structlog",
        "typing-extensions", "uvicorn", "uvicorn-worker", "uvloop", "watchfiles",
        "websockets", "wsproto",
    },
)  # fmt: skip
# Import names that differ from the distribution names above.
_DEPENDENCY_IMPORT_NAMES = frozenset(
    {"argon2", "dotenv", "jwt", "multipart", "python_multipart", "yaml"},
)
DEPENDENCY_MODULES = (
    frozenset(name.replace("-", "_") for name in DEPENDENCY_DISTRIBUTIONS)
    | _DEPENDENCY_IMPORT_NAMES
)

# Top-level folders of a rendered service; a package of the same name is ambiguous.
PROJECT_FOLDERS = frozenset({"locales", "migrations", "src", "tests"})


def slugify(text: str) -> str:
    """Turn a human-readable name into lowercase words joined by hyphens.

    Accents are dropped ("Café" -> "cafe"); characters with no ASCII form vanish.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_ALPHANUMERIC.sub("-", ascii_text.lower()).strip("-")


def slug_error(value: str) -> str:
    """Check a project slug: a lowercase letter, then lowercase letters, digits or hyphens."""
    if not SLUG_PATTERN.match(value) or value.endswith("-") or "--" in value:
        return (
            f"'{value}': use lowercase letters, digits and single hyphens, starting with a "
            "letter and not ending with a hyphen"
        )
    if value in DEPENDENCY_DISTRIBUTIONS:
        return f"'{value}' is a dependency's name; use e.g. {value}-{FALLBACK_WORD}"
    return ""


def package_name_error(value: str) -> str:
    """Check a package name against ^[a-z][a-z0-9_]*$, and that it shadows no module."""
    if not PACKAGE_NAME_PATTERN.match(value):
        return f"'{value}': use lowercase letters, digits and underscores, starting with a letter"
    alternative = f"use e.g. {value}_{FALLBACK_WORD}"
    if keyword.iskeyword(value) or keyword.issoftkeyword(value):
        return f"'{value}' is a Python keyword; {alternative}"
    if value in sys.stdlib_module_names | _REMOVED_STDLIB_MODULES | _UNLISTED_STDLIB_MODULES:
        return f"'{value}' shadows a standard library module; {alternative}"
    if value in DEPENDENCY_MODULES:
        return f"'{value}' shadows a dependency's module; {alternative}"
    if value in PROJECT_FOLDERS:
        return f"'{value}' is a top-level folder of the service; {alternative}"
    return ""


def default_slug(project_name: str) -> str:
    """Derive a valid project slug from the project name."""
    slug = slugify(project_name)
    if not slug:
        return FALLBACK_WORD
    if slug_error(slug):
        return f"{FALLBACK_WORD}-{slug}" if not slug[0].isalpha() else f"{slug}-{FALLBACK_WORD}"
    return slug


def default_package_name(slug: str) -> str:
    """Derive a valid package name from the project slug."""
    name = slug.replace("-", "_")
    if package_name_error(name):
        return f"{name}_{FALLBACK_WORD}"
    return name


class NamingExtension(Extension):
    """Register the naming filters and checks with Copier's Jinja environment."""

    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        environment.filters["default_slug"] = default_slug
        environment.filters["default_package_name"] = default_package_name
        environment.filters["slug_error"] = slug_error
        environment.filters["package_name_error"] = package_name_error
