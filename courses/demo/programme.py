"""The three programme courses of the demo site: how each is set up, and its texts and quiz
questions by language. The English text comes first; it fixes the slugs, the order of modules
and lessons and the study time, and every translation follows it module by module, lesson by
lesson and question by question."""

from dataclasses import dataclass
from decimal import Decimal

from courses.models import Audience, Topic

from . import (
    content_case_management_en,
    content_case_management_ru,
    content_psychosocial_en,
    content_psychosocial_ru,
    content_social_work_en,
    content_social_work_ky,
    content_social_work_ru,
    content_social_work_uz,
    quizzes_case_management_en,
    quizzes_case_management_ru,
    quizzes_psychosocial_en,
    quizzes_psychosocial_ru,
    quizzes_social_work_en,
    quizzes_social_work_ky,
    quizzes_social_work_ru,
    quizzes_social_work_uz,
)


@dataclass(frozen=True)
class DemoCourse:
    slug: str
    topic: str
    estimated_hours: Decimal
    is_public: bool
    texts: dict  # language code -> course text; "en" first
    quizzes: dict  # language code -> questions of the pre-test, post-test and final (quiz.py)
    audience: str = Audience.PROFESSIONALS
    enrolment_open: bool = True
    enrolment_key: str = ""


SOCIAL_WORK = DemoCourse(
    slug="effective-social-work-with-migrants",
    topic=Topic.SOCIAL_WORK,
    estimated_hours=Decimal("3.5"),
    is_public=True,
    texts={
        "en": content_social_work_en.COURSE,
        "ru": content_social_work_ru.COURSE,
        "uz": content_social_work_uz.COURSE,
        "ky": content_social_work_ky.COURSE,
    },
    quizzes={
        "en": quizzes_social_work_en.QUESTIONS,
        "ru": quizzes_social_work_ru.QUESTIONS,
        "uz": quizzes_social_work_uz.QUESTIONS,
        "ky": quizzes_social_work_ky.QUESTIONS,
    },
)

PSYCHOSOCIAL = DemoCourse(
    slug="psychosocial-support-and-trauma-healing",
    topic=Topic.PSYCHOSOCIAL,
    estimated_hours=Decimal("3.5"),
    is_public=False,
    texts={"en": content_psychosocial_en.COURSE, "ru": content_psychosocial_ru.COURSE},
    quizzes={"en": quizzes_psychosocial_en.QUESTIONS, "ru": quizzes_psychosocial_ru.QUESTIONS},
)

CASE_MANAGEMENT = DemoCourse(
    slug="case-management-for-returning-migrants",
    topic=Topic.CASE_MANAGEMENT,
    estimated_hours=Decimal("3.5"),
    is_public=False,
    enrolment_key="RETURN2026",
    texts={"en": content_case_management_en.COURSE, "ru": content_case_management_ru.COURSE},
    quizzes={
        "en": quizzes_case_management_en.QUESTIONS,
        "ru": quizzes_case_management_ru.QUESTIONS,
    },
)

COURSES = [SOCIAL_WORK, PSYCHOSOCIAL, CASE_MANAGEMENT]
