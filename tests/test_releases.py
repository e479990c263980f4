"""Release tags are PEP 440 versions, and the changelog has an entry for each one."""

import re
import subprocess

from packaging.version import InvalidVersion, Version

from tests.rendering import REPOSITORY

CHANGELOG = REPOSITORY / "docs" / "changelog.md"


def _changelog_versions() -> list[str]:
    headings = re.findall(r"^## (.+)$", CHANGELOG.read_text(encoding="utf-8"), re.MULTILINE)
    return [heading for heading in headings if heading != "Unreleased"]


def test_changelog_headings_are_versions_newest_first() -> None:
    versions = _changelog_versions()
    assert versions
    parsed = [Version(version) for version in versions]
    assert parsed == sorted(parsed, reverse=True)
    assert [str(version) for version in parsed] == versions


def test_every_release_tag_has_a_changelog_entry() -> None:
    # A shallow clone may have no tags; then there is nothing to check.
    tags = subprocess.run(
        ["git", "tag", "--list"], cwd=REPOSITORY, capture_output=True, text=True, check=True
    ).stdout.split()
    documented = set(_changelog_versions())
    for tag in tags:
        assert _is_version(tag), tag
        assert tag in documented, tag


def _is_version(text: str) -> bool:
    try:
        Version(text)
    except InvalidVersion:
        return False
    return True
