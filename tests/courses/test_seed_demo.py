"""seed_demo builds the demo site once however often it runs, and never in production."""

import re
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import transaction
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page

from certificates.models import Certificate
from certificates.services import certificate_render
from courses.demo.content import courses_read
from courses.models import (
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    QuizAttempt,
    QuizPage,
)
from courses.reporting.queries import course_knowledge_gain
from courses.selectors import (
    OutlineModule,
    course_outline,
    dashboard_for_user,
    learner_gain,
)
from guides.models import DestinationPage, GuideIndexPage, GuidePage
from lms.models import Country, HomePage, Role

PASSWORD = "a-long-demo-password-for-tests"
ALL_LANGUAGES = ("en", "ru", "uz", "ky", "kk", "tg")
DEMO_USERNAMES = ("trainer", "reviewer", "learner")
# The courses as read from demo/content/courses/.
COURSES = courses_read()
SOCIAL_WORK, PSYCHOSOCIAL, CASE_MANAGEMENT = COURSES
# The languages each course is written in (a language folder each).
COURSE_LANGUAGES = {
    "effective-social-work-with-migrants": list(ALL_LANGUAGES),
    "psychosocial-support-and-trauma-healing": ["en", "ru"],
    "case-management-for-returning-migrants": ["en", "ru"],
}
# Letters each language writes that its neighbours' alphabets (and Russian) lack: a Kazakh
# or Tajik text without them was pasted from another language or typed without its keyboard.
OWN_LETTERS = {"kk": set("әғқңөұүі"), "tg": set("ғӣқӯҳҷ")}
QUIZ_KINDS = ("pre_test", "post_test", "final")
# The programme's rules: every course has the same three quizzes.
QUIZ_RULES = {
    "pre_test": {
        "slug": "pre-test",
        "required_for_completion": False,
        "max_attempts": 1,
        # The post-test asks the same questions: showing the answers now would spoil it.
        "show_answers": "never",
        "shuffle_questions": True,
        "shuffle_choices": True,
    },
    "post_test": {
        "slug": "post-test",
        "required_for_completion": False,
        "max_attempts": 1,
        "show_answers": "after_attempt",
        "shuffle_questions": True,
        "shuffle_choices": True,
    },
    "final": {
        "slug": "final-assessment",
        "required_for_completion": True,
        "pass_mark": 70,
        "max_attempts": 3,
        "show_answers": "after_passing",
        "shuffle_questions": True,
        "shuffle_choices": True,
        "questions_per_attempt": 8,
    },
}


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
    return CoursePage.objects.get(slug=course.fields["slug"], locale__language_code="en")


def lessons_of(course):
    return [lesson for module in course.children for lesson in module.children]


def quizzes_of(course):
    return {quiz.fields["kind"]: quiz for quiz in course.children if quiz.model is QuizPage}


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


def learner():
    return get_user_model().objects.get(username="learner")


def enrolment_in(course):
    return Enrolment.objects.get(user=learner(), course_key=english_course(course).translation_key)


def quiz_of(course_page, kind):
    return QuizPage.objects.child_of(course_page).get(kind=kind)


def records():
    return [
        model.objects.count()
        for model in (Page, get_user_model(), Enrolment, LessonProgress, QuizAttempt, Certificate)
    ]


@pytest.mark.django_db
def test_second_run_creates_nothing_and_sets_the_password_again(demo_site, monkeypatch):
    before = records()
    monkeypatch.setenv("DEMO_PASSWORD", "another-long-demo-password")

    output = seed_demo()

    assert records() == before
    assert "Demo site ready: 0 pages created" in output
    assert "Guides: 0 pages created" in output
    assert "0 accounts created" in output
    assert "0 enrolments created" in output
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
def test_learner_has_her_profile(demo_site):
    profile = learner().profile
    assert profile.full_name == "Dilnoza Karimova"
    assert (profile.country, profile.role, profile.gender) == (
        Country.UZBEKISTAN,
        Role.SOCIAL_WORKER,
        "woman",
    )
    assert profile.preferred_language == "uz"
    assert profile.reporting_consent
    assert profile.reporting_consent_at is not None


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
    # Each guide set with the languages it is in.
    assert "Russia (4 guides: en, ru, uz, ky, kk, tg)" in demo_site
    assert "South Korea (4 guides: en, ru, uz, ky)" in demo_site
    assert "1 guide for everyone (en, ru, uz, ky, kk, tg)" in demo_site


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


def test_each_course_is_in_its_languages():
    assert {course.fields["slug"]: course.languages for course in COURSES} == COURSE_LANGUAGES


@pytest.mark.django_db
def test_social_work_course_is_also_in_uzbek_kyrgyz_kazakh_and_tajik(demo_site):
    english = english_course(SOCIAL_WORK)
    english_pages = [english, *Page.objects.descendant_of(english).order_by("path")]

    for code in ("uz", "ky", "kk", "tg"):
        course = translation(english, code)
        assert course.get_parent().locale.language_code == code
        # The same tree: every page translated, in the same order and under the same parent.
        pages = [course, *Page.objects.descendant_of(course).order_by("path")]
        assert [page.translation_key for page in pages] == [
            page.translation_key for page in english_pages
        ], code
        for page, original in zip(pages, english_pages, strict=True):
            assert page.live and page.locale.language_code == code
            assert page.title != original.title
            assert page.depth == original.depth and page.slug == original.slug
    for code in ("uz", "kk", "tg"):
        with pytest.raises(CoursePage.DoesNotExist):
            translation(english_course(CASE_MANAGEMENT), code)


@pytest.mark.django_db
def test_kazakh_and_tajik_catalogues_list_their_own_course(demo_site, client):
    english = english_course(SOCIAL_WORK)
    catalogue = CourseIndexPage.objects.get(slug="courses", locale__language_code="en")

    for code in ("kk", "tg"):
        response = client.get(translation(catalogue, code).url)
        assert response.status_code == 200
        content = response.content.decode()
        assert translation(english, code).title in content
        # The intro sends readers to the Russian catalogue for the courses not translated.
        assert f'href="{translation(catalogue, "ru").url}"' in content


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

    for code in SOCIAL_WORK.languages:
        page = translation(lesson, code)
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        content = response.content.decode()
        assert "callout-case_study" in content
        assert page.title in content and f'<html lang="{code}">' in content


@pytest.mark.django_db
def test_trainer_reads_lessons_of_a_course_that_is_not_public(demo_site):
    lesson = LessonPage.objects.descendant_of(english_course(CASE_MANAGEMENT)).last()
    trainer = Client()
    trainer.login(username="trainer", password=PASSWORD)

    assert Client().get(lesson.url).status_code == 302
    assert trainer.get(lesson.url).status_code == 200


def test_translations_follow_the_english_text_block_by_block():
    for course in COURSES:
        assert course.languages[0] == "en"
        for code in course.languages:
            outcomes = course.text(code)["learning_outcomes"]
            assert len(outcomes) == len(course.fields["learning_outcomes"]), code
            for lesson in lessons_of(course):
                assert [kind for kind, _value in lesson.text(code)["body"]] == [
                    kind for kind, _value in lesson.fields["body"]
                ], (code, lesson.path)


def test_english_lessons_have_a_callout_a_reflection_and_a_few_hundred_words():
    for course in COURSES:
        assert len(lessons_of(course)) >= 6
        for lesson in lessons_of(course):
            body = lesson.fields["body"]
            kinds = [kind for kind, _value in body]
            assert {"heading", "paragraph", "callout", "reflection"} <= set(kinds)
            words = sum(len(_plain_text(value).split()) for _kind, value in body)
            assert 250 <= words <= 480, (lesson.path, words)


def _plain_text(value):
    if isinstance(value, dict):
        value = " ".join(str(item) for key, item in value.items() if key != "kind")
    return re.sub(r"<[^>]+>", " ", value)


@pytest.mark.django_db
def test_every_course_has_a_pre_test_first_and_a_post_test_and_final_last_in_each_language(
    demo_site,
):
    for course in COURSES:
        english = english_course(course)
        for code in course.languages:
            page = translation(english, code)
            quizzes = QuizPage.objects.child_of(page).live()
            assert sorted(quiz.kind for quiz in quizzes) == ["final", "post_test", "pre_test"]
            assert QuizPage.objects.descendant_of(page).count() == 3
            entries = course_outline(course=page).entries
            assert [entry.page.specific.kind for entry in (entries[0], *entries[-2:])] == [
                "pre_test",
                "post_test",
                "final",
            ]
            assert all(isinstance(entry, OutlineModule) for entry in entries[1:-2])


@pytest.mark.django_db
def test_quizzes_follow_the_programme_rules(demo_site):
    quizzes = QuizPage.objects.all()
    assert quizzes.count() == 3 * sum(len(codes) for codes in COURSE_LANGUAGES.values())
    for quiz in quizzes:
        rules = QUIZ_RULES[quiz.kind]
        assert {name: getattr(quiz, name) for name in rules} == rules, quiz.url
        assert quiz.pass_mark == 70 and quiz.time_limit_minutes is None
        assert quiz.counts_for_completion == (quiz.kind == "final")
    for code in ("ky", "kk", "tg"):
        final = quiz_of(translation(english_course(SOCIAL_WORK), code), "final")
        assert (final.pass_mark, final.max_attempts) == (70, 3)
        assert final.questions_per_attempt < final.questions.count()


def question_pool(quiz):
    return [
        (question.kind, question.text, [(c.text, c.is_correct) for c in question.choices.all()])
        for question in quiz.questions.order_by("sort_order").prefetch_related("choices")
    ]


@pytest.mark.django_db
def test_pre_test_and_post_test_ask_the_same_questions_in_every_language(demo_site):
    for course in COURSES:
        english = english_course(course)
        english_pool = question_pool(quiz_of(english, "pre_test"))
        for code in course.languages:
            page = translation(english, code)
            pool = question_pool(quiz_of(page, "pre_test"))
            assert len(pool) == 7
            assert question_pool(quiz_of(page, "post_test")) == pool
            if code != "en":
                assert [text for _kind, text, _choices in pool] != [
                    text for _kind, text, _choices in english_pool
                ]


@pytest.mark.django_db
def test_every_quiz_uses_every_question_type_with_explanations(demo_site):
    for quiz in QuizPage.objects.all():
        questions = list(quiz.questions.all())
        assert {(q.kind, q.partial_credit) for q in questions} == {
            ("single", False),
            ("multiple", False),  # all or nothing
            ("multiple", True),
            ("true_false", False),
        }, quiz.url
        assert all(q.explanation for q in questions), quiz.url


@pytest.mark.django_db
def test_the_learner_completed_the_social_work_course_in_uzbek_with_a_gain(demo_site):
    enrolment = enrolment_in(SOCIAL_WORK)
    course = enrolment.course

    assert course.locale.language_code == "uz"
    assert enrolment.is_complete and enrolment.is_active
    attempts = {
        kind: list(
            enrolment.quiz_attempts.filter(kind=kind)
            .order_by("number")
            .values_list("passed", flat=True)
        )
        for kind in QUIZ_KINDS
    }
    assert attempts == {"pre_test": [False], "post_test": [True], "final": [False, True]}
    gain = learner_gain(enrolment=enrolment, course=course)
    assert isinstance(gain.gain, Decimal) and gain.gain > 0
    # Attempts are matched by translation key, so the English course counts them too.
    report = course_knowledge_gain(course=english_course(SOCIAL_WORK))
    assert report.learners == 1 and report.mean_gain == gain.gain


@pytest.mark.django_db
def test_the_learner_has_one_certificate_whose_pdf_renders(demo_site):
    enrolment = enrolment_in(SOCIAL_WORK)

    certificate = Certificate.objects.get(user=learner())
    assert certificate.enrolment == enrolment
    assert (certificate.name, certificate.language) == ("Dilnoza Karimova", "uz")
    assert certificate.course_title == enrolment.course.title
    best_final = enrolment.quiz_attempts.filter(kind="final", passed=True).get().percent
    assert certificate.score == best_final
    assert certificate.display_code in demo_site
    assert f"/certificates/verify/{certificate.display_code}/" in demo_site

    certificate_render(certificate=certificate)

    assert certificate.status == Certificate.Status.VALID
    assert certificate.pdf.read().startswith(b"%PDF")


@pytest.mark.django_db
def test_my_learning_shows_one_course_completed_and_one_in_progress(demo_site):
    rows = {row.enrolment.course_key: row for row in dashboard_for_user(user=learner())}
    done = rows[english_course(SOCIAL_WORK).translation_key]
    started = rows[english_course(PSYCHOSOCIAL).translation_key]

    assert (done.done_count, done.percent) == (done.lesson_count, 100)
    assert started.course.locale.language_code == "ru"
    assert started.enrolment.completed_at is None and 0 < started.done_count < started.lesson_count
    assert learner_gain(enrolment=started.enrolment, course=started.course) is None
    client = Client()
    client.force_login(learner())
    content = client.get(reverse("my_learning")).content.decode()
    assert english_course(SOCIAL_WORK).title in content
    assert english_course(PSYCHOSOCIAL).title in content


@pytest.mark.django_db
def test_summary_mentions_the_quizzes(demo_site):
    assert demo_site.count("final assessment (8 of 10 questions, pass mark 70%, 3 attempts)") == 3
    assert "2 enrolments created" in demo_site
    assert "knowledge gain" in demo_site


@pytest.mark.django_db
def test_a_pre_test_added_to_a_course_built_earlier_comes_before_the_modules(demo_site):
    english = english_course(CASE_MANAGEMENT)
    for quiz in QuizPage.objects.filter(
        translation_key=quiz_of(english, "pre_test").translation_key
    ):
        quiz.delete()

    output = seed_demo(password=PASSWORD)

    assert "Demo site ready: 2 pages created" in output
    for code in CASE_MANAGEMENT.languages:
        first = course_outline(course=translation(english, code)).entries[0]
        assert first.page.specific.kind == "pre_test"


def test_quiz_translations_follow_the_english_questions():
    for course in COURSES:
        quizzes = quizzes_of(course)
        assert list(quizzes) == list(QUIZ_KINDS)
        for code in course.languages:
            questions = {kind: quiz.text(code)["questions"] for kind, quiz in quizzes.items()}
            assert questions["pre_test"] == questions["post_test"], code
            assert len(questions["pre_test"]) == 7 and len(questions["final"]) == 10
            for kind, quiz in quizzes.items():
                english = quiz.fields["questions"]
                assert [q.shape for q in questions[kind]] == [q.shape for q in english], (
                    code,
                    kind,
                )


def test_uzbek_quizzes_write_o_and_g_with_the_turned_comma():
    for quiz in quizzes_of(SOCIAL_WORK).values():
        for question in quiz.text("uz")["questions"]:
            texts = [question.text, question.explanation, *(t for t, _r in question.choices)]
            for text in texts:
                assert not set(text) & set("'`‘’"), text


@pytest.mark.django_db
def test_kazakh_and_tajik_quizzes_have_the_english_questions_and_right_answers(demo_site):
    english = english_course(SOCIAL_WORK)

    for kind in QUIZ_KINDS:
        english_pool = question_pool(quiz_of(english, kind))
        for code in ("kk", "tg"):
            pool = question_pool(quiz_of(translation(english, code), kind))
            assert [_answers(question) for question in pool] == [
                _answers(question) for question in english_pool
            ], (code, kind)
            texts = {text for _kind, text, _choices in pool}
            assert not texts & {text for _kind, text, _choices in english_pool}, (code, kind)


def _answers(question):
    kind, _text, choices = question
    return kind, [is_correct for _text, is_correct in choices]


# A Latin letter next to a Cyrillic one inside a word: a typing slip a reader stumbles on.
MIXED_SCRIPTS = re.compile(r"\w*(?:[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z])\w*")


def test_kazakh_and_tajik_texts_are_written_with_their_own_letters():
    pages = [SOCIAL_WORK, *SOCIAL_WORK.children, *lessons_of(SOCIAL_WORK)]
    for code, letters in OWN_LETTERS.items():
        text = " ".join(_plain_text(value) for page in pages for value in _texts(page.text(code)))
        assert letters <= set(text.lower()), (code, letters - set(text.lower()))
        assert not MIXED_SCRIPTS.findall(text), code


def _texts(fields):
    """The translatable texts of a page's fields as the importer read them."""
    values = [fields.get(name, "") for name in ("title", "summary", "intro")]
    values += [value for _kind, value in fields.get("body", [])]
    values += [value for _kind, value in fields.get("learning_outcomes", [])]
    for question in fields.get("questions", []):
        values += [question.text, question.explanation, *(text for text, _r in question.choices)]
    return values
