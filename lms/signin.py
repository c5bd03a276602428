"""Sign-in lockout: failed attempts counted per account and per client address (django-ratelimit,
in the shared cache), so that passwords cannot be guessed by script.

- An account is locked for the rest of its 15-minute window after 5 failures, whether it was
  typed as a username or as an email address, and whether or not it exists (so a lockout tells
  nobody which accounts exist). A successful sign-in or a staff member's unlock clears it.
- A client address is locked after 20 failures in 15 minutes, whatever the accounts: higher than
  the account limit because a workshop room of 20–30 people often shares one address. Signing
  in successfully does not clear it (one valid account must not buy more guesses at others).
- Password reset mail: 5 requests an hour per address and 3 per email address.
- Sign-up: 40 accounts an hour per address, enough for a workshop room signing up together
  behind one connection, too few for a script filling the database.
"""

import hashlib
import ipaddress
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.dispatch import receiver
from django.utils.translation import gettext as _

from .errors import wait_message
from .ratelimit import client_ip, usage

ACCOUNT_FAILURES = "5/15m"
ADDRESS_FAILURES = "20/15m"
RESET_PER_ADDRESS = "5/h"
RESET_PER_EMAIL = "3/h"
SIGN_UPS_PER_ADDRESS = "40/h"

ACCOUNT, ADDRESS = "signin-account", "signin-address"
# How long a reset outlives the window it cleared.
RESET_TIMEOUT = 60 * 60


def account_key(account) -> str:
    """The account an attempt is counted against: the user's id when the username or email
    (in any case) names one, the typed text otherwise."""
    if isinstance(account, get_user_model()):
        return f"user:{account.pk}"
    typed = " ".join(str(account or "").split())[:254]
    User = get_user_model()
    user = (
        User.objects.filter(email__iexact=typed).only("pk").first()
        if "@" in typed
        else User.objects.filter(username=typed).only("pk").first()
    )
    return f"user:{user.pk}" if user else f"name:{typed.casefold()}"


def address_key(address: str) -> str:
    """IPv6 clients usually hold a whole /64, so that counts as one address."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def _reset_key(group: str, value: str) -> str:
    # Hashed: typed names can be long or contain anything.
    return f"{group}-reset:{hashlib.sha256(value.encode()).hexdigest()}"


def _counter(group: str, rate: str, value: str, *, increment: bool) -> dict:
    # A reset (success, unlock) moves the counter to a new name; the old one expires by itself.
    generation = cache.get(_reset_key(group, value), "0")

    def key(_group, _request):
        return f"{value}:{generation}"

    return usage(None, group=group, rate=rate, key=key, increment=increment)


def _lock_seconds(counted: dict) -> int:
    return max(counted["time_left"], 1) if counted["count"] >= counted["limit"] else 0


def _counters(request, account, *, increment: bool) -> list[dict]:
    counters = [_counter(ACCOUNT, ACCOUNT_FAILURES, account_key(account), increment=increment)]
    if request is not None:
        address = address_key(client_ip(request))
        counters.append(_counter(ADDRESS, ADDRESS_FAILURES, address, increment=increment))
    return counters


def lockout_seconds(request, account) -> int:
    """0 when this account may try to sign in from this client, otherwise how many seconds
    remain until it may."""
    return max(_lock_seconds(counted) for counted in _counters(request, account, increment=False))


def record_failure(request, account) -> None:
    """Count a failed sign-in (wrong password, wrong code) against the account and the client."""
    _counters(request, account, increment=True)


def lockout_message(seconds: int) -> str:
    return _("Too many failed sign-in attempts.") + " " + wait_message(seconds)


def reset_account(account) -> None:
    """Clear an account's failures: after a successful sign-in, or when staff unlock it."""
    cache.set(_reset_key(ACCOUNT, account_key(account)), secrets.token_hex(8), RESET_TIMEOUT)


def reset_address(address: str) -> None:
    cache.set(_reset_key(ADDRESS, address_key(address)), secrets.token_hex(8), RESET_TIMEOUT)


def account_status(account) -> dict:
    """For staff: failures in the current window and seconds until the lock ends (0: none)."""
    counted = _counter(ACCOUNT, ACCOUNT_FAILURES, account_key(account), increment=False)
    return {"failures": counted["count"], "locked_for": _lock_seconds(counted)}


def address_status(address: str) -> dict:
    counted = _counter(ADDRESS, ADDRESS_FAILURES, address_key(address), increment=False)
    return {"failures": counted["count"], "locked_for": _lock_seconds(counted)}


def password_reset_wait(request, email: str) -> int:
    """Count a password-reset request; 0 when it may be sent, otherwise seconds to wait. The
    same for every address typed, so the answer tells nobody whether an account exists."""
    email = email.strip().casefold()
    counted = [
        usage(request, group="password-reset-address", rate=RESET_PER_ADDRESS),
        usage(
            request,
            group="password-reset-email",
            rate=RESET_PER_EMAIL,
            key=lambda _group, _request: email,
        ),
    ]
    return max((max(c["time_left"], 1) if c["should_limit"] else 0) for c in counted)


def sign_up_wait(request) -> int:
    """Count an account about to be created from this client (a valid sign-up form); 0 when it
    may be, otherwise seconds to wait. Counted before the check, in one atomic step, so that
    parallel requests cannot slip past the limit together."""
    address = address_key(client_ip(request))
    counted = _counter("sign-up", SIGN_UPS_PER_ADDRESS, address, increment=True)
    return max(counted["time_left"], 1) if counted["count"] > counted["limit"] else 0


@receiver(user_login_failed, dispatch_uid="lms.signin.count_failure")
def _count_failure(sender, credentials, request=None, **kwargs):
    record_failure(request, credentials.get("username"))


@receiver(user_logged_in, dispatch_uid="lms.signin.clear_failures")
def _clear_failures(sender, request, user, **kwargs):
    reset_account(user)
