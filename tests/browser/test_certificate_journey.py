"""A certificate's life as people meet it: a new learner takes the demo course from its
pre-test to its final assessment, downloads the PDF from "My learning", and someone who holds
the paper scans its QR code and is told it is valid."""

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from certificates.models import Certificate, CertificateTemplate
from courses.demo.build import demo_site_build
from courses.demo.content import courses_read
from courses.models import QuizAttempt
from tests.browser.steps import sign_in_and_enrol
from tests.certificates.pdf_helpers import attachments_of, qr_codes, text_of
from tests.factories import PASSWORD, make_user, right

# See test_course_journey.py: the live server only sees committed data.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# The first demo course, as demo/content/courses/ has it.
COURSE_TEXT = courses_read()[0]
COURSE = COURSE_TEXT.fields["title"]
LESSONS = [lesson.fields["title"] for module in COURSE_TEXT.children for lesson in module.children]
LEARNER = "Нурсулуу Өмүрбекова"


def tick_right_answers(page, attempt):
    """Tick the right choices of every question of `attempt`, found by their labels. The final
    assessment draws its questions and shuffles them and their choices for each attempt, so
    which are right is read from the questions stored on the attempt, as grading reads them."""
    for number, question in enumerate(attempt.questions, start=1):
        group = page.get_by_role("group", name=f"{number}. {question['text']}", exact=True)
        for choice in right(question):
            group.get_by_label(choice["text"], exact=True).check()


def test_learner_completes_demo_course_and_qr_code_of_certificate_verifies_it(
    new_page, live_server, settings
):
    # The QR code carries the site's public address, SITE_URL, as it is when the PDF is
    # rendered: by the live server, in the request that completes the course. Here the site
    # *is* the live server, so that is its public address, set before the learner completes
    # (the settings fixture changes them for the whole process, the server's thread included).
    # The decoded URL is then opened unchanged, as a phone would; rewriting a testserver URL
    # onto the live server instead would not show that the QR code leads to this site.
    settings.SITE_URL = live_server.url
    assert CertificateTemplate.objects.filter(is_default=True).exists()
    # The demo site as seed_demo builds it (the guides aside). Its demo learner has a
    # certificate already; the learner here starts from nothing. Signing up is in
    # test_course_journey.py.
    demo_site_build(password=PASSWORD)
    learner = make_user("nursuluu", full_name=LEARNER)

    page = new_page()
    page.goto("/en/courses/")
    page.get_by_role("link", name=COURSE).click()
    sign_in_and_enrol(page, "nursuluu")

    # The course opens with its pre-test, which does not count towards completion. She
    # guesses: the first answer offered, every time.
    page.get_by_role("link", name="Start the course").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Pre-test: what do you know already?")
    page.get_by_role("button", name="Start the quiz").click()
    questions = page.locator("main").get_by_role("group")
    expect(questions).to_have_count(7)
    for question in questions.all():
        question.locator("input").first.check()
    page.get_by_role("button", name="Submit answers").click()
    # A starting point, not a pass or a fail.
    expect(page.get_by_text(re.compile(r"^Your starting point: \d+(\.\d)?%$"))).to_be_visible()
    expect(page.get_by_text("Not passed", exact=False)).to_have_count(0)
    page.get_by_role("link", name="Back to the course").click()

    page.get_by_role("link", name="Continue where you left off").click()
    for lesson in LESSONS:
        expect(page.get_by_role("heading", level=1)).to_have_text(lesson)
        page.get_by_role("button", name="Mark as done and continue").click()

    # The last lesson leads on to the post-test, which does not count either: she leaves it
    # for the final assessment.
    expect(page.get_by_role("heading", level=1)).to_have_text("Post-test: what have you learnt?")
    page.get_by_role("navigation", name="Breadcrumb").get_by_role("link", name=COURSE).click()
    expect(page.get_by_text("You have completed this course.")).to_have_count(0)
    outline = page.get_by_role("region", name="Course outline")
    outline.get_by_role("link", name="Final assessment").click()
    expect(page.get_by_text("Pass mark: 70%")).to_be_visible()
    page.get_by_role("button", name="Start the quiz").click()
    expect(page.locator("main").get_by_role("group")).to_have_count(8)
    attempt = QuizAttempt.objects.get(user=learner, kind="final")
    tick_right_answers(page, attempt)
    page.get_by_role("button", name="Submit answers").click()

    # Passing it completes the course: the screen says so and offers the certificate first.
    # The completing request queued the rendering for after its commit, and the tasks backend
    # of tests (like development's) runs it there and then, before the redirect: the screen
    # offers the PDF at once. (In production db_worker renders it a moment later; until then
    # the screen says it is being prepared and asks for its status: tests/courses/
    # test_completion.py.)
    expect(page.get_by_role("heading", level=1)).to_have_text("Course completed")
    expect(page.get_by_text("You scored 8 of 8 points (100%).")).to_be_visible()
    expect(page.get_by_text("being prepared")).to_have_count(0)
    # The answers are folded below.
    expect(page.get_by_text("Your answers", exact=True)).to_be_visible()
    expect(page.locator(".review")).to_be_hidden()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download your certificate (PDF)").click()
    assert download_info.value.suggested_filename.endswith(".pdf")

    page.get_by_role("link", name="Back to the course").click()
    expect(page.get_by_text("You have completed this course.")).to_be_visible()
    expect(page.get_by_role("link", name="Download your certificate (PDF)")).to_be_visible()

    page.get_by_role("link", name="My learning").first.click()
    card = page.get_by_role("listitem").filter(has=page.get_by_role("link", name=COURSE))
    with page.expect_download() as download_info:
        card.get_by_role("link", name="Download your certificate (PDF)").click()
    download = download_info.value
    certificate = Certificate.objects.get(user=learner)
    assert download.suggested_filename == f"certificate-{certificate.display_code}.pdf"
    data = Path(download.path()).read_bytes()

    text = text_of(data)
    assert LEARNER in text
    assert COURSE in text
    assert certificate.display_code in text
    [url] = qr_codes(data)
    assert url.startswith(f"{live_server.url}/certificates/check/#")
    # The PDF carries its credential too.
    assert json.loads(attachments_of(data)["credential.json"])["id"].endswith(
        f"/certificates/verify/{certificate.display_code}/credential.json"
    )

    # Anyone holding the paper can check it, without an account: the phone checks the
    # signature, and the server says it still stands.
    verifier = new_page(viewport={"width": 360, "height": 640})
    verifier.goto(url)
    expect(verifier.get_by_text("Signature valid — checked on this phone.")).to_be_visible()
    expect(verifier.get_by_text("the certificate is valid")).to_be_visible()
    expect(verifier.get_by_role("main")).to_contain_text(LEARNER)
    expect(verifier.get_by_role("main")).to_contain_text(COURSE)
    verifier.get_by_role("link", name="Open the verification page of this certificate").click()
    expect(verifier.get_by_text("This certificate is valid.")).to_be_visible()
