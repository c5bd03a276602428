"""The client's address for rate limits, behind as many reverse proxies as we trust."""

from django.conf import settings


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
