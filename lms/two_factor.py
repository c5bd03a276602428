"""Two-step verification for staff (django-otp): an authenticator app (TOTP) and ten single-use
backup codes. Everyone who can open the Wagtail admin (superusers, Trainers, Reviewers) may
turn it on; with STAFF_TWO_FACTOR_REQUIRED they must, before the admin lets them in. Learners
have no admin access and are never asked.

Backup codes are stored as keyed hashes (HMAC-SHA256 with SECRET_KEY, cut to the 16 characters
django-otp's token column holds), never as typed: a copy of the database alone gives no
usable code. Codes made before a SECRET_KEY rotation still work while the old key is in
SECRET_KEY_FALLBACKS."""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils.crypto import salted_hmac
from django_otp import verify_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

BACKUP_CODE_COUNT = 10
ENROLLED_CACHE_SECONDS = 60 * 60
APP_DEVICE_NAME = "Authenticator app"
BACKUP_DEVICE_NAME = "Backup codes"


def is_staff_account(user) -> bool:
    """Accounts that can open the admin, and so read other people's records."""
    return user.is_authenticated and (
        user.is_superuser or user.has_perm("wagtailadmin.access_admin")
    )


def required() -> bool:
    return settings.STAFF_TWO_FACTOR_REQUIRED


def app_device(user) -> TOTPDevice | None:
    """The user's confirmed authenticator app, if they set one up. One query."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def _enrolled_key(user) -> str:
    return f"two-factor-enrolled:{user.pk}"


def has_two_factor(user) -> bool:
    """Whether the user set up an authenticator app (backup codes exist only beside one).
    Asked on every admin request, so remembered in the shared cache; set anew whenever it
    changes."""
    enrolled = cache.get(_enrolled_key(user))
    if enrolled is None:
        enrolled = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
        cache.set(_enrolled_key(user), enrolled, ENROLLED_CACHE_SECONDS)
    return enrolled


def _forget_enrolment(user) -> None:
    # Now, and again after the commit in case a request cached the old answer in between.
    cache.delete(_enrolled_key(user))
    transaction.on_commit(lambda: cache.delete(_enrolled_key(user)))


def backup_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def normalise_token(raw: str) -> str:
    """What a person typed: spaces and dashes dropped, backup codes in lower case."""
    return "".join(str(raw or "").split()).replace("-", "").lower()[:16]


def backup_code_hash(code: str, *, secret=None) -> str:
    """What is stored for a backup code: its HMAC under `secret` (SECRET_KEY by default)."""
    return salted_hmac(
        "lms.two_factor.backup_code", code, secret=secret, algorithm="sha256"
    ).hexdigest()[:16]


def _backup_code_hashes(code: str) -> list[str]:
    """The hashes a typed code may be stored as: under the current key, then the old ones."""
    keys = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
    return [backup_code_hash(code, secret=key) for key in keys]


@transaction.atomic
def two_factor_enrolment_start(*, user) -> TOTPDevice:
    """A new, unconfirmed authenticator-app secret for the user to scan; the one already
    pending is kept, so reloading the page does not change the code being scanned."""
    pending = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return pending or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


@transaction.atomic
def two_factor_enrolment_confirm(*, user, device: TOTPDevice, token: str) -> list[str] | None:
    """Confirm the pending app with a code it shows, replace any earlier app and backup codes,
    and return the new backup codes (to be shown once). None when the code is wrong; refuses a
    device of another user."""
    device = TOTPDevice.objects.select_for_update().get(pk=device.pk, user=user, confirmed=False)
    if not device.verify_token(normalise_token(token)):
        return None
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    _forget_enrolment(user)
    return backup_codes_regenerate(user=user)


@transaction.atomic
def backup_codes_regenerate(*, user) -> list[str]:
    """Ten new single-use backup codes in place of the old ones."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=BACKUP_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(
        StaticToken(device=device, token=backup_code_hash(code)) for code in codes
    )
    return codes


@transaction.atomic
def two_factor_disable(*, user) -> None:
    """Remove the app and the backup codes: the user themselves (when it is not required), or
    staff resetting it for someone who lost their phone."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    _forget_enrolment(user)


def two_factor_check(*, user, token: str):
    """The device that accepts this code (an app's six digits or a backup code, which is then
    used up), or None. django-otp slows down repeated wrong codes per device."""
    token = normalise_token(token)
    if not token:
        return None
    if token.isdigit():
        devices = TOTPDevice.objects.filter(user=user, confirmed=True)
        candidates = {device.pk: token for device in devices}
    else:
        # django-otp compares what it is given with what is stored: the code's hash under
        # whichever key matches (a wrong code is counted once, under the current key).
        hashes = _backup_code_hashes(token)
        devices = StaticDevice.objects.filter(user=user, confirmed=True)
        stored = dict(
            StaticToken.objects.filter(device__in=devices, token__in=hashes).values_list(
                "device_id", "token"
            )
        )
        candidates = {device.pk: stored.get(device.pk, hashes[0]) for device in devices}
    for device in devices:
        verified = verify_token(user, device.persistent_id, candidates[device.pk])
        if verified is not None:
            return verified
    return None


def qr_svg(url: str) -> str:
    """The otpauth:// address as an inline SVG QR code, drawn here: no third-party service."""
    import segno

    # No fixed size: it fills the width it is given, on a phone as on a desktop.
    return segno.make(url, error="m").svg_inline(scale=5, light="#fff", title="QR", omitsize=True)
