"""Small helpers for the report tests: learners with profiles, enrolments at given dates,
tests taken with a given number of right answers."""

import csv
import datetime
import io

from django.utils import timezone
from openpyxl import load_workbook

from courses.models import Enrolment
from courses.services import enrolment_create, quiz_attempt_start, quiz_attempt_submit
from lms.models import Profile
from tests.factories import make_quiz, make_user


def make_learner(*, country="", gender="", role="", age_group="", consent=True, **extra):
    user = make_user(**extra)
    Profile.objects.filter(user=user).update(
        country=country,
        gender=gender,
        role=role,
        age_group=age_group,
        reporting_consent=consent,
    )
    return user


def moment(day: str) -> datetime.datetime:
    """Noon, local time, on an ISO date."""
    return timezone.make_aware(
        datetime.datetime.combine(datetime.date.fromisoformat(day), datetime.time(12))
    )


def enrol(user, course, *, on=None, completed=None) -> Enrolment:
    enrolment = enrolment_create(user=user, course=course)
    changes = {}
    if on:
        changes["enrolled_at"] = moment(on)
    if completed:
        changes["completed_at"] = moment(completed)
    if changes:
        Enrolment.objects.filter(pk=enrolment.pk).update(**changes)
        enrolment.refresh_from_db()
    return enrolment


def take(user, quiz, course, right_answers: int):
    """Take the quiz answering the first `right_answers` questions right, the others wrong."""
    attempt = quiz_attempt_start(user=user, quiz=quiz, course=course)
    answers = {}
    for position, question in enumerate(attempt.questions):
        wanted = position < right_answers
        answers[str(question["id"])] = [
            next(c["id"] for c in question["choices"] if c["correct"] == wanted)
        ]
    return quiz_attempt_submit(user=user, attempt_id=attempt.pk, answers=answers).attempt


def with_tests(course, questions=4):
    """A pre-test and a post-test of `questions` one-point questions."""
    items = [("single", 1, [("right", True), ("wrong", False)]) for _ in range(questions)]
    pre = make_quiz(course, kind="pre_test", required_for_completion=False, questions=items)
    post = make_quiz(course, kind="post_test", questions=items)
    return pre, post


def csv_rows(response) -> list[list[str]]:
    content = b"".join(response.streaming_content)
    assert content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def xlsx_sheets(response) -> dict:
    content = b"".join(response.streaming_content)
    workbook = load_workbook(io.BytesIO(content), read_only=True)
    return {
        sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)]
        for sheet in workbook.worksheets
    }


def find_table(rows, title):
    """The rows of the table titled `title` in a CSV export (up to the next blank line)."""
    start = next(i for i, row in enumerate(rows) if row and row[0] == title)
    table = []
    for row in rows[start + 1 :]:
        if not row or not any(row):
            break
        table.append(row)
    return table
