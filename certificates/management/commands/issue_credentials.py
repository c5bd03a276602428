from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from certificates.credentials.services import credential_issue
from certificates.models import Certificate


class Command(BaseCommand):
    help = (
        "Issue the verifiable credential of every certificate that has none (certificates "
        "issued before credentials existed, or while no key was configured). With --all, sign "
        "every credential again with the current key, e.g. after a key was revoked."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Sign every credential again.")

    def handle(self, *args, all=False, **options):
        certificates = Certificate.objects.order_by("pk")
        if not all:
            certificates = certificates.filter(credential__isnull=True)
        count = 0
        try:
            for certificate in certificates.iterator(chunk_size=200):
                credential_issue(certificate=certificate)
                count += 1
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Issued {count} credential(s)."))
