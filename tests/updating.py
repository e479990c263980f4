"""A service's life across a template release: render, change it, update it.

The scenario works on a git copy of the template with two release tags. The newer one,
NEXT, is the working tree as it is. The older one, PREVIOUS, is the same tree with three
changes of the kind a release makes. It lacks a file, it has a file that NEXT drops, and
one line differs in a file that the service's team never touches.
The service is rendered from PREVIOUS, committed, and changed the way a team changes it:
a new router with its test and a translated message, and an edited setting. Then
`copier update` brings it to NEXT.

`uv run nox -s update` runs the scenario and then the updated service's own checks;
tests/test_update.py asserts what the update did to the files.
"""

from dataclasses import dataclass
from pathlib import Path

from copier import run_copy, run_update

from tests.rendering import commit_all, git, snapshot_template

PREVIOUS = "0.1.0"
NEXT = "0.2.0"

# What PREVIOUS looked like, relative to the template's root.
ARRIVING_FILE = "template/.pre-commit-config.yaml.jinja"
DEPARTING_FILE = "template/NOTES.md"
MAKEFILE = "template/Makefile.jinja"
OLD_LINT_HELP = "lint: ## Check style and types"
NEW_LINT_HELP = "lint: ## Check style, formatting and types"

# The team's changes, as they appear in the service.
ORDERS_MESSAGE = "No orders yet"
ORDERS_TRANSLATIONS = {
    "en": "",
    "fa": "هنوز سفارشی ثبت نشده است",
    "ar": "لا توجد طلبات بعد",
}
EDITED_SETTING = ("LOG_LEVEL=INFO", "LOG_LEVEL=WARNING")
ROUTER_REGISTRATION = "router.include_router(orders.router)"


@dataclass(frozen=True)
class Scenario:
    """Where the template copy and the service of one run live."""

    template: Path
    service: Path
    package: str


def release_template(destination: Path) -> Path:
    """Copy the template into a git repository with the tags PREVIOUS and NEXT."""
    snapshot_template(destination)
    current = git(destination, "rev-parse", "HEAD").strip()

    (destination / ARRIVING_FILE).unlink()
    (destination / DEPARTING_FILE).write_text(
        "Notes that the next release drops.\n", encoding="utf-8"
    )
    makefile = destination / MAKEFILE
    text = makefile.read_text(encoding="utf-8")
    if NEW_LINT_HELP not in text:
        message = f"{MAKEFILE} no longer has {NEW_LINT_HELP!r}; update tests/updating.py"
        raise AssertionError(message)
    makefile.write_text(text.replace(NEW_LINT_HELP, OLD_LINT_HELP), encoding="utf-8")
    commit_all(destination, f"Release {PREVIOUS}")
    git(destination, "tag", PREVIOUS)

    git(destination, "checkout", "--quiet", current, "--", ".")
    (destination / DEPARTING_FILE).unlink()
    commit_all(destination, f"Release {NEXT}")
    git(destination, "tag", NEXT)
    return destination


def render_previous(template: Path, service: Path, answers: dict[str, object]) -> Path:
    """Render PREVIOUS into `service` and commit it, as a team starts a service."""
    run_copy(
        str(template),
        service,
        data=answers,
        defaults=True,
        unsafe=True,
        vcs_ref=PREVIOUS,
        quiet=True,
    )
    git(service, "init", "--quiet")
    commit_all(service, f"Render from Cedrina {PREVIOUS}")
    return service


def change_service(service: Path, package: str) -> None:
    """Make the changes a team makes in its first weeks, and commit them."""
    v1 = service / "src" / package / "adapters" / "api" / "v1"
    (v1 / "orders.py").write_text(
        f'''"""Orders of the service's users."""

from fastapi import APIRouter
from pydantic import BaseModel

from {package}.core.dependencies import LocaleDep
from {package}.utils.i18n import translate

router = APIRouter(prefix="/orders", tags=["orders"])


class OrdersResponse(BaseModel):
    """A page of orders, and a note about them in the request's locale."""

    orders: list[str]
    message: str


@router.get("", summary="List orders")
async def list_orders(locale: LocaleDep) -> OrdersResponse:
    """Return the orders; there are none yet."""
    return OrdersResponse(orders=[], message=translate("{ORDERS_MESSAGE}", locale))
''',
        encoding="utf-8",
    )
    routers = v1 / "__init__.py"
    text = routers.read_text(encoding="utf-8")
    text = text.replace(
        f"from {package}.adapters.api.v1 import auth, health, users",
        f"from {package}.adapters.api.v1 import auth, health, orders, users",
    )
    routers.write_text(text + ROUTER_REGISTRATION + "\n", encoding="utf-8")

    messages = "".join(
        f'    "{locale}": "{text}",\n' for locale, text in ORDERS_TRANSLATIONS.items()
    )
    (service / "tests" / "api" / "test_orders.py").write_text(
        f"""from httpx2 import AsyncClient

from {package}.utils.i18n import SUPPORTED_LOCALES

MESSAGES = {{
{messages}}}


async def test_orders_are_listed_in_each_locale(client: AsyncClient) -> None:
    for locale in SUPPORTED_LOCALES:
        response = await client.get("/api/v1/orders", params={{"lang": locale}})
        assert response.status_code == 200
        assert response.json() == {{
            "orders": [],
            "message": MESSAGES[locale] or "{ORDERS_MESSAGE}",
        }}
""",
        encoding="utf-8",
    )
    # What `make update-translations` and a translator add, at the end of each catalog.
    with (service / "locales" / "messages.pot").open("a", encoding="utf-8") as pot:
        pot.write(f'\nmsgid "{ORDERS_MESSAGE}"\nmsgstr ""\n')
    for catalog in sorted(service.glob("locales/*/LC_MESSAGES/messages.po")):
        translation = ORDERS_TRANSLATIONS[catalog.parts[-3]]
        with catalog.open("a", encoding="utf-8") as po:
            po.write(f'\nmsgid "{ORDERS_MESSAGE}"\nmsgstr "{translation}"\n')

    settings = service / ".env.example"
    old, new = EDITED_SETTING
    settings.write_text(settings.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")

    commit_all(service, "Add orders")


def update_service(service: Path, answers: dict[str, object] | None = None) -> None:
    """Run `copier update` to NEXT, with changed answers if given, and commit the result."""
    run_update(
        service,
        data=dict(answers or {}),
        defaults=True,
        overwrite=True,
        unsafe=True,
        vcs_ref=NEXT,
        quiet=True,
    )
    commit_all(service, f"Update to Cedrina {NEXT}")


def prepare(workdir: Path, answers: dict[str, object] | None = None) -> Scenario:
    """Release the template, render PREVIOUS, and change the service; do not update yet."""
    template = release_template(workdir / "template")
    service = render_previous(template, workdir / "service", dict(answers or {}))
    package = git(service, "ls-files", "src/*/main.py").split("/")[1]
    change_service(service, package)
    return Scenario(template=template, service=service, package=package)
