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
def _fresh_page_cache():
    """Each test starts with an empty "pages" cache: what it holds is made from pages, and
    rolled-back tests reuse page ids."""
    from django.core.cache import caches

    caches["pages"].clear()
