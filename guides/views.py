from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .selectors import destination_guides, guide_translations, search_guides

MAX_QUERY_LENGTH = 200


def search_query(raw: str) -> str:
    """The words of a search box, with control characters (a NUL byte breaks PostgreSQL)
    dropped, white space collapsed and the length capped."""
    printable = "".join(char if char.isprintable() else " " for char in raw)
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


def search(request, *, hub):
    query = search_query(request.GET.get("q", ""))
    results = search_guides(query=query, locale_id=hub.locale_id) if query else []
    return render(
        request,
        "guides/search.html",
        {"page": hub, "query": query, "results": results},
    )


def missing_translation(request, *, hub, translation_key):
    versions = guide_translations(translation_key=translation_key)
    if any(version.locale_id == hub.locale_id for version in versions):
        # It has been translated since: go to it.
        return redirect(next(v for v in versions if v.locale_id == hub.locale_id).get_url(request))
    if not versions:
        raise Http404
    return render(
        request,
        "guides/missing_translation.html",
        {"page": hub, "versions": versions, "title": versions[0].title},
    )


def offline(request, *, hub):
    return render(request, "guides/offline.html", {"page": hub})


def booklet(request, *, page):
    """A guide, or a destination's whole set of guides, as a printable PDF booklet."""
    from .models import DestinationPage
    from .pdf import render_guides_pdf

    if isinstance(page, DestinationPage):
        guides = destination_guides(destination=page)["guides"]
        title = page.title
    else:
        guides = [page]
        title = page.title
    pdf = render_guides_pdf(title=title, guides=guides, language=page.locale.language_code)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{page.slug}.pdf"'
    return response


@require_GET
@cache_control(max_age=0, no_cache=True)
def service_worker(request):
    """The service worker, served from the site root so that it may control every page."""
    response = HttpResponse(
        render_to_string("guides/sw.js", request=request),
        content_type="application/javascript; charset=utf-8",
    )
    response["Service-Worker-Allowed"] = "/"
    return response
