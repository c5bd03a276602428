import logging

import pytest
from django.db import DatabaseError, connection
from django.tasks import task
from django.urls import reverse

from tests.factories import home_page

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "ru", "uz", "ky", "kk", "tg"]


def test_healthz_answers_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"


def test_healthz_answers_503_when_the_database_does_not(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)

    assert client.get("/healthz").status_code == 503


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_is_served_with_its_html_lang(client, code):
    home = home_page(code)

    response = client.get(f"/{code}/")

    assert response.status_code == 200
    assert response.context["page"].pk == home.pk
    assert f'<html lang="{code}">' in response.content.decode()


def test_language_switcher_links_to_each_translation(client):
    for code in LANGUAGES:
        home_page(code)

    content = client.get("/ru/").content.decode()

    for code in LANGUAGES:
        assert f'hreflang="{code}"' in content
    assert 'href="/uz/"' in content


def test_root_redirects_to_a_language(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response.headers["Location"] == "/en/"


def test_non_page_views_are_served_in_each_language(client):
    response = client.get(reverse("login").replace("/en/", "/ru/"))
    assert response.status_code == 200
    assert '<html lang="ru">' in response.content.decode()


def test_unknown_page_is_a_404_not_a_500(client):
    assert client.get("/en/no-such-page/").status_code == 404


@task
def _noop_task():
    return "done"


def test_finished_tasks_are_logged_without_an_unrelated_traceback(caplog):
    with caplog.at_level(logging.INFO, logger="django.tasks"):
        try:
            raise LookupError("handled elsewhere")
        except LookupError:
            result = _noop_task.enqueue()  # the immediate backend runs it here
    assert result.return_value == "done"
    records = [record for record in caplog.records if record.name == "django.tasks"]
    assert records
    assert all(record.exc_info is None for record in records)
    assert "LookupError" not in caplog.text
