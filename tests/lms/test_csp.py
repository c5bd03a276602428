"""No third-party requests: a Content-Security-Policy that allows only the site itself, on the
public pages and in the admin, and no avatars from an outside service."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import (
    home_page,
    lessons_of,
    make_course,
    make_destination,
    make_guide,
    make_guide_hub,
    make_user,
)

pytestmark = pytest.mark.django_db


def directives(response) -> dict:
    header = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


def assert_only_the_site_itself(policy):
    for name, values in policy.items():
        for value in values:
            assert value in {"'self'", "'none'", "data:", "'unsafe-inline'"} or value.startswith(
                "'nonce-"
            ), f"{name} allows {value}"
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]


@pytest.fixture
def site():
    home_page("en")
    guide = make_guide(make_destination(hub=make_guide_hub()), title="Documents")
    course = make_course(modules=1, lessons_per_module=1, is_public=True)
    return {"guide": guide, "course": course}


@pytest.mark.parametrize(
    "path",
    [
        "/en/",
        "guide",
        "course",
        "lesson",
        "/en/guides/search/?q=passport",
        "/en/accounts/login/",
        "/en/accounts/sign-up/",
        "/certificates/verify/",
        "/sitemap.xml",
        "/en/no-such-page/",
    ],
)
def test_public_pages_allow_only_the_site_itself_and_no_inline_code(client, site, path):
    targets = {
        "guide": site["guide"].url,
        "course": site["course"].url,
        "lesson": lessons_of(site["course"])[0].url,
    }

    response = client.get(targets.get(path, path))

    policy = directives(response)
    assert_only_the_site_itself(policy)
    assert "'unsafe-inline'" not in policy["script-src"] + policy["style-src"]
    assert policy["style-src"] == ["'self'"]


def test_a_guide_from_the_page_cache_still_has_the_policy(client, site):
    url = site["guide"].url
    client.get(url)

    cached = client.get(url)

    assert "default-src 'self'" in cached["Content-Security-Policy"]


def test_the_outage_and_rate_limit_pages_have_the_policy_too(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        },
        "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }

    response = Client(raise_request_exception=False).get("/certificates/verify/")

    assert response.status_code == 503
    assert "default-src 'self'" in response["Content-Security-Policy"]


@pytest.mark.parametrize("screen", ["course editor", "quiz editor", "certificate template"])
def test_the_admin_has_the_policy_and_nonces_its_own_inline_scripts(client, site, screen):
    from certificates.models import CertificateTemplate
    from tests.factories import make_quiz

    client.force_login(make_user("editor", is_superuser=True))
    urls = {
        "course editor": reverse("wagtailadmin_pages:edit", args=[site["course"].pk]),
        "quiz editor": reverse("wagtailadmin_pages:edit", args=[make_quiz(site["course"]).pk]),
        "certificate template": reverse(
            "wagtailsnippets_certificates_certificatetemplate:edit",
            args=[CertificateTemplate.objects.get(is_default=True).pk],
        ),
    }

    response = client.get(urls[screen])

    policy = directives(response)
    assert_only_the_site_itself(policy)
    assert "'unsafe-inline'" not in policy["script-src"]
    nonce = next(v for v in policy["script-src"] if v.startswith("'nonce-"))[7:-1]
    html = response.content.decode()
    inline = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)([^>]*)>", html)
    assert inline  # the cover image chooser, the date pickers …
    assert all(f'nonce="{nonce}"' in attributes for attributes in inline)


def test_inline_scripts_outside_a_request_get_no_nonce():
    from lms.csp import nonce_attribute

    assert nonce_attribute() == ""


@pytest.mark.parametrize("url_name", ["wagtailadmin_home", "wagtailusers_users:index"])
def test_the_admin_shows_no_avatars_from_an_outside_service(client, url_name):
    client.force_login(make_user("editor", email="editor@example.org", is_superuser=True))

    html = client.get(reverse(url_name)).content.decode()

    assert "gravatar" not in html
    # What the browser fetches by itself (links a person may follow are another matter).
    fetched = re.findall(r'\bsrc="((?:https?:)?//[^"]+)"', html)
    fetched += re.findall(r'<link[^>]*\bhref="((?:https?:)?//[^"]+)"', html)
    assert [url for url in fetched if "testserver" not in url] == []


def test_a_video_is_a_link_not_a_player_from_another_site(client):
    course = make_course(modules=1, lessons_per_module=1, is_public=True)
    lesson = lessons_of(course)[0]
    lesson.body = [
        ("video", {"video": "https://www.youtube.com/watch?v=abc", "caption": "Listening"})
    ]
    lesson.save_revision().publish()

    html = client.get(lesson.url).content.decode()

    assert "<iframe" not in html
    assert 'href="https://www.youtube.com/watch?v=abc"' in html
    assert "Watch the video on youtube.com" in html
