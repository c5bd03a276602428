"""axe-core finds no accessibility violations on the pages learners and migrants meet, on a
phone and on a desktop."""

import pytest

from tests.browser.axe import assert_no_axe_violations
from tests.factories import make_course, make_destination, make_guide, make_guide_hub

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 360, "height": 640}


@pytest.fixture
def public_pages():
    course = make_course(is_public=True, modules=1, lessons_per_module=1)
    hub = make_guide_hub()
    guide = make_guide(make_destination("Russia", hub=hub, country_code="RU"), title="Documents")
    return {
        "home": "/en/",
        "course": course.url,
        "guide hub": hub.url,
        "guide": guide.url,
        "sign-up": "/en/accounts/sign-up/",
        "sign-in": "/en/accounts/login/",
        "verification": "/certificates/verify/",
    }


@pytest.mark.parametrize("viewport", [PHONE, None], ids=["phone", "desktop"])
def test_public_pages_have_no_axe_violations(new_page, public_pages, viewport):
    page = new_page(viewport=viewport)
    for url in public_pages.values():
        page.goto(url)
        assert_no_axe_violations(page)
