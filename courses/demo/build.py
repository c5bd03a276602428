"""Writes the demo site to the database: the home pages and course catalogues of site/, the
courses read by content.py (see lms.demo.pages_build), the demo accounts and what the demo
learner has done."""

from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale

from courses.models import CourseIndexPage, CoursePage, QuizPage
from lms.demo import (
    CONTENT,
    DemoError,
    check_languages,
    english_home_page,
    fill,
    pages_build,
    publish,
    site_page,
    translation,
)
from lms.models import HomePage

from .accounts import DemoAccount, accounts_build
from .certificate import certificate_template_build
from .content import courses_read
from .learner import DemoLearnerSummary, learner_progress_build


@dataclass
class DemoCourseSummary:
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
def demo_site_build(*, password: str, root: Path = CONTENT) -> DemoSummary:
    """The demo site's pages (demo_pages_build), then the demo accounts, whose password is set
    to `password` on every run, the default certificate template's logo and signatories, and
    the demo learner's progress."""
    summary = demo_pages_build(root=root)
    summary.accounts = accounts_build(password=password)
    certificate_template_build(root=root)
    learner = next(account.user for account in summary.accounts if account.is_learner)
    summary.learner = learner_progress_build(user=learner, courses=summary.courses)
    return summary


@transaction.atomic
def demo_pages_build(*, root: Path = CONTENT) -> DemoSummary:
    """Create whatever is missing of the demo site's pages and publish them: a home page and a
    course catalogue in every language of site/, the courses of courses/ in their languages
    with their quizzes. Reads and checks all the content first. Refuses (DemoError) content
    that content.py refuses, a course in a language the site is not in, and a database that
    has not been migrated or has no English home page as its default site's root."""
    home = site_page("home", HomePage, root=root)
    catalogue = site_page("courses", CourseIndexPage, root=root)
    catalogue.children = courses_read(root=root)
    check_languages(catalogue)
    _check_locales()
    summary = DemoSummary(languages=home.languages)
    english = english_home_page()
    if not english.intro:
        # The home page made by the migration is a bare placeholder: give it its text once.
        fill(english, {name: home.fields[name] for name in ("title", "intro")})
        publish(english)
    summary.pages_existing += 1
    for code, fields in home.translations.items():
        translation(english, code, fields=fields, summary=summary)
    catalogue_page = pages_build(english, catalogue, summary=summary, prepare=_prepare)
    for course in catalogue.children:
        page = CoursePage.objects.child_of(catalogue_page).get(slug=course.fields["slug"])
        quizzes = list(QuizPage.objects.child_of(page).order_by("path"))
        summary.courses.append(DemoCourseSummary(page, course.languages, quizzes))
    return summary


def _prepare(fields: dict) -> dict:
    """A quiz's questions as new Question objects for each page that is written."""
    if "questions" not in fields:
        return fields
    questions = [question.build(order) for order, question in enumerate(fields["questions"])]
    return {**fields, "questions": questions}


def _check_locales() -> None:
    codes = set(Locale.objects.values_list("language_code", flat=True))
    if missing := [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code not in codes]:
        raise DemoError(f"Locales {', '.join(missing)} are missing: run `manage.py migrate` first.")
