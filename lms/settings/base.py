"""Settings shared by every environment. Everything that differs between them is read from
the environment, so the same code runs on a laptop, in CI and in production."""

import os
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# "production" in lms.settings.production; guards commands such as seed_demo.
ENVIRONMENT = "development"
DEBUG = env_bool("DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY", "")
# Earlier keys, while sessions, reset links and staff backup codes made with them still count.
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "lms",
    "courses",
    "certificates",
    "guides",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "lms.apps.LmsUsersConfig",  # wagtail.users, with the audit of learner views
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks_db",
    "django_ratelimit",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before the page cache, so that a page served from it gets its header too.
    "lms.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous guide pages: stored in the "pages" cache, compressed, and answered with 304
    # when the reader already has them. Only responses that ask for it (max-age > 0) are kept.
    "django.middleware.cache.UpdateCacheMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "lms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "lms.middleware.StaffTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
    "django.middleware.cache.FetchFromCacheMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite with no configuration, PostgreSQL (production, anything concurrent) through
# DATABASE_URL, e.g. postgres://user@127.0.0.1:5432/lms
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's PostgreSQL search tables need it on Django 6.1.
    INSTALLED_APPS.append("django.contrib.postgres")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Sessions are kept in the database and read through the cache (Redis in production): a
# signed-in page makes no query for its session.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
AUTH_USER_MODEL = "lms.User"
AUTHENTICATION_BACKENDS = ["lms.auth.UsernameOrEmailBackend"]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "my_learning"
LOGOUT_REDIRECT_URL = "/"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Cache: Redis when REDIS_URL is set (shared by every web host), local memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "lms",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The page cache is separate, because publishing a page clears it whole. In production give it
# its own Redis database (PAGE_CACHE_URL, e.g. redis://127.0.0.1:6379/2).
PAGE_CACHE_URL = os.environ.get("PAGE_CACHE_URL", "")
if PAGE_CACHE_URL:
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": PAGE_CACHE_URL,
        "KEY_PREFIX": "pages",
    }
else:
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
    }
CACHE_MIDDLEWARE_ALIAS = "pages"
CACHE_MIDDLEWARE_KEY_PREFIX = "page"
# Pages are cached only when they say so themselves (Cache-Control max-age, guides for
# anonymous readers); everything else is never cached.
CACHE_MIDDLEWARE_SECONDS = 0

# Rate limits (django-ratelimit) count in the cache: per process with local memory, shared by
# every web host with Redis, which production should use.
RATELIMIT_VIEW = "lms.views.rate_limited"
# How many load balancers or reverse proxies stand in front of the application and append to
# X-Forwarded-For; 0 when clients connect directly. Rate limits count per client address.
TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", "0"))
RATELIMIT_IP_META_KEY = "lms.ratelimit.client_ip"
# W001: django-ratelimit predates Django's own RedisCache, which does the atomic increments it
# needs. E003: a local-memory cache is not shared, which is fine on one development process.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]
if not REDIS_URL:
    SILENCED_SYSTEM_CHECKS.append("django_ratelimit.E003")

# Background work: Django's tasks framework. The immediate backend runs a task on the spot
# (development, tests); production stores tasks in the database for `manage.py db_worker`.
# Personal data (README, "Personal data"): how long a download link of a learner's data works;
# after how many days without activity an account with no certificate is closed, and how many
# days before that the learner is warned by email.
PERSONAL_DATA_EXPORT_LINK_HOURS = int(os.environ.get("PERSONAL_DATA_EXPORT_LINK_HOURS", "48"))
ACCOUNT_RETENTION_DAYS = int(os.environ.get("ACCOUNT_RETENTION_DAYS", str(3 * 365)))
ACCOUNT_RETENTION_WARNING_DAYS = int(os.environ.get("ACCOUNT_RETENTION_WARNING_DAYS", "30"))

TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TASKS_BACKEND", "django.tasks.backends.immediate.ImmediateBackend"
        )
    }
}

# Internationalisation: interface and content in six languages, language-prefixed URLs.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ru", "Русский"),
    ("uz", "Oʻzbekcha"),
    ("ky", "Кыргызча"),
    ("kk", "Қазақша"),
    ("tg", "Тоҷикӣ"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Wagtail's admin is translated into Russian and English only; the other languages fall back.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("en", "English"), ("ru", "Русский")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Date and number formats for languages Django has none for (Kazakh).
FORMAT_MODULE_PATH = ["lms.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("TIME_ZONE", "Asia/Almaty")

# Static files are served by the site itself through WhiteNoise: no CDN.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    # S3-compatible media storage for several web hosts; needs the django-storages package.
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}

# Email: SMTP when EMAIL_HOST is set, the console otherwise (development).
if os.environ.get("EMAIL_HOST"):
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": os.environ["EMAIL_HOST"],
                "port": int(os.environ.get("EMAIL_PORT", "587")),
                "username": os.environ.get("EMAIL_HOST_USER", ""),
                "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
                "use_tls": env_bool("EMAIL_USE_TLS", default=True),
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Content-Security-Policy (Django's own, through lms.csp): the browser loads nothing from
# anywhere but the site itself. Inline scripts run only with the nonce of their response
# ({{ csp_nonce }}, or lms_tags' {% script_nonce %} where no request context reaches). The
# admin's policy also allows inline styles, which its rich-text editor adds (lms.csp).
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-src": [CSP.SELF],
    "worker-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
}

# Wagtail
WAGTAIL_SITE_NAME = _("Migration and Social Work Learning")
# No avatars from a third-party service: the admin shows its own default image.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The public address of the site: printed into certificates' QR codes and admin emails.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
# The admin's sign-in says when a locked-out account may try again (lms.signin).
WAGTAILADMIN_USER_LOGIN_FORM = "lms.forms.AdminSignInForm"
# Staff two-step verification (lms.two_factor): with this on, everyone who can open the admin
# must set it up first. On by default in production; off here so a fresh checkout just runs.
STAFF_TWO_FACTOR_REQUIRED = env_bool("STAFF_TWO_FACTOR_REQUIRED", default=False)
OTP_TOTP_ISSUER = "Migration and Social Work Learning"
# Where the PDF fonts' static instances are kept once built (see lms/fonts.py).
CERTIFICATE_FONT_CACHE = os.environ.get("CERTIFICATE_FONT_CACHE", "")
# Verifiable credentials: the Ed25519 key that signs them, as secretKeyMultibase ("z…"), given
# directly or in a file outside the repository (`manage.py credential_keys generate --file …`).
# Production refuses to sign without one; development creates its own file.
CREDENTIAL_SIGNING_KEY = os.environ.get("CREDENTIAL_SIGNING_KEY", "")
CREDENTIAL_SIGNING_KEY_FILE = os.environ.get("CREDENTIAL_SIGNING_KEY_FILE", "")
CREDENTIAL_SIGNING_KEY_CREATE = False

# Programme reports hide breakdown cells counting fewer people than this (shown as "<5"), and
# the cells that would let them be worked out; 1 or less shows everything.
REPORT_SMALL_CELL_THRESHOLD = int(os.environ.get("REPORT_SMALL_CELL_THRESHOLD", "5"))
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True

WAGTAILAPI_BASE_URL = SITE_URL
WAGTAILAPI_LIMIT_MAX = 50
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": "120/minute"},
    "NUM_PROXIES": TRUSTED_PROXIES or None,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"drop_stray_exception": {"()": "lms.logging.DropStrayException"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.tasks": {"filters": ["drop_stray_exception"]}},
}
