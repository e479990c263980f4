"""The naming filters and answer checks that copier.yml uses."""

import pytest

from extensions.naming import package_name_from_slug, slugify
from extensions.secret_generation import random_secret
from extensions.validation import email_error, package_name_error, slug_error


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


def test_package_name_from_slug() -> None:
    assert package_name_from_slug("order-service-v2") == "order_service_v2"


@pytest.mark.parametrize("slug", ["a", "orders", "order-service-2"])
def test_valid_slug_passes(slug: str) -> None:
    assert slug_error(slug) == ""


@pytest.mark.parametrize("name", ["orders", "order_service", "svc2"])
def test_valid_package_name_passes(name: str) -> None:
    assert package_name_error(name) == ""


def test_package_name_error_suggests_alternative() -> None:
    assert "such as redis_service" in package_name_error("redis")


@pytest.mark.parametrize("address", ["a@b.co", "first.last+tag@example.co.uk"])
def test_valid_email_passes(address: str) -> None:
    assert email_error(address) == ""


def test_random_secret_has_requested_length_and_varies() -> None:
    secrets = {random_secret(48) for _ in range(20)}
    assert len(secrets) == 20
    assert {len(secret) for secret in secrets} == {48}
