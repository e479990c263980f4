"""The naming filters and answer checks that copier.yml uses."""

import pytest

from extensions.naming import (
    default_package_name,
    default_slug,
    package_name_error,
    slug_error,
    slugify,
)
from extensions.secret_generation import random_secret
from extensions.validation import email_error, single_line_error

# Names that real projects use and that collide with something; derived from a project
# name, each must still give a valid slug and package name.
AWKWARD_PROJECT_NAMES = [
    "Redis", "Email", "Queue", "Calendar", "Token", "Profile", "Test", "Class", "Match",
    "FastAPI", "Tests", "3D Printer", "123", "سرویس", "---", "Café Orders",
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("My Service", "my-service"),
        ("Crème Brûlée API", "creme-brulee-api"),
        ("orders_v2", "orders-v2"),
        ("--Edge  Case--", "edge-case"),
        ("سرویس", ""),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


@pytest.mark.parametrize("project_name", AWKWARD_PROJECT_NAMES)
def test_derived_names_are_valid(project_name: str) -> None:
    slug = default_slug(project_name)
    assert slug_error(slug) == ""
    assert package_name_error(default_package_name(slug)) == ""


def test_default_package_name_keeps_valid_names() -> None:
    assert default_package_name("order-service-v2") == "order_service_v2"


@pytest.mark.parametrize("slug", ["a", "orders", "order-service-2"])
def test_valid_slug_passes(slug: str) -> None:
    assert slug_error(slug) == ""


@pytest.mark.parametrize("name", ["orders", "order_service", "svc2"])
def test_valid_package_name_passes(name: str) -> None:
    assert package_name_error(name) == ""


def test_package_name_error_suggests_alternative() -> None:
    assert "use e.g. redis_service" in package_name_error("redis")


@pytest.mark.parametrize("address", ["a@b.co", "first.last+tag@example.co.uk"])
def test_valid_email_passes(address: str) -> None:
    assert email_error(address) == ""


def test_single_line_passes() -> None:
    assert single_line_error("Orders API") == ""


def test_random_secret_has_requested_length_and_varies() -> None:
    secrets = {random_secret(48) for _ in range(20)}
    assert len(secrets) == 20
    assert {len(secret) for secret in secrets} == {48}
