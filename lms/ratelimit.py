"""The client's address for rate limits, behind as many reverse proxies as we trust."""

import functools

from django.conf import settings
from django_ratelimit.core import get_usage

from .errors import too_many_requests


def client_ip(request) -> str:
    """REMOTE_ADDR when nothing stands in front of the application; behind TRUSTED_PROXIES load
    balancers or proxies, the address the outermost of them saw, taken from the right of
    X-Forwarded-For (entries further left are whatever the client chose to send). Falls back
    on REMOTE_ADDR when the header is shorter than expected."""
    proxies = settings.TRUSTED_PROXIES
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META["REMOTE_ADDR"]


def usage(request, *, group: str, rate: str, key=None, increment: bool = True) -> dict:
    """django-ratelimit's count for `group`: by client address unless `key(group, request)`
    says otherwise. Every view that names the same group shares one budget."""
    return get_usage(request, group=group, key=key or "ip", rate=rate, increment=increment)


def rate_limit(*, group: str, rate: str):
    """At most `rate` requests per client address to all the views of `group` together;
    beyond that a 429 that says, in Retry-After, when the window ends."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            counted = usage(request, group=group, rate=rate)
            if counted["should_limit"]:
                return too_many_requests(request, retry_after=counted["time_left"])
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
