"""Races settled by the database: run on PostgreSQL (DATABASE_URL), skipped on SQLite."""

import threading

import pytest
from django.db import connection
from django.utils import timezone

from courses.models import Enrolment, LessonProgress, QuizAttempt
from courses.services import (
    QuizError,
    enrolment_create,
    lesson_mark_complete,
    quiz_attempt_start,
    quiz_attempt_submit,
)
from tests.factories import lessons_of, make_course, make_quiz, make_user, right

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

THREADS = 8


def run_in_parallel(function, count=THREADS):
    """Call function from `count` threads released at the same moment; return the errors."""
    barrier = threading.Barrier(count)
    errors = []

    def worker():
        try:
            barrier.wait()
            function()
        except Exception as error:  # noqa: BLE001 - collected and asserted on below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_parallel_lesson_completions_record_progress_once():
    course = make_course(modules=1, lessons_per_module=2)
    lesson = lessons_of(course)[0]
    learner = make_user()
    enrolment_create(user=learner, course=course)

    errors = run_in_parallel(
        lambda: lesson_mark_complete(user=learner, lesson=lesson, course=course)
    )

    assert errors == []
    assert LessonProgress.objects.filter(lesson_key=lesson.translation_key).count() == 1


def test_parallel_completions_of_the_last_lessons_complete_the_course_once():
    course = make_course(modules=1, lessons_per_module=THREADS)
    learner = make_user()
    enrolment_create(user=learner, course=course)
    lessons = iter(lessons_of(course))
    lock = threading.Lock()

    def complete_next():
        with lock:
            lesson = next(lessons)
        lesson_mark_complete(user=learner, lesson=lesson, course=course)

    errors = run_in_parallel(complete_next)

    assert errors == []
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.progress.count() == THREADS
    assert enrolment.completed_at is not None


def test_parallel_enrolments_give_one_enrolment():
    course = make_course()
    learner = make_user()

    errors = run_in_parallel(lambda: enrolment_create(user=learner, course=course))

    assert errors == []
    assert Enrolment.objects.filter(user=learner).count() == 1


def test_twenty_parallel_submissions_of_one_attempt_give_one_graded_result():

    course = make_course(modules=1, lessons_per_module=1)
    quiz = make_quiz(course)
    learner = make_user()
    enrolment_create(user=learner, course=course)
    attempt = quiz_attempt_start(user=learner, quiz=quiz, course=course)
    answers = {str(q["id"]): [c["id"] for c in right(q)] for q in attempt.questions}
    outcomes = []

    def submit():
        outcomes.append(quiz_attempt_submit(user=learner, attempt_id=attempt.pk, answers=answers))

    errors = run_in_parallel(submit, count=20)

    assert errors == []
    assert sum(1 for outcome in outcomes if not outcome.already_graded) == 1
    graded = QuizAttempt.objects.get()
    assert graded.is_graded and graded.passed


def test_parallel_starts_never_exceed_the_attempts_allowed():

    course = make_course(modules=1, lessons_per_module=1)
    quiz = make_quiz(course, max_attempts=2)
    learner = make_user()
    enrolment_create(user=learner, course=course)

    def start_and_submit():
        try:
            attempt = quiz_attempt_start(user=learner, quiz=quiz, course=course)
        except QuizError:
            return
        quiz_attempt_submit(user=learner, attempt_id=attempt.pk, answers={})

    errors = run_in_parallel(start_and_submit, count=THREADS)

    assert errors == []
    assert QuizAttempt.objects.filter(user=learner).count() <= 2


def test_parallel_completions_give_one_certificate():
    from certificates.models import Certificate
    from courses.services import enrolment_complete

    course = make_course(modules=1, lessons_per_module=1)
    learner = make_user()
    enrolment = enrolment_create(user=learner, course=course)

    errors = run_in_parallel(lambda: enrolment_complete(enrolment=enrolment), count=THREADS)

    assert errors == []
    assert Certificate.objects.filter(enrolment=enrolment).count() == 1
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_parallel_issues_of_one_snapshot_are_settled_by_the_constraint():
    """certificates.services.certificate_issue takes no lock of its own: the partial unique
    constraint lets one certificate through and the others return it."""
    from certificates.models import Certificate
    from certificates.services import certificate_issue
    from courses.services import certificate_snapshot

    course = make_course(modules=1, lessons_per_module=1)
    learner = make_user()
    enrolment = enrolment_create(user=learner, course=course)
    Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=timezone.now())
    enrolment.refresh_from_db()
    snapshot = certificate_snapshot(enrolment=enrolment)
    issued = []

    def issue():
        issued.append(certificate_issue(snapshot=snapshot).pk)

    errors = run_in_parallel(issue, count=THREADS)

    assert errors == []
    assert Certificate.objects.filter(enrolment=enrolment).count() == 1
    assert set(issued) == {Certificate.objects.get(enrolment=enrolment).pk}
