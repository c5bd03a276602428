"""Reads for the guide pages, each in a fixed number of queries."""

from collections import defaultdict

from django.db.models import Q
from django.utils.translation import get_language
from wagtail.models import Page

from lms.languages import fallback_languages
from lms.routing import routed_ancestor

from .models import DestinationPage, GuideIndexPage, GuidePage, Topic

TOPIC_ORDER = {value: position for position, value in enumerate(Topic.values)}


def _by_topic(guides):
    return sorted(guides, key=lambda guide: (TOPIC_ORDER.get(guide.topic, 99), guide.title))


def _private_q():
    """Wagtail's condition for pages under view restrictions (what `public()` excludes): one
    query, asked once for all of a page's lists."""
    return Page.objects.all().private_q()


def guide_hub(*, hub: GuideIndexPage) -> dict:
    """Destinations and general guides of a hub, in topic order, and the destinations and
    guides of the other languages' hubs not yet translated into its language. Five queries,
    whatever the number of languages."""
    private = _private_q()
    destinations = list(
        DestinationPage.objects.child_of(hub).live().exclude(private).order_by("title")
    )
    guides = _by_topic(GuidePage.objects.child_of(hub).live().exclude(private))
    untranslated = missing_translations(
        parent=hub,
        local_keys={page.translation_key for page in [*destinations, *guides]},
        private=private,
        types=(DestinationPage, GuidePage),
    )
    return {
        "destinations": destinations,
        "guides": guides,
        "hub": hub,
        "untranslated": untranslated,
    }


def hub_of(page) -> GuideIndexPage | None:
    """The guide hub a destination or a guide is in: free for a page being served (routing
    cached its parents), one query otherwise."""
    hub = routed_ancestor(page, GuideIndexPage)
    return hub or GuideIndexPage.objects.ancestor_of(page).first()


def missing_translations(
    *, parent: Page, local_keys: set, private=None, types=(GuidePage,)
) -> list[dict]:
    """Guides (or other pages of `types`) that exist under a translation of `parent` but not in
    its language: each with the languages it can be read in and a link to each, Russian and
    English first. Two queries (three without `private`), whatever the number of languages."""
    private = _private_q() if private is None else private
    parents = list(
        Page.objects.filter(translation_key=parent.translation_key).exclude(pk=parent.pk)
    )
    if not parents:
        return []
    under = Q()
    for other in parents:
        under |= Q(path__startswith=other.path, depth=other.depth + 1)
    found = defaultdict(list)
    for guide in (
        Page.objects.live()
        .type(*types)
        .exclude(private)
        .filter(under)
        .select_related("locale")
        .order_by("path")
    ):
        if guide.translation_key not in local_keys:
            found[guide.translation_key].append(guide)
    order = fallback_languages(get_language())

    def rank(page):
        code = page.locale.language_code
        return (order.index(code) if code in order else len(order), code)

    result = []
    for versions in found.values():
        versions.sort(key=rank)
        result.append({"title": versions[0].title, "versions": versions})
    return result


def destination_guides(*, destination: DestinationPage) -> dict:
    """A destination's guides in topic order, those not yet translated into its language, and
    its hub. Four queries, whatever the number of languages."""
    private = _private_q()
    guides = _by_topic(GuidePage.objects.child_of(destination).live().exclude(private))
    return {
        "guides": guides,
        "untranslated": missing_translations(
            parent=destination,
            local_keys={guide.translation_key for guide in guides},
            private=private,
        ),
        "hub": hub_of(destination),
    }


def guide_context(*, guide: GuidePage) -> dict:
    """The guide's destination (None for a guide for everyone) and its hub: no query for a
    guide being served."""
    destination = routed_ancestor(guide, DestinationPage)
    hub = routed_ancestor(guide, GuideIndexPage)
    if hub is None:
        parent = guide.get_parent().specific
        destination = parent if isinstance(parent, DestinationPage) else None
        hub = hub_of(guide)
    return {"destination": destination, "hub": hub}


def guide_translations(*, translation_key) -> list[Page]:
    """Every published language version of a guide or a destination."""
    return list(
        Page.objects.live()
        .public()
        .type(GuidePage, DestinationPage)
        .filter(translation_key=translation_key)
        .select_related("locale")
        .order_by("locale__language_code")
    )


def search_guides(*, query: str, locale_id: int):
    """Published guides and destinations of one language matching a query (Wagtail search:
    PostgreSQL full-text search on PostgreSQL, the database backend's search elsewhere)."""
    guides = GuidePage.objects.live().public().filter(locale_id=locale_id)
    return list(guides.search(query)[:50])
