from pathlib import Path

import pytest

from tests.rendering import render
from tests.variants import VARIANTS, Variant


@pytest.fixture(scope="session", params=list(VARIANTS.values()), ids=list(VARIANTS))
def variant(request: pytest.FixtureRequest) -> Variant:
    chosen: Variant = request.param
    return chosen


@pytest.fixture(scope="session")
def rendered(variant: Variant, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Render each variant once per test session; tests must not modify the result."""
    return render(tmp_path_factory.mktemp(variant.name), variant.answers)
