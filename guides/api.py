"""Read-only content API (Wagtail API v2) for partner apps and messenger bots: published guide
pages only. Every query parameter is checked before Wagtail sees it, so a malformed one gets a
400 with a JSON error, never a 500."""

import unicodedata

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DataError
from rest_framework import status
from rest_framework.response import Response
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from .models import DestinationPage, GuideIndexPage, GuidePage

GUIDE_PAGE_TYPES = (GuideIndexPage, DestinationPage, GuidePage)

MAX_VALUE_LENGTH = 200
# Longer values make sense for these: a list of fields, a page's path.
LONG_VALUE_LENGTH = {"fields": 500, "html_path": 500}
# Page ids are 32-bit integers; an offset past what any listing holds is a mistake.
MAX_PAGE_ID = 2**31 - 1
MAX_OFFSET = 100_000
SEARCH_OPERATORS = {"and", "or"}
# Parameters that take a page id, and whether "root" (the site's root page) is allowed.
PAGE_ID_PARAMETERS = {
    "child_of": True,
    "descendant_of": True,
    "ancestor_of": False,
    "translation_of": False,
    "id": False,
}


def _natural(name: str, value: str, maximum: int) -> None:
    if not (value.isascii() and value.isdigit()) or int(value) > maximum:
        raise BadRequestError(f"{name} must be a whole number from 0 to {maximum}")


def validate_query(query) -> None:
    """Refuse what no client means to send: a parameter given twice, control characters
    (a NUL byte breaks PostgreSQL), overlong values, numbers out of range, an unknown search
    operator or language. What is left is Wagtail's to judge."""
    for name in query:
        values = query.getlist(name)
        if len(values) > 1:
            raise BadRequestError(f"give {name} only once")
        value = values[0]
        if any(unicodedata.category(char).startswith("C") for char in value):
            raise BadRequestError(f"{name} must not contain control characters")
        if len(value) > LONG_VALUE_LENGTH.get(name, MAX_VALUE_LENGTH):
            raise BadRequestError(f"{name} is too long")
        if name == "offset":
            _natural(name, value, MAX_OFFSET)
        elif name == "limit":
            _natural(name, value, settings.WAGTAILAPI_LIMIT_MAX)
        elif name in PAGE_ID_PARAMETERS and not (PAGE_ID_PARAMETERS[name] and value == "root"):
            _natural(name, value, MAX_PAGE_ID)
        elif name == "search_operator" and value not in SEARCH_OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        elif name == "locale" and value not in dict(settings.LANGUAGES):
            codes = ", ".join(code for code, _name in settings.LANGUAGES)
            raise BadRequestError(f"locale must be one of {codes}")


class GuidePagesAPIViewSet(PagesAPIViewSet):
    def get_base_queryset(self):
        return super().get_base_queryset().type(*GUIDE_PAGE_TYPES)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        validate_query(request.GET)

    def handle_exception(self, exc):
        # A filter value Django cannot convert (a date that is not one, a number past what the
        # column holds) is the client's mistake too.
        if isinstance(exc, ValidationError | DataError | OverflowError):
            exc = BadRequestError("a query parameter has a value of the wrong kind")
        response = super().handle_exception(exc)
        return self._json_error(response, exc)

    @staticmethod
    def _json_error(response: Response, exc) -> Response:
        """Every error in one shape, as the site's other JSON endpoints answer them:
        {"error": code, "message": text}; headers such as Retry-After are kept."""
        codes = {
            status.HTTP_400_BAD_REQUEST: "bad_request",
            status.HTTP_404_NOT_FOUND: "not_found",
            status.HTTP_405_METHOD_NOT_ALLOWED: "method_not_allowed",
            status.HTTP_429_TOO_MANY_REQUESTS: "rate_limited",
        }
        data = response.data if isinstance(response.data, dict) else {}
        message = data.get("message") or data.get("detail") or str(exc)
        response.data = {"error": codes.get(response.status_code, "error"), "message": str(message)}
        return response


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", GuidePagesAPIViewSet)
