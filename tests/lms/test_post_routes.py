"""Routes that change something answer only POST (require_POST): a GET, a link followed by a
crawler or a prefetching browser, is refused with 405 and changes nothing."""

import pytest
from django.urls import reverse

from certificates.models import Certificate
from courses.models import Enrolment, LessonProgress, QuizAttempt
from courses.services import enrolment_create, lesson_mark_complete
from tests.factories import lessons_of, make_course, make_quiz, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    return make_course(modules=1, lessons_per_module=2)


@pytest.fixture
def learner(course, client):
    user = make_user()
    client.force_login(user)
    return user


def test_enrolling_by_get_is_refused(client, course, learner):
    assert client.get(course.url + course.reverse_subpage("enrol")).status_code == 405
    assert not Enrolment.objects.exists()


def test_leaving_by_get_is_refused(client, course, learner):
    enrolment_create(user=learner, course=course)
    assert client.get(course.url + course.reverse_subpage("leave")).status_code == 405
    assert Enrolment.objects.get().is_active


def test_marking_a_lesson_done_by_get_is_refused(client, course, learner):
    enrolment_create(user=learner, course=course)
    lesson = lessons_of(course)[0]
    assert client.get(lesson.url + lesson.reverse_subpage("complete")).status_code == 405
    assert not LessonProgress.objects.exists()


def test_starting_a_quiz_by_get_is_refused(client, course, learner):
    enrolment_create(user=learner, course=course)
    quiz = make_quiz(course)
    assert client.get(quiz.url + quiz.reverse_subpage("start")).status_code == 405
    assert not QuizAttempt.objects.exists()


def test_reissuing_a_certificate_by_get_is_refused(client, course):
    learner = make_user()
    enrolment_create(user=learner, course=course)
    for lesson in lessons_of(course):
        lesson_mark_complete(user=learner, lesson=lesson, course=course)
    certificate = Certificate.objects.get()
    client.force_login(make_user(groups=["Reviewers"]))

    assert client.get(reverse("certificates_reissue", args=[certificate.pk])).status_code == 405
    assert Certificate.objects.count() == 1
