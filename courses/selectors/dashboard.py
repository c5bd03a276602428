"""Reads for the lists of courses: the catalogue, the home page and a learner's "My learning"."""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Q
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from lms.languages import fallback_languages

from ..models import (
    CoursePage,
    Enrolment,
    GroupMembership,
    LessonPage,
    LessonProgress,
    QuizAttempt,
    QuizKind,
    QuizPage,
)
from .gains import Gain, _gains, _graded_test_attempts, _pre_post_keys_for


def course_list(*, locale_id: int):
    """Published courses of one language, in catalogue order, with their cover images."""
    return (
        CoursePage.objects.live()
        .public()
        .filter(locale_id=locale_id)
        .select_related("cover_image")
        .order_by("path")
    )


def course_catalogue(*, locale_id: int) -> dict:
    """What a catalogue (or a home page) lists for one language: its published courses, and
    the courses not translated into it, each in the first of Russian and English it is
    published in (`untranslated`). Three queries: the view restrictions, each list."""
    private = Page.objects.all().private_q()
    courses = list(
        CoursePage.objects.live()
        .exclude(private)
        .filter(locale_id=locale_id)
        .select_related("cover_image")
        .order_by("path")
    )
    language = get_language()
    order = [code for code in fallback_languages(language) if code != language]
    best = {}
    for course in (
        CoursePage.objects.live()
        .exclude(private)
        .filter(locale__language_code__in=order)
        .exclude(locale_id=locale_id)
        .exclude(translation_key__in=[course.translation_key for course in courses])
        .select_related("locale", "cover_image")
        .order_by("path")
    ):
        rank = order.index(course.locale.language_code)
        if course.translation_key not in best or rank < best[course.translation_key][0]:
            best[course.translation_key] = (rank, course)
    untranslated = sorted((course for _rank, course in best.values()), key=lambda c: c.path)
    return {"courses": courses, "untranslated": untranslated}


def course_versions(*, translation_key) -> list[CoursePage]:
    """Every published language version of a course, Russian and English first (where a
    reader whose language it is not in is sent). One query."""
    order = fallback_languages(get_language())
    versions = (
        CoursePage.objects.live()
        .public()
        .filter(translation_key=translation_key)
        .select_related("locale")
    )
    return sorted(
        versions,
        key=lambda page: (
            order.index(page.locale.language_code) if page.locale.language_code in order else 9,
            page.locale.language_code,
        ),
    )


@dataclass
class DashboardRow:
    enrolment: Enrolment
    course: CoursePage
    lesson_count: int
    done_count: int
    gain: "Gain | None" = None
    certificate: object = None
    groups: list = field(default_factory=list)

    @property
    def percent(self):
        return round(100 * self.done_count / self.lesson_count) if self.lesson_count else 0


def dashboard_for_user(*, user, locale: Locale | None = None) -> list[DashboardRow]:
    """The user's enrolments with their progress, newest first, each course shown in the
    reader's language where a translation is published. A fixed number of queries."""
    enrolments = list(
        Enrolment.objects.filter(user=user).select_related("course").order_by("-enrolled_at")
    )
    if not enrolments:
        return []
    keys = [enrolment.course_key for enrolment in enrolments]
    localized = {}
    if locale is not None:
        localized = {
            page.translation_key: page
            for page in CoursePage.objects.live().filter(translation_key__in=keys, locale=locale)
        }
    courses = {e.pk: localized.get(e.course_key, e.course) for e in enrolments}
    paths = Q()
    for course in courses.values():
        paths |= Q(path__startswith=course.path, depth__gt=course.depth)
    # The steps that count, lessons and required quizzes, in one query.
    lesson_type, quiz_type = ContentType.objects.get_for_models(LessonPage, QuizPage).values()
    steps = (
        Page.objects.live()
        .filter(paths, content_type__in=[lesson_type.pk, quiz_type.pk])
        .annotate(kind=F("quizpage__kind"), required=F("quizpage__required_for_completion"))
        .values_list("path", "translation_key", "kind", "required")
    )
    counted_keys = {pk: set() for pk in courses}
    for path, key, kind, required in steps:
        if kind is not None and (not required or kind == QuizKind.PRE_TEST):
            continue
        for enrolment_pk, course in courses.items():
            if path.startswith(course.path):
                counted_keys[enrolment_pk].add(key)
    done = {}
    for enrolment_pk, key in LessonProgress.objects.filter(enrolment__in=enrolments).values_list(
        "enrolment_id", "lesson_key"
    ):
        done.setdefault(enrolment_pk, set()).add(key)
    for enrolment_pk, key in QuizAttempt.objects.filter(
        enrolment__in=enrolments, passed=True
    ).values_list("enrolment_id", "quiz_key"):
        done.setdefault(enrolment_pk, set()).add(key)
    gains = _dashboard_gains(enrolments=enrolments, courses=courses)
    groups = {}
    for membership in (
        GroupMembership.objects.filter(enrolment__in=enrolments)
        .select_related("group")
        .order_by("group__starts_on", "group__name")
    ):
        groups.setdefault(membership.enrolment_id, []).append(membership.group)
    return [
        DashboardRow(
            enrolment=enrolment,
            course=courses[enrolment.pk],
            lesson_count=len(counted_keys[enrolment.pk]),
            done_count=len(counted_keys[enrolment.pk] & done.get(enrolment.pk, set())),
            gain=gains.get(enrolment.pk),
            groups=groups.get(enrolment.pk, []),
        )
        for enrolment in enrolments
    ]


def _dashboard_gains(*, enrolments, courses) -> dict:
    """Knowledge gain per enrolment, for the courses with a pre-test and a post-test: two
    queries for all of them."""
    test_keys = _pre_post_keys_for(list(courses.values()))
    keys = {pk: test_keys[course.pk] for pk, course in courses.items() if course.pk in test_keys}
    if not keys:
        return {}
    attempts = {}
    for attempt in _graded_test_attempts(keys.values()).filter(enrolment_id__in=list(keys)):
        attempts.setdefault(attempt.enrolment_id, []).append(attempt)
    gains = {}
    for enrolment_pk, (pre, post) in keys.items():
        gain = _gains(attempts.get(enrolment_pk, []), pre, post).get(enrolment_pk)
        if gain is not None:
            gains[enrolment_pk] = gain
    return gains
