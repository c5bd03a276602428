"""Every public URL, given hostile input (NUL bytes, huge numbers, repeated parameters, overlong
and odd strings), answers a 4xx or a normal page: never a 5xx. Most telling on PostgreSQL,
which refuses NUL bytes and numbers past its integer columns."""

import pytest
from django.test import Client
from django.urls import reverse

from courses.services import enrolment_create, quiz_attempt_start
from tests.factories import (
    PASSWORD,
    home_page,
    lessons_of,
    make_course,
    make_destination,
    make_guide,
    make_guide_hub,
    make_quiz,
    make_user,
)

pytestmark = pytest.mark.django_db

HOSTILE = [
    "\x00",
    "a\x00b",
    "9" * 40,
    "-1",
    "a" * 5000,
    "<script>alert(1)</script>",
    "../../../etc/passwd",
    "%",
    "😀\u202e\ufeff",
    "' OR 1=1 --",
]
PARAMETERS = ["q", "p", "code", "page", "next", "search", "offset", "limit", "language", "id"]


@pytest.fixture
def urls():
    """The public pages of a small site, and the account pages."""
    home_page("en")
    hub = make_guide_hub()
    destination = make_destination(hub=hub)
    guide = make_guide(destination, title="Documents")
    course = make_course(modules=1, lessons_per_module=1, is_public=True)
    quiz = make_quiz(course)
    return [
        "/en/",
        hub.url,
        hub.url + "search/",
        hub.url + "offline/",
        destination.url,
        guide.url,
        guide.url + "pdf/",
        course.url,
        lessons_of(course)[0].url,
        quiz.url,
        "/en/accounts/login/",
        "/en/accounts/sign-up/",
        "/en/accounts/password_reset/",
        "/certificates/verify/",
        "/certificates/verify/ABCD-2345-EFGH-6789/",
        "/certificates/verify/ABCD-2345-EFGH-6789.json",
        "/api/v2/pages/",
        "/api/v2/pages/find/",
        f"/api/v2/pages/{guide.pk}/",
        "/sitemap.xml",
        "/sw.js",
        "/healthz",
        "/i18n/setlang/",
        "/admin/login/",
        "/admin/password_reset/",
    ]


def test_hostile_query_parameters_never_get_a_5xx(urls):
    client = Client(raise_request_exception=False)
    failures = []
    for url in urls:
        for value in HOSTILE:
            query = dict.fromkeys(PARAMETERS, value)
            for data in (query, {name: [value, value] for name in PARAMETERS}):
                response = client.get(url, data)
                if response.status_code >= 500:
                    failures.append((url, value[:20], response.status_code))
    assert failures == []


@pytest.mark.parametrize(
    "path",
    [
        "/en/%00/",
        "/en/guides/%00/",
        "/en/" + "a" * 2000 + "/",
        "/certificates/%00/download/",
        "/certificates/verify/%00.json",
        "/api/v2/pages/99999999999999999999999/",
        "/documents/99999999999999999999/x.pdf",
        "/en/accounts/reset/%00/%00/",
    ],
)
def test_hostile_paths_never_get_a_5xx(path):
    home_page("en")

    assert Client(raise_request_exception=False).get(path).status_code < 500


FORMS = {
    "/en/accounts/login/": ["username", "password"],
    "/admin/login/": ["username", "password"],
    "/en/accounts/sign-up/": ["email", "password1", "password2", "full_name", "country", "role"],
    "/en/accounts/password_reset/": ["email"],
    "/admin/password_reset/": ["email"],
    "/i18n/setlang/": ["language", "next"],
}


@pytest.mark.parametrize("url", list(FORMS))
def test_hostile_form_posts_are_refused_with_a_4xx_or_a_form_error(url):
    home_page("en")
    client = Client(raise_request_exception=False)
    for value in HOSTILE:
        data = dict.fromkeys(FORMS[url], value)
        assert client.post(url, data).status_code < 500, value[:20]
        assert client.post(url, {name: [value, "x"] for name in FORMS[url]}).status_code < 500


def test_hostile_posts_by_a_signed_in_learner_never_get_a_5xx():
    course = make_course(modules=1, lessons_per_module=1)
    quiz = make_quiz(course)
    learner = make_user("learner1")
    enrolment_create(user=learner, course=course)
    attempt = quiz_attempt_start(user=learner, quiz=quiz, course=course)
    client = Client(raise_request_exception=False)
    client.post("/en/accounts/login/", {"username": "learner1", "password": PASSWORD})
    lesson = lessons_of(course)[0]
    question = attempt.questions[0]["id"]
    posts = {
        course.url + "enrol/": ["key"],
        course.url + "leave/": ["x"],
        lesson.url + "complete/": ["next"],
        quiz.url + f"attempts/{attempt.pk}/": [f"q-{question}", "q-999999999999999999999", "save"],
        reverse("profile"): ["full_name", "region", "organisation", "gender", "age_group"],
    }
    for url, names in posts.items():
        for value in HOSTILE:
            response = client.post(url, dict.fromkeys(names, value))
            assert response.status_code < 500, (url, value[:20])
