import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from certificates.credentials.keys import (
    SigningKey,
    new_secret_key_multibase,
    secret_key_from_multibase,
    signing_key,
)
from certificates.models import CredentialKey


class Command(BaseCommand):
    help = (
        "Manage the key that signs verifiable credentials. `generate` makes a new key (into "
        "--file, readable by its owner only, or on standard output); `list` shows the keys the "
        "DID document publishes; `revoke KID` stops publishing a compromised key (then run "
        "`issue_credentials --all` with a new key)."
    )
    # `generate` must work before any key is configured, which the checks would refuse.
    requires_system_checks = []

    def add_arguments(self, parser):
        commands = parser.add_subparsers(dest="action", required=True)
        generate = commands.add_parser("generate", help="Make a new signing key.")
        generate.add_argument("--file", help="Write the key to this new file (mode 600).")
        commands.add_parser("list", help="The published keys.")
        revoke = commands.add_parser("revoke", help="Stop publishing a key.")
        revoke.add_argument("kid")

    def handle(self, *args, action, **options):
        getattr(self, f"handle_{action}")(**options)

    def handle_generate(self, file=None, **options):
        secret = new_secret_key_multibase()
        key = SigningKey(secret_key_from_multibase(secret))
        if not file:
            self.stdout.write(secret)
            self.stderr.write(f"Key id {key.kid}, public key {key.public_key_multibase}")
            return
        path = Path(file).expanduser()
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError as error:
            raise CommandError(f"{path} exists; choose a new file for a new key.") from error
        except OSError as error:
            raise CommandError(f"Cannot create {path}: {error}") from error
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secret + "\n")
        self.stdout.write(
            f"Wrote key {key.kid} (public key {key.public_key_multibase}) to {path}.\n"
            f"Set CREDENTIAL_SIGNING_KEY_FILE={path} and restart; the keys used before stay "
            "published, so the credentials they signed still verify."
        )

    def handle_list(self, **options):
        try:
            current = signing_key().kid
        except ImproperlyConfigured as error:
            current = None
            self.stderr.write(str(error))
        records = {record.kid: record for record in CredentialKey.objects.order_by("first_used_at")}
        if current and current not in records:
            self.stdout.write(f"{current}  current (not used yet)")
        for kid, record in records.items():
            state = "revoked" if record.revoked_at else "current" if kid == current else "retired"
            self.stdout.write(
                f"{kid}  {state}  first used {record.first_used_at:%Y-%m-%d}  "
                f"{record.public_key_multibase}"
            )

    def handle_revoke(self, kid, **options):
        updated = CredentialKey.objects.filter(kid=kid, revoked_at__isnull=True).update(
            revoked_at=timezone.now()
        )
        if not updated:
            raise CommandError(f"No published key {kid}.")
        self.stdout.write(
            f"Key {kid} is no longer published: credentials it signed no longer verify. "
            "Configure a new key, then run `manage.py issue_credentials --all`."
        )
