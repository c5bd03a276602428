"""The moment of completion: passing the last requirement shows "Course completed" with the
certificate (or that it is being prepared, with a status the page asks for until it is
ready), the answers folded below; and a pre-test gives a starting point, never a pass or fail."""

import json

import pytest
from django.urls import reverse

from certificates.models import Certificate
from courses.models import QuizAttempt, QuizKind
from courses.services import enrolment_create, lesson_mark_complete
from tests.factories import answer, lessons_of, make_course, make_quiz, make_user, right, wrong

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    course = make_course(modules=1, lessons_per_module=1, title="Case management")
    make_quiz(course, kind=QuizKind.PRE_TEST, title="Pre-test", required_for_completion=False)
    make_quiz(course, kind=QuizKind.FINAL, title="Final assessment", pass_mark=70)
    return course


@pytest.fixture
def learner(course):
    user = make_user()
    enrolment_create(user=user, course=course)
    lesson_mark_complete(user=user, lesson=lessons_of(course)[0], course=course)
    return user


def take(client, quiz, pick):
    client.post(quiz.url + quiz.reverse_subpage("start"))
    attempt = QuizAttempt.objects.filter(quiz=quiz).latest("started_at")
    url = quiz.url + quiz.reverse_subpage("attempt", args=[attempt.pk])
    return client.post(url, answer(attempt, pick), follow=True)


def quiz_of(course, title):
    from courses.models import QuizPage

    return QuizPage.objects.descendant_of(course).get(title=title)


def test_passing_the_last_requirement_shows_the_completion_screen_with_the_certificate(
    client, course, learner, django_capture_on_commit_callbacks
):
    client.force_login(learner)
    final = quiz_of(course, "Final assessment")
    # Rendering waits for the task queue, as in production before the worker has run.
    with django_capture_on_commit_callbacks() as callbacks:
        response = take(client, final, right)
    certificate = Certificate.objects.get(user=learner)
    assert certificate.is_pending
    content = response.content.decode()
    assert '<h1 id="completion-heading">Course completed</h1>' in content
    assert "You have completed the course “Case management”." in content
    status_url = reverse("certificates:status", args=[certificate.code])
    download_url = reverse("certificates:download", args=[certificate.code])
    assert f'data-certificate-status="{status_url}"' in content
    assert "Your certificate is being prepared." in content
    assert "Check again" in content  # without JavaScript
    # The answers are there, folded below the certificate; the main button is not the quiz.
    assert content.index("certificate") < content.index('<details class="review-details">')
    assert "Back to the quiz" not in content
    assert json.loads(client.get(status_url).content) == {"status": "pending", "ready": False}

    for callback in callbacks:
        callback()

    assert json.loads(client.get(status_url).content) == {"status": "valid", "ready": True}
    content = client.get(response.redirect_chain[-1][0]).content.decode()
    assert f'href="{download_url}"' in content
    assert "being prepared" not in content
    assert client.get(download_url)["Content-Type"] == "application/pdf"


def test_the_certificate_status_is_only_for_its_owner(client, course, learner):
    client.force_login(learner)
    take(client, quiz_of(course, "Final assessment"), right)
    certificate = Certificate.objects.get(user=learner)
    status_url = reverse("certificates:status", args=[certificate.code])
    client.force_login(make_user())
    assert client.get(status_url).status_code == 404
    client.logout()
    assert client.get(status_url).status_code == 404
    assert client.get(reverse("certificates:status", args=["NOT-A-CODE"])).status_code == 404


def test_a_failed_final_is_no_completion(client, course, learner):
    client.force_login(learner)
    content = take(client, quiz_of(course, "Final assessment"), wrong).content.decode()
    assert "Course completed" not in content
    assert "Not passed: the pass mark is 70%." in content
    assert "Back to the quiz" in content
    assert not Certificate.objects.filter(user=learner).exists()


def test_the_pre_test_gives_a_starting_point_and_no_pass_or_fail(client, course, learner):
    client.force_login(learner)
    pre_test = quiz_of(course, "Pre-test")
    content = take(client, pre_test, wrong).content.decode()
    assert "Your starting point: 0%" in content
    assert "Not passed" not in content
    assert "status-failed" not in content
    assert "Passed" not in content
    assert "Course completed" not in content

    page = client.get(pre_test.url).content.decode()
    assert "Pass mark" not in page
    assert "Not passed" not in page


def test_the_course_page_and_my_learning_show_the_completion_and_the_certificate(
    client, course, learner, django_capture_on_commit_callbacks
):
    client.force_login(learner)
    with django_capture_on_commit_callbacks(execute=True):
        take(client, quiz_of(course, "Final assessment"), right)
    certificate = Certificate.objects.get(user=learner)
    assert certificate.is_valid
    download_url = reverse("certificates:download", args=[certificate.code])
    course_page = client.get(course.url).content.decode()
    assert "You have completed this course." in course_page
    assert download_url in course_page
    my_learning = client.get(reverse("my_learning")).content.decode()
    assert "Completed on" in my_learning
    assert download_url in my_learning
