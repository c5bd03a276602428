"""Routing through the page tree in one query (lms/routing.py) keeps Wagtail's rules."""

import pytest
from django.test import RequestFactory
from wagtail.models import Page

from courses.models import LessonPage, ModulePage
from lms.routing import routed_ancestor
from tests.factories import home_page, lessons_of, make_course, make_destination, make_guide

pytestmark = pytest.mark.django_db


def route(path, home=None):
    """Route `path` (below the English home page) as Wagtail's serve view does."""
    request = RequestFactory().get(path)
    home = home or home_page()
    components = [part for part in path.split("/") if part]
    return home.route(request, components)


def test_a_deep_page_is_routed_with_its_fields_and_its_parents():
    course = make_course(modules=2, lessons_per_module=2)
    lesson = lessons_of(course)[3]

    page = route(lesson.url_path.removeprefix(home_page().url_path))[0]

    assert isinstance(page, LessonPage) and page.pk == lesson.pk
    assert page.get_deferred_fields() == set()  # its own fields are loaded
    assert "Text of lesson 2.2" in str(page.body)
    assert isinstance(page.get_parent(), ModulePage)
    assert routed_ancestor(page, type(course)).pk == course.pk


def test_one_query_for_every_page_on_the_path_and_one_for_the_page_served(
    django_assert_num_queries,
):
    course = make_course(modules=1, lessons_per_module=1)
    home = home_page()
    path = lessons_of(course)[0].url_path.removeprefix(home.url_path)

    with django_assert_num_queries(2):
        route(path, home)


def test_an_unknown_slug_and_an_unknown_subpage_are_404():
    from django.http import Http404

    course = make_course(modules=1, lessons_per_module=1)
    lesson_path = lessons_of(course)[0].url_path.removeprefix(home_page().url_path)

    with pytest.raises(Http404):
        route(lesson_path.replace("lesson-1-1", "no-such-lesson"))
    with pytest.raises(Http404):
        route(lesson_path + "no-such-view/")


def test_a_draft_page_is_404(client):
    course = make_course(modules=1, lessons_per_module=1, is_public=True)
    lesson = lessons_of(course)[0]
    lesson.unpublish()

    assert client.get(lesson.url).status_code == 404


def test_subpage_urls_come_before_a_child_with_the_same_slug(client):
    """As in Wagtail: a RoutablePageMixin page's own URLs win over its children's slugs."""
    course = make_course(modules=0)
    course.add_child(instance=ModulePage(title="Enrol", slug="enrol"))

    assert client.get(course.url + "enrol/").status_code == 405  # the enrol view: POST only


def test_a_page_whose_url_path_is_out_of_step_is_found_by_its_slug():
    """If url_path (which the one query goes by) were ever wrong, Wagtail's own lookup still
    finds the page by its slug."""
    destination = make_destination()
    guide = make_guide(destination, title="Work")
    path = guide.url_path.removeprefix(home_page().url_path)
    Page.objects.filter(pk=guide.pk).update(url_path="/somewhere/else/")

    assert route(path)[0].pk == guide.pk


def test_a_private_section_stays_private(client):
    """Wagtail's view restrictions, asked by our routing in one query, still apply to every
    page below a restricted one."""
    from wagtail.models import PageViewRestriction

    destination = make_destination()
    guide = make_guide(destination, title="Work")
    PageViewRestriction.objects.create(page=destination, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(guide.url)

    assert response.status_code == 302 and "/login/" in response.headers["Location"]


def test_an_alias_on_the_path_is_left_to_wagtail(client):
    """An alias stands for its original's restrictions (Wagtail's rule, not ours)."""
    from wagtail.models import PageViewRestriction

    destination = make_destination()
    guide = make_guide(destination, title="Work")
    alias = destination.create_alias(update_slug="russia-alias", recursive=True)
    PageViewRestriction.objects.create(page=destination, restriction_type=PageViewRestriction.LOGIN)
    alias_guide = alias.get_children().get()
    assert alias_guide.specific.alias_of_id == guide.pk

    assert client.get(alias_guide.url).status_code == 302
