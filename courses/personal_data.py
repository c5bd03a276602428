"""Courses' share of a learner's personal data (provider "courses"): enrolments, lesson
progress, quiz attempts with the answers given, and training groups with attendance.
Registered in CoursesConfig.ready.

When an account is closed these records stay with the anonymous account: they carry no name,
no email and no free text (questions are answered by choosing), and they are what programme
figures count. Only the one-time sign-in code, a way into the account, is deleted."""

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from lms.privacy import DataProvider, ExportPart, Held

from .models import Attendance, Enrolment, GroupMembership, LessonProgress, QuizAttempt, SignInCode


def _answers(attempt: QuizAttempt) -> list[dict]:
    """Each question given and the choices picked, in words. The correct choices are left
    out: an export must not give away the answers of a quiz still to be taken."""
    rows = []
    for question in attempt.questions:
        picked = {str(choice) for choice in attempt.answers.get(str(question["id"]), [])}
        rows.append(
            {
                "question": question["text"],
                "choices": [choice["text"] for choice in question["choices"]],
                "picked": [
                    choice["text"] for choice in question["choices"] if str(choice["id"]) in picked
                ],
            }
        )
    return rows


def export_courses(user) -> ExportPart:
    enrolments = Enrolment.objects.filter(user=user).select_related("course__locale")
    progress = LessonProgress.objects.filter(enrolment__user=user).select_related("lesson")
    attempts = QuizAttempt.objects.filter(user=user).order_by("started_at", "pk")
    memberships = GroupMembership.objects.filter(user=user).select_related("group__course")
    days = {}
    for row in Attendance.objects.filter(membership__user=user).order_by("day"):
        days.setdefault(row.membership_id, []).append(row.day)
    return ExportPart(
        {
            "enrolments": [
                {
                    "id": enrolment.pk,
                    "course": enrolment.course.title,
                    "language": enrolment.course.locale.language_code,
                    "status": enrolment.status,
                    "enrolled_at": enrolment.enrolled_at,
                    "completed_at": enrolment.completed_at,
                    "left_at": enrolment.left_at,
                }
                for enrolment in enrolments.order_by("enrolled_at", "pk")
            ],
            "lesson_progress": [
                {
                    "enrolment": row.enrolment_id,
                    "lesson": row.lesson.title if row.lesson else str(row.lesson_key),
                    "completed_at": row.completed_at,
                }
                for row in progress.order_by("completed_at", "pk")
            ],
            "quiz_attempts": [
                {
                    "id": attempt.pk,
                    "enrolment": attempt.enrolment_id,
                    "quiz": attempt.quiz_title,
                    "kind": attempt.kind,
                    "number": attempt.number,
                    "status": attempt.status,
                    "started_at": attempt.started_at,
                    "graded_at": attempt.graded_at,
                    "timed_out": attempt.timed_out,
                    "score": attempt.score,
                    "max_score": attempt.max_score,
                    "percent": attempt.percent,
                    "passed": attempt.passed,
                    "answers": _answers(attempt),
                }
                for attempt in attempts
            ],
            "training_groups": [
                {
                    "group": membership.group.name,
                    "course": membership.group.course.title,
                    "place": ", ".join(
                        part for part in (membership.group.venue, membership.group.city) if part
                    ),
                    "country": membership.group.country,
                    "starts_on": membership.group.starts_on,
                    "ends_on": membership.group.ends_on,
                    "joined_at": membership.joined_at,
                    "days_present": days.get(membership.pk, []),
                }
                for membership in memberships.order_by("joined_at", "pk")
            ],
        }
    )


def erase_courses(user, closure) -> None:
    SignInCode.objects.filter(user=user).delete()


def users_active_since(users, since):
    return users.filter(
        Q(enrolments__enrolled_at__gte=since)
        | Q(enrolments__completed_at__gte=since)
        | Q(enrolments__progress__completed_at__gte=since)
        | Q(quiz_attempts__started_at__gte=since)
    )


def summary(user) -> list[Held]:
    counts = Enrolment.objects.filter(user=user).aggregate(
        enrolments=Count("pk", distinct=True),
        progress=Count("progress", distinct=True),
        attempts=Count("quiz_attempts", distinct=True),
        groups=Count("group_memberships", distinct=True),
    )
    return [
        Held("enrolments", _("Courses you enrolled in"), counts["enrolments"]),
        Held("progress", _("Lessons you marked as done"), counts["progress"]),
        Held("quiz_attempts", _("Quiz attempts, with your answers"), counts["attempts"]),
        Held("training_groups", _("Training groups you took part in"), counts["groups"]),
    ]


courses_provider = DataProvider(
    name="courses",
    export=export_courses,
    erase=erase_courses,
    active_since=users_active_since,
    summary=summary,
    order=20,
)
