"""Settings of the page benchmarks (benchmarks/pages.py): the test settings, DEBUG off, with the
benchmarks app for its bare Wagtail page. REDIS_URL, when set, gives the default cache Redis,
as in production."""

import os
import uuid

from lms.settings.test import *  # noqa: F403

DEBUG = False
INSTALLED_APPS = [*INSTALLED_APPS, "benchmarks"]  # noqa: F405
if os.environ.get("REDIS_URL"):
    CACHES["default"] = {  # noqa: F405
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        # A prefix of its own per run, so nothing another run left behind is read.
        "KEY_PREFIX": f"bench-{uuid.uuid4().hex[:8]}",
    }
# The test client's host, and the host of the bare pages' own site.
ALLOWED_HOSTS = ["testserver", "bare.testserver"]
# Every guide request of the benchmark misses the page cache with a URL of its own: room for
# all of them, so that culling never drops the language switcher's links.
CACHES["pages"]["OPTIONS"] = {"MAX_ENTRIES": 1_000_000}  # noqa: F405
