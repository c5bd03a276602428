"""Writes the demo site to the database.

Every step looks for what is already there before it creates anything: English pages by slug
under their parent, translations by translation key and locale, accounts by username. Pages
that exist are left as they are, so edits made in the admin survive a second run.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from lms.models import HomePage

from . import DemoError
from .accounts import DemoAccount, accounts_build
from .programme import COURSES, DemoCourse
from .site import CATALOGUE, HOME


@dataclass
class DemoCourseSummary:
    course: DemoCourse
    page: CoursePage
    languages: list[str]


@dataclass
class DemoSummary:
    pages_created: int = 0
    pages_existing: int = 0
    languages: list[str] = field(default_factory=list)
    courses: list[DemoCourseSummary] = field(default_factory=list)
    accounts: list[DemoAccount] = field(default_factory=list)


@transaction.atomic
def demo_site_build(*, password: str) -> DemoSummary:
    """Create whatever is missing of the demo site and publish it: a home page and a course
    catalogue in every content language, the three programme courses in their languages, and
    the demo accounts, whose password is set to `password` on every run. Refuses (DemoError)
    a database that has not been migrated or has no English home page as its default site's
    root."""
    summary = DemoSummary()
    locales = _locales()
    summary.languages = list(locales)
    homes = _home_pages(locales=locales, summary=summary)
    catalogue = _english_child(
        homes["en"],
        CourseIndexPage(slug="courses", **CATALOGUE["en"]),
        summary=summary,
    )
    catalogues = {"en": catalogue}
    for code in HOME:
        if code != "en":
            catalogues[code] = _translation(
                catalogue, locales[code], fields=CATALOGUE[code], summary=summary
            )
    for course in COURSES:
        summary.courses.append(
            _course(course, catalogues=catalogues, locales=locales, summary=summary)
        )
    summary.accounts = accounts_build(password=password)
    return summary


def _locales() -> dict[str, Locale]:
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    missing = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code not in locales]
    if missing:
        raise DemoError(f"Locales {', '.join(missing)} are missing: run `manage.py migrate` first.")
    return {code: locales[code] for code in HOME}


def _home_pages(*, locales, summary) -> dict[str, HomePage]:
    site = Site.objects.filter(is_default_site=True).first()
    english = site.root_page.specific if site else None
    if not isinstance(english, HomePage) or english.locale.language_code != "en":
        raise DemoError(
            "The default site's root must be the English home page created by `manage.py migrate`."
        )
    if not english.intro:
        # The home page made by the migration is a bare placeholder: give it its text once.
        _fill(english, HOME["en"])
        _publish(english)
    summary.pages_existing += 1
    homes = {"en": english}
    for code, fields in HOME.items():
        if code != "en":
            homes[code] = _translation(english, locales[code], fields=fields, summary=summary)
    return homes


def _course(course: DemoCourse, *, catalogues, locales, summary) -> DemoCourseSummary:
    _check_translations(course)
    english = course.texts["en"]
    page = _english_child(
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
    modules = []
    for module_text in english["modules"]:
        module = _english_child(
            page,
            ModulePage(
                slug=module_text["slug"], title=module_text["title"], intro=module_text["intro"]
            ),
            summary=summary,
        )
        lessons = [
            _english_child(
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

    # Wagtail translates a page only under its translated parent: course, modules, lessons.
    for code, text in course.texts.items():
        if code == "en":
            continue
        locale = locales[code]
        _translation(
            page,
            locale,
            fields={
                "title": text["title"],
                "summary": text["summary"],
                "learning_outcomes": _outcomes(text),
            },
            summary=summary,
        )
        for (module, lessons), module_text in zip(modules, text["modules"], strict=True):
            _translation(
                module,
                locale,
                fields={"title": module_text["title"], "intro": module_text["intro"]},
                summary=summary,
            )
            for lesson, lesson_text in zip(lessons, module_text["lessons"], strict=True):
                _translation(
                    lesson,
                    locale,
                    fields={"title": lesson_text["title"], "body": lesson_text["body"]},
                    summary=summary,
                )
    return DemoCourseSummary(course=course, page=page, languages=list(course.texts))


def _check_translations(course: DemoCourse) -> None:
    english = course.texts["en"]
    shape = [len(module["lessons"]) for module in english["modules"]]
    for code, text in course.texts.items():
        if [len(module["lessons"]) for module in text["modules"]] != shape:
            raise DemoError(
                f"The {code} text of {course.slug} has other modules or lessons than the "
                "English one."
            )


def _outcomes(text: dict) -> list:
    return [("outcome", outcome) for outcome in text["outcomes"]]


def _english_child(parent: Page, page: Page, *, summary) -> Page:
    existing = type(page).objects.child_of(parent).filter(slug=page.slug).first()
    if existing is not None:
        summary.pages_existing += 1
        return existing
    page.live = False
    parent.add_child(instance=page)
    summary.pages_created += 1
    return _publish(page)


def _translation(source: Page, locale: Locale, *, fields: dict, summary) -> Page:
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        summary.pages_existing += 1
        return existing
    page = source.copy_for_translation(locale)
    _fill(page, fields)
    summary.pages_created += 1
    return _publish(page)


def _fill(page: Page, fields: dict) -> None:
    for name, value in fields.items():
        setattr(page, name, value)


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    return page
