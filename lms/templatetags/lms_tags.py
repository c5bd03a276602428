from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.core.cache import caches
from django.urls import Resolver404, resolve, translate_url
from django.utils.translation import get_language, override
from wagtail.models import Page, Site

register = template.Library()

# The links of a page's language switcher, per site, page and language, in the "pages" cache:
# cleared whenever a page is published, unpublished, moved or deleted (lms/signals.py); the
# timeout is only a safety net for changes made behind Wagtail's back.
LANGUAGE_LINKS_SECONDS = 60 * 60
LANGUAGE_LINKS_KEY = "language-links:{site}:{page}:{language}"


@register.simple_tag
def script_nonce():
    """` nonce="…"` for an inline script, also in templates rendered without the request
    (form widgets, admin panels). See lms.csp."""
    from lms.csp import nonce_attribute

    return nonce_attribute()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the same page in each language: its translation where one is published, the
    home page of that language otherwise; for other views the same URL with another prefix."""
    request = context["request"]
    page = context.get("page")
    current = get_language()
    if not (isinstance(page, Page) and page.pk):
        return {
            "links": [
                {
                    "code": code,
                    "name": name,
                    "url": view_url_in(request.get_full_path(), code),
                    "current": code == current,
                }
                for code, name in settings.LANGUAGES
            ]
        }
    if getattr(request, "is_preview", False):
        return {"links": page_language_links(page=page, request=request, current=current)}
    site = Site.find_for_request(request)
    key = LANGUAGE_LINKS_KEY.format(site=site.pk if site else 0, page=page.pk, language=current)
    pages_cache = caches["pages"]
    links = pages_cache.get(key)
    if links is None:
        links = page_language_links(page=page, request=request, current=current)
        pages_cache.set(key, links, LANGUAGE_LINKS_SECONDS)
    return {"links": links}


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
