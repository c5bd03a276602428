"""System checks for the credential signing key. `check --deploy` fails without a usable key,
so that a production deployment cannot issue certificates it is unable to sign."""

import stat
from pathlib import Path

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

from .keys import read_signing_key


@checks.register(checks.Tags.security)
def check_signing_key(app_configs, **kwargs):
    """A configured key must be readable and valid (a missing file that development will
    create is fine)."""
    file = settings.CREDENTIAL_SIGNING_KEY_FILE
    if not settings.CREDENTIAL_SIGNING_KEY and not file:
        return []
    if not settings.CREDENTIAL_SIGNING_KEY and settings.CREDENTIAL_SIGNING_KEY_CREATE:
        if not Path(file).expanduser().exists():
            return []
    try:
        read_signing_key()
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="certificates.E002")]
    return []


@checks.register(checks.Tags.security, deploy=True)
def check_signing_key_deploy(app_configs, **kwargs):
    """A deployment has a key of its own, kept from other users' eyes."""
    if not settings.CREDENTIAL_SIGNING_KEY and not settings.CREDENTIAL_SIGNING_KEY_FILE:
        return [
            checks.Error(
                "No key to sign verifiable credentials with.",
                hint="Run `manage.py credential_keys generate --file PATH` and set "
                "CREDENTIAL_SIGNING_KEY_FILE=PATH (or CREDENTIAL_SIGNING_KEY).",
                id="certificates.E001",
            )
        ]
    path = Path(settings.CREDENTIAL_SIGNING_KEY_FILE).expanduser()
    if not settings.CREDENTIAL_SIGNING_KEY and path.exists():
        if path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            return [
                checks.Warning(
                    f"The credential signing key file {path} can be read by other users.",
                    hint=f"chmod 600 {path}",
                    id="certificates.W003",
                )
            ]
    return []
