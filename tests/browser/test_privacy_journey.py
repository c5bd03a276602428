"""A learner's personal data, as she meets it: on a phone she opens "My data", reads what is
held and why, downloads all of it as a ZIP, then closes her account (withdrawing her
certificate) and can no longer sign in. The page passes axe-core on a phone and a desktop
(screenshots under BROWSER_ARTIFACTS)."""

import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from certificates.models import Certificate
from courses.services import enrolment_create, lesson_mark_complete
from lms.models import Profile
from tests.browser.axe import assert_no_axe_violations
from tests.factories import PASSWORD, lessons_of, make_course, make_user

# See test_course_journey.py: the live server only sees committed data.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 360, "height": 640}
NAME = "Dilnoza Rahimova"


def sign_in(page, username):
    page.goto("/en/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_learner_downloads_her_data_then_closes_her_account(new_page, tmp_path):
    learner = make_user("dilnoza", email="dilnoza@mail.example", full_name=NAME)
    Profile.objects.filter(user=learner).update(preferred_language="en")  # the journey's language
    course = make_course(modules=1, lessons_per_module=1, title="Working with families")
    enrolment_create(user=learner, course=course)
    for lesson in lessons_of(course):
        lesson_mark_complete(user=learner, lesson=lesson, course=course)
    certificate = Certificate.objects.get(user=learner)
    artifacts = Path(os.environ.get("BROWSER_ARTIFACTS", tmp_path)) / "privacy"

    page = new_page(viewport=PHONE)
    sign_in(page, "dilnoza")
    page.get_by_role("link", name="My data").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My data")
    expect(page.get_by_text("dilnoza@mail.example")).to_be_visible()
    expect(page.get_by_text("To print on your certificates.", exact=False)).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_role("button", name="Prepare my download").click()
    expect(page.get_by_text("Your download is being prepared.", exact=False)).to_be_visible()
    link = page.get_by_role("link", name="Download your data (ZIP)")
    expect(link).to_be_visible()
    assert_no_axe_violations(page)
    page.set_viewport_size({"width": 360, "height": 2200})
    page.screenshot(path=artifacts / "my-data-phone.png", full_page=True)
    with page.expect_download() as download_info:
        link.click()
    archive = zipfile.ZipFile(io.BytesIO(Path(download_info.value.path()).read_bytes()))
    account = json.loads(archive.read("account.json"))
    assert account["profile"]["full_name"] == NAME
    assert f"certificates/certificate-{certificate.display_code}.pdf" in archive.namelist()

    desktop = new_page()
    sign_in(desktop, "dilnoza@mail.example")
    desktop.goto("/en/accounts/my-data/")
    assert_no_axe_violations(desktop)
    desktop.screenshot(path=artifacts / "my-data-desktop.png", full_page=True)
    desktop.close()

    page.set_viewport_size(PHONE)
    page.get_by_role("link", name="Close my account").click()
    assert_no_axe_violations(page)
    page.get_by_label("Your password").fill("not my password")
    page.get_by_role("button", name="Close my account for good").click()
    expect(page.get_by_text("The password is not right.")).to_be_visible()
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_label("Withdraw them", exact=False).check()
    page.get_by_label("I understand", exact=False).check()
    page.get_by_role("button", name="Close my account for good").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your account is closed")

    sign_in(page, "dilnoza")
    expect(page.get_by_role("heading", level=1)).not_to_have_text("My learning")
    expect(page.locator(".form-errors")).to_be_visible()
    page.goto(certificate.get_absolute_url())
    expect(page.get_by_text("withdrawn at the holder", exact=False)).to_be_visible()
    expect(page.get_by_text(NAME)).to_have_count(0)
