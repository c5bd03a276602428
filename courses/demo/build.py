"""Writes the demo site to the database.

Every step looks for what is already there before it creates anything: English pages by slug
under their parent, translations by translation key and locale, accounts by username, the demo
learner's progress by enrolment. Pages that exist are left as they are, so edits made in the
admin survive a second run.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale

from courses.models import (
    Choice,
    CourseIndexPage,
    CoursePage,
    LessonPage,
    ModulePage,
    Question,
    QuizPage,
)
from lms.demo import english_child, english_home_page, fill, publish, translation
from lms.models import HomePage

from . import DemoError
from .accounts import DemoAccount, accounts_build
from .learner import DemoLearnerSummary, learner_progress_build
from .programme import COURSES, DemoCourse
from .quiz import QUIZ_RULES, QUIZ_TEXTS, QUIZZES_AFTER_MODULES, QUIZZES_BEFORE_MODULES
from .site import CATALOGUE, HOME


@dataclass
class DemoCourseSummary:
    course: DemoCourse
    page: CoursePage
    languages: list[str]
    quizzes: list[QuizPage] = field(default_factory=list)


@dataclass
class DemoSummary:
    pages_created: int = 0
    pages_existing: int = 0
    languages: list[str] = field(default_factory=list)
    courses: list[DemoCourseSummary] = field(default_factory=list)
    accounts: list[DemoAccount] = field(default_factory=list)
    learner: DemoLearnerSummary | None = None


@transaction.atomic
def demo_site_build(*, password: str) -> DemoSummary:
    """Create whatever is missing of the demo site and publish it: a home page and a course
    catalogue in every content language, the three programme courses in their languages with
    their pre-test, post-test and final assessment, the demo accounts, whose password is set to
    `password` on every run, and the demo learner's progress. Refuses (DemoError) a database
    that has not been migrated or has no English home page as its default site's root."""
    summary = DemoSummary()
    locales = _locales()
    summary.languages = list(locales)
    homes = _home_pages(locales=locales, summary=summary)
    catalogue = english_child(
        homes["en"],
        CourseIndexPage(slug="courses", **CATALOGUE["en"]),
        summary=summary,
    )
    catalogues = {"en": catalogue}
    for code in HOME:
        if code != "en":
            catalogues[code] = translation(
                catalogue, locales[code], fields=CATALOGUE[code], summary=summary
            )
    for course in COURSES:
        summary.courses.append(
            _course(course, catalogues=catalogues, locales=locales, summary=summary)
        )
    summary.accounts = accounts_build(password=password)
    learner = next(account.user for account in summary.accounts if account.is_learner)
    summary.learner = learner_progress_build(user=learner, courses=summary.courses)
    return summary


def _locales() -> dict[str, Locale]:
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    missing = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code not in locales]
    if missing:
        raise DemoError(f"Locales {', '.join(missing)} are missing: run `manage.py migrate` first.")
    return {code: locales[code] for code in HOME}


def _home_pages(*, locales, summary) -> dict[str, HomePage]:
    english = english_home_page()
    if not english.intro:
        # The home page made by the migration is a bare placeholder: give it its text once.
        fill(english, HOME["en"])
        publish(english)
    summary.pages_existing += 1
    homes = {"en": english}
    for code, fields in HOME.items():
        if code != "en":
            homes[code] = translation(english, locales[code], fields=fields, summary=summary)
    return homes


def _course(course: DemoCourse, *, catalogues, locales, summary) -> DemoCourseSummary:
    _check_translations(course)
    english = course.texts["en"]
    page = english_child(
        catalogues["en"],
        CoursePage(
            slug=course.slug,
            title=english["title"],
            summary=english["summary"],
            learning_outcomes=_outcomes(english),
            audience=course.audience,
            topic=course.topic,
            estimated_hours=course.estimated_hours,
            is_public=course.is_public,
            enrolment_open=course.enrolment_open,
            enrolment_key=course.enrolment_key,
        ),
        summary=summary,
    )
    english_quizzes = course.quizzes["en"]
    quizzes_before = {
        kind: _english_quiz(page, kind, questions=english_quizzes[kind], summary=summary)
        for kind in QUIZZES_BEFORE_MODULES
    }
    modules = []
    for module_text in english["modules"]:
        module = english_child(
            page,
            ModulePage(
                slug=module_text["slug"], title=module_text["title"], intro=module_text["intro"]
            ),
            summary=summary,
        )
        lessons = [
            english_child(
                module,
                LessonPage(
                    slug=lesson_text["slug"],
                    title=lesson_text["title"],
                    estimated_minutes=lesson_text["minutes"],
                    body=lesson_text["body"],
                ),
                summary=summary,
            )
            for lesson_text in module_text["lessons"]
        ]
        modules.append((module, lessons))
    quizzes_after = {
        kind: _english_quiz(page, kind, questions=english_quizzes[kind], summary=summary)
        for kind in QUIZZES_AFTER_MODULES
    }

    # Wagtail translates a page only under its translated parent: course, quizzes, modules,
    # lessons.
    for code, text in course.texts.items():
        if code == "en":
            continue
        locale = locales[code]
        translation(
            page,
            locale,
            fields={
                "title": text["title"],
                "summary": text["summary"],
                "learning_outcomes": _outcomes(text),
            },
            summary=summary,
        )
        for kind, quiz in quizzes_before.items():
            _quiz_translation(quiz, kind, locale, questions=course.quizzes[code], summary=summary)
        for (module, lessons), module_text in zip(modules, text["modules"], strict=True):
            translation(
                module,
                locale,
                fields={"title": module_text["title"], "intro": module_text["intro"]},
                summary=summary,
            )
            for lesson, lesson_text in zip(lessons, module_text["lessons"], strict=True):
                translation(
                    lesson,
                    locale,
                    fields={"title": lesson_text["title"], "body": lesson_text["body"]},
                    summary=summary,
                )
        for kind, quiz in quizzes_after.items():
            _quiz_translation(quiz, kind, locale, questions=course.quizzes[code], summary=summary)
    return DemoCourseSummary(
        course=course,
        page=page,
        languages=list(course.texts),
        quizzes=[*quizzes_before.values(), *quizzes_after.values()],
    )


def _check_translations(course: DemoCourse) -> None:
    english = course.texts["en"]
    shape = [len(module["lessons"]) for module in english["modules"]]
    for code, text in course.texts.items():
        if [len(module["lessons"]) for module in text["modules"]] != shape:
            raise DemoError(
                f"The {code} text of {course.slug} has other modules or lessons than the "
                "English one."
            )
    if set(course.quizzes) != set(course.texts):
        raise DemoError(f"The quizzes of {course.slug} are not in the languages of its text.")
    english_shapes = _quiz_shapes(course.quizzes["en"])
    for code, questions in course.quizzes.items():
        # The knowledge gain compares the two scores, so both tests ask the same questions.
        if questions["pre_test"] != questions["post_test"]:
            raise DemoError(
                f"The {code} pre-test and post-test of {course.slug} ask different questions."
            )
        if _quiz_shapes(questions) != english_shapes:
            raise DemoError(
                f"The {code} quizzes of {course.slug} have other questions, or other right "
                "answers, than the English ones."
            )


def _quiz_shapes(questions: dict) -> dict:
    return {kind: [question.shape for question in questions[kind]] for kind in QUIZ_RULES}


def _outcomes(text: dict) -> list:
    return [("outcome", outcome) for outcome in text["outcomes"]]


def _english_quiz(course: CoursePage, kind: str, *, questions: list, summary) -> QuizPage:
    quiz = QuizPage(**QUIZ_RULES[kind], **QUIZ_TEXTS["en"][kind])
    quiz.questions = _questions(questions)
    return english_child(course, quiz, summary=summary, first=kind in QUIZZES_BEFORE_MODULES)


def _quiz_translation(
    quiz: QuizPage, kind: str, locale: Locale, *, questions: dict, summary
) -> QuizPage:
    return translation(
        quiz,
        locale,
        fields={
            **QUIZ_TEXTS[locale.language_code][kind],
            "questions": _questions(questions[kind]),
        },
        summary=summary,
        first=kind in QUIZZES_BEFORE_MODULES,
        # Written afresh in the translation's language rather than copied and then replaced.
        exclude_fields=["questions"],
    )


def _questions(questions: list) -> list[Question]:
    built = []
    for order, item in enumerate(questions):
        question = Question(
            kind=item.kind,
            text=item.text,
            explanation=item.explanation,
            partial_credit=item.partial_credit,
            sort_order=order,
        )
        question.choices = [
            Choice(text=text, is_correct=is_correct, sort_order=index)
            for index, (text, is_correct) in enumerate(item.choices)
        ]
        built.append(question)
    return built
