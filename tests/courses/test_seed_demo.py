"""seed_demo builds the demo site once however often it runs, and never in production."""

import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import transaction
from django.test import Client
from wagtail.models import Locale, Page

from courses.demo.programme import CASE_MANAGEMENT, COURSES, SOCIAL_WORK
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from guides.models import DestinationPage, GuideIndexPage, GuidePage
from lms.models import Country, HomePage, Role

PASSWORD = "a-long-demo-password-for-tests"
DEMO_USERNAMES = ("trainer", "reviewer", "learner")


def seed_demo(**options):
    out = StringIO()
    call_command("seed_demo", stdout=out, **options)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """Build the demo site once for the module: a run creates about a hundred pages. The outer
    transaction is rolled back at the end, and each test's own transaction nests inside it."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        output = seed_demo(password=PASSWORD)
    yield output
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


def english_course(course):
    return CoursePage.objects.get(slug=course.slug, locale__language_code="en")


def translation(page, language_code):
    return page.get_translation(Locale.objects.get(language_code=language_code))


@pytest.mark.django_db
def test_refuses_without_a_password(monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    pages = Page.objects.count()

    with pytest.raises(CommandError, match="DEMO_PASSWORD"):
        seed_demo()

    assert Page.objects.count() == pages


@pytest.mark.django_db
def test_refuses_in_production(settings):
    settings.ENVIRONMENT = "production"
    pages = Page.objects.count()

    with pytest.raises(CommandError, match="production"):
        seed_demo(password=PASSWORD)

    assert Page.objects.count() == pages


@pytest.mark.django_db
def test_refuses_a_weak_password():
    with pytest.raises(CommandError, match="too weak"):
        seed_demo(password="12345678")


@pytest.mark.django_db
def test_second_run_creates_nothing_and_sets_the_password_again(demo_site, monkeypatch):
    pages, users = Page.objects.count(), get_user_model().objects.count()
    monkeypatch.setenv("DEMO_PASSWORD", "another-long-demo-password")

    output = seed_demo()

    assert (Page.objects.count(), get_user_model().objects.count()) == (pages, users)
    assert "Demo site ready: 0 pages created" in output
    assert "Guides: 0 pages created" in output
    assert "0 accounts created" in output
    for username in DEMO_USERNAMES:
        assert Client().login(username=username, password="another-long-demo-password")
        assert not Client().login(username=username, password=PASSWORD)


@pytest.mark.django_db
def test_demo_accounts_sign_in_with_the_given_password(demo_site):
    for username in DEMO_USERNAMES:
        assert Client().login(username=username, password=PASSWORD)
    User = get_user_model()
    assert User.objects.get(username="trainer").groups.filter(name="Trainers").exists()
    assert User.objects.get(username="reviewer").groups.filter(name="Reviewers").exists()
    assert User.objects.get(username="trainer").email == "trainer@example.org"


@pytest.mark.django_db
def test_learner_has_her_profile_and_no_enrolments(demo_site):
    learner = get_user_model().objects.get(username="learner")

    profile = learner.profile
    assert profile.full_name == "Dilnoza Karimova"
    assert (profile.country, profile.role, profile.gender) == (
        Country.UZBEKISTAN,
        Role.SOCIAL_WORKER,
        "woman",
    )
    assert profile.preferred_language == "uz"
    assert profile.reporting_consent
    assert profile.reporting_consent_at is not None
    assert not learner.enrolments.exists()


@pytest.mark.django_db
def test_every_language_has_a_live_home_page_and_catalogue(demo_site):
    english_home = HomePage.objects.get(locale__language_code="en", depth=2)
    english_catalogue = CourseIndexPage.objects.child_of(english_home).get(slug="courses")

    for code in ("en", "ru", "uz", "ky", "kk", "tg"):
        home = translation(english_home, code)
        catalogue = translation(english_catalogue, code)
        assert home.live and catalogue.live
        assert catalogue.get_parent().specific == home
        if code != "en":
            assert home.title != english_home.title


@pytest.mark.django_db
def test_the_guides_are_built_too(demo_site):
    english_home = HomePage.objects.get(locale__language_code="en", depth=2)
    hub = GuideIndexPage.objects.child_of(english_home).get(slug="guides")

    for code in ("en", "ru", "uz", "ky", "kk", "tg"):
        assert translation(hub, code).live
    assert DestinationPage.objects.child_of(hub).live().count() >= 2
    for code in ("en", "ru", "uz", "ky"):
        assert GuidePage.objects.live().filter(locale__language_code=code).count() >= 8
    assert "Guides: " in demo_site and "/en/guides/" in demo_site


@pytest.mark.django_db
def test_courses_are_in_english_and_russian_with_modules_and_lessons(demo_site):
    for course in COURSES:
        english = english_course(course)
        for code in ("en", "ru"):
            page = translation(english, code)
            assert page.live
            assert ModulePage.objects.child_of(page).live().count() >= 3
            assert LessonPage.objects.descendant_of(page).live().count() >= 6
            assert 4 <= len(page.learning_outcomes) <= 6
        assert translation(english, "ru").title != english.title


@pytest.mark.django_db
def test_courses_are_set_up_as_the_programme_requires(demo_site):
    social_work = english_course(SOCIAL_WORK)
    case_management = english_course(CASE_MANAGEMENT)

    assert social_work.is_public and social_work.enrolment_open
    assert not case_management.is_public
    assert case_management.enrolment_key == "RETURN2026"
    assert "RETURN2026" in demo_site
    assert [english_course(course).topic for course in COURSES] == [
        "social_work",
        "psychosocial",
        "case_management",
    ]


@pytest.mark.django_db
def test_social_work_course_is_also_in_uzbek_and_kyrgyz(demo_site):
    english = english_course(SOCIAL_WORK)
    english_pages = [english, *Page.objects.descendant_of(english).order_by("path")]

    for code in ("uz", "ky"):
        for page in english_pages:
            translated = translation(page, code)
            assert translated.translation_key == page.translation_key
            assert translated.live
            assert translated.title != page.title
    with pytest.raises(CoursePage.DoesNotExist):
        translation(english_course(CASE_MANAGEMENT), "uz")


@pytest.mark.django_db
def test_course_pages_are_served_in_english_and_russian(demo_site, client):
    for course in COURSES:
        english = english_course(course)
        for page in (english, translation(english, "ru")):
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            assert page.title in response.content.decode()


@pytest.mark.django_db
def test_public_lessons_are_served_in_all_their_languages(demo_site, client):
    lesson = LessonPage.objects.descendant_of(english_course(SOCIAL_WORK)).first()

    for code in ("en", "ru", "uz", "ky"):
        page = translation(lesson, code)
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert "callout-case_study" in response.content.decode()


@pytest.mark.django_db
def test_trainer_reads_lessons_of_a_course_that_is_not_public(demo_site):
    lesson = LessonPage.objects.descendant_of(english_course(CASE_MANAGEMENT)).last()
    trainer = Client()
    trainer.login(username="trainer", password=PASSWORD)

    assert Client().get(lesson.url).status_code == 302
    assert trainer.get(lesson.url).status_code == 200


def test_translations_follow_the_english_text_block_by_block():
    for course in COURSES:
        english = course.texts["en"]
        for code, text in course.texts.items():
            assert len(text["outcomes"]) == len(english["outcomes"]), (course.slug, code)
            for module, english_module in zip(text["modules"], english["modules"], strict=True):
                for lesson, english_lesson in zip(
                    module["lessons"], english_module["lessons"], strict=True
                ):
                    assert [kind for kind, _value in lesson["body"]] == [
                        kind for kind, _value in english_lesson["body"]
                    ], (course.slug, code, english_lesson["slug"])


def test_english_lessons_have_a_callout_a_reflection_and_a_few_hundred_words():
    for course in COURSES:
        for module in course.texts["en"]["modules"]:
            for lesson in module["lessons"]:
                kinds = [kind for kind, _value in lesson["body"]]
                assert {"heading", "paragraph", "callout", "reflection"} <= set(kinds)
                words = sum(len(_plain_text(value).split()) for _kind, value in lesson["body"])
                assert 250 <= words <= 480, (lesson["slug"], words)


def _plain_text(value):
    if isinstance(value, dict):
        value = " ".join(str(item) for key, item in value.items() if key != "kind")
    return re.sub(r"<[^>]+>", " ", value)
