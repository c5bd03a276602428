"""The site's public address, for links that leave the page: certificates' QR codes and
printed links. It is settings.SITE_URL, except in development without SITE_URL, where
RequestSiteURLMiddleware (added by lms/settings/dev.py only) makes it the address the server
was asked at, so that a certificate issued on `runserver 8001` leads back to port 8001.
Production never takes it from a request (a forged Host header would be printed)."""

from contextvars import ContextVar

from django.conf import settings

_request_site_url: ContextVar[str | None] = ContextVar("request_site_url", default=None)


def public_site_url() -> str:
    """The base URL, without a trailing slash, that links printed now should lead to."""
    return _request_site_url.get() or settings.SITE_URL


class RequestSiteURLMiddleware:
    """Development only: the request's scheme, host and port as the public address while the
    request is served (ALLOWED_HOSTS has already checked the host)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_site_url.set(request.build_absolute_uri("/").rstrip("/"))
        try:
            return self.get_response(request)
        finally:
            _request_site_url.reset(token)
