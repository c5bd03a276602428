"""Certificates' share of a learner's personal data (provider "certificates"). Registered in
CertificatesConfig.ready."""

from django.utils.translation import gettext as _

from lms.privacy import DataProvider, ExportPart, Held

from .models import Certificate
from .services import certificates_withdraw

EXPORT_FIELDS = [
    "code",
    "status",
    "name",
    "course_title",
    "language",
    "hours",
    "completed_on",
    "score",
    "issuer",
    "title",
    "issued_at",
    "revoked_at",
    "revoke_reason",
    "withdrawn",
]


def export_certificates(user) -> ExportPart:
    records, files = [], {}
    for certificate in Certificate.objects.filter(user=user).order_by("issued_at", "pk"):
        record = {name: getattr(certificate, name) for name in EXPORT_FIELDS}
        record["verification_url"] = certificate.get_absolute_url()
        if certificate.pdf:
            path = f"certificates/certificate-{certificate.display_code}.pdf"
            with certificate.pdf.open("rb") as pdf:
                files[path] = pdf.read()
            record["pdf"] = path
        records.append(record)
    return ExportPart(records, files)


def erase_certificates(user, closure) -> None:
    """Kept: the certificates stay as issued (name, course and date on the verification page,
    as on paper). Withdrawn: see certificates_withdraw."""
    if not closure.keep_certificates:
        certificates_withdraw(user=user)


def users_with_certificates(users):
    return users.filter(certificates__isnull=False)


def summary(user) -> list[Held]:
    count = Certificate.objects.current().filter(user=user).count()
    return [Held("certificates", _("Certificates issued to you"), count)]


certificates_provider = DataProvider(
    name="certificates",
    export=export_certificates,
    erase=erase_certificates,
    keep_forever=users_with_certificates,
    summary=summary,
    order=30,
)
