"""The check page a certificate's QR code opens, its service worker, and its script's copy of
the summary's text encoding. The checking itself runs in the browser: see
tests/browser/test_check_journey.py."""

import re
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from certificates.credentials import compact

pytestmark = pytest.mark.django_db

SCRIPT = Path(__file__).resolve().parents[2] / "certificates/static/certificates/check.js"


def test_the_check_page_carries_its_wording_and_makes_no_query(client, django_assert_num_queries):
    url = reverse("certificates:check")
    client.get(url, HTTP_ACCEPT_LANGUAGE="ru")  # the header's links, then kept in the cache

    # Nothing about a certificate reaches the server (the summary is in the fragment).
    with django_assert_num_queries(0):
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="ru")

    assert response.status_code == 200
    content = response.content.decode()
    assert 'data-keys-url="/.well-known/did.json"' in content
    assert 'data-status-url="/certificates/verify/CODE.json"' in content
    assert "certificates/check.js" in content
    assert "<script>" not in content  # no inline script: the CSP allows none without a nonce
    assert response.headers["Content-Language"] == "ru"
    with translation.override("ru"):
        assert translation.gettext("Signature valid — checked on this phone.") in content


def test_the_service_worker_keeps_the_page_its_script_and_the_keys(
    client, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get(reverse("certificates:check_service_worker"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/javascript; charset=utf-8"
    assert "no-cache" in response["Cache-Control"]
    # Served under /certificates/check/, its scope is that and nothing more: the guides'
    # worker (/sw.js, scope /) keeps the rest of the site.
    assert reverse("certificates:check_service_worker") == "/certificates/check/sw.js"
    assert "Service-Worker-Allowed" not in response
    script = response.content.decode()
    for kept in ("/certificates/check/", "certificates/check.js", "lms/css/site.css"):
        assert f'"{kept}"' in script or kept in script
    assert '"/.well-known/did.json"' in script


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_the_check_page_and_its_worker_only_answer_get(client, method):
    for name in ("certificates:check", "certificates:check_service_worker"):
        assert getattr(client, method)(reverse(name)).status_code == 405


def test_the_script_decodes_text_with_the_same_table_and_constants_as_compact_py():
    script = SCRIPT.read_text(encoding="utf-8")
    block = re.search(r"var TABLE = \((.*?)\);", script, re.S).group(1)
    table = "".join(re.findall(r'"([^"]*)"', block))

    assert table == compact.TABLE
    assert len(table) == 128
    assert f'var DOMAIN = "{compact.DOMAIN.decode().strip()}\\n";' in script
    assert f"var VERSION = {compact.VERSION};" in script
    assert f"var SIGNATURE_BYTES = {compact.SIGNATURE_BYTES};" in script
    assert compact.CODE_PATTERN.pattern.decode().strip("[]{}16") in script
