"""Readers of Kazakh and Tajik find their way on the demo site: a migrant finds the guides from
the home page on a phone, a professional finds the courses (their own or the Russian ones),
and the language switcher never lands on an empty page. Screenshots of the pages at 360 px
(and on a desktop) are saved under test-artifacts/screenshots/ (CI keeps them)."""

import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.cache import caches
from django.core.management import call_command
from playwright.sync_api import expect

from courses.models import CoursePage
from guides.models import GuidePage
from tests.browser.axe import assert_no_axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 360, "height": 640}
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
# The header on a 360 × 640 phone: the site's name and the language on one line, the links on
# the next (it took 193 px before).
HEADER_BUDGET_PX = 140


def shoot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


def demo_page(model, language, slug):
    return model.objects.live().get(locale__language_code=language, slug=slug)


@pytest.fixture
def demo():
    caches["pages"].clear()
    call_command("seed_demo", password="Demo-password-2026", stdout=StringIO())
    caches["pages"].clear()


def test_kazakh_and_tajik_readers_find_guides_and_courses(new_page, demo):
    phone = new_page(viewport=PHONE)
    measured = {}
    for language in ("kk", "tg"):
        phone.goto(f"/{language}/")
        header = phone.locator(".site-header").bounding_box()
        measured[language] = header["height"]
        assert header["height"] <= HEADER_BUDGET_PX, measured
        assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        shoot(phone, f"{language}-home-360")
        assert_no_axe_violations(phone)

        # The course of the language, and the Russian ones it does not have, with the notice.
        course = demo_page(CoursePage, language, "effective-social-work-with-migrants")
        expect(phone.locator(f'.cards a[href="{course.url}"]')).to_be_visible()
        fallback = phone.locator("#untranslated-heading + p + .cards a[hreflang='ru']")
        assert fallback.count() == 2

        # The course page: the way in on the first screen of the phone.
        phone.goto(course.url)
        button = phone.locator(".enrolment .button").first.bounding_box()
        assert button["y"] + button["height"] <= PHONE["height"]
        shoot(phone, f"{language}-course-360")
        assert_no_axe_violations(phone)

        # The migrant: from the home page to the guides, to a guide.
        phone.goto(f"/{language}/")
        phone.locator("[data-home='guides']").click()
        expect(phone.locator("h1")).to_have_text(re.compile(".+"))
        assert phone.url.endswith(f"/{language}/guides/")
        expect(phone.locator("#untranslated-heading")).to_be_visible()  # South Korea
        shoot(phone, f"{language}-guides-360")
        assert_no_axe_violations(phone)
        guide = demo_page(GuidePage, language, "documents-and-legal-stay")
        phone.locator(".guide-list a").first.click()  # the destination (Russia)
        phone.locator(f'a[href="{guide.url}"]').click()
        expect(phone.locator("h1")).to_have_text(guide.title)
        assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        shoot(phone, f"{language}-guide-360")
        assert_no_axe_violations(phone)

    # The header links reach the guides from any page, and the switcher on a course Kazakh
    # lacks leads to a notice in Kazakh with the Russian version first.
    russian = demo_page(CoursePage, "ru", "case-management-for-returning-migrants")
    phone.goto(russian.url)
    phone.locator(".languages summary").click()
    phone.locator(".languages a[lang='kk']").click()
    assert "/kk/courses/missing/" in phone.url
    expect(phone.locator("html")).to_have_attribute("lang", "kk")
    expect(phone.locator(".guide-list a").first).to_have_attribute("lang", "ru")
    shoot(phone, "kk-course-not-translated-360")
    assert_no_axe_violations(phone)
    phone.locator("[data-nav='guides']").click()
    assert phone.url.endswith("/kk/guides/")

    # On a desktop, in three languages.
    desktop = new_page()
    for language in ("kk", "tg", "ru"):
        desktop.goto(f"/{language}/")
        shoot(desktop, f"{language}-home-desktop")
        assert_no_axe_violations(desktop)
    desktop.goto("/kk/courses/")
    shoot(desktop, "kk-courses-desktop")
    assert_no_axe_violations(desktop)
    print(f"Header height at 360 px: {measured}")  # noqa: T201


def test_a_long_question_wraps_inside_its_box_on_a_phone(new_page):
    from courses.models import Question
    from tests.browser.steps import sign_in_and_enrol
    from tests.factories import make_course, make_quiz, make_user

    caches["pages"].clear()
    course = make_course(modules=1, lessons_per_module=1)
    quiz = make_quiz(course, title="Pre-test")
    Question.objects.filter(quiz=quiz).update(
        text="Отбасының күшті жақтарына сүйене отырып, әлеуметтік қызметкер алғашқы кездесуде "
        "нені бірінші болып сұрауы керек және неге?"
    )
    make_user("amina")
    phone = new_page(viewport=PHONE)
    phone.goto(course.url)
    sign_in_and_enrol(phone, "amina")
    phone.goto(quiz.url)
    phone.locator("form button.button").click()

    box = phone.locator("main fieldset.question").first.bounding_box()
    legend = phone.locator("main fieldset.question legend").first.bounding_box()
    # The legend's lines are all inside the box, under its top border, not across it.
    assert legend["height"] > 40  # it wraps
    assert legend["y"] > box["y"] + 1
    assert legend["x"] >= box["x"] and legend["x"] + legend["width"] <= box["x"] + box["width"]
    shoot(phone, "quiz-question-360")
    assert_no_axe_violations(phone)
