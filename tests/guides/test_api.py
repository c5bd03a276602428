"""The content API refuses every malformed query parameter with a 400 and a JSON error."""

import pytest
from django.test import Client

from tests.factories import make_destination, make_guide, make_guide_hub

pytestmark = pytest.mark.django_db


@pytest.fixture
def api():
    # As a script would see it: errors answered, not raised into the test.
    return Client(raise_request_exception=False)


@pytest.fixture
def guide():
    return make_guide(make_destination(hub=make_guide_hub()), title="Documents")


THIRTY_DIGITS = "1" * 30

# The five requests that answered 500 before, then others of the same kinds.
BAD_LISTINGS = [
    f"offset={THIRTY_DIGITS}",
    "search=%00",
    "search=a&search_operator=bogus",
    "locale=%00",
    # Past PostgreSQL's bigint, or beyond any page count.
    "offset=9223372036854775808",
    "offset=-1",
    "offset=1&offset=2",
    f"limit={THIRTY_DIGITS}",
    "limit=%00",
    "limit=1&limit=2",
    "search=%F0%9F%98%80%00x",
    "search=" + "a" * 1000,
    "search=a&search=b",
    "search_operator=and&search_operator=or&search=a",
    "locale=xx",
    "locale=",
    "order=%00",
    "order=no_such_field",
    "order=random&offset=3",
    "fields=%00",
    "fields=body(%00)",
    "fields=" + "a," * 500,
    "type=%00",
    "type=lms.User",
    "type=" + "a" * 500,
    f"child_of={THIRTY_DIGITS}",
    "child_of=%00",
    "child_of=-1",
    f"descendant_of={THIRTY_DIGITS}",
    "descendant_of=%00",
    f"translation_of={THIRTY_DIGITS}",
    f"id={THIRTY_DIGITS}",
    "id=%00",
    "title=%00",
    "slug=" + "a" * 1000,
    "first_published_at=not-a-date",
    "show_in_menus=maybe",
    "unknown_parameter=1",
    "rich_text_format=%00",
]


@pytest.mark.parametrize("query", BAD_LISTINGS)
def test_malformed_listing_parameters_get_a_400_with_a_json_error(api, guide, query):
    response = api.get(f"/api/v2/pages/?{query}")

    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["error"] == "bad_request"
    assert body["message"]


@pytest.mark.parametrize(
    "query",
    [
        "html_path=%00",
        "html_path=" + "a/" * 600,
        f"id={THIRTY_DIGITS}",
        "id=%00",
        "html_path=/a&html_path=/b",
    ],
)
def test_malformed_find_parameters_get_a_400(api, guide, query):
    response = api.get(f"/api/v2/pages/find/?{query}")

    assert response.status_code == 400, response.content
    assert response.json()["error"] == "bad_request"


@pytest.mark.parametrize("query", ["fields=%00", "type=%00", "fields=a&fields=b"])
def test_malformed_detail_parameters_get_a_400(api, guide, query):
    response = api.get(f"/api/v2/pages/{guide.pk}/?{query}")

    assert response.status_code == 400, response.content
    assert response.json()["error"] == "bad_request"


@pytest.mark.parametrize("pk", [THIRTY_DIGITS, "9223372036854775808"])
def test_an_out_of_range_page_id_is_not_found(api, guide, pk):
    response = api.get(f"/api/v2/pages/{pk}/")

    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


@pytest.mark.parametrize(
    "query",
    [
        "type=guides.GuidePage&fields=topic,summary&locale=en",
        "search=documents&search_operator=and",
        "search=documents&search_operator=or",
        "order=-title&limit=5&offset=0",
        "child_of=root",
        "offset=1000",
    ],
)
def test_well_formed_parameters_still_work(api, guide, query):
    response = api.get(f"/api/v2/pages/?{query}")

    assert response.status_code == 200, response.content
    assert "items" in response.json()


def test_find_by_path_still_redirects_to_the_page(api, guide):
    # Paths are relative to the site root, without the language prefix.
    response = api.get(f"/api/v2/pages/find/?html_path={guide.url.removeprefix('/en')}")

    assert response.status_code == 302
    assert f"/api/v2/pages/{guide.pk}/" in response["Location"]


def test_search_with_a_valid_query_finds_the_guide(api, guide):
    items = api.get("/api/v2/pages/?search=Documents&type=guides.GuidePage").json()["items"]

    assert [item["id"] for item in items] == [guide.pk]
