"""PostgreSQL and Redis for the checks of rendered services.

The servers that CEDRINA_POSTGRES_URL and CEDRINA_REDIS_URL name (defaults below) are
used when they accept connections. Where one does not and its variable is unset, an embedded
server starts for the rest of the run, from the same module that rendered services use
(the template's copy of it, which needs no rendering).
"""

import atexit
import importlib.util
import os
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import cache
from importlib.machinery import SourceFileLoader
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

from tests.rendering import REPOSITORY

EMBEDDED_SERVERS_MODULE = (
    REPOSITORY
    / "template/src/{{ package_name }}/infrastructure"
    / "{% if embedded_services %}embedded_servers.py{% endif %}"
)
DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379"


@dataclass(frozen=True)
class Servers:
    """Where the checks find PostgreSQL and Redis; URLs without database or number."""

    postgres_url: str
    redis_url: str


def load_embedded_servers() -> ModuleType:
    """Import the template's embedded_servers module from its file."""
    # The file name ends in Jinja, not .py, so the loader must be named.
    loader = SourceFileLoader("embedded_servers", str(EMBEDDED_SERVERS_MODULE))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    if spec is None:
        message = f"Cannot load {EMBEDDED_SERVERS_MODULE} as a Python module"
        raise ImportError(message)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


@cache
def servers() -> Servers:
    """Return the servers of this run, starting embedded ones where none is listening."""
    embedded = load_embedded_servers()
    postgres_url = os.environ.get("CEDRINA_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    redis_url = os.environ.get("CEDRINA_REDIS_URL", DEFAULT_REDIS_URL)
    postgres_running = _is_running(embedded, postgres_url, "CEDRINA_POSTGRES_URL")
    redis_running = _is_running(embedded, redis_url, "CEDRINA_REDIS_URL")
    if postgres_running and redis_running:
        return Servers(postgres_url, redis_url)

    # Registered first, so that it runs after the servers have stopped.
    folders = ExitStack()
    atexit.register(folders.close)
    folder = folders.enter_context(shared_temporary_folder("cedrina-servers-"))
    if not postgres_running:
        postgres = embedded.EmbeddedPostgres(folder / "postgres", durable=False)
        postgres_url = _start_for_this_run(postgres, instead_of=DEFAULT_POSTGRES_URL)
    if not redis_running:
        redis = embedded.EmbeddedRedis(folder / "redis", durable=False)
        redis_url = _start_for_this_run(redis, instead_of=DEFAULT_REDIS_URL)
    return Servers(postgres_url, redis_url)


@contextmanager
def shared_temporary_folder(prefix: str) -> Iterator[Path]:
    """Yield a new folder, deleted afterwards, that PostgreSQL's own user may enter.

    Under root, PostgreSQL runs as a user of its own, and a new temporary folder is
    closed to every other user.
    """
    with tempfile.TemporaryDirectory(prefix=prefix, ignore_cleanup_errors=True) as name:
        folder = Path(name)
        folder.chmod(0o711)
        yield folder


def _start_for_this_run(server: Any, instead_of: str) -> str:  # noqa: ANN401 - from a loaded module
    """Start an embedded server until this process exits; return its URL without database."""
    server.start()
    atexit.register(server.stop)
    url: str = server.url().rsplit("/", 1)[0]
    print(f"Nothing listens on {_address(instead_of)}: using {url}")  # noqa: T201
    return url


def _is_running(embedded: ModuleType, url: str, variable: str) -> bool:
    host, port = _address(url).rsplit(":", 1)
    if bool(embedded.is_listening(host, int(port))):
        return True
    if variable in os.environ:
        message = f"No server is listening on {host}:{port}, which {variable} names."
        raise RuntimeError(message)
    return False


def _address(url: str) -> str:
    parts = urlsplit(url)
    default_port = 5432 if parts.scheme.startswith("postgres") else 6379
    return f"{parts.hostname}:{parts.port or default_port}"
