from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

register = template.Library()


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
    translations = {}
    if isinstance(page, Page) and page.pk:
        for translation in (
            Page.objects.live()
            .filter(translation_key=page.translation_key)
            .select_related("locale")
        ):
            translations[translation.locale.language_code] = translation.get_url(request)
    fallbacks = {}
    if hasattr(page, "translation_fallback_urls") and len(translations) < len(settings.LANGUAGES):
        fallbacks = page.translation_fallback_urls()
    links = []
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page) and page.pk:
            url = translations.get(code) or fallbacks.get(code) or f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"links": links}
