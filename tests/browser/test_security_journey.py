"""Account security as people meet it in the browser: a staff member sets up two-step
verification with an authenticator app and signs in with it; someone guessing a password is
locked out and told for how long; a client looking up too many certificates is asked to wait."""

import io
import re

import pytest
import zxingcpp
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from PIL import Image
from playwright.sync_api import expect

from lms import signin
from tests.browser.axe import assert_no_axe_violations
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 360, "height": 640}


def app_code(secret: str, *, later: int = 0) -> str:
    """What an authenticator app shows for the key typed into it."""
    from base64 import b32decode

    return f"{totp(b32decode(secret.replace(' ', '')), drift=later):06d}"


def test_a_trainer_sets_up_two_step_verification_and_signs_in_with_it(page, settings):
    settings.STAFF_TWO_FACTOR_REQUIRED = True
    make_user("trainer", groups=["Trainers"])

    page.goto("/admin/login/")
    page.get_by_label("Username").fill("trainer")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    # Before the admin opens: set it up.
    expect(page.get_by_role("heading", name="Set up two-step verification")).to_be_visible()
    qr = page.get_by_role("img", name="QR code to scan with the authenticator app")
    secret = page.locator("[data-secret]").inner_text()
    # The QR code, as a phone's camera sees it, holds the same key.
    scanned = zxingcpp.read_barcodes(Image.open(io.BytesIO(qr.screenshot())))
    assert scanned[0].text.startswith("otpauth://totp/")
    assert f"secret={secret.replace(' ', '')}" in scanned[0].text
    page.get_by_role("textbox", name="Code").fill(app_code(secret))
    page.get_by_role("button", name="Turn it on").click()

    expect(page.get_by_role("heading", name="Your backup codes")).to_be_visible()
    codes = page.locator("[data-backup-codes] code").all_inner_texts()
    assert len(codes) == 10 and all(re.fullmatch(r"[a-z2-7]{8}", code) for code in codes)
    page.get_by_role("link", name="I have kept them: continue").click()
    expect(page.get_by_role("link", name="Dashboard")).to_be_visible()
    assert TOTPDevice.objects.get(user__username="trainer").confirmed

    # The next sign-in (another day: the browser forgot the session) asks for a code.
    page.context.clear_cookies()
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("trainer")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Two-step verification")).to_be_visible()
    wrong = "000000" if app_code(secret, later=1) != "000000" else "111111"
    page.get_by_role("textbox", name="Code").fill(wrong)
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text("This code is not right.")).to_be_visible()
    # django-otp makes the next try wait a moment after a wrong code.
    page.wait_for_timeout(1100)
    page.get_by_role("textbox", name="Code").fill(app_code(secret, later=1))
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("link", name="Dashboard")).to_be_visible()


@pytest.mark.parametrize("viewport", [PHONE, None], ids=["phone", "desktop"])
def test_guessing_a_password_locks_the_account_and_says_for_how_long(new_page, viewport):
    make_user("amina", email="amina@example.org")
    page = new_page(viewport=viewport)
    page.goto("/en/accounts/login/")
    for _ in range(int(signin.ACCOUNT_FAILURES.split("/")[0])):
        page.get_by_label("Username").fill("amina@example.org")
        page.get_by_label("Password").fill("not-her-password")
        page.get_by_role("button", name="Sign in").click()

    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Too many failed sign-in attempts.")
    # Seconds when the account's 15-minute window is about to end.
    expect(alert).to_contain_text(re.compile(r"Please try again in \d+ (minute|second)s?\."))
    assert_no_axe_violations(page)

    # Even the right password waits.
    page.get_by_label("Username").fill("amina")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("Too many failed sign-in attempts.")


def test_too_many_certificate_lookups_get_a_page_that_says_when_to_retry(page):
    for _ in range(31):
        response = page.goto("/certificates/verify/ABCD-2345-EFGH-6789/")

    assert response.status == 429
    expect(page.get_by_role("heading", name="Too many requests")).to_be_visible()
    expect(
        page.get_by_text(re.compile(r"Please try again in \d+ (minute|second)s?\."))
    ).to_be_visible()
    assert_no_axe_violations(page)
