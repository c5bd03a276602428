"""Local development: debug on, a fixed development-only key, mail to the console."""

import os

from .base import *  # noqa: F403
from .base import BASE_DIR, CREDENTIAL_SIGNING_KEY_FILE, env_bool

DEBUG = env_bool("DEBUG", default=True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"  # noqa: F405, S105
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# A signing key of this checkout's own for credentials, made on first use (git ignores it).
CREDENTIAL_SIGNING_KEY_FILE = CREDENTIAL_SIGNING_KEY_FILE or str(
    BASE_DIR / ".credential-signing-key"
)
CREDENTIAL_SIGNING_KEY_CREATE = True
# Without SITE_URL, certificates issued here lead to the host and port the server is asked at
# (lms/site_url.py), not to a port it does not run on.
if "SITE_URL" not in os.environ:
    MIDDLEWARE = [*MIDDLEWARE, "lms.site_url.RequestSiteURLMiddleware"]  # noqa: F405
