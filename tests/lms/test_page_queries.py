"""Every page's query count, pinned exactly: a new query on a page is a decision, not an
accident. Each page is asked once first, as a running site has already been asked, so the
per-process caches (content types, site root paths) and the "pages" cache (course outlines,
the language switcher's links) are warm; a guide is then asked with a query string of its own,
so that its anonymous response does not come from the page cache.

What the counts are made of, for a page six levels deep (a lesson):
- Wagtail, for every page: the site (1), the active locale (1), the home page (1), then our
  routing: every page on the path (1) and the served page's own fields (1); the view
  restrictions of the page and its ancestors (1: the ancestors are the routed parents);
- a signed-in reader: the user (1; the session comes from the cache);
- the page itself: see each test.
"""

import io

import pytest
from django.core.files.images import ImageFile
from django.urls import reverse
from PIL import Image
from wagtail.images import get_image_model

from courses.models import CoursePage, QuizAttempt, QuizKind
from courses.services import (
    enrolment_create,
    lesson_mark_complete,
    quiz_attempt_start,
    quiz_attempt_submit,
)
from tests.factories import (
    answer,
    home_page,
    lessons_of,
    make_catalogue,
    make_course,
    make_destination,
    make_guide,
    make_guide_hub,
    make_quiz,
    make_user,
    right,
    translate_page,
)

pytestmark = pytest.mark.django_db

# The site, the active locale, the home page, the pages on the path, the served page's own
# fields and the view restrictions: what Wagtail and our routing cost any page.
ROUTING = 6


def cover_image():
    buffer = io.BytesIO()
    Image.new("RGB", (800, 400), (8, 67, 126)).save(buffer, "PNG")
    return get_image_model().objects.create(title="Cover", file=ImageFile(buffer, name="cover.png"))


def pinned(client, django_assert_num_queries, url, count, *, status=200, fresh=False):
    """Ask for `url` twice and pin the second request's queries. With `fresh`, each request
    has a query string of its own, so an anonymous guide is made, not taken from the page
    cache (where the first request put it)."""
    separator = "&" if "?" in url else "?"
    client.get(url + (f"{separator}warm=1" if fresh else ""))  # warm the caches, as a site has
    url += f"{separator}measured=1" if fresh else ""
    with django_assert_num_queries(count):
        response = client.get(url)
    assert response.status_code == status
    return response


@pytest.fixture
def course():
    course = make_course(modules=3, lessons_per_module=4, cover_image=cover_image())
    make_quiz(course, kind=QuizKind.PRE_TEST, title="Pre-test", required_for_completion=False)
    make_quiz(course, kind=QuizKind.FINAL, title="Final assessment")
    return course


@pytest.fixture
def learner(course):
    user = make_user()
    enrolment_create(user=user, course=course)
    for lesson in lessons_of(course)[:3]:
        lesson_mark_complete(user=user, lesson=lesson, course=course)
    return user


def test_home_page(client, course, django_assert_num_queries):
    make_guide_hub()
    # Wagtail (site, locale, home page, view restrictions: 4), then the view restrictions
    # (for what is public), the published courses with their cover images and the courses
    # not translated into its language. The header's catalogue and guide hub come from the
    # "pages" cache.
    pinned(client, django_assert_num_queries, home_page().url, 7)


def test_course_catalogue(client, course, django_assert_num_queries):
    # Routing, then the view restrictions, the courses with their cover images, and the
    # courses not translated into its language (in Russian or English).
    pinned(client, django_assert_num_queries, make_catalogue().url, ROUTING + 3)


def test_course_page_for_an_enrolled_learner(client, course, learner, django_assert_num_queries):
    client.force_login(learner)
    # Routing, the user, the cover image, the enrolment, lessons done, quizzes taken.
    response = pinned(client, django_assert_num_queries, course.url, ROUTING + 5)
    assert response.context["outline"].done_count == 3


@pytest.mark.parametrize("size", [(1, 3), (6, 5)])
def test_course_page_queries_do_not_grow_with_the_course(client, django_assert_num_queries, size):
    modules, lessons_per_module = size
    course = make_course(modules=modules, lessons_per_module=lessons_per_module)
    learner = make_user()
    enrolment_create(user=learner, course=course)
    for lesson in lessons_of(course)[:2]:
        lesson_mark_complete(user=learner, lesson=lesson, course=course)
    client.force_login(learner)

    response = pinned(client, django_assert_num_queries, course.url, ROUTING + 4)

    assert response.context["outline"].lesson_count == modules * lessons_per_module


def test_course_page_of_a_completed_course_with_its_certificate(client, django_assert_num_queries):
    course = make_course(modules=1, lessons_per_module=1)
    learner = make_user()
    enrolment_create(user=learner, course=course)
    lesson_mark_complete(user=learner, lesson=lessons_of(course)[0], course=course)
    client.force_login(learner)
    # As for any learner, and the certificate.
    response = pinned(client, django_assert_num_queries, course.url, ROUTING + 5)
    assert response.context["certificate"] is not None


def test_course_page_for_a_learner_not_enrolled(client, course, django_assert_num_queries):
    client.force_login(make_user())
    # Routing, the user, the cover image, the enrolment (none); for the outline's links, the
    # staff rule: the user's and their groups' permissions.
    pinned(client, django_assert_num_queries, course.url, ROUTING + 5)


def test_course_page_for_an_anonymous_reader(client, course, django_assert_num_queries):
    # Routing and the cover image.
    pinned(client, django_assert_num_queries, course.url, ROUTING + 1)


def test_lesson_page_for_a_learner(client, course, learner, django_assert_num_queries):
    client.force_login(learner)
    lesson = lessons_of(course)[5]
    # Routing, the course's own fields, the user, the enrolment, lessons done, quizzes taken.
    pinned(client, django_assert_num_queries, lesson.url, ROUTING + 5)


def test_lesson_page_queries_do_not_grow_with_the_course(client, django_assert_num_queries):
    course = make_course(modules=6, lessons_per_module=5)
    learner = make_user()
    enrolment_create(user=learner, course=course)
    client.force_login(learner)

    pinned(client, django_assert_num_queries, lessons_of(course)[7].url, ROUTING + 5)


def test_lesson_page_of_a_public_course_for_an_anonymous_reader(client, django_assert_num_queries):
    course = make_course(is_public=True)
    # Routing and the course's own fields.
    pinned(client, django_assert_num_queries, lessons_of(course)[1].url, ROUTING + 1)


@pytest.mark.parametrize("group", ["Trainers", "Reviewers"])
def test_lesson_page_of_a_private_course_for_staff(
    client, course, django_assert_num_queries, group
):
    client.force_login(make_user(groups=[group]))
    # Routing, the course's own fields, the user, the enrolment (none), then the staff rule:
    # the user's and their groups' permissions, and the page permissions of their groups.
    pinned(client, django_assert_num_queries, lessons_of(course)[1].url, ROUTING + 6)


def test_quiz_page_for_a_learner(client, course, learner, django_assert_num_queries):
    quiz = make_quiz(lessons_of(course)[0].get_parent(), title="Module quiz")
    attempt = quiz_attempt_start(user=learner, quiz=quiz, course=course)
    quiz_attempt_submit(user=learner, attempt_id=attempt.pk, answers={})
    client.force_login(learner)
    # Routing, the course's own fields, the user, the enrolment, the attempts.
    pinned(client, django_assert_num_queries, quiz.url, ROUTING + 4)


def test_post_test_page_with_the_knowledge_gain(client, course, learner, django_assert_num_queries):
    post = make_quiz(course, kind=QuizKind.POST_TEST, title="Post-test")
    client.force_login(learner)
    # As any quiz page, and the gain: the course's tests and the learner's attempts at them.
    pinned(client, django_assert_num_queries, post.url, ROUTING + 6)


def test_quiz_attempt_and_result_pages(client, course, learner, django_assert_num_queries):
    quiz = make_quiz(lessons_of(course)[0].get_parent(), title="Module quiz")
    client.force_login(learner)
    client.post(quiz.url + quiz.reverse_subpage("start"))
    attempt = QuizAttempt.objects.get(user=learner)
    attempt_url = quiz.url + quiz.reverse_subpage("attempt", args=[attempt.pk])
    # Routing, the course's own fields, the user, the enrolment (may they read the course?),
    # the attempt; no question images here.
    pinned(client, django_assert_num_queries, attempt_url, ROUTING + 4)

    client.post(attempt_url, answer(attempt, right))
    result_url = quiz.url + quiz.reverse_subpage("result", args=[attempt.pk])
    # Routing, the course's own fields, the user, the enrolment, the attempt, the attempts.
    pinned(client, django_assert_num_queries, result_url, ROUTING + 5)


def test_completion_screen_and_certificate_status(client, django_assert_num_queries):
    course = make_course(modules=1, lessons_per_module=1)
    final = make_quiz(course, kind=QuizKind.FINAL, title="Final assessment")
    learner = make_user()
    enrolment_create(user=learner, course=course)
    lesson_mark_complete(user=learner, lesson=lessons_of(course)[0], course=course)
    attempt = quiz_attempt_start(user=learner, quiz=final, course=course)
    answers = {str(q["id"]): [c["id"] for c in right(q)] for q in attempt.questions}
    quiz_attempt_submit(user=learner, attempt_id=attempt.pk, answers=answers)
    client.force_login(learner)
    result_url = final.url + final.reverse_subpage("result", args=[attempt.pk])
    # As any result page (routing, the course's fields, the user, the enrolment, the attempt,
    # the attempts), and the certificate.
    response = pinned(client, django_assert_num_queries, result_url, ROUTING + 6)
    assert response.context["completed"] and response.context["certificate"] is not None
    # The status the completion screen asks for: the user, the certificate.
    status_url = reverse("certificates:status", args=[response.context["certificate"].code])
    pinned(client, django_assert_num_queries, status_url, 2)


def test_my_learning(client, course, learner, django_assert_num_queries):
    other = make_course(modules=1, lessons_per_module=2)
    enrolment_create(user=learner, course=other)
    client.force_login(learner)
    # The user, the locale; enrolments with their courses, their courses in the reader's
    # language, the steps that count, lessons done, quizzes passed, the courses' pre- and
    # post-tests (neither course has both, so no attempts are asked for); the training
    # groups; the certificates.
    pinned(client, django_assert_num_queries, reverse("my_learning"), 11)


@pytest.fixture
def guides():
    destination = make_destination()
    guide = make_guide(destination, title="Documents")
    make_guide(make_guide_hub(), title="Emergency", topic="emergency")
    make_guide_hub("ru")
    translate_page(destination, "ru")
    return destination, guide


def test_guide_hub(client, guides, django_assert_num_queries):
    # Routing; Wagtail's view restrictions (for what is public), destinations, guides, then
    # what is not translated into its language: its translations, their destinations and
    # guides (in all their languages at once).
    pinned(client, django_assert_num_queries, make_guide_hub().url, ROUTING + 5, fresh=True)


def test_destination_page(client, guides, django_assert_num_queries):
    destination, _guide = guides
    # Routing; view restrictions, its guides, its translations, their guides (in all their
    # languages at once).
    pinned(client, django_assert_num_queries, destination.url, ROUTING + 4, fresh=True)


def test_guide_page(client, guides, django_assert_num_queries):
    _destination, guide = guides
    # Routing only: its destination and hub are the routed parents.
    pinned(client, django_assert_num_queries, guide.url, ROUTING, fresh=True)


def test_guide_page_cached_for_anonymous_readers(client, guides, django_assert_num_queries):
    _destination, guide = guides
    pinned(client, django_assert_num_queries, guide.url, 0)


def test_guide_search(client, guides, django_assert_num_queries):
    hub = make_guide_hub()
    # Routing; view restrictions, the search.
    url = hub.url + "search/?q=documents"
    pinned(client, django_assert_num_queries, url, ROUTING + 2, fresh=True)


def test_certificate_verification_pages(client, django_assert_num_queries):
    course = make_course(modules=1, lessons_per_module=1)
    learner = make_user()
    enrolment_create(user=learner, course=course)
    lesson_mark_complete(user=learner, lesson=lessons_of(course)[0], course=course)
    certificate = CoursePage.objects.get(pk=course.pk).enrolments.get().certificates.get()

    pinned(client, django_assert_num_queries, reverse("certificates:verify_form"), 0)
    # The certificate (with the one replacing it).
    pinned(
        client,
        django_assert_num_queries,
        reverse("certificates:verify", args=[certificate.display_code]),
        1,
    )
    pinned(
        client,
        django_assert_num_queries,
        reverse("certificates:verify_json", args=[certificate.code]),
        1,
    )
    # An unknown code: the lookup, then Wagtail's redirects for a 404 (the site, the redirect).
    pinned(
        client,
        django_assert_num_queries,
        reverse("certificates:verify", args=["ABCD-2345-EFGH-6789"]),
        3,
        status=404,
    )
