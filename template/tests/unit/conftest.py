import pytest


@pytest.fixture(autouse=True)
def clean_database() -> None:
    """Replace the suite-wide cleanup: unit tests use no database, so none is needed."""
