"""Named answer sets that both the template tests and the nox matrix render.

Each variant exists for a reason, written beside it; add one when a new answer
changes which files are rendered or how the service is built.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Variant:
    """One set of questionnaire answers; unanswered questions take their defaults."""

    name: str
    reason: str
    answers: Mapping[str, object] = field(default_factory=dict)


VARIANTS: dict[str, Variant] = {
    variant.name: variant
    for variant in (
        Variant(
            name="default",
            reason="every default answer: what `copier copy --defaults` gives a new user",
        ),
        Variant(
            name="minimal",
            reason="one locale, Poetry, no WebSocket, Argon2id, no external sign-in, no "
            "deployment or CI files, no embedded servers: the smallest service, the other "
            "package manager and the other password hasher",
            answers={
                "project_name": "Minimal API",
                "locales": ["en"],
                "default_locale": "en",
                "websocket": False,
                "package_manager": "poetry",
                "password_hashing": "argon2id",
                "access_token_minutes": 5,
                "refresh_token_days": 30,
                "oauth_providers": [],
                "deployment_targets": [],
                "ci_provider": "none",
                "embedded_services": False,
            },
        ),
        Variant(
            name="rtl",
            reason="right-to-left locales only, Persian by default, on the oldest supported "
            "Python: no English catalog to fall back on; Microsoft as the only provider; "
            "both deployment targets",
            answers={
                "project_name": "Sepehr Orders",
                "locales": ["fa", "ar"],
                "default_locale": "fa",
                "python_version": "3.11",
                "postgres_version": "18",
                "oauth_providers": ["microsoft"],
                "deployment_targets": ["compose", "kubernetes"],
            },
        ),
        Variant(
            name="cluster",
            reason="Kubernetes without Compose, GitLab CI with Poetry, the newest PostgreSQL "
            "and Redis of the questionnaire, Google as the only provider",
            answers={
                "project_name": "Orbit Ledger",
                "package_manager": "poetry",
                "postgres_version": "18",
                "redis_version": "8.0",
                "oauth_providers": ["google"],
                "deployment_targets": ["kubernetes"],
                "ci_provider": "gitlab",
            },
        ),
    )
}
