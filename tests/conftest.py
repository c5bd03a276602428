import os

import pytest


def pytest_runtest_setup(item):
    if "postgres" in item.keywords and not os.environ.get("DATABASE_URL", "").startswith(
        "postgres"
    ):
        pytest.skip("needs PostgreSQL: run with DATABASE_URL=postgres://…")


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Each test starts with empty caches: the "pages" cache holds what is made from pages,
    and rolled-back tests reuse page ids; the default one counts rate limits."""
    from django.core.cache import caches

    caches["pages"].clear()
    caches["default"].clear()
