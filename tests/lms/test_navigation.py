"""Every reader finds the courses and the guides, in their language, and is told, in it, what
is not translated yet and where to read it instead (README, "Navigation and languages")."""

import re

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from tests.factories import (
    home_page,
    lessons_of,
    make_catalogue,
    make_course,
    make_destination,
    make_guide,
    make_guide_hub,
    translate_course,
    translate_page,
)

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def links(content: str, attribute: str) -> dict:
    """{name: href} of the links marked data-<attribute>="name"."""
    found = {}
    for tag in re.findall(r"<a [^>]*data-" + attribute + r'="[a-z]+"[^>]*>', content):
        name = re.search(r"data-" + attribute + r'="([a-z]+)"', tag).group(1)
        found[name] = re.search(r'href="([^"]+)"', tag).group(1)
    return found


def switcher(content: str) -> dict:
    nav = content[content.index('<nav class="languages"') :]
    nav = nav[: nav.index("</nav>")]
    return {code: href for href, code in re.findall(r'<a href="([^"]+)" lang="([a-z]+)"', nav)}


@pytest.fixture
def site():
    """Catalogue and guide hub in every language; one course in English and Russian only."""
    for code in LANGUAGES:
        make_catalogue(code)
        make_guide_hub(code)
    course = make_course(title="Case management", slug="case-management")
    russian = translate_course(course, "ru")
    return course, russian


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_home_page_links_courses_and_guides_in_header_and_body(client, site, code):
    content = client.get(home_page(code).url).content.decode()

    hub, catalogue = make_guide_hub(code).url, make_catalogue(code).url
    assert links(content, "nav") == {"courses": catalogue, "guides": hub}
    assert links(content, "home") == {"courses": catalogue, "guides": hub}


@pytest.mark.parametrize("url", ["/kk/accounts/login/", "/kk/certificates/verify/"])
def test_the_header_links_the_guides_on_pages_that_are_not_wagtail_pages(client, site, url):
    content = client.get(url).content.decode()

    assert links(content, "nav")["guides"] == make_guide_hub("kk").url


def test_a_language_without_a_guide_hub_is_led_to_the_russian_one(client):
    make_catalogue("kk")
    make_guide_hub("ru")
    hub_url = make_guide_hub("ru").url

    content = client.get(home_page("kk").url).content.decode()

    assert links(content, "nav")["guides"] == hub_url
    assert f'href="{hub_url}" hreflang="ru"' in content


@pytest.mark.parametrize("code", ["kk", "tg"])
def test_kazakh_and_tajik_home_pages_list_their_courses_and_the_russian_ones(client, site, code):
    _course, russian = site
    own = make_course(title=f"Own course {code}", catalogue=make_catalogue(code))

    response = client.get(home_page(code).url)

    assert [course.pk for course in response.context["courses"]] == [own.pk]
    assert [course.pk for course in response.context["untranslated"]] == [russian.pk]
    content = response.content.decode()
    assert 'id="untranslated-heading"' in content
    assert f'href="{russian.url}" hreflang="ru"' in content


def test_a_course_only_in_english_is_offered_in_english(client, site):
    english_only = make_course(title="Only English")

    response = client.get(make_catalogue("tg").url)

    offered = {
        course.pk: course.locale.language_code for course in response.context["untranslated"]
    }
    assert offered[english_only.pk] == "en"
    assert len(offered) == 2  # and the other in Russian, not twice


def test_a_translated_course_is_listed_once_in_its_own_language(client, site):
    course, _russian = site
    kazakh = translate_course(course, "kk")

    response = client.get(make_catalogue("kk").url)

    assert [c.pk for c in response.context["courses"]] == [kazakh.pk]
    assert response.context["untranslated"] == []
    assert 'id="untranslated-heading"' not in response.content.decode()


def test_russian_readers_are_offered_courses_only_in_english(client, site):
    english_only = make_course(title="Only English")

    response = client.get(make_catalogue("ru").url)

    assert [c.pk for c in response.context["untranslated"]] == [english_only.pk]


def test_the_kazakh_catalogue_says_so_in_kazakh(client, site):
    content = client.get(make_catalogue("kk").url).content.decode()

    assert '<html lang="kk">' in content
    assert 'id="untranslated-heading"' in content


def test_switching_a_course_page_to_a_language_it_is_not_in_leads_to_a_notice(client, site):
    course, russian = site

    kazakh_link = switcher(client.get(course.url).content.decode())["kk"]

    catalogue = make_catalogue("kk")
    assert kazakh_link == f"{catalogue.url}missing/{course.translation_key}/"
    notice = client.get(kazakh_link)
    assert notice.status_code == 200
    content = notice.content.decode()
    with translation.override("kk"):
        assert gettext("This course is not yet in your language") in content
    # Russian first, then English: where a Kazakh reader is sent.
    assert [v.pk for v in notice.context["versions"]] == [russian.pk, course.pk]
    assert f'href="{russian.url}" lang="ru"' in content


def test_the_notice_goes_to_the_course_once_it_is_translated(client, site):
    course, _russian = site
    kazakh = translate_course(course, "kk")

    response = client.get(f"{make_catalogue('kk').url}missing/{course.translation_key}/")

    assert response.status_code == 302
    assert response.headers["Location"] == kazakh.url


def test_the_notice_of_an_unknown_course_is_not_found(client, site):
    url = f"{make_catalogue('kk').url}missing/00000000-0000-0000-0000-000000000000/"
    assert client.get(url).status_code == 404


def test_switching_a_lesson_not_yet_translated_leads_to_the_course_in_that_language(client, site):
    course = make_course(is_public=True, modules=1, lessons_per_module=1)
    kazakh = translate_page(course, "kk")  # the course page only, no modules or lessons

    links_on_lesson = switcher(client.get(lessons_of(course)[0].url).content.decode())

    assert links_on_lesson["kk"] == kazakh.url
    assert links_on_lesson["tg"] == f"{make_catalogue('tg').url}missing/{course.translation_key}/"


def test_the_guide_hub_lists_destinations_not_yet_in_its_language(client):
    make_guide_hub("ru")
    make_guide_hub("kk")
    korea = make_destination("South Korea", country_code="KR")
    russian_korea = translate_page(korea, "ru", title="Южная Корея")
    russia = make_destination("Russia")
    translate_page(russia, "ru")
    kazakh_russia = translate_page(russia, "kk", title="Ресей")
    make_guide(make_guide_hub(), title="Emergency", topic="emergency")

    response = client.get(make_guide_hub("kk").url)

    assert [d.pk for d in response.context["destinations"]] == [kazakh_russia.pk]
    untranslated = {item["title"]: item["versions"] for item in response.context["untranslated"]}
    assert set(untranslated) == {"Южная Корея", "Emergency"}
    assert [v.pk for v in untranslated["Южная Корея"]] == [russian_korea.pk, korea.pk]
    content = response.content.decode()
    assert 'id="untranslated-heading"' in content
    assert f'href="{russian_korea.url}" hreflang="ru"' in content


def test_header_links_follow_a_new_catalogue(client):
    make_guide_hub("ky")
    home_page("ky")
    assert "courses" not in links(client.get(reverse("login")).content.decode(), "nav")

    catalogue = make_catalogue("en")

    assert links(client.get(reverse("login")).content.decode(), "nav")["courses"] == catalogue.url


def description(content: str) -> str:
    return re.search(r'<meta name="description" content="([^"]*)">', content).group(1)


def test_every_page_has_a_meta_description(client, site):
    course, _russian = site
    home = home_page("en")
    home.intro = "<p>Learning for <b>work</b> with migrants &amp; families.</p>"
    home.save_revision().publish()
    course.search_description = "Written by the editor for search engines."
    course.save_revision().publish()
    hub = make_guide_hub("en")
    guide = make_guide(hub, title="Emergency", topic="emergency", summary="Numbers to call.")

    def described(url):
        return description(client.get(url).content.decode())

    assert described(home_page("en").url) == "Learning for work with migrants &amp; families."
    assert described(course.url) == "Written by the editor for search engines."
    assert described(guide.url) == "Numbers to call."
    for url in [make_catalogue("en").url, hub.url, reverse("login"), "/certificates/verify/"]:
        assert len(described(url)) > 40


def test_a_long_description_is_cut_for_search_engines(client, site):
    course = make_course(summary="word " * 100)

    assert len(description(client.get(course.url).content.decode())) <= 160
