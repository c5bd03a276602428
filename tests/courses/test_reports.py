import pytest
from django.urls import reverse

from courses.selectors import quiz_question_statistics
from courses.services import enrolment_create, quiz_attempt_start, quiz_attempt_submit
from courses.statistics import question_statistics
from tests.factories import make_course, make_quiz, make_user, right, wrong

pytestmark = pytest.mark.django_db


def attempt(percent, answers, correct):
    """A graded attempt of one question (id 1) with choices 10 (right) and 20 (wrong)."""
    return {
        "percent": percent,
        "questions": [
            {
                "id": 1,
                "text": "Q",
                "choices": [
                    {"id": 10, "text": "right", "correct": True},
                    {"id": 20, "text": "wrong", "correct": False},
                ],
            }
        ],
        "answers": {"1": answers},
        "results": {"1": {"correct": correct}},
    }


def test_question_statistics_on_a_known_data_set():
    attempts = [
        attempt(100, [10], True),
        attempt(90, [10], True),
        attempt(80, [10], True),
        attempt(40, [20], False),
        attempt(20, [20], False),
        attempt(10, [10], True),
        attempt(0, [], False),
    ]

    (stats,) = question_statistics(attempts)

    assert stats.answered == 7 and stats.correct == 4
    assert stats.choices[10].chosen == 4 and stats.choices[20].chosen == 2
    assert round(stats.choices[20].share, 4) == round(2 / 7, 4)
    # Groups of round(7 × 0.27) = 2: top two both right, bottom two (10 % right, 0 % wrong).
    assert stats.discrimination == pytest.approx(1.0 - 0.5)


def test_discrimination_needs_four_attempts():
    (stats,) = question_statistics([attempt(100, [10], True)] * 3)
    assert stats.discrimination is None


def _take(user, quiz, course, pick):
    taken = quiz_attempt_start(user=user, quiz=quiz, course=course)
    quiz_attempt_submit(
        user=user,
        attempt_id=taken.pk,
        answers={str(q["id"]): [c["id"] for c in pick(q)] for q in taken.questions},
    )


@pytest.fixture
def graded_quiz():
    course = make_course(modules=1, lessons_per_module=1)
    quiz = make_quiz(course, kind="post_test")
    for pick in (right, right, wrong, wrong):
        learner = make_user()
        enrolment_create(user=learner, course=course)
        _take(learner, quiz, course, pick)
    return quiz


def test_trainer_sees_attempts_filters_and_exports_them(client, graded_quiz):
    client.force_login(make_user(groups=["Trainers"]))
    url = reverse("courses_reports:quiz_attempts")

    listing = client.get(url, {"passed": "true"})
    csv = client.get(url, {"export": "csv"})
    xlsx = client.get(url, {"export": "xlsx"})

    assert listing.status_code == 200
    assert len(listing.context["object_list"]) == 2
    assert csv.status_code == 200 and csv["Content-Type"].startswith("text/csv")
    rows = b"".join(csv.streaming_content).decode().strip().splitlines()
    assert len(rows) == 5 and "Learner's email" in rows[0]
    assert xlsx.status_code == 200 and "spreadsheetml" in xlsx["Content-Type"]


def test_learner_cannot_see_the_reports(client, graded_quiz):
    client.force_login(make_user())
    response = client.get(reverse("courses_reports:quiz_attempts"))
    assert response.status_code in {302, 403}


def test_question_statistics_page_for_trainers(client, graded_quiz):
    client.force_login(make_user(groups=["Trainers"]))

    response = client.get(reverse("courses_reports:question_stats", args=[graded_quiz.pk]))

    assert response.status_code == 200
    stats = response.context["questions"]
    assert len(stats) == 3 and all(item.share_correct == 0.5 for item in stats)
    assert all(item.discrimination == 1.0 for item in stats)
    assert stats == quiz_question_statistics(quiz=graded_quiz)


def test_knowledge_gain_report_lists_courses(client):
    course = make_course(modules=1, lessons_per_module=1, title="Trauma healing")
    pre = make_quiz(course, kind="pre_test", required_for_completion=False)
    post = make_quiz(course, kind="post_test")
    learner = make_user()
    enrolment_create(user=learner, course=course)
    _take(learner, pre, course, wrong)
    _take(learner, post, course, right)
    client.force_login(make_user(groups=["Reviewers"]))

    response = client.get(reverse("courses_reports:knowledge_gain"))
    csv = client.get(reverse("courses_reports:knowledge_gain"), {"export": "csv"})

    row = next(r for r in response.context["object_list"] if r["title"] == "Trauma healing")
    assert row["learners"] == 1 and row["mean_gain"] == 100
    exported = b"".join(csv.streaming_content).decode()
    assert exported.splitlines()[0].startswith("Course,Language,Learners with both tests,")
    assert "Trauma healing" in exported


@pytest.mark.parametrize("courses", [1, 5])
def test_knowledge_gain_report_queries_do_not_grow_with_the_courses(
    client, django_assert_max_num_queries, courses
):
    learner = make_user()
    for number in range(courses):
        course = make_course(modules=1, lessons_per_module=1, title=f"Course {number}")
        pre = make_quiz(course, kind="pre_test", required_for_completion=False)
        post = make_quiz(course, kind="post_test")
        enrolment_create(user=learner, course=course)
        _take(learner, pre, course, wrong)
        _take(learner, post, course, right)
    client.force_login(make_user(groups=["Reviewers"]))
    url = reverse("courses_reports:knowledge_gain")
    client.get(url)

    with django_assert_max_num_queries(12):
        response = client.get(url)

    rows = [r for r in response.context["object_list"] if r["title"].startswith("Course ")]
    assert len(rows) == courses
    assert all(row["learners"] == 1 and row["mean_gain"] == 100 for row in rows)


def test_training_summary_breaks_down_consenting_learners_only(client):
    from lms.models import Profile

    course = make_course(modules=1, lessons_per_module=1, title="Social work")
    people = [
        ("KG", "social_worker", "woman", True),
        ("KG", "social_worker", "woman", True),
        ("UZ", "psychologist", "man", True),
        ("TJ", "teacher", "woman", False),
    ]
    for country, role, gender, consent in people:
        user = make_user()
        Profile.objects.filter(user=user).update(
            country=country, role=role, gender=gender, reporting_consent=consent
        )
        enrolment_create(user=user, course=course)
    client.force_login(make_user(groups=["Reviewers"]))

    response = client.get(reverse("courses_reports:training_summary"))
    xlsx = client.get(reverse("courses_reports:training_summary"), {"export": "xlsx"})

    rows = {
        (r["country"], r["role"], r["gender"]): r["enrolled"]
        for r in response.context["object_list"]
    }
    assert rows == {
        ("KG", "social_worker", "woman"): 2,
        ("UZ", "psychologist", "man"): 1,
        ("not_shared", "not_shared", "not_shared"): 1,
    }
    assert xlsx.status_code == 200


def test_page_explorer_offers_question_statistics_for_quizzes(client, graded_quiz):
    client.force_login(make_user(groups=["Trainers"]))
    course = graded_quiz.get_parent()

    response = client.get(f"/admin/pages/{course.pk}/")

    assert response.status_code == 200
    assert reverse("courses_reports:question_stats", args=[graded_quiz.pk]) in (
        response.content.decode()
    )
