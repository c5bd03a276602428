"""A certificate's life as people meet it: a learner finishes a course, downloads the PDF from
"My learning", and someone who holds the paper scans its QR code and is told it is valid."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from certificates.models import Certificate, CertificateTemplate
from tests.certificates.pdf_helpers import qr_codes, text_of
from tests.factories import PASSWORD, make_course, make_user

# See test_course_journey.py: the live server only sees committed data.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

COURSE = "Case management in practice"
LEARNER = "Нурсулуу Өмүрбекова"


def test_learner_downloads_certificate_and_its_qr_code_verifies_it(new_page, live_server, settings):
    # The QR code carries the site's public address, SITE_URL, as it is when the PDF is
    # rendered: by the live server, in the request that completes the course. Here the site
    # *is* the live server, so that is its public address, set before the learner completes
    # (the settings fixture changes them for the whole process, the server's thread included).
    # The decoded URL is then opened unchanged, as a phone would; rewriting a testserver URL
    # onto the live server instead would not show that the QR code leads to this site.
    settings.SITE_URL = live_server.url
    assert CertificateTemplate.objects.filter(is_default=True).exists()
    course = make_course(modules=1, lessons_per_module=2, title=COURSE, estimated_hours=6)
    make_user("nursuluu", full_name=LEARNER)

    page = new_page()
    page.goto(course.url)
    page.get_by_role("link", name="Sign in to enrol").click()
    page.get_by_label("Username").fill("nursuluu")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("button", name="Enrol in this course").click()
    page.get_by_role("link", name="Start the course").click()
    for lesson in ["Lesson 1.1", "Lesson 1.2"]:
        expect(page.get_by_role("heading", level=1)).to_have_text(lesson)
        page.get_by_role("button", name="Mark as done and continue").click()

    # The completing request queued the rendering for after its commit, and the tasks backend
    # of tests (like development's) runs it there and then, before the redirect: the page it
    # leads to offers the PDF, with no reload. (In production db_worker renders it a moment
    # later and until then the page says it is being prepared: see
    # tests/certificates/test_certificate_link.py.)
    expect(page.get_by_text("You have completed this course.")).to_be_visible()
    expect(page.get_by_text("being prepared")).to_have_count(0)
    expect(page.get_by_role("link", name="Download your certificate (PDF)")).to_be_visible()

    page.get_by_role("link", name="My learning").click()
    card = page.get_by_role("listitem").filter(has=page.get_by_role("link", name=COURSE))
    with page.expect_download() as download_info:
        card.get_by_role("link", name="Download your certificate (PDF)").click()
    download = download_info.value
    certificate = Certificate.objects.get(user__username="nursuluu")
    assert download.suggested_filename == f"certificate-{certificate.display_code}.pdf"
    data = Path(download.path()).read_bytes()

    text = text_of(data)
    assert LEARNER in text
    assert COURSE in text
    assert certificate.display_code in text
    [url] = qr_codes(data)
    assert url == f"{live_server.url}/certificates/verify/{certificate.display_code}/"

    # Anyone holding the paper can check it, without an account.
    verifier = new_page(viewport={"width": 360, "height": 640})
    verifier.goto(url)
    expect(verifier.get_by_text("This certificate is valid.")).to_be_visible()
    expect(verifier.get_by_role("main")).to_contain_text(LEARNER)
    expect(verifier.get_by_role("main")).to_contain_text(COURSE)
