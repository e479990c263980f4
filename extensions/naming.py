"""Jinja filters that derive project names from earlier answers."""

import re
import unicodedata

from jinja2 import Environment
from jinja2.ext import Extension

_NON_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Turn a human-readable name into lowercase words joined by hyphens.

    Accents are dropped ("Café" -> "cafe"); characters with no ASCII form vanish.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_ALPHANUMERIC.sub("-", ascii_text.lower()).strip("-")


def package_name_from_slug(slug: str) -> str:
    """Turn a project slug into the matching Python import name."""
    return slug.replace("-", "_")


class NamingExtension(Extension):
    """Register the naming filters with Copier's Jinja environment."""

    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        environment.filters["slugify"] = slugify
        environment.filters["package_name_from_slug"] = package_name_from_slug
