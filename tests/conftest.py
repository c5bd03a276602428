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


@pytest.fixture(autouse=True)
def _rate_limit_windows_stand_still(monkeypatch):
    """django-ratelimit counts in fixed slices of the clock; a test that ran across the end of
    one would see its count start again half-way. For rate limits, time stands still in tests."""
    import time
    import types

    from django_ratelimit import core

    now = time.time()
    monkeypatch.setattr(core, "time", types.SimpleNamespace(time=lambda: now))
