"""Reads for the staff's reports: knowledge gain per course, item statistics of a quiz and the
training summary for donors."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Case, CharField, Count, F, Q, Value, When

from ..models import Enrolment, QuizAttempt
from .gains import _gains, _graded_test_attempts, _pre_post_keys_for


@dataclass
class CourseGain:
    learners: int
    mean_pre: Decimal | None
    mean_post: Decimal | None
    mean_gain: Decimal | None
    improved_share: Decimal | None


def _mean(values):
    values = list(values)
    if not values:
        return None
    return (sum(values, Decimal(0)) / len(values)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def course_knowledge_gain(*, course) -> CourseGain:
    """For trainers: over the learners who took both the pre-test and the post-test of a course,
    the mean scores, the mean gain and the share (percent) who improved. Two queries."""
    return courses_knowledge_gain(courses=[course])[course.pk]


def courses_knowledge_gain(*, courses) -> dict:
    """`course_knowledge_gain` for each of `courses`, by course pk, in two queries."""
    keys = _pre_post_keys_for(courses)
    attempts = list(_graded_test_attempts(keys.values())) if keys else []
    result = {}
    for course in courses:
        if course.pk not in keys:
            result[course.pk] = CourseGain(0, None, None, None, None)
            continue
        pre, post = keys[course.pk]
        mine = [attempt for attempt in attempts if attempt.quiz_key in (pre, post)]
        result[course.pk] = _course_gain(list(_gains(mine, pre, post).values()))
    return result


def _course_gain(gains) -> CourseGain:
    improved = sum(1 for gain in gains if gain.post > gain.pre)
    return CourseGain(
        learners=len(gains),
        mean_pre=_mean(g.pre for g in gains),
        mean_post=_mean(g.post for g in gains),
        mean_gain=_mean(g.gain for g in gains),
        improved_share=(Decimal(improved * 100) / len(gains)).quantize(Decimal("0.01"))
        if gains
        else None,
    )


def quiz_question_statistics(*, quiz):
    """Item analysis over every graded attempt at a quiz, in all its languages. One query."""
    from ..statistics import question_statistics

    attempts = QuizAttempt.objects.filter(
        quiz_key=quiz.translation_key, status=QuizAttempt.Status.GRADED
    ).values("percent", "questions", "answers", "results")
    return question_statistics(list(attempts))


def training_summary() -> list[dict]:
    """For donor reports: per course, country, role and gender, how many learners enrolled and
    how many completed. Only learners who consented to reporting are broken down; the others
    are counted under "not shared". One query."""

    def consented(field):
        return Case(
            When(user__profile__reporting_consent=True, then=F(f"user__profile__{field}")),
            default=Value("not_shared"),
            output_field=CharField(),
        )

    rows = (
        Enrolment.objects.annotate(
            country=consented("country"), role=consented("role"), gender=consented("gender")
        )
        .values("course__title", "course__locale__language_code", "country", "role", "gender")
        .annotate(
            enrolled=Count("pk"),
            completed=Count("pk", filter=Q(completed_at__isnull=False)),
        )
        .order_by("course__title", "country", "role", "gender")
    )
    return [
        {
            "course": row["course__title"],
            "language": row["course__locale__language_code"],
            "country": row["country"] or "unknown",
            "role": row["role"] or "unknown",
            "gender": row["gender"] or "unknown",
            "enrolled": row["enrolled"],
            "completed": row["completed"],
        }
        for row in rows
    ]
