"""One budget per client for certificate lookups: the form, the page and the JSON together."""

import pytest
from django.urls import reverse

from certificates.views import VERIFY_RATE

pytestmark = pytest.mark.django_db

CODE = "ABCD2345EFGH6789"
LIMIT = int(VERIFY_RATE.split("/")[0])


def lookups():
    """The three ways to look a code up, in turn."""
    urls = [
        reverse("certificates:verify_form") + f"?code={CODE[:5]}",
        reverse("certificates:verify", args=[CODE]),
        reverse("certificates:verify_json", args=[CODE]),
    ]
    while True:
        yield from urls


def test_the_documented_limit_is_30_a_minute():
    assert VERIFY_RATE == "30/m"


def test_form_page_and_json_share_one_budget_per_client(client):
    urls = lookups()
    statuses = [client.get(next(urls)).status_code for _ in range(LIMIT)]
    assert 429 not in statuses

    for _ in range(3):  # whichever of the three comes next is refused
        response = client.get(next(urls))
        assert response.status_code == 429

    # Another client still has its own budget.
    assert client.get(next(urls), REMOTE_ADDR="10.9.9.9").status_code != 429


def test_a_refused_lookup_says_when_to_try_again(client):
    url = reverse("certificates:verify", args=[CODE])
    for _ in range(LIMIT):
        client.get(url)

    response = client.get(url)

    assert response.status_code == 429
    retry_after = int(response["Retry-After"])
    assert 1 <= retry_after <= 60
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert "Too many requests" in response.content.decode()


def test_a_refused_lookup_is_translated(client):
    url = reverse("certificates:verify", args=[CODE])
    for _ in range(LIMIT):
        client.get(url, HTTP_ACCEPT_LANGUAGE="ru")

    response = client.get(url, HTTP_ACCEPT_LANGUAGE="ru")

    assert response.status_code == 429
    assert '<html lang="ru">' in response.content.decode()


def test_a_refused_json_lookup_answers_json_with_retry_after(client):
    url = reverse("certificates:verify_json", args=[CODE])
    for _ in range(LIMIT):
        client.get(url)

    response = client.get(url)

    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    body = response.json()
    assert body["error"] == "rate_limited"
    assert body["retry_after"] == int(response["Retry-After"])
