import gzip

import pytest
from django.core.cache import caches
from pypdf import PdfReader

from tests.factories import (
    make_destination,
    make_guide,
    make_guide_hub,
    make_user,
    translate_page,
)

pytestmark = pytest.mark.django_db

PHONES = (
    "phone_numbers",
    {
        "title": "Key numbers",
        "numbers": [
            {
                "name": "Migrant hotline",
                "number": "+7 (800) 000-00-00",
                "hours": "24/7",
                "languages": "Russian, Uzbek",
                "is_example": True,
            }
        ],
    },
)


@pytest.fixture(autouse=True)
def _empty_page_cache():
    caches["pages"].clear()
    yield
    caches["pages"].clear()


@pytest.fixture
def guide():
    destination = make_destination()
    return make_guide(
        destination,
        title="Documents and legal stay",
        body=[
            ("paragraph", "<p>Register within seven working days of arrival.</p>"),
            ("checklist", {"title": "Before you leave", "items": ["Passport", "Contract"]}),
            PHONES,
            (
                "address",
                {
                    "kind": "embassy",
                    "name": "Embassy",
                    "address": "1 Example Street\nMoscow",
                    "phone": "+7 495 000 00 00",
                    "hours": "Mon–Fri 9–17",
                    "website": "",
                },
            ),
        ],
    )


def test_anonymous_reader_gets_a_public_cacheable_page(client, guide):
    response = client.get(guide.url)

    assert response.status_code == 200
    content = response.content.decode()
    assert "Register within seven working days of arrival." in content
    assert "public" in response["Cache-Control"] and "max-age=600" in response["Cache-Control"]
    assert response.has_header("ETag") and response.has_header("Last-Modified")


def test_signed_in_reader_gets_a_private_page(client, guide):
    client.force_login(make_user())
    response = client.get(guide.url)
    assert "private" in response["Cache-Control"]


def test_conditional_request_gets_304(client, guide):
    first = client.get(guide.url)

    by_etag = client.get(guide.url, HTTP_IF_NONE_MATCH=first["ETag"])
    by_date = client.get(guide.url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    assert by_etag.status_code == 304
    assert by_date.status_code == 304


def test_responses_are_compressed(client, guide):
    response = client.get(guide.url, HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert b"Register within seven" in gzip.decompress(response.content)


def test_warm_cache_serves_a_guide_with_no_sql(client, guide, django_assert_num_queries):
    client.get(guide.url)

    with django_assert_num_queries(0):
        response = client.get(guide.url)

    assert response.status_code == 200
    assert "Register within seven" in response.content.decode()


def test_publishing_a_change_is_seen_at_once(client, guide):
    client.get(guide.url)
    guide.summary = "Updated summary for readers"
    guide.save_revision().publish()

    assert "Updated summary for readers" in client.get(guide.url).content.decode()


def test_phone_numbers_are_tap_to_call_links_and_examples_are_marked(client, guide):
    content = client.get(guide.url).content.decode()
    assert 'href="tel:+78000000000"' in content
    assert 'href="tel:+74950000000"' in content
    assert "Example number: check before calling" in content


def test_guide_page_queries_do_not_grow_with_its_content(client, django_assert_num_queries):
    destination = make_destination()
    small = make_guide(destination, title="Small", body=[PHONES])
    big = make_guide(
        destination,
        title="Big",
        body=[PHONES] * 20 + [("paragraph", f"<p>Paragraph {n}</p>") for n in range(40)],
    )
    client.get(small.url)
    caches["pages"].clear()
    client.get(big.url)
    caches["pages"].clear()

    for guide in (small, big):
        caches["pages"].clear()
        # Routing (6: tests/lms/test_page_queries.py), and the language switcher's links
        # again, as the page cache was emptied: the translations, the hubs to fall back to;
        # the header's catalogue and guide hub, for the same reason.
        with django_assert_num_queries(9):
            assert client.get(guide.url).status_code == 200


def test_search_finds_guides_in_cyrillic_and_latin(client):
    hub = make_guide_hub("en")
    make_guide(hub, title="Remittances", summary="Sending money home safely")
    hub_ru = make_guide_hub("ru")
    make_guide(hub_ru, title="Денежные переводы", summary="Как безопасно отправить деньги домой")
    hub_uz = make_guide_hub("uz")
    make_guide(hub_uz, title="Pul oʻtkazmalari", summary="Uyga pulni xavfsiz joʻnatish")

    english = client.get(hub.url + "search/", {"q": "money"}).context["results"]
    russian = client.get(hub_ru.url + "search/", {"q": "деньги"}).context["results"]
    uzbek = client.get(hub_uz.url + "search/", {"q": "pulni"}).context["results"]

    assert [page.title for page in english] == ["Remittances"]
    assert [page.title for page in russian] == ["Денежные переводы"]
    assert [page.title for page in uzbek] == ["Pul oʻtkazmalari"]


def test_search_with_an_overlong_empty_or_binary_query_is_harmless(client):
    hub = make_guide_hub()
    make_guide(hub, title="Remittances", summary="Sending money home safely")
    assert client.get(hub.url + "search/", {"q": "x" * 5000}).status_code == 200
    assert client.get(hub.url + "search/").context["results"] == []
    # A NUL byte is refused by PostgreSQL: it is dropped, and the rest is still searched.
    response = client.get(hub.url + "search/", {"q": "\x00money\x07"})
    assert response.status_code == 200
    assert [page.title for page in response.context["results"]] == ["Remittances"]


def test_untranslated_guide_shows_a_notice_and_its_languages(client):
    destination = make_destination()
    translated = make_guide(destination, title="Work contracts", topic="work_rights")
    untranslated = make_guide(destination, title="Health", topic="health")
    make_guide_hub("ru")
    destination_ru = translate_page(destination, "ru", title="Россия")
    translate_page(translated, "ru", title="Трудовой договор")

    listing = client.get(destination_ru.url).content.decode()
    assert "Трудовой договор" in listing
    assert "Health" in listing  # listed under "not yet in your language"
    switcher = client.get(untranslated.url).content.decode()
    missing_url = f"/ru/guides/missing/{untranslated.translation_key}/"
    assert missing_url in switcher
    notice = client.get(missing_url)
    assert notice.status_code == 200
    assert untranslated.url in notice.content.decode()


def test_missing_translation_of_a_non_guide_is_404(client):
    from tests.factories import make_course

    hub = make_guide_hub()
    course = make_course()
    assert client.get(f"{hub.url}missing/{course.translation_key}/").status_code == 404


def test_pdf_booklet_in_kyrgyz_and_uzbek(client):
    for code, title, text in [
        ("ky", "Үйгө кайтуу", "Өз укуктарыңызды билиңиз: эмгек келишими маанилүү."),
        ("uz", "Uyga qaytish", "Oʻz huquqlaringizni biling: mehnat shartnomasi muhim."),
    ]:
        hub = make_guide_hub(code)
        destination = make_destination(f"Destination {code}", hub=hub)
        make_guide(destination, title=title, body=[("paragraph", f"<p>{text}</p>"), PHONES])
        response = client.get(destination.url + "booklet/")
        assert response["Content-Type"] == "application/pdf"
        from io import BytesIO

        extracted = "".join(p.extract_text() for p in PdfReader(BytesIO(response.content)).pages)
        assert title in extracted
        assert " ".join(text.split()[:3]) in " ".join(extracted.split())
        assert "+7 (800) 000-00-00" in extracted


def test_api_lists_only_published_guide_pages(client, guide):
    from tests.factories import make_course

    make_course()
    draft = make_guide(guide.get_parent(), title="Draft guide", live=False)

    data = client.get("/api/v2/pages/").json()

    titles = {item["title"] for item in data["items"]}
    assert "Documents and legal stay" in titles and "Russia" in titles
    assert draft.title not in titles
    assert not any(title.startswith("Course") or title.startswith("Lesson") for title in titles)
    detail = client.get(f"/api/v2/pages/{guide.pk}/").json()
    assert detail["topic"] == "documents" and detail["last_reviewed"] == "2026-10-01"
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert client.post("/api/v2/pages/", {}).status_code == 405


def test_sitemap_lists_public_pages_in_every_language(client, guide):
    from tests.factories import lessons_of, make_course

    make_guide_hub("ru")
    private_lesson = lessons_of(make_course(is_public=False))[0]

    content = client.get("/sitemap.xml").content.decode()

    assert guide.full_url in content
    assert "/ru/guides/" in content
    assert private_lesson.url not in content


def test_service_worker_is_served_from_the_root(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "caches.open" in response.content.decode()
