"""The moment of completion on a phone, as learners in Kazakhstan and Tajikistan meet it:
passing the final assessment shows "Course completed" with the certificate to download, the
answers folded below; the screen passes axe-core. While the certificate is being prepared the
screen asks for its status and shows the download link once it is ready (with JavaScript off,
a link to check again). Screenshots at 360 px go to test-artifacts/screenshots/ (SCREENSHOTS
sets another folder), kept by CI."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from certificates.models import Certificate
from courses.models import QuizAttempt, QuizKind
from courses.services import enrolment_create, lesson_mark_complete
from tests.browser.axe import assert_no_axe_violations
from tests.factories import (
    PASSWORD,
    lessons_of,
    make_catalogue,
    make_course,
    make_quiz,
    make_user,
    right,
)
from tests.translations import translated

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 360, "height": 640}
SCREENSHOTS = (
    Path(os.environ.get("SCREENSHOTS", Path(__file__).resolve().parents[2] / "test-artifacts"))
    / "screenshots"
)
COURSE_TITLES = {
    "en": "Case management for returning migrants",
    "kk": "Оралған көші-қоншыларға арналған кейс-менеджмент",
    "tg": "Идоракунии парванда барои муҳоҷирони бозгашта",
}


def completed_final(language):
    """A course in `language` whose lesson the learner has done: passing the final completes it."""
    course = make_course(
        catalogue=make_catalogue(language), modules=1, lessons_per_module=1,
        title=COURSE_TITLES[language],
    )  # fmt: skip
    final = make_quiz(course, kind=QuizKind.FINAL, title="Final assessment")
    learner = make_user(f"learner-{language}", full_name="Aigerim Nurlanovna")
    enrolment_create(user=learner, course=course)
    lesson_mark_complete(user=learner, lesson=lessons_of(course)[0], course=course)
    return final, learner


def sign_in(page, language, username):
    page.goto(f"/{language}/accounts/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()


def pass_the_final(page, final, learner):
    page.goto(final.url)
    page.locator("main form button[type=submit]").click()
    attempt = QuizAttempt.objects.get(user=learner, quiz=final)
    groups = page.locator("main").get_by_role("group")  # not the header's language disclosure
    expect(groups).to_have_count(len(attempt.questions))
    for index, question in enumerate(attempt.questions):
        for choice in right(question):
            groups.nth(index).get_by_label(choice["text"], exact=True).check()
    page.locator("button[name=submit]").click()


@pytest.mark.parametrize("language", ["kk", "tg"])
def test_the_completion_screen_on_a_phone(new_page, language):
    final, learner = completed_final(language)
    page = new_page(viewport=PHONE)
    sign_in(page, language, learner.username)

    pass_the_final(page, final, learner)

    expect(page.get_by_role("heading", level=1)).to_have_text(
        translated("Course completed", language)
    )
    expect(page.locator(".completion")).to_contain_text(COURSE_TITLES[language])
    download = page.locator(".completion a.button")
    expect(download).to_be_visible()
    # The certificate comes first, on the first screen of a phone; the answers are folded.
    assert download.bounding_box()["y"] < PHONE["height"]
    expect(page.locator("details.review-details")).not_to_have_attribute("open", "")
    expect(page.locator(".review")).to_be_hidden()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"completion-{language}-360.png", full_page=True)
    assert_no_axe_violations(page)
    # Unfolded, the answers pass too.
    page.locator("details.review-details summary").click()
    expect(page.locator(".review")).to_be_visible()
    assert_no_axe_violations(page)

    with page.expect_download() as download_info:
        download.click()
    certificate = Certificate.objects.get(user=learner)
    assert download_info.value.suggested_filename == (f"certificate-{certificate.display_code}.pdf")


def test_a_certificate_being_prepared_appears_when_ready(new_page):
    final, learner = completed_final("en")
    page = new_page(viewport=PHONE)
    sign_in(page, "en", learner.username)
    pass_the_final(page, final, learner)
    expect(page.get_by_role("heading", level=1)).to_have_text("Course completed")
    result_url = page.url
    # As in production before db_worker has rendered the PDF.
    certificate = Certificate.objects.get(user=learner)
    Certificate.objects.filter(pk=certificate.pk).update(status=Certificate.Status.PENDING)

    page.goto(result_url)
    expect(page.get_by_text("Your certificate is being prepared.")).to_be_visible()
    link = page.get_by_role("link", name="Download your certificate (PDF)")
    expect(link).to_be_hidden()
    assert_no_axe_violations(page)

    # Rendered: the screen's status check finds it and shows the link, with no reload.
    Certificate.objects.filter(pk=certificate.pk).update(status=Certificate.Status.VALID)
    expect(link).to_be_visible(timeout=15_000)
    expect(page.get_by_text("Your certificate is being prepared.")).to_be_hidden()
    assert page.url == result_url

    # Without JavaScript the screen offers to check again.
    Certificate.objects.filter(pk=certificate.pk).update(status=Certificate.Status.PENDING)
    plain = new_page(viewport=PHONE, java_script_enabled=False)
    sign_in(plain, "en", learner.username)
    plain.goto(result_url)
    again = plain.get_by_role("link", name="Check again")
    expect(again).to_be_visible()
    Certificate.objects.filter(pk=certificate.pk).update(status=Certificate.Status.VALID)
    again.click()
    expect(plain.get_by_role("link", name="Download your certificate (PDF)")).to_be_visible()
