"""Content-Security-Policy: Django's own middleware and SECURE_CSP, plus what the Wagtail admin
needs to work under a policy that allows only the site itself.

Wagtail 8's admin still starts some widgets with small inline scripts (choosers, date pickers,
inline panels). They get the response's nonce here, written in by the code that renders them
(never added to whatever happens to be in a response), so an injected script still does not
run. Draftail, the admin's rich-text editor, adds <style> elements of its own, so the admin's
policy also allows inline styles; every source is still the site itself."""

import contextvars

from django.conf import settings
from django.middleware.csp import ContentSecurityPolicyMiddleware as DjangoCSPMiddleware
from django.middleware.csp import get_nonce
from django.utils.csp import CSP
from django.utils.html import format_html
from django.utils.safestring import mark_safe

_current_nonce = contextvars.ContextVar("csp_nonce", default=None)

ADMIN_PATH = "/admin/"


def admin_policy() -> dict:
    policy = {directive: list(values) for directive, values in settings.SECURE_CSP.items()}
    policy["style-src"] = [*policy.get("style-src", [CSP.SELF]), CSP.UNSAFE_INLINE]
    return policy


def nonce_attribute():
    """` nonce="…"` for an inline <script> rendered during this request, also where no request
    context reaches (form widgets, admin panels); empty outside a request."""
    nonce = _current_nonce.get()
    return format_html(' nonce="{}"', nonce) if nonce is not None else ""


class ContentSecurityPolicyMiddleware(DjangoCSPMiddleware):
    """Django's CSP middleware, which also makes the nonce reachable by code that renders
    without the request (see nonce_attribute) and gives the admin its own policy."""

    def process_request(self, request):
        super().process_request(request)
        _current_nonce.set(get_nonce(request))

    def process_response(self, request, response):
        if request.path_info.startswith(ADMIN_PATH) and not hasattr(response, "_csp_config"):
            # What django.views.decorators.csp.csp_override does for a single view.
            response._csp_config = admin_policy()
        response = super().process_response(request, response)
        _current_nonce.set(None)
        return response


def install_wagtail_nonces():
    """Wagtail's choosers (images, documents, snippets, pages) write their inline initialiser
    in Python (BaseChooser.render): the same markup, with the nonce."""
    from wagtail.admin.widgets.chooser import BaseChooser

    def render(self, name, value, attrs=None, renderer=None):
        try:
            id_ = attrs["id"]
        except (KeyError, TypeError) as e:
            raise TypeError("BaseChooser cannot be rendered without an 'id' attribute") from e
        value_data = self.get_value_data(value)
        widget_html = self.render_html(name, value_data, attrs)
        js = self.render_js_init(id_, name, value_data)
        # widget_html and js are what Wagtail marks safe itself; only the nonce is added.
        return mark_safe(f"{widget_html}<script{nonce_attribute()}>{js}</script>")  # noqa: S308

    BaseChooser.render = render
