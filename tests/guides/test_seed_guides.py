"""The guides demo: a hub in every language, two destinations whose guides are in English,
Russian, Uzbek and Kyrgyz, and for Russia and everyone in Kazakh and Tajik too, no invented real
phone numbers, and nothing built twice."""

import re

import pytest
from django.core.cache import caches
from django.db import transaction
from wagtail.models import Locale, Page

from guides.demo.build import demo_guides_build
from guides.demo.content import guides_read
from guides.models import DestinationPage, GuideIndexPage, GuidePage
from tests.factories import home_page

ALL_LANGUAGES = ("en", "ru", "uz", "ky", "kk", "tg")
# The languages each guide set is written in; the hub is in all of them.
GUIDE_LANGUAGES = {
    "russia": ALL_LANGUAGES,
    "south-korea": ("en", "ru", "uz", "ky"),
    "general": ALL_LANGUAGES,
}
# The guides as read from demo/content/: the hub, its destinations and the guides for everyone.
HUB = guides_read()
DESTINATIONS = [page for page in HUB.children if page.model is DestinationPage]
GENERAL = [page for page in HUB.children if page.model is GuidePage]
# The only numbers a guide may give without marking them as examples: emergency numbers, and
# the Korean government's Immigration Contact Center.
REAL_SHORT_NUMBERS = {"112", "119", "1345"}


@pytest.fixture(scope="module")
def demo_guides(django_db_setup, django_db_blocker):
    """Build the guides once for the module, on home pages in every language. The outer
    transaction is rolled back at the end, and each test's own transaction nests inside it."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        for code in ALL_LANGUAGES:
            home_page(code)
        summary = demo_guides_build()
    yield summary
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture(autouse=True)
def _empty_page_cache():
    caches["pages"].clear()
    yield
    caches["pages"].clear()


def english_hub():
    return GuideIndexPage.objects.get(locale__language_code="en")


def english_destinations():
    return list(DestinationPage.objects.child_of(english_hub()).live().order_by("title"))


def translation(page, language_code):
    return page.get_translation(Locale.objects.get(language_code=language_code))


def every_text():
    """(name, guides) of every destination and of the guides for everyone."""
    return [(d.fields["slug"], d.children) for d in DESTINATIONS] + [("general", GENERAL)]


@pytest.mark.django_db
def test_every_content_language_has_a_live_guide_hub(demo_guides):
    english = english_hub()

    for code in ALL_LANGUAGES:
        hub = translation(english, code)
        assert hub.live and hub.slug == "guides"
        assert hub.get_parent().specific == home_page(code)
        if code != "en":
            assert hub.title != english.title


@pytest.mark.django_db
def test_kazakh_and_tajik_hubs_list_their_guides_and_send_readers_to_the_russian_rest(
    demo_guides, client
):
    russia, korea = english_destinations()
    general = GuidePage.objects.child_of(english_hub()).get()

    for code in ("kk", "tg"):
        response = client.get(translation(english_hub(), code).url)
        assert response.status_code == 200
        content = response.content.decode()
        assert f'href="{translation(russia, code).url}"' in content
        assert f'href="{translation(general, code).url}"' in content
        assert not korea.get_translation_or_none(Locale.objects.get(language_code=code))
        assert f'href="{translation(korea, "ru").url}"' in content


@pytest.mark.django_db
def test_two_destinations_have_four_guides_in_each_of_their_languages(demo_guides):
    destinations = english_destinations()
    assert [page.country_code for page in destinations] == ["RU", "KR"]

    for destination in destinations:
        guides = list(GuidePage.objects.child_of(destination).live())
        assert len(guides) >= 4
        assert len({guide.topic for guide in guides}) == len(guides)
        for code in GUIDE_LANGUAGES[destination.slug][1:]:
            translated = translation(destination, code)
            assert translated.live and translated.title != destination.title
            assert translated.country_code == destination.country_code
            for guide in guides:
                version = translation(guide, code)
                assert version.translation_key == guide.translation_key
                assert version.live and version.title != guide.title
                assert version.topic == guide.topic
                assert version.get_parent().specific == translated
                assert version.last_reviewed == guide.last_reviewed
                assert _phones(version) == _phones(guide), version.url


@pytest.mark.django_db
def test_a_guide_missing_in_kazakh_lists_the_languages_it_is_in(demo_guides, client):
    korea = english_destinations()[1]
    guide = GuidePage.objects.child_of(korea).first()
    kazakh_hub = translation(english_hub(), "kk")

    response = client.get(f"{kazakh_hub.url}missing/{guide.translation_key}/")

    assert response.status_code == 200
    content = response.content.decode()
    for code in GUIDE_LANGUAGES[korea.slug]:
        assert translation(guide, code).url in content


@pytest.mark.django_db
def test_every_phone_number_is_an_example_or_a_short_real_number(demo_guides):
    numbers = []
    for guide in GuidePage.objects.all():
        for block in guide.body:
            if block.block_type == "phone_numbers":
                numbers += [(guide.url, item) for item in block.value["numbers"]]
            elif block.block_type == "address":
                # The address block has no example flag, so it carries no number.
                assert not block.value["phone"], guide.url

    assert len(numbers) > 40
    for url, item in numbers:
        if item["is_example"]:
            assert "000" in item["number"], (url, item["number"])
        else:
            assert item["number"] in REAL_SHORT_NUMBERS, (url, item["number"])


@pytest.mark.django_db
def test_every_guide_says_when_and_by_whom_it_was_reviewed_and_its_sources(demo_guides):
    guides = GuidePage.objects.all()

    assert guides.count() == sum(
        len(GUIDE_LANGUAGES[name]) * len(texts) for name, texts in every_text()
    )
    for guide in guides:
        assert guide.last_reviewed.year == 2026
        assert guide.reviewed_by
        assert 1 <= len(guide.sources) <= 3


@pytest.mark.django_db
def test_guides_are_served_to_anonymous_readers_in_their_languages(demo_guides, client):
    english = [
        (destination.slug, GuidePage.objects.child_of(destination).order_by("path").first())
        for destination in english_destinations()
    ] + [("general", guide) for guide in GuidePage.objects.child_of(english_hub())]

    for name, guide in english:
        for code in GUIDE_LANGUAGES[name]:
            page = translation(guide, code)
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            content = response.content.decode()
            assert page.title in content and f'<html lang="{code}">' in content
            assert "public" in response["Cache-Control"]
            parent = page.get_parent()
            assert client.get(parent.url).status_code == 200, parent.url


@pytest.mark.django_db
def test_example_numbers_are_shown_as_examples(demo_guides, client):
    guide = GuidePage.objects.get(slug="emergency-contacts", locale__language_code="en")

    content = client.get(guide.url).content.decode()

    assert 'href="tel:112"' in content and 'href="tel:119"' in content
    assert content.count('class="example"') == 2


@pytest.mark.django_db
def test_a_second_build_creates_nothing(demo_guides):
    pages = Page.objects.count()

    summary = demo_guides_build()

    assert summary.pages_created == 0
    assert summary.pages_existing == demo_guides.pages_created + demo_guides.pages_existing
    assert Page.objects.count() == pages


def test_translations_follow_the_english_text_block_by_block():
    assert HUB.languages == list(ALL_LANGUAGES)
    for name, guides in every_text():
        for guide in guides:
            assert guide.languages == list(GUIDE_LANGUAGES[name]), name
            for code in guide.languages:
                where = (name, code, guide.fields["slug"])
                text = guide.text(code)
                assert _shape(text) == _shape(guide.fields), where
                assert len(text["sources"]) == len(guide.fields["sources"]), where
                assert list(_urls(text)) == list(_urls(guide.fields)), where


def test_each_destination_has_a_checklist_phone_numbers_and_an_embassy_address():
    for destination in DESTINATIONS:
        kinds = {kind for guide in destination.children for kind, _ in guide.fields["body"]}
        assert {"heading", "paragraph", "callout", "checklist", "phone_numbers"} <= kinds
        assert "address" in kinds


def test_english_guides_have_250_to_450_words():
    for name, guides in every_text():
        for guide in guides:
            words = sum(len(_plain_text(value).split()) for _kind, value in guide.fields["body"])
            assert 250 <= words <= 450, (name, guide.fields["slug"], words)


def test_uzbek_text_writes_o_and_g_with_the_turned_comma():
    for name, guides in every_text():
        pages = [*guides, *(d for d in DESTINATIONS if d.fields["slug"] == name)]
        uzbek = " ".join(_plain_text(page.text("uz")) for page in pages)
        assert "oʻ" in uzbek and "gʻ" in uzbek, name
        assert not re.search(r"[oOgG]['‘’`]", uzbek), name


# Letters each language writes that its neighbours' alphabets (and Russian) lack: a Kazakh
# or Tajik text without them was pasted from another language or typed without its keyboard.
OWN_LETTERS = {"kk": set("әғқңөұүі"), "tg": set("ғӣқӯҳҷ")}
# A Latin letter next to a Cyrillic one inside a word: a typing slip a reader stumbles on.
MIXED_SCRIPTS = re.compile(r"\w*(?:[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z])\w*")


def test_kazakh_and_tajik_guides_are_written_with_their_own_letters():
    for name, guides in every_text():
        pages = [*guides, *(d for d in DESTINATIONS if d.fields["slug"] == name)]
        for code, letters in OWN_LETTERS.items():
            if code not in GUIDE_LANGUAGES[name]:
                continue
            text = " ".join(_plain_text(page.text(code)) for page in pages)
            assert letters <= set(text.lower()), (name, code, letters - set(text.lower()))
            assert not MIXED_SCRIPTS.findall(text), (name, code)


def _phones(page):
    return [
        [(number["number"], number["is_example"]) for number in block.value["numbers"]]
        for block in page.body
        if block.block_type == "phone_numbers"
    ]


def _shape(guide):
    """The guide's blocks, with what a translation must keep: phone numbers and their example
    flags, and the number of checklist items."""
    shape = []
    for kind, value in guide["body"]:
        if kind == "phone_numbers":
            shape.append((kind, [(n["number"], n["is_example"]) for n in value["numbers"]]))
        elif kind == "checklist":
            shape.append((kind, len(value["items"])))
        else:
            shape.append(kind)
    return shape


def _urls(guide):
    return (value["url"] for _kind, value in guide["sources"])


def _plain_text(value):
    if isinstance(value, dict):
        return " ".join(
            _plain_text(item) for key, item in value.items() if key not in ("kind", "is_example")
        )
    if isinstance(value, list | tuple):
        return " ".join(_plain_text(item) for item in value)
    return re.sub(r"<[^>]+>", " ", str(value))
