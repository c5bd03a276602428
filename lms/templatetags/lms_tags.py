from html import unescape
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.core.cache import caches
from django.db.models import Q
from django.urls import Resolver404, resolve, translate_url
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext, override
from wagtail.models import Page, Site

from lms.languages import fallback_languages

register = template.Library()

# The links of a page's language switcher, per site, page and language, in the "pages" cache:
# cleared whenever a page is published, unpublished, moved or deleted (lms/signals.py); the
# timeout is only a safety net for changes made behind Wagtail's back.
LANGUAGE_LINKS_SECONDS = 60 * 60
LANGUAGE_LINKS_KEY = "language-links:{site}:{page}:{language}"
NAVIGATION_KEY = "navigation:{host}:{language}"

# The header's two ways in, found by their pages' types (the shared base imports no app).
NAVIGATION_PAGES = {
    ("courses", "courseindexpage"): "courses",
    ("guides", "guideindexpage"): "guides",
}


@register.simple_tag
def script_nonce():
    """` nonce="…"` for an inline script, also in templates rendered without the request
    (form widgets, admin panels). See lms.csp."""
    from lms.csp import nonce_attribute

    return nonce_attribute()


# Search engines show about this many characters of a description.
META_DESCRIPTION_LENGTH = 160


@register.simple_tag(takes_context=True)
def meta_description(context) -> str:
    """The page's description for search engines and link previews: Wagtail's "search
    description" where an editor wrote one, else the page's summary or introduction, else
    what the site is (views that are not pages, pages with neither)."""
    page = context.get("page")
    text = ""
    if isinstance(page, Page):
        for name in ("search_description", "summary", "intro"):
            text = " ".join(unescape(strip_tags(str(getattr(page, name, "") or ""))).split())
            if text:
                break
    if not text:
        text = gettext(
            "Courses for people who work with labour migrants and their families, and guides "
            "for migrants, in Russian, Uzbek, Kyrgyz, Kazakh, Tajik and English."
        )
    return Truncator(text).chars(META_DESCRIPTION_LENGTH)


@register.simple_tag(takes_context=True)
def site_navigation(context) -> dict:
    """The course catalogue and the guide hub for the header, in the reader's language (or
    the first of Russian and English that has one): {"courses": {"url", "language"}, ...}.
    Kept in the "pages" cache per host and language, so a page pays nothing for it."""
    request = context.get("request")
    if request is None:
        return {}
    language = get_language()
    key = NAVIGATION_KEY.format(host=request.get_host(), language=language)
    pages_cache = caches["pages"]
    links = pages_cache.get(key)
    if links is None:
        links = navigation_links(request=request, language=language)
        pages_cache.set(key, links, LANGUAGE_LINKS_SECONDS)
    return links


def navigation_links(*, request, language: str) -> dict:
    """The live catalogue and guide hub of `language`, or of the first fallback language that
    has one. One query."""
    order = fallback_languages(language)
    kinds = Q()
    for app_label, model in NAVIGATION_PAGES:
        kinds |= Q(content_type__app_label=app_label, content_type__model=model)
    best = {}
    for page in (
        Page.objects.live()
        .filter(kinds, locale__language_code__in=order)
        .select_related("content_type", "locale")
        .order_by("path")
    ):
        name = NAVIGATION_PAGES[(page.content_type.app_label, page.content_type.model)]
        rank = order.index(page.locale.language_code)
        if name not in best or rank < best[name][0]:
            best[name] = (rank, page)
    return {
        name: {"url": page.get_url(request), "language": page.locale.language_code}
        for name, (_rank, page) in best.items()
    }


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the same page in each language: its translation where one is published, the
    home page of that language otherwise; for other views the same URL with another prefix."""
    request = context["request"]
    page = context.get("page")
    current = get_language()
    if not (isinstance(page, Page) and page.pk):
        return {
            "current_name": dict(settings.LANGUAGES).get(current, current),
            "links": [
                {
                    "code": code,
                    "name": name,
                    "url": view_url_in(request.get_full_path(), code),
                    "current": code == current,
                }
                for code, name in settings.LANGUAGES
            ],
        }
    if getattr(request, "is_preview", False):
        return {
            "links": page_language_links(page=page, request=request, current=current),
            "current_name": dict(settings.LANGUAGES).get(current, current),
        }
    site = Site.find_for_request(request)
    key = LANGUAGE_LINKS_KEY.format(site=site.pk if site else 0, page=page.pk, language=current)
    pages_cache = caches["pages"]
    links = pages_cache.get(key)
    if links is None:
        links = page_language_links(page=page, request=request, current=current)
        pages_cache.set(key, links, LANGUAGE_LINKS_SECONDS)
    return {"links": links, "current_name": dict(settings.LANGUAGES).get(current, current)}


def view_url_in(url: str, code: str) -> str:
    """The address of a view (not a page) in language `code`: its language-prefixed address
    (Django's translate_url), or, for a view served without a prefix (the certificate
    verification pages), the prefixed address that serves the same view, when there is one."""
    translated = translate_url(url, code)
    if translated != url:
        return translated
    parts = urlsplit(url)
    candidate = f"/{code}{parts.path}"
    with override(code):
        try:
            match = resolve(candidate)
        except Resolver404:
            return translated
    if match.url_name == "wagtail_serve":  # any prefixed path "resolves" to a page
        return translated
    return candidate + (f"?{parts.query}" if parts.query else "")


def page_language_links(*, page, request, current) -> list[dict]:
    """The switcher's links for a page: one query for its published translations, and one more
    for the pages that say where readers of a missing language go (guides)."""
    translations = {
        translation.locale.language_code: translation.get_url(request)
        for translation in Page.objects.live()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
    }
    fallbacks = {}
    if hasattr(page, "translation_fallback_urls") and len(translations) < len(settings.LANGUAGES):
        fallbacks = page.translation_fallback_urls(request)
    return [
        {
            "code": code,
            "name": name,
            "url": translations.get(code) or fallbacks.get(code) or f"/{code}/",
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]
