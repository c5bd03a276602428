from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from courses.models import Choice, Enrolment, Question, QuizAttempt
from courses.reporting.queries import course_knowledge_gain
from courses.selectors import learner_gain
from courses.services import (
    QuizError,
    enrolment_create,
    lesson_mark_complete,
    quiz_attempt_start,
    quiz_attempt_submit,
)
from tests.factories import answer, lessons_of, make_course, make_quiz, make_user, right, wrong

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    return make_course(modules=1, lessons_per_module=1)


@pytest.fixture
def learner(course):
    user = make_user()
    enrolment_create(user=user, course=course)
    return user


def start(client, quiz):
    return client.post(quiz.url + "start/")


def attempt_url(quiz, attempt):
    return quiz.url + f"attempts/{attempt.pk}/"


def test_starting_needs_a_post_and_an_enrolment(client):
    quiz = make_quiz(make_course(is_public=True))
    client.force_login(make_user())

    assert client.get(quiz.url + "start/").status_code == 405
    response = client.post(quiz.url + "start/", follow=True)

    assert "Enrol in the course to take its quizzes." in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_attempt_page_never_sends_correct_answers(client, course, learner):
    quiz = make_quiz(
        course,
        questions=[("single", 1, [("Listen first", True), ("Advise at once", False)])],
    )
    Question.objects.filter(quiz=quiz).update(explanation="Because trust comes first")
    client.force_login(learner)

    response = client.get(start(client, quiz).headers["Location"])

    content = response.content.decode()
    assert "Listen first" in content and "Advise at once" in content
    assert "Because trust comes first" not in content
    assert "correct" not in content.lower()


def test_all_right_answers_pass_and_show_the_result(client, course, learner):
    quiz = make_quiz(course, pass_mark=60)
    client.force_login(learner)
    start(client, quiz)
    attempt = QuizAttempt.objects.get()

    response = client.post(attempt_url(quiz, attempt), answer(attempt, right), follow=True)

    attempt.refresh_from_db()
    assert attempt.is_graded and attempt.passed
    assert attempt.percent == Decimal("100.00")
    content = response.content.decode()
    assert "You scored 3 of 3 points (100%)." in content
    assert "Passed" in content


def test_failing_result_says_so_and_counts_attempts_left(client, course, learner):
    quiz = make_quiz(course, pass_mark=60, max_attempts=3)
    client.force_login(learner)
    start(client, quiz)
    attempt = QuizAttempt.objects.get()

    response = client.post(attempt_url(quiz, attempt), answer(attempt, wrong), follow=True)

    content = response.content.decode()
    assert "Not passed: the pass mark is 60%." in content
    assert "2 attempts left" in content


def test_attempts_limit_is_enforced(client, course, learner):
    quiz = make_quiz(course, max_attempts=2)
    for _ in range(2):
        attempt = quiz_attempt_start(user=learner, quiz=quiz, course=course)
        quiz_attempt_submit(user=learner, attempt_id=attempt.pk, answers={})

    with pytest.raises(QuizError):
        quiz_attempt_start(user=learner, quiz=quiz, course=course)
    client.force_login(learner)
    response = client.post(quiz.url + "start/", follow=True)

    assert "You have no attempts left for this quiz." in response.content.decode()
    assert QuizAttempt.objects.count() == 2


def test_unfinished_attempt_is_resumed_with_its_saved_answers(client, course, learner):
    quiz = make_quiz(course)
    client.force_login(learner)
    start(client, quiz)
    attempt = QuizAttempt.objects.get()
    first = attempt.questions[0]
    chosen = first["choices"][1]["id"]

    client.post(attempt_url(quiz, attempt), {f"q-{first['id']}": str(chosen), "save": "1"})
    again = start(client, quiz)

    assert again.headers["Location"] == attempt_url(quiz, attempt)
    assert QuizAttempt.objects.count() == 1
    attempt.refresh_from_db()
    assert attempt.answers[str(first["id"])] == [chosen]
    assert not attempt.is_graded
    page = client.get(attempt_url(quiz, attempt)).content.decode()
    assert (
        f'value="{chosen}" checked' in page
        or f'checked value="{chosen}"' in page
        or (f'value="{chosen}"' in page and "checked" in page)
    )


def test_question_and_choice_order_is_stored_per_attempt(course, learner):
    questions = [("single", 1, [(f"q{n} c{c}", c == 0) for c in range(5)]) for n in range(8)]
    quiz = make_quiz(
        course,
        questions=questions,
        shuffle_questions=True,
        shuffle_choices=True,
        questions_per_attempt=5,
    )

    attempt = quiz_attempt_start(user=learner, quiz=quiz, course=course)

    assert len(attempt.questions) == 5
    pool = {q.pk for q in quiz.questions.all()}
    assert {q["id"] for q in attempt.questions} <= pool
    attempt.refresh_from_db()
    orders = {tuple(c["id"] for c in q["choices"]) for q in attempt.questions}
    assert len(orders) == 5  # stored as given, one order per question


def test_editing_the_quiz_later_leaves_old_scores_and_reviews(client, course, learner):
    quiz = make_quiz(course, pass_mark=50)
    client.force_login(learner)
    start(client, quiz)
    attempt = QuizAttempt.objects.get()
    client.post(attempt_url(quiz, attempt), answer(attempt, right))
    attempt.refresh_from_db()
    before = (attempt.score, attempt.percent, attempt.passed, attempt.questions)

    # The trainer rewrites a question, moves the right answer and deletes another question.
    first, second, _third = quiz.questions.all().order_by("sort_order")
    first.text = "Rewritten"
    first.save()
    Choice.objects.filter(question=first).update(is_correct=False)
    Choice.objects.filter(question=first, text="wrong").update(is_correct=True)
    second.delete()

    attempt.refresh_from_db()
    assert (attempt.score, attempt.percent, attempt.passed, attempt.questions) == before
    review = client.get(attempt_url(quiz, attempt) + "result/").content.decode()
    assert "Question 1" in review and "Rewritten" not in review
    assert "Question 2" in review


def test_unknown_choice_ids_are_refused_and_change_nothing(client, course, learner):
    quiz = make_quiz(course)
    client.force_login(learner)
    start(client, quiz)
    attempt = QuizAttempt.objects.get()
    data = answer(attempt, right)
    data[f"q-{attempt.questions[0]['id']}"] = ["999999"]

    response = client.post(attempt_url(quiz, attempt), data)

    assert response.status_code == 400
    assert "This answer is not one of the question" in response.content.decode()
    attempt.refresh_from_db()
    assert not attempt.is_graded and attempt.answers == {}


@pytest.fixture
def two_attempts(client, course, learner):
    """The learner, signed in, with an attempt at a quiz started in the browser and another
    at a second quiz."""
    quiz = make_quiz(course)
    other_quiz = make_quiz(course)
    client.force_login(learner)
    start(client, quiz)
    attempt = QuizAttempt.objects.get()
    other = quiz_attempt_start(user=learner, quiz=other_quiz, course=course)
    return quiz, attempt, other


def test_choices_of_another_attempt_are_refused(client, two_attempts):
    quiz, attempt, other = two_attempts
    data = {
        f"q-{mine['id']}": [str(theirs["choices"][0]["id"])]
        for mine, theirs in zip(attempt.questions, other.questions, strict=True)
    }

    response = client.post(attempt_url(quiz, attempt), data)

    assert response.status_code == 400
    attempt.refresh_from_db()
    assert not attempt.is_graded


@pytest.mark.parametrize("save", [True, False])
def test_answers_to_questions_outside_the_attempt_are_refused(client, two_attempts, save):
    quiz, attempt, other = two_attempts
    data = {**answer(attempt, right), **answer(other, right)}
    if save:
        data["save"] = "1"

    response = client.post(attempt_url(quiz, attempt), data)

    assert response.status_code == 400
    assert "not part of this attempt" in response.content.decode()
    attempt.refresh_from_db()
    assert not attempt.is_graded and attempt.answers == {}


def test_another_users_attempt_is_not_found(client, course, learner):
    quiz = make_quiz(course)
    attempt = quiz_attempt_start(user=learner, quiz=quiz, course=course)
    intruder = make_user()
    enrolment_create(user=intruder, course=course)
    client.force_login(intruder)

    assert client.get(attempt_url(quiz, attempt)).status_code == 404
    assert client.post(attempt_url(quiz, attempt), answer(attempt, right)).status_code == 404
    assert client.get(attempt_url(quiz, attempt) + "result/").status_code == 404
    attempt.refresh_from_db()
    assert not attempt.is_graded


def test_missing_answers_are_refused_on_submit(client, course, learner):
    quiz = make_quiz(course)
    client.force_login(learner)
    start(client, quiz)
    attempt = QuizAttempt.objects.get()
    data = answer(attempt, right)
    data.pop(f"q-{attempt.questions[1]['id']}")

    response = client.post(attempt_url(quiz, attempt), data)

    assert response.status_code == 400
    assert "Answer this question." in response.content.decode()
    attempt.refresh_from_db()
    assert not attempt.is_graded


def test_oversized_payload_is_refused(client, course, learner):
    quiz = make_quiz(course)
    client.force_login(learner)
    start(client, quiz)
    attempt = QuizAttempt.objects.get()
    data = {**answer(attempt, right), "padding": "x" * 100_000}

    response = client.post(attempt_url(quiz, attempt), data)

    assert response.status_code == 413
    attempt.refresh_from_db()
    assert not attempt.is_graded


def test_replayed_submission_is_graded_once(client, course, learner):
    quiz = make_quiz(course)
    client.force_login(learner)
    start(client, quiz)
    attempt = QuizAttempt.objects.get()
    client.post(attempt_url(quiz, attempt), answer(attempt, right))
    attempt.refresh_from_db()
    graded_at = attempt.graded_at

    replay = client.post(attempt_url(quiz, attempt), answer(attempt, wrong))

    assert replay.status_code == 302
    attempt.refresh_from_db()
    assert attempt.graded_at == graded_at and attempt.passed


def test_after_the_time_limit_answers_are_refused_and_the_attempt_graded_as_it_stood(
    client, course, learner
):
    quiz = make_quiz(course, time_limit_minutes=10, pass_mark=30)
    client.force_login(learner)
    start(client, quiz)
    attempt = QuizAttempt.objects.get()
    first = attempt.questions[0]
    client.post(
        attempt_url(quiz, attempt),
        {f"q-{first['id']}": str(right(first)[0]["id"]), "save": "1"},
    )
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        expires_at=timezone.now() - timedelta(minutes=5)
    )

    response = client.post(attempt_url(quiz, attempt), answer(attempt, right), follow=True)

    attempt.refresh_from_db()
    assert attempt.is_graded and attempt.timed_out
    assert attempt.score == Decimal(1)  # only the saved answer counted
    assert "time limit had passed" in response.content.decode()


def test_expired_attempt_is_graded_when_opened(client, course, learner):
    quiz = make_quiz(course, time_limit_minutes=5)
    attempt = quiz_attempt_start(user=learner, quiz=quiz, course=course)
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    client.force_login(learner)

    response = client.get(attempt_url(quiz, attempt))

    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.is_graded and attempt.timed_out


@pytest.mark.parametrize(
    ("rule", "passed", "attempts", "visible"),
    [
        ("never", True, 1, False),
        ("after_attempt", False, 1, True),
        ("after_passing", False, 1, False),
        ("after_passing", True, 1, True),
        ("after_last", False, 1, False),
        ("after_last", False, 2, True),
    ],
)
def test_correct_answers_are_shown_as_configured(
    client, course, learner, rule, passed, attempts, visible
):
    quiz = make_quiz(course, show_answers=rule, max_attempts=2, pass_mark=100)
    Question.objects.filter(quiz=quiz).update(explanation="Trust comes first")
    client.force_login(learner)
    for _ in range(attempts):
        attempt = quiz_attempt_start(user=learner, quiz=quiz, course=course)
        quiz_attempt_submit(
            user=learner,
            attempt_id=attempt.pk,
            answers=_answers(attempt, right if passed else wrong),
        )

    content = client.get(attempt_url(quiz, attempt) + "result/").content.decode()

    assert ("Trust comes first" in content) is visible


def _answers(attempt, pick):
    return {str(q["id"]): [c["id"] for c in pick(q)] for q in attempt.questions}


def test_completion_needs_required_lessons_and_passed_required_quizzes(course, learner):
    make_quiz(course, kind="pre_test", required_for_completion=False, title="Pre-test")
    final = make_quiz(course, kind="final", pass_mark=70, title="Final")
    make_quiz(course, kind="practice", required_for_completion=False)
    enrolment = Enrolment.objects.get(user=learner)
    lesson_mark_complete(user=learner, lesson=lessons_of(course)[0], course=course)

    failed = quiz_attempt_start(user=learner, quiz=final, course=course)
    quiz_attempt_submit(user=learner, attempt_id=failed.pk, answers=_answers(failed, wrong))
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None

    passed = quiz_attempt_start(user=learner, quiz=final, course=course)
    quiz_attempt_submit(user=learner, attempt_id=passed.pk, answers=_answers(passed, right))
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None  # the pre-test was never taken


def test_a_passed_final_does_not_complete_a_course_with_unread_lessons(course, learner):
    final = make_quiz(course, kind="final")
    attempt = quiz_attempt_start(user=learner, quiz=final, course=course)
    quiz_attempt_submit(user=learner, attempt_id=attempt.pk, answers=_answers(attempt, right))

    assert Enrolment.objects.get(user=learner).completed_at is None


def _take(user, quiz, course, correct_count):
    attempt = quiz_attempt_start(user=user, quiz=quiz, course=course)
    answers = {
        str(q["id"]): [c["id"] for c in (right(q) if n < correct_count else wrong(q))]
        for n, q in enumerate(attempt.questions)
    }
    quiz_attempt_submit(user=user, attempt_id=attempt.pk, answers=answers)


def test_knowledge_gain_on_a_known_data_set(course):
    pre = make_quiz(course, kind="pre_test", required_for_completion=False)
    post = make_quiz(course, kind="post_test")
    amina, bakyt, chynara = (make_user() for _ in range(3))
    for user in (amina, bakyt, chynara):
        enrolment_create(user=user, course=course)
    _take(amina, pre, course, 1)  # 33.33
    _take(amina, post, course, 2)  # 66.67 first try …
    _take(amina, post, course, 3)  # … 100 best
    _take(bakyt, pre, course, 2)  # 66.67
    _take(bakyt, post, course, 2)  # 66.67: no gain
    _take(chynara, pre, course, 3)  # no post-test: left out

    stats = course_knowledge_gain(course=course)

    assert stats.learners == 2
    assert stats.mean_pre == Decimal("50.00")
    assert stats.mean_post == Decimal("83.34")
    assert stats.mean_gain == Decimal("33.34")
    assert stats.improved_share == Decimal("50.00")
    mine = learner_gain(enrolment=Enrolment.objects.get(user=amina), course=course)
    assert (mine.pre, mine.post, mine.gain) == (
        Decimal("33.33"),
        Decimal("100.00"),
        Decimal("66.67"),
    )
    assert learner_gain(enrolment=Enrolment.objects.get(user=chynara), course=course) is None


# Routing and access, as for the attempt page (10); then, in a savepoint (2), the attempt
# locked and graded (2), its graded answers and their choices recorded for the reports (2); for
# completion, its quiz, the quiz's course, its enrolment, the learner's training groups (whose
# rule may apply instead of the course's) and the outline (lessons done, quizzes taken, and the
# course's pages, not in the cache yet).
GRADING_QUERIES = 23


@pytest.mark.parametrize("size", [5, 50])
def test_grading_takes_the_same_number_of_queries_whatever_the_size(
    client, course, learner, django_assert_num_queries, size
):
    quiz = make_quiz(
        course, questions=[("single", 1, [("a", True), ("b", False)]) for _ in range(size)]
    )
    client.force_login(learner)
    start(client, quiz)
    attempt = QuizAttempt.objects.get()
    data = answer(attempt, right)

    with django_assert_num_queries(GRADING_QUERIES):
        response = client.post(attempt_url(quiz, attempt), data)

    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.percent == Decimal("100.00") and attempt.max_score == size


@pytest.mark.parametrize("kind", ["single", "true_false"])
@pytest.mark.parametrize("save", [True, False])
def test_two_values_for_a_one_answer_question_are_refused_and_change_nothing(
    client, course, learner, kind, save
):
    choices = [("True", True), ("False", False)] if kind == "true_false" else None
    questions = [(kind, 1, choices or [("right", True), ("wrong", False), ("also", False)])] * 2
    quiz = make_quiz(course, questions=questions)
    client.force_login(learner)
    start(client, quiz)
    attempt = QuizAttempt.objects.get()
    client.post(attempt_url(quiz, attempt), {**answer(attempt, wrong), "save": "1"})
    attempt.refresh_from_db()
    saved = attempt.answers
    assert saved  # the wrong answers are stored
    first = attempt.questions[0]
    data = answer(attempt, right)
    data[f"q-{first['id']}"] = [str(choice["id"]) for choice in first["choices"][:2]]
    if save:
        data["save"] = "1"

    response = client.post(attempt_url(quiz, attempt), data)

    assert response.status_code == 400
    assert "Choose only one answer." in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.answers == saved
    assert not attempt.is_graded


def test_the_attempt_history_links_say_what_they_open(client, course, learner):
    quiz = make_quiz(course, max_attempts=3)
    for _ in range(2):
        attempt = quiz_attempt_start(user=learner, quiz=quiz, course=course)
        quiz_attempt_submit(user=learner, attempt_id=attempt.pk, answers={})
    client.force_login(learner)

    content = client.get(quiz.url).content.decode()

    for number, attempt in enumerate(QuizAttempt.objects.order_by("number"), start=1):
        link = f'<a href="{quiz.url}attempts/{attempt.pk}/result/" data-attempt="{number}">'
        assert f"{link}Attempt {number}: see the result</a>" in content
