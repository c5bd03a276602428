"""When the database or the cache cannot be reached, every page answers a short 503 that needs
neither, JSON clients get JSON, and the site comes back by itself once the database does."""

import contextlib
import socket

import pytest
from django.db import connections
from django.test import Client
from django.utils import translation

from tests.factories import home_page

pytestmark = pytest.mark.django_db
# Breaking the connection inside a test's transaction would lose that transaction: the tests
# that do run outside one, and get the migrations' data (locales, home pages) back afterwards.
outside_transaction = pytest.mark.django_db(transaction=True, serialized_rollback=True)
UNAVAILABLE = (
    "The site is temporarily unavailable. Nothing you saved is lost. Please try again in a minute."
)


def closed_port() -> int:
    """A local port nothing listens on: bound, then released."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def unreachable_database():
    """Point the connection at a database that cannot be reached: PostgreSQL on a closed port,
    SQLite at a file in a folder that does not exist. The live handle is set aside (not closed,
    so SQLite's in-memory test database survives) and given back afterwards."""
    wrapper = connections["default"]
    settings_dict, handle = dict(wrapper.settings_dict), wrapper.connection
    if wrapper.vendor == "postgresql":
        wrapper.settings_dict.update(HOST="127.0.0.1", PORT=closed_port())
    else:
        wrapper.settings_dict["NAME"] = "/no/such/folder/db.sqlite3"
    wrapper.connection = None
    try:
        yield
    finally:
        wrapper.settings_dict.clear()
        wrapper.settings_dict.update(settings_dict)
        wrapper.connection = handle


@pytest.fixture
def database_down():
    with unreachable_database():
        yield


@pytest.fixture
def cache_down(settings):
    """Both caches on a Redis port where nothing listens."""
    url = f"redis://127.0.0.1:{closed_port()}/0"
    backend = "django.core.cache.backends.redis.RedisCache"
    settings.CACHES = {
        "default": {"BACKEND": backend, "LOCATION": url},
        "pages": {"BACKEND": backend, "LOCATION": url},
    }


def browser():
    # Errors are answered as a browser would see them, not raised into the test.
    return Client(raise_request_exception=False)


@outside_transaction
@pytest.mark.parametrize("path", ["/en/", "/ru/guides/", "/sitemap.xml"])
def test_pages_answer_503_with_a_short_page_when_the_database_is_down(database_down, path):
    response = browser().get(path)

    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert response["Content-Type"] == "text/html; charset=utf-8"
    language = "ru" if path.startswith("/ru/") else "en"
    with translation.override(language):
        expected = translation.gettext(UNAVAILABLE)
    assert expected in response.content.decode()


@outside_transaction
def test_the_unavailable_page_is_in_the_language_of_the_address(database_down):
    response = browser().get("/ru/")

    assert response.status_code == 503
    assert '<html lang="ru">' in response.content.decode()
    with translation.override("ru"):
        assert translation.gettext(UNAVAILABLE) in response.content.decode()


@outside_transaction
@pytest.mark.parametrize(
    "path", ["/certificates/verify/ABCD-2345-EFGH-6789.json", "/api/v2/pages/"]
)
def test_json_endpoints_answer_json_when_the_database_is_down(database_down, path):
    response = browser().get(path)

    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert response.json()["error"] == "unavailable"


@outside_transaction
def test_signing_in_answers_503_when_the_database_is_down(database_down):
    response = browser().post(
        "/en/accounts/login/", {"username": "learner", "password": "a-long-test-password-42"}
    )

    assert response.status_code == 503
    assert "temporarily unavailable" in response.content.decode().lower()


@outside_transaction
def test_healthz_stays_plain_text_when_the_database_is_down(database_down):
    response = browser().get("/healthz")

    assert response.status_code == 503
    assert response["Content-Type"] == "text/plain"


@outside_transaction
def test_the_site_comes_back_by_itself_when_the_database_does():
    home_page("en")
    with unreachable_database():
        assert browser().get("/en/").status_code == 503
        assert browser().get("/healthz").status_code == 503

    assert browser().get("/healthz").status_code == 200
    assert browser().get("/en/").status_code == 200


@pytest.mark.parametrize("path", ["/en/", "/certificates/verify/ABCD-2345-EFGH-6789/"])
def test_pages_answer_503_when_the_cache_is_down(cache_down, path):
    home_page("en")

    response = browser().get(path)

    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert "temporarily unavailable" in response.content.decode().lower()


def test_json_answers_json_when_the_cache_is_down(cache_down):
    response = browser().get("/certificates/verify/ABCD-2345-EFGH-6789.json")

    assert response.status_code == 503
    assert response.json()["error"] == "unavailable"


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/v2/no-such-endpoint/", 404),
        ("/api/v2/pages/999999/", 404),
        ("/certificates/verify/not-a-code.json", 404),
    ],
)
def test_json_paths_answer_json_errors(path, status):
    response = browser().get(path)

    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["error"] == "not_found"


def test_an_unexpected_error_on_a_json_path_answers_json(monkeypatch):
    from guides import api

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(api.GuidePagesAPIViewSet, "listing_view", broken)

    response = browser().get("/api/v2/pages/")

    assert response.status_code == 500
    assert response.json()["error"] == "server_error"


def test_an_unexpected_error_on_a_page_answers_the_500_page(monkeypatch):
    from lms import models

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    home_page("ru")
    monkeypatch.setattr(models.HomePage, "get_context", broken)

    response = browser().get("/ru/")

    assert response.status_code == 500
    assert "Retry-After" not in response
    assert '<html lang="ru">' in response.content.decode()
