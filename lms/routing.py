"""Routing a URL through the page tree in one query.

Wagtail's Page.route walks the path a level at a time: the child with the next slug (one
query), then its specific row (another). A lesson six levels deep costs ten queries before
anything is served. TreeRoutingMixin fetches every page on the rest of the path at once, by
`url_path`, as specific pages whose own fields are left unloaded; the page that is served then
loads its fields (one query). Pages on the way are the served page's cached parents, so
`get_parent()` and a lesson's course cost nothing more.

The view restrictions of a routed page are asked in one query too (Wagtail asks for the
ancestors first). The rules stay Wagtail's: each page's own `route` is called in turn
(RoutablePageMixin's subpage URLs come first), a page that is not live is a 404, and a slug the
one query did not find is looked up as Wagtail does (so a 404 costs one query more).
"""

from django.http import Http404
from wagtail.models import Page, PageViewRestriction


class TreeRoutingMixin:
    """For page classes: put it after RoutablePageMixin and before Page."""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        child = _child_on_path(request, self, path_components)
        child._cached_parent_obj = self
        result = child.route(request, path_components[1:])
        load_specific_fields(result[0])
        return result

    def get_view_restrictions(self):
        """Wagtail's rule (the restrictions on the page and its ancestors, an alias standing
        for its original) in one query for a routed page: its ancestors are its cached
        parents, so only the restrictions are asked for, by the ancestors' paths. Pages not
        routed, or with an alias on their path, are left to Wagtail."""
        chain = [self, *routed_parents(self)]
        if chain[-1].depth > 2 or any(page.alias_of_id for page in chain):
            return super().get_view_restrictions()
        step = self.steplen
        paths = [self.path[:end] for end in range(step, len(self.path) + 1, step)]
        return PageViewRestriction.objects.filter(page__path__in=paths)


def load_specific_fields(page):
    """Load a routed page's own fields, left unloaded by the routing query, in one query."""
    deferred = page.get_deferred_fields()
    if deferred:
        parent = page.__dict__.get("_cached_parent_obj")
        page.refresh_from_db(fields=sorted(deferred))
        if parent is not None:  # treebeard's refresh_from_db forgets it
            page._cached_parent_obj = parent
    return page


def _child_on_path(request, parent, path_components):
    found = request.__dict__.setdefault("_routed_pages", {})
    url_path = f"{parent.url_path}{path_components[0]}/"
    if url_path not in found:
        prefixes = [
            parent.url_path + "".join(f"{slug}/" for slug in path_components[:length])
            for length in range(1, len(path_components) + 1)
        ]
        for page in Page.objects.filter(url_path__in=prefixes).specific(defer=True):
            found[page.url_path] = page
    child = found.get(url_path)
    if child is None or child.depth != parent.depth + 1 or not child.path.startswith(parent.path):
        # Not found by its url_path: ask as Wagtail does.
        try:
            child = parent.get_children().get(slug=path_components[0]).specific
        except Page.DoesNotExist as error:
            raise Http404 from error
    return child


def routed_parents(page) -> list:
    """The parents of `page` that its routing cached, nearest first (specific pages, their own
    fields loaded on use); empty when `page` was not routed."""
    parents = []
    while (parent := getattr(page, "_cached_parent_obj", None)) is not None:
        parents.append(parent)
        page = parent
    return parents


def routed_ancestor(page, page_class):
    """The ancestor of `page` of `page_class` among the parents its routing cached, or None:
    when it has none, or when `page` was not routed."""
    return next((parent for parent in routed_parents(page) if isinstance(parent, page_class)), None)
