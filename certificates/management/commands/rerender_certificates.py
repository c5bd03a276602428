from django.core.management.base import BaseCommand

from certificates.models import Certificate
from certificates.services import certificate_render


class Command(BaseCommand):
    help = (
        "Render certificate PDFs again from their stored snapshots, e.g. after a certificate "
        "template's design changed. What a certificate says never changes."
    )

    def add_arguments(self, parser):
        parser.add_argument("--template", type=int, help="Only certificates of this template id.")
        parser.add_argument("--code", help="Only the certificate with this code.")

    def handle(self, *args, template=None, code=None, **options):
        certificates = Certificate.objects.current()
        if template is not None:
            certificates = certificates.filter(template_id=template)
        if code:
            certificates = certificates.filter(code=code.replace("-", "").upper())
        count = 0
        for certificate in certificates.select_related("template").iterator(chunk_size=200):
            certificate_render(certificate=certificate)
            count += 1
        self.stdout.write(self.style.SUCCESS(f"Rendered {count} certificate(s)."))
