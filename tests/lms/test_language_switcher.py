"""The language switcher's links are kept per page and language in the "pages" cache, and
follow every change to the pages: publish, unpublish, move, delete."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    make_destination,
    make_guide,
    make_guide_hub,
    make_user,
    translate_page,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide():
    make_guide_hub("ru")
    destination = make_destination()
    translate_page(destination, "ru")
    return make_guide(destination, title="Documents")


def link_to(client, url, code):
    """The switcher's link to language `code` on the page at `url`, as a signed-in reader
    (private responses, so the page cache keeps no copy of the page itself)."""
    content = client.get(url).content.decode()
    start = content.index('<nav class="languages"')
    nav = content[start : content.index("</nav>", start)]
    item = nav[nav.index(f'lang="{code}"') - 200 : nav.index(f'lang="{code}"')]
    return item[item.rindex('href="') + 6 :].split('"')[0]


@pytest.fixture
def reader(client):
    client.force_login(make_user())
    return client


def test_links_are_cached(reader, guide):
    link_to(reader, guide.url, "ru")

    with CaptureQueriesContext(connection) as queries:
        reader.get(guide.url)

    translations = '"wagtailcore_page"."translation_key" = '
    assert not [query for query in queries.captured_queries if translations in query["sql"]]


def test_publishing_a_translation_changes_the_link(reader, guide):
    assert "/missing/" in link_to(reader, guide.url, "ru")  # not translated yet

    russian = translate_page(guide, "ru", title="Документы")

    assert link_to(reader, guide.url, "ru") == russian.url


def test_unpublishing_a_translation_changes_the_link(reader, guide):
    russian = translate_page(guide, "ru", title="Документы")
    assert link_to(reader, guide.url, "ru") == russian.url

    russian.unpublish()

    assert "/missing/" in link_to(reader, guide.url, "ru")


def test_moving_a_translation_changes_the_link(reader, guide):
    russian = translate_page(guide, "ru", title="Документы")
    assert link_to(reader, guide.url, "ru") == russian.url
    hub_ru = make_guide_hub("ru")

    russian.move(hub_ru, pos="last-child")

    russian.refresh_from_db()
    assert link_to(reader, guide.url, "ru") == russian.url
    assert russian.url.startswith(hub_ru.url)


def test_deleting_a_translation_changes_the_link(reader, guide):
    russian = translate_page(guide, "ru", title="Документы")
    assert link_to(reader, guide.url, "ru") == russian.url

    russian.delete()

    assert "/missing/" in link_to(reader, guide.url, "ru")
