from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.translation import override

from courses.models import Enrolment, LessonPage, LessonProgress, QuizKind
from courses.services import (
    ProgressError,
    enrolment_create,
    lesson_mark_complete,
    quiz_attempt_start,
    quiz_attempt_submit,
)
from tests.factories import lessons_of, make_course, make_quiz, make_user, translate_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_course():
    return make_course(is_public=False)


def test_anonymous_reader_of_private_lesson_is_sent_to_sign_in(client, private_course):
    lesson = lessons_of(private_course)[0]

    response = client.get(lesson.url)

    assert response.status_code == 302
    assert response.headers["Location"].startswith(reverse("login"))


def test_non_enrolled_learner_cannot_read_private_lesson(client, private_course):
    client.force_login(make_user())

    response = client.get(lessons_of(private_course)[0].url)

    assert response.status_code == 403
    assert "Text of lesson" not in response.content.decode()


def test_enrolled_learner_reads_private_lesson(client, private_course):
    learner = make_user()
    enrolment_create(user=learner, course=private_course)
    client.force_login(learner)

    response = client.get(lessons_of(private_course)[0].url)

    assert response.status_code == 200
    assert "Text of lesson 1.1" in response.content.decode()


def test_learner_who_left_cannot_read_private_lesson(client, private_course):
    learner = make_user()
    enrolment = enrolment_create(user=learner, course=private_course)
    enrolment.status = Enrolment.Status.LEFT
    enrolment.save()
    client.force_login(learner)

    assert client.get(lessons_of(private_course)[0].url).status_code == 403


@pytest.mark.parametrize("group", ["Trainers", "Reviewers"])
def test_staff_read_private_lesson_without_enrolling(client, private_course, group):
    client.force_login(make_user(groups=[group]))

    response = client.get(lessons_of(private_course)[0].url)

    assert response.status_code == 200
    assert not Enrolment.objects.exists()


def test_anonymous_reader_of_public_course_reads_but_cannot_track(client):
    course = make_course(is_public=True)
    lesson = lessons_of(course)[0]

    page = client.get(lesson.url)
    tracked = client.post(lesson.url + "complete/")

    assert page.status_code == 200
    assert "Text of lesson 1.1" in page.content.decode()
    assert "Mark as done" not in page.content.decode()
    assert tracked.status_code == 403
    assert not LessonProgress.objects.exists()


def test_non_enrolled_reader_of_public_course_is_told_to_enrol(client):
    course = make_course(is_public=True)
    lesson = lessons_of(course)[0]
    client.force_login(make_user())

    response = client.post(lesson.url + "complete/", follow=True)

    assert "Enrol in the course to keep track of your progress." in response.content.decode()
    assert not LessonProgress.objects.exists()


def test_draft_lesson_is_not_served(client):
    course = make_course(is_public=True)
    lesson = lessons_of(course)[0]
    lesson.unpublish()

    assert client.get(lesson.url).status_code == 404


def test_marking_a_lesson_done_moves_to_the_next_lesson(client):
    course = make_course()
    first, second = lessons_of(course)[:2]
    learner = make_user()
    enrolment_create(user=learner, course=course)
    client.force_login(learner)

    response = client.post(first.url + "complete/", {"next": "1"})

    assert response.status_code == 302
    assert response.headers["Location"] == second.url
    assert LessonProgress.objects.filter(enrolment__user=learner).count() == 1


def test_marking_a_lesson_done_by_get_is_refused(client):
    course = make_course()
    learner = make_user()
    enrolment_create(user=learner, course=course)
    client.force_login(learner)

    assert client.get(lessons_of(course)[0].url + "complete/").status_code == 405
    assert not LessonProgress.objects.exists()


def test_marking_a_lesson_done_twice_records_it_once():
    course = make_course()
    lesson = lessons_of(course)[0]
    learner = make_user()
    enrolment_create(user=learner, course=course)

    first = lesson_mark_complete(user=learner, lesson=lesson, course=course)
    second = lesson_mark_complete(user=learner, lesson=lesson, course=course)

    assert first.pk == second.pk
    assert LessonProgress.objects.count() == 1


def test_progress_needs_an_active_enrolment():
    course = make_course()
    with pytest.raises(ProgressError):
        lesson_mark_complete(user=make_user(), lesson=lessons_of(course)[0], course=course)


def test_course_completes_when_every_lesson_is_done(client):
    course = make_course(modules=2, lessons_per_module=2)
    learner = make_user()
    enrolment = enrolment_create(user=learner, course=course)
    lessons = lessons_of(course)
    for lesson in lessons[:-1]:
        lesson_mark_complete(user=learner, lesson=lesson, course=course)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None

    lesson_mark_complete(user=learner, lesson=lessons[-1], course=course)

    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    client.force_login(learner)
    assert "You have completed this course." in client.get(course.url).content.decode()


def test_course_page_shows_progress_and_where_to_continue(client):
    course = make_course(modules=2, lessons_per_module=2)
    learner = make_user()
    enrolment_create(user=learner, course=course)
    lessons = lessons_of(course)
    lesson_mark_complete(user=learner, lesson=lessons[0], course=course)
    client.force_login(learner)

    response = client.get(course.url)

    outline = response.context["outline"]
    assert outline.done_count == 1 and outline.lesson_count == 4 and outline.percent == 25
    assert [module.done_count for module in outline.modules] == [1, 0]
    assert outline.next_lesson.pk == lessons[1].pk
    content = response.content.decode()
    assert "Continue where you left off" in content
    assert f'href="{lessons[1].url}"' in content


def test_progress_is_kept_when_the_learner_switches_language(client):
    course = make_course(modules=1, lessons_per_module=2)
    learner = make_user()
    enrolment_create(user=learner, course=course)
    lesson_mark_complete(user=learner, lesson=lessons_of(course)[0], course=course)
    russian = translate_course(course, "ru")
    client.force_login(learner)

    response = client.get(russian.url)

    assert response.context["outline"].done_count == 1


def test_my_learning_lists_enrolments_with_progress(client):
    course = make_course(modules=1, lessons_per_module=4)
    other = make_course()
    learner = make_user()
    enrolment_create(user=learner, course=course)
    enrolment_create(user=learner, course=other)
    lesson_mark_complete(user=learner, lesson=lessons_of(course)[0], course=course)
    stranger = make_user()
    enrolment_create(user=stranger, course=other)
    client.force_login(learner)

    response = client.get(reverse("my_learning"))

    rows = {row.course.pk: row for row in response.context["rows"]}
    assert set(rows) == {course.pk, other.pk}
    assert (rows[course.pk].done_count, rows[course.pk].lesson_count) == (1, 4)
    assert rows[course.pk].percent == 25


def _take(quiz, course, learner, *, right_answers):
    attempt = quiz_attempt_start(user=learner, quiz=quiz, course=course)
    answers = {
        str(question["id"]): [
            choice["id"]
            for choice in question["choices"]
            if choice["correct"] == (number < right_answers)
        ][:1]
        for number, question in enumerate(attempt.questions)
    }
    quiz_attempt_submit(user=learner, attempt_id=attempt.pk, answers=answers)


@pytest.mark.parametrize("courses", [1, 4])
def test_my_learning_shows_each_knowledge_gain_in_a_fixed_number_of_queries(
    client, django_assert_num_queries, courses
):
    learner = make_user()
    for _ in range(courses):
        course = make_course(modules=1, lessons_per_module=1)
        pre = make_quiz(course, kind=QuizKind.PRE_TEST, title="Before", max_attempts=1)
        post = make_quiz(course, kind=QuizKind.POST_TEST, title="After", max_attempts=1)
        enrolment_create(user=learner, course=course)
        _take(pre, course, learner, right_answers=1)
        _take(post, course, learner, right_answers=3)
    untested = make_course(modules=1, lessons_per_module=1)
    enrolment_create(user=learner, course=untested)
    client.force_login(learner)
    with override("en"):
        url = reverse("my_learning")
    client.get(url)

    # The user, the locale; enrolments with their courses, their courses in the reader's
    # language, the steps that count, lessons done, quizzes passed, the courses' pre- and
    # post-tests, the attempts at them (gains), the training groups; the certificates:
    # whatever the number of courses.
    with django_assert_num_queries(12):
        response = client.get(url)

    gains = [row.gain for row in response.context["rows"]]
    assert gains.count(None) == 1  # the course without tests
    assert {(gain.pre, gain.post) for gain in gains if gain} == {(Decimal("33.33"), Decimal("100"))}
    assert response.content.decode().count("Your knowledge gain: 33.3% before, 100% after") == (
        courses
    )


def test_my_learning_needs_sign_in(client):
    response = client.get(reverse("my_learning"))
    assert response.status_code == 302


# The course page's and lesson page's query counts, pinned for every size, are in
# tests/lms/test_page_queries.py with every other page's.


def test_a_taken_pre_test_counts_as_a_start_but_not_as_a_step(client):
    course = make_course(modules=1, lessons_per_module=2)
    pre_test = make_quiz(course, kind=QuizKind.PRE_TEST, title="Pre-test")
    learner = make_user()
    enrolment_create(user=learner, course=course)
    client.force_login(learner)
    assert "Start the course" in client.get(course.url).content.decode()

    attempt = quiz_attempt_start(user=learner, quiz=pre_test, course=course)
    quiz_attempt_submit(user=learner, attempt_id=attempt.pk, answers={})

    response = client.get(course.url)
    assert response.context["outline"].done_count == 0
    content = response.content.decode()
    assert "Continue where you left off" in content
    assert f'href="{lessons_of(course)[0].url}"' in content


@pytest.mark.parametrize("group", ["Trainers", "Reviewers"])
def test_staff_see_and_open_private_lessons_from_the_outline(client, private_course, group):
    """One rule (can_read_course) for serving a lesson and for linking it in the outline."""
    client.force_login(make_user(groups=[group]))
    lesson = lessons_of(private_course)[0]

    outline_page = client.get(private_course.url)

    assert outline_page.context["can_read"] is True
    assert f'href="{lesson.url}"' in outline_page.content.decode()
    assert client.get(lesson.url).status_code == 200


def test_a_learner_not_enrolled_sees_the_outline_without_links(client, private_course):
    client.force_login(make_user())
    lesson = lessons_of(private_course)[0]

    response = client.get(private_course.url)

    assert response.context["can_read"] is False
    content = response.content.decode()
    assert lesson.title in content and f'href="{lesson.url}"' not in content
    assert client.get(lesson.url).status_code == 403


def test_the_access_rule_is_asked_once_per_request(client, private_course):
    learner = make_user()
    enrolment_create(user=learner, course=private_course)
    client.force_login(learner)
    lesson = lessons_of(private_course)[0]
    client.get(lesson.url)

    with CaptureQueriesContext(connection) as queries:
        assert client.get(lesson.url).status_code == 200

    enrolment_table = Enrolment._meta.db_table
    asked = [q for q in queries.captured_queries if f'FROM "{enrolment_table}"' in q["sql"]]
    assert len(asked) == 1  # serve (may they read?) and the page (their progress) share it


def test_a_new_lesson_shows_in_the_outline_once_published(client):
    course = make_course(modules=1, lessons_per_module=1, is_public=True)
    module = lessons_of(course)[0].get_parent()
    assert client.get(course.url).context["outline"].lesson_count == 1  # now in the cache

    draft = module.add_child(
        instance=LessonPage(
            title="Later", slug="later", body=[("paragraph", "<p>x</p>")], live=False
        )
    )
    assert client.get(course.url).context["outline"].lesson_count == 1
    draft.save_revision().publish()
    assert client.get(course.url).context["outline"].lesson_count == 2
    LessonPage.objects.get(pk=draft.pk).unpublish()
    assert client.get(course.url).context["outline"].lesson_count == 1
