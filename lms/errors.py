"""Error pages: JSON for JSON clients, and a 503 that needs neither the database nor the cache
when one of them cannot be reached."""

import math
import sys

import redis.exceptions
from django import db
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import defaults

# Seconds a client should wait before trying again after an outage.
OUTAGE_RETRY_AFTER = 60

# What an unreachable database, cache or mail server raises: the service is down, not broken.
OUTAGE_ERRORS = (
    db.OperationalError,
    db.InterfaceError,
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
    ConnectionError,
    TimeoutError,
)


def wants_json(request) -> bool:
    """The content API and the `.json` endpoints answer JSON, errors included."""
    return request.path.startswith("/api/") or request.path.endswith(".json")


def json_error(code: str, message: str, status: int, **extra) -> JsonResponse:
    return JsonResponse({"error": code, "message": message, **extra}, status=status)


def _language(request) -> str:
    # The middleware that would have chosen the language may not have run.
    return translation.get_language_from_path(request.path_info) or translation.get_language()


def service_unavailable(request) -> HttpResponse:
    """503 with Retry-After. Rendered without a request context, so without the context
    processors (user, site settings) that would ask the database that is not answering."""
    with translation.override(_language(request)):
        if wants_json(request):
            response = json_error("unavailable", _("The service is temporarily unavailable."), 503)
        else:
            response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(OUTAGE_RETRY_AFTER)
    return response


def bad_request(request, exception):
    if wants_json(request):
        return json_error("bad_request", _("The request is not valid."), 400)
    return defaults.bad_request(request, exception)


def permission_denied(request, exception):
    if wants_json(request):
        return json_error("forbidden", _("You cannot do this."), 403)
    return defaults.permission_denied(request, exception)


def page_not_found(request, exception):
    if wants_json(request):
        return json_error("not_found", _("Not found."), 404)
    return defaults.page_not_found(request, exception)


def server_error(request):
    """Django calls this while it handles the exception, so it can tell an outage (503, try
    again soon) from a bug (500)."""
    if isinstance(sys.exc_info()[1], OUTAGE_ERRORS):
        return service_unavailable(request)
    with translation.override(_language(request)):
        if wants_json(request):
            return json_error("server_error", _("Something went wrong on our side."), 500)
        return HttpResponse(render_to_string("500.html"), status=500)


def wait_message(seconds: int) -> str:
    """'Please try again in 3 minutes.' in the reader's language, rounded up."""
    if seconds < 60:
        return ngettext(
            "Please try again in %(count)d second.",
            "Please try again in %(count)d seconds.",
            seconds,
        ) % {"count": seconds}
    minutes = math.ceil(seconds / 60)
    return ngettext(
        "Please try again in %(count)d minute.", "Please try again in %(count)d minutes.", minutes
    ) % {"count": minutes}


def too_many_requests(request, *, retry_after: int) -> HttpResponse:
    """429 with Retry-After (seconds); JSON for JSON clients, a translated page for people."""
    retry_after = max(int(retry_after), 1)
    message = wait_message(retry_after)
    if wants_json(request):
        response = json_error(
            "rate_limited", _("Too many requests.") + " " + message, 429, retry_after=retry_after
        )
    else:
        response = render(request, "429.html", {"wait_message": message}, status=429)
    response["Retry-After"] = str(retry_after)
    return response
