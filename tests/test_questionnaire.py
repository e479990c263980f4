"""Answers are derived sensibly, and each invalid answer is rejected with its rule."""

import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.rendering import render

# (answers, question named in the error, part of the message). Every invalid answer and
# unsupported combination of answers that the questionnaire checks has a row here.
INVALID_ANSWERS: list[tuple[dict[str, object], str, str]] = [
    ({"project_name": "  "}, "project_name", "must not be empty"),
    ({"project_name": "Two\nlines"}, "project_name", "must fit on one line"),
    ({"project_slug": "My_Service"}, "project_slug", "'My_Service': use lowercase letters"),
    ({"project_slug": "9lives"}, "project_slug", "starting with a letter"),
    ({"project_slug": "trailing-"}, "project_slug", "not ending with a hyphen"),
    ({"project_slug": "double--hyphen"}, "project_slug", "single hyphens"),
    ({"project_slug": "fastapi"}, "project_slug", "'fastapi' is a dependency's name"),
    ({"package_name": "My-Service"}, "package_name", "'My-Service': use lowercase letters"),
    ({"package_name": "class"}, "package_name", "is a Python keyword; use e.g. class_service"),
    ({"package_name": "match"}, "package_name", "is a Python keyword"),
    ({"package_name": "test"}, "package_name", "shadows a standard library module"),
    ({"package_name": "asyncio"}, "package_name", "shadows a standard library module"),
    ({"package_name": "telnetlib"}, "package_name", "shadows a standard library module"),
    ({"package_name": "redis"}, "package_name", "'redis' shadows a dependency's module"),
    ({"package_name": "jwt"}, "package_name", "'jwt' shadows a dependency's module"),
    ({"package_name": "fastapi"}, "package_name", "use e.g. fastapi_service"),
    ({"package_name": "tests"}, "package_name", "top-level folder of the service"),
    ({"project_description": ""}, "project_description", "must not be empty"),
    ({"author_name": ""}, "author_name", "must not be empty"),
    ({"author_email": "team.example.com"}, "author_email", "not a valid email address"),
    ({"author_email": "team@localhost"}, "author_email", "not a valid email address"),
    ({"python_version": "3.10"}, "python_version", "3.10"),
    ({"package_manager": "pip"}, "package_manager", "pip"),
    ({"locales": []}, "locales", "choose at least one locale"),
    ({"locales": ["en", "de"]}, "locales", "de"),
    (
        {"locales": ["fa"], "default_locale": "en"},
        "default_locale",
        "en is not one of the chosen locales (fa)",
    ),
    (
        {"locales": ["en", "fa"], "default_locale": "ar"},
        "default_locale",
        "ar is not one of the chosen locales (en, fa)",
    ),
    ({"postgres_version": "12"}, "postgres_version", "12"),
    ({"redis_version": "6.2"}, "redis_version", "6.2"),
    ({"password_hashing": "md5"}, "password_hashing", "md5"),
    ({"access_token_minutes": 0}, "access_token_minutes", "must be between 1 and 120 minutes"),
    ({"access_token_minutes": 121}, "access_token_minutes", "must be between 1 and 120 minutes"),
    ({"refresh_token_days": 0}, "refresh_token_days", "must be between 1 and 90 days"),
    ({"refresh_token_days": 365}, "refresh_token_days", "must be between 1 and 90 days"),
    ({"oauth_providers": ["twitter"]}, "oauth_providers", "'twitter' is not in"),
    ({"deployment_targets": ["heroku"]}, "deployment_targets", "'heroku' is not in"),
    (
        {"project_slug": "a" * 53, "deployment_targets": ["kubernetes"]},
        "deployment_targets",
        "choose a project_slug of at most 52 characters, not 53",
    ),
    ({"ci_provider": "jenkins"}, "ci_provider", "'jenkins' is not in"),
]


@pytest.mark.parametrize(
    ("answers", "question", "message"),
    INVALID_ANSWERS,
    ids=[f"{question}-{index}" for index, (_, question, _) in enumerate(INVALID_ANSWERS)],
)
def test_invalid_answer_is_rejected(
    tmp_path: Path,
    answers: dict[str, object],
    question: str,
    message: str,
) -> None:
    with pytest.raises(ValueError, match=f"'{question}'") as raised:
        render(tmp_path / "service", answers)
    assert message in str(raised.value)
    assert not (tmp_path / "service" / "pyproject.toml").exists()


def _answers_of(root: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((root / ".copier-answers.yml").read_text())
    return loaded


@pytest.mark.parametrize(
    ("project_name", "slug", "package"),
    [
        ("My Service", "my-service", "my_service"),
        ("Café Orders API", "cafe-orders-api", "cafe_orders_api"),
        ("  Billing -- v2!  ", "billing-v2", "billing_v2"),
        # Copier checks a default before it prompts, so a derived name must be valid.
        ("3D Printer", "service-3d-printer", "service_3d_printer"),
        ("Redis", "redis-service", "redis_service"),
        ("Email", "email", "email_service"),
        ("Test", "test", "test_service"),
        ("سرویس سفارش", "service", "service"),
    ],
)
def test_names_are_derived_from_project_name(
    tmp_path: Path,
    project_name: str,
    slug: str,
    package: str,
) -> None:
    answers = _answers_of(render(tmp_path, {"project_name": project_name}))
    assert answers["project_slug"] == slug
    assert answers["package_name"] == package
    assert (tmp_path / "src" / package / "main.py").exists()


@pytest.mark.parametrize(
    ("locales", "default"),
    [(["ar"], "ar"), (["ar", "fa"], "fa"), (["ar", "en"], "en")],
)
def test_default_locale_prefers_english_then_questionnaire_order(
    tmp_path: Path,
    locales: list[str],
    default: str,
) -> None:
    answers = _answers_of(render(tmp_path, {"locales": locales}))
    assert answers["default_locale"] == default


def test_quotes_in_free_text_are_escaped(tmp_path: Path) -> None:
    render(
        tmp_path,
        {
            "project_name": 'The "Quoted" Service',
            "project_slug": "quoted",
            "project_description": 'Says "hi" and \\ escapes',
            "author_name": "O'Brien",
        },
    )
    pyproject = (tmp_path / "pyproject.toml").read_text(encoding="utf-8")
    metadata = tomllib.loads(pyproject)["project"]
    assert metadata["description"] == 'Says "hi" and \\ escapes'
    assert metadata["authors"][0]["name"] == "O'Brien"
    config = (tmp_path / "src" / "quoted" / "core" / "config.py").read_text(encoding="utf-8")
    compile(config, "config.py", "exec")
    assert 'app_name: str = "The \\"Quoted\\" Service"' in config
