"""Question statistics: computed in SQL over the graded answers written at grading time, equal
to the reference definition (courses/statistics.py), with questions drawn from a pool."""

import importlib
import random

import pytest
from django.apps import apps
from django.urls import reverse

from courses.models import GradedAnswer, GradedAnswerChoice, QuizAttempt
from courses.reporting.questions import quiz_question_figures
from courses.services import enrolment_create, quiz_attempt_start, quiz_attempt_submit
from courses.statistics import question_statistics
from tests.courses.reporting_helpers import csv_rows, xlsx_sheets
from tests.factories import make_course, make_quiz, make_user

pytestmark = pytest.mark.django_db


def pool_quiz(course, *, size=6, drawn=4):
    questions = [
        ("single", 1, [("right", True), ("wrong", False), ("also wrong", False)])
        for _ in range(size)
    ]
    return make_quiz(
        course,
        kind="post_test",
        questions=questions,
        questions_per_attempt=drawn,
        shuffle_questions=True,
        shuffle_choices=True,
    )


def take_at_random(generator, user, quiz, course):
    attempt = quiz_attempt_start(user=user, quiz=quiz, course=course)
    answers = {}
    for question in attempt.questions:
        picked = generator.choice(question["choices"] + [None])
        answers[str(question["id"])] = [] if picked is None else [picked["id"]]
    return quiz_attempt_submit(user=user, attempt_id=attempt.pk, answers=answers).attempt


@pytest.fixture
def pooled():
    generator = random.Random(3)
    course = make_course(modules=1, lessons_per_module=1)
    quiz = pool_quiz(course)
    for _ in range(14):
        learner = make_user()
        enrolment_create(user=learner, course=course)
        for _attempt in range(generator.randint(1, 2)):
            take_at_random(generator, learner, quiz, course)
    return quiz


def reference(quiz):
    attempts = QuizAttempt.objects.filter(quiz_key=quiz.translation_key, status="graded")
    return {
        item.id: item
        for item in question_statistics(
            [
                {
                    "id": a.pk,
                    "percent": a.percent,
                    "questions": a.questions,
                    "answers": a.answers,
                    "results": a.results,
                }
                for a in attempts
            ]
        )
    }


def test_sql_figures_equal_the_reference_with_questions_drawn_from_a_pool(pooled):
    expected = reference(pooled)

    figures = quiz_question_figures(quiz=pooled)

    assert figures.attempts == QuizAttempt.objects.filter(quiz_key=pooled.translation_key).count()
    assert {item.id for item in figures.questions} == set(expected)
    for item in figures.questions:
        wanted = expected[item.id]
        assert (item.answered, item.correct) == (wanted.answered, wanted.correct)
        # Each question was given to some attempts only.
        assert item.answered < figures.attempts
        assert item.discrimination == pytest.approx(wanted.discrimination)
        assert {c: v.chosen for c, v in item.choices.items()} == {
            c: v.chosen for c, v in wanted.choices.items()
        }
        assert item.upper_given + item.lower_given <= 2 * figures.group_size


def test_grading_writes_one_row_per_question_and_one_per_choice_picked():
    course = make_course(modules=1, lessons_per_module=1)
    quiz = make_quiz(course, questions=[("multiple", 2, [("a", True), ("b", True), ("c", False)])])
    learner = make_user()
    enrolment_create(user=learner, course=course)
    attempt = quiz_attempt_start(user=learner, quiz=quiz, course=course)
    question = attempt.questions[0]
    picked = [question["choices"][0]["id"], question["choices"][2]["id"]]

    quiz_attempt_submit(user=learner, attempt_id=attempt.pk, answers={str(question["id"]): picked})

    answer = GradedAnswer.objects.get(attempt=attempt)
    assert (answer.question_id, answer.correct, answer.points) == (question["id"], False, 2)
    assert answer.attempt_percent == QuizAttempt.objects.get(pk=attempt.pk).percent
    assert sorted(answer.choices.values_list("choice_id", flat=True)) == sorted(picked)


def test_the_backfill_writes_what_grading_writes(pooled):
    written = sorted(
        GradedAnswer.objects.values_list("attempt_id", "question_id", "correct", "awarded")
    )
    picks = sorted(GradedAnswerChoice.objects.values_list("answer__attempt_id", "choice_id"))
    GradedAnswer.objects.all().delete()
    migration = importlib.import_module("courses.migrations.0006_backfill_graded_answers")

    migration.backfill(apps, None)
    migration.backfill(apps, None)  # running it again adds nothing

    assert (
        sorted(GradedAnswer.objects.values_list("attempt_id", "question_id", "correct", "awarded"))
        == written
    )
    assert sorted(GradedAnswerChoice.objects.values_list("answer__attempt_id", "choice_id")) == (
        picks
    )


@pytest.mark.parametrize("learners", [1, 50])
def test_the_page_and_its_exports_make_the_same_queries_whatever_the_attempts(
    client, django_assert_num_queries, learners
):
    generator = random.Random(learners)
    course = make_course(modules=1, lessons_per_module=1)
    quiz = pool_quiz(course)
    for _ in range(learners):
        learner = make_user()
        enrolment_create(user=learner, course=course)
        take_at_random(generator, learner, quiz, course)
    client.force_login(make_user(groups=["Trainers"]))
    url = reverse("courses_reports:question_stats", args=[quiz.pk])
    client.get(url)
    # The user and permissions (4; the session is read from the cache), the quiz, the figures
    # (4, or 6 with four attempts or more), the admin menu of a trainer (4).
    figures_queries = 6 if learners >= 4 else 4

    with django_assert_num_queries(4 + 1 + figures_queries + 4):
        page = client.get(url)
    with django_assert_num_queries(4 + 1 + figures_queries):
        exported = csv_rows(client.get(url, {"export": "csv"}))

    assert page.status_code == 200
    assert f"Over {learners} graded attempt" in page.content.decode()
    questions = [row for row in exported if row and row[0].startswith("Question ")]
    assert questions and all(int(row[2]) <= learners for row in questions if row[2].isdigit())
    assert xlsx_sheets(client.get(url, {"export": "xlsx"})).keys() == {"Questions", "Choices"}
    assert client.get(url, {"export": "pdf"}).status_code == 400


def test_question_statistics_are_for_report_readers_only(client, pooled):
    client.force_login(make_user())
    assert client.get(reverse("courses_reports:question_stats", args=[pooled.pk])).status_code in {
        302,
        403,
    }
