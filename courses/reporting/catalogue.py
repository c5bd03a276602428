"""Courses as reports see them: one per translation key, pooled over its translations."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language

from courses.models import CoursePage, Enrolment

LANGUAGE_NAMES = dict(settings.LANGUAGES)
LANGUAGE_ORDER = [code for code, _name in settings.LANGUAGES]


@dataclass
class ReportCourse:
    """A course in all its languages: its title in the reader's language where it is
    translated, and the languages its live translations are in."""

    key: object
    title: str
    topic: str
    languages: list = field(default_factory=list)
    pages: list = field(default_factory=list)  # (pk, path, depth) of its live translations

    @property
    def language_names(self) -> str:
        return ", ".join(LANGUAGE_NAMES.get(code, code) for code in self.languages)


def report_courses(*, language: str | None = None) -> dict:
    """Courses by translation key, in order of their titles: every course with a live
    translation, and every course someone enrolled in, published or not. One query."""
    language = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    pages = CoursePage.objects.order_by("path").values(
        "pk", "translation_key", "title", "topic", "live", "path", "depth", "locale__language_code"
    )
    pages = pages.filter(
        Q(live=True) | Q(translation_key__in=Enrolment.objects.values("course_key"))
    )
    by_key: dict = {}
    for page in pages:
        by_key.setdefault(page["translation_key"], []).append(page)
    courses = {}
    for key, translations in by_key.items():
        live = [page for page in translations if page["live"]] or translations
        chosen = (
            _in_language(live, language)
            or _in_language(live, settings.LANGUAGE_CODE)
            or min(live, key=lambda page: page["pk"])
        )
        languages = {page["locale__language_code"] for page in live}
        courses[key] = ReportCourse(
            key=key,
            title=chosen["title"],
            topic=chosen["topic"],
            languages=sorted(languages, key=_language_position),
            pages=[(p["pk"], p["path"], p["depth"]) for p in translations if p["live"]],
        )
    return dict(sorted(courses.items(), key=lambda item: item[1].title.casefold()))


def _in_language(pages, language):
    return next((page for page in pages if page["locale__language_code"] == language), None)


def _language_position(code):
    return LANGUAGE_ORDER.index(code) if code in LANGUAGE_ORDER else len(LANGUAGE_ORDER)
