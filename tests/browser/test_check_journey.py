"""An employer checks certificates with a phone: the first QR code they scan, online, leaves the
check page, its script and the issuer's keys on the phone; the next one is checked with the
network off; a tampered one is refused."""

import os
import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from certificates.credentials.services import certificate_qr_url, credential_issue
from certificates.services import certificate_revoke
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_guide_journey import lose_connection, wait_until_offline_ready
from tests.certificates.credential_helpers import make_certificate
from tests.factories import make_user

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Screenshots to look at, in BROWSER_ARTIFACTS (the system's temporary directory by default).
SHOTS = Path(os.environ.get("BROWSER_ARTIFACTS", tempfile.gettempdir()))
PHONE = {"width": 360, "height": 640}
VALID = "Signature valid — checked on this phone."
NOT_VALID = "Not valid: the signature does not match."
OFFLINE = "Offline: whether the certificate was revoked or replaced since could not be checked."


def issued(name, course, username):
    certificate = make_certificate(
        make_user(username, full_name=name), name=name, course_title=course
    )
    credential_issue(certificate=certificate)
    return certificate


def tampered(url: str) -> str:
    """The URL with one character of the summary's signed part changed."""
    head, fragment = url.split("#")
    position = 45
    swapped = "B" if fragment[position] != "B" else "C"
    return f"{head}#{fragment[:position]}{swapped}{fragment[position + 1 :]}"


def expect_checked(page, *, result, name=None, course=None):
    expect(page.locator("[data-check-result]")).to_contain_text(result)
    if name:
        facts = page.locator("[data-check-facts]")
        expect(facts).to_contain_text(name)
        expect(facts).to_contain_text(course)


def test_employer_checks_certificates_online_then_with_the_network_off(
    new_page, live_server, settings
):
    settings.SITE_URL = live_server.url
    first = issued("Нурсулуу Өмүрбекова", "Психосоциальная поддержка", "nursuluu")
    # Uzbek Latin (ʻ has a byte of its own), Kazakh and a character escaped as UTF-8.
    second = issued("Oʻgʻiloy Toʻxtayeva", "Әлеуметтік жұмыс 李", "ogiloy")
    revoked = issued("Aida Sultanova", "Case management", "aida")
    certificate_revoke(certificate=revoked, reason="Issued by mistake")

    phone = new_page(viewport=PHONE)
    phone.goto(certificate_qr_url(first))
    expect_checked(
        phone, result=VALID, name="Нурсулуу Өмүрбекова", course="Психосоциальная поддержка"
    )
    expect(phone.locator("[data-check-live]")).to_have_text(
        "Checked online just now: the certificate is valid."
    )
    expect(phone.locator("[data-check-facts]")).to_contain_text(first.display_code)
    wait_until_offline_ready(phone)
    phone.screenshot(path=SHOTS / "check-page-360.png", full_page=True)
    assert_no_axe_violations(phone)

    # Online, a revoked certificate's signature is still its issuer's, and the live status says
    # it no longer stands.
    phone.goto(certificate_qr_url(revoked))
    expect_checked(phone, result=VALID, name="Aida Sultanova", course="Case management")
    expect(phone.locator("[data-check-live]")).to_have_text(
        "Checked online just now: the certificate was revoked. It no longer stands."
    )

    lose_connection(phone)
    # The next certificate's QR code, scanned with the network off, in a new tab.
    offline = phone.context.new_page()
    offline.goto(certificate_qr_url(second))
    expect_checked(offline, result=VALID, name="Oʻgʻiloy Toʻxtayeva", course="Әлеуметтік жұмыс 李")
    expect(offline.locator("[data-check-live]")).to_have_text(
        OFFLINE + " Connect to the internet to see its live status."
    )
    offline.screenshot(path=SHOTS / "check-page-offline-360.png", full_page=True)

    offline.goto(tampered(certificate_qr_url(second)))
    expect_checked(offline, result=NOT_VALID)
    expect(offline.locator("[data-check-facts]")).to_be_hidden()
    offline.screenshot(path=SHOTS / "check-page-tampered-360.png", full_page=True)

    # A summary signed with a key the issuer does not publish is not valid either.
    offline.goto(tampered(certificate_qr_url(second)).split("#")[0] + "#AQ")
    expect_checked(offline, result=NOT_VALID)


def test_the_check_page_on_a_desktop_and_without_a_summary(new_page, live_server, settings):
    settings.SITE_URL = live_server.url
    certificate = issued("Нурсулуу Өмүрбекова", "Психосоциальная поддержка", "nursuluu")
    page = new_page()

    page.goto(certificate_qr_url(certificate))
    expect_checked(
        page, result=VALID, name="Нурсулуу Өмүрбекова", course="Психосоциальная поддержка"
    )
    expect(page.locator("[data-check-live]")).to_contain_text("the certificate is valid")
    page.screenshot(path=SHOTS / "check-page-desktop.png", full_page=True)
    assert_no_axe_violations(page)

    page.goto("/certificates/check/")
    expect_checked(page, result="There is nothing to check here.")
    assert_no_axe_violations(page)
