"""Issuing, revoking, replacing and rendering certificates.

This app knows nothing of courses: what a certificate prints is handed to it in a
CertificateSnapshot, built by the app that decides a learner has earned one (courses: see
courses/services.py, enrolment_complete and certificate_reissue).
"""

import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.site_url import public_site_url

from .credentials.services import printed_proofs, status_list_changed
from .models import Certificate, CertificateCredential, CertificateTemplate


class CertificateError(ValidationError):
    """The certificate action is refused; the message says why."""


@dataclass(frozen=True)
class CertificateSnapshot:
    """What a certificate prints and whose it is, as the issuing app knows it at issue time.

    `enrolment_id` and `course_id` are the records it was earned by (kept as references only).
    The template gives the design and the fixed wording (issuer, title, body, signatories);
    None means the default template. Wording given here is printed instead of the template's
    (a reissue whose course and template are gone keeps what the old certificate said).
    `gender` ("woman", "man" or blank) chooses the default wording's form; `site_url` is the
    public address its QR code leads to (blank: the site's, lms.site_url)."""

    user: object
    enrolment_id: int
    course_id: int | None
    name: str
    course_title: str
    language: str
    hours: Decimal
    completed_on: date
    score: Decimal | None = None
    template: CertificateTemplate | None = None
    wording: dict | None = None
    # The in-person training it was earned at, if any: its place as printed, its days.
    training_place: str = ""
    training_starts_on: date | None = None
    training_ends_on: date | None = None
    gender: str = ""
    site_url: str = ""


def default_template() -> CertificateTemplate | None:
    """The template of courses that choose none (made by a migration)."""
    return (
        CertificateTemplate.objects.filter(is_default=True).prefetch_related("signatories").first()
    )


def template_wording(template: CertificateTemplate | None) -> dict:
    """The fixed wording a template prints: issuer, title, body and signatories."""
    if template is None:
        return {"issuer": "", "title": "", "body": "", "signatories": []}
    return {
        "issuer": template.issuer,
        "title": template.title,
        "body": template.body,
        "signatories": [
            {"name": s.name, "role": s.role, "signature_id": s.signature_id}
            for s in template.signatories.all()
        ],
    }


def printed_name(user) -> str:
    """The learner's name as it must be printed: their profile's full name, NFC-normalised."""
    profile = getattr(user, "profile", None)
    name = (profile.full_name if profile else "") or user.get_full_name() or user.username
    return unicodedata.normalize("NFC", " ".join(name.split()))


def printed_gender(user) -> str:
    """The learner's gender for the certificate's wording: "woman" or "man" as their profile
    says, blank when they did not say or prefer not to."""
    profile = getattr(user, "profile", None)
    gender = profile.gender if profile else ""
    return gender if gender in ("woman", "man") else ""


def _certificate_fields(snapshot: CertificateSnapshot) -> dict:
    template = snapshot.template or default_template()
    return {
        "gender": snapshot.gender,
        "site_url": snapshot.site_url or public_site_url(),
        "user": snapshot.user,
        "enrolment_id": snapshot.enrolment_id,
        "course_id": snapshot.course_id,
        "template": template,
        "name": snapshot.name,
        "course_title": snapshot.course_title,
        "language": snapshot.language,
        "hours": snapshot.hours,
        "completed_on": snapshot.completed_on,
        "score": snapshot.score,
        "training_place": snapshot.training_place,
        "training_starts_on": snapshot.training_starts_on,
        "training_ends_on": snapshot.training_ends_on,
        **(snapshot.wording or template_wording(template)),
    }


@transaction.atomic
def certificate_issue(*, snapshot: CertificateSnapshot, issued_by=None) -> Certificate:
    """Issue the certificate a snapshot describes, once per enrolment: issuing again returns the
    current certificate, and under a race the database's constraint (one current certificate
    per enrolment) lets one through and the others return it. The PDF is rendered after the
    commit, through the task queue. Whether the learner has earned it is for the caller."""
    current = Certificate.objects.current().filter(enrolment_id=snapshot.enrolment_id).first()
    if current is not None:
        return current
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                issued_by=issued_by, **_certificate_fields(snapshot)
            )
    except IntegrityError:
        current = Certificate.objects.current().filter(enrolment_id=snapshot.enrolment_id).first()
        if current is None:
            raise
        return current
    _render_later(certificate)
    return certificate


def _render_later(certificate: Certificate):
    """After the commit, through the task queue: sign the credential, then render the PDF that
    carries it (see tasks.py)."""
    from .tasks import render_certificate_task

    transaction.on_commit(lambda: render_certificate_task.enqueue(certificate.pk))


def certificate_render(*, certificate: Certificate) -> Certificate:
    """Render the certificate's PDF from its snapshot and keep it in the default storage
    (replacing an earlier rendering). The PDF carries the credential, if the certificate has
    one, and a QR code with the signed summary. A pending certificate becomes valid. A
    certificate withdrawn at its holder's request is never rendered again."""
    if certificate.withdrawn:
        return certificate
    from .pdf import render_certificate_pdf

    credential = CertificateCredential.objects.filter(certificate=certificate).first()
    qr_url, credential_json = printed_proofs(certificate, credential)
    pdf = render_certificate_pdf(
        certificate,
        template=certificate.template or default_template(),
        qr_url=qr_url,
        credential_json=credential_json,
    )
    old_name = certificate.pdf.name if certificate.pdf else None
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=False)
    if certificate.is_pending:
        certificate.status = Certificate.Status.VALID
    certificate.save(update_fields=["pdf", "status"])
    if old_name and old_name != certificate.pdf.name:
        certificate.pdf.storage.delete(old_name)
    return certificate


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, reason: str) -> Certificate:
    """Revoke a certificate with a reason; verification then says it is revoked, and when.
    Refuses replaced certificates and an empty reason."""
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if not reason.strip():
        raise CertificateError(_("Give a reason for revoking."), code="no_reason")
    if certificate.is_replaced:
        raise CertificateError(_("A replaced certificate cannot be revoked."), code="replaced")
    if not certificate.is_revoked:
        certificate.status = Certificate.Status.REVOKED
        certificate.revoked_at = timezone.now()
        certificate.revoke_reason = reason.strip()
        certificate.save(update_fields=["status", "revoked_at", "revoke_reason"])
        status_list_changed(certificate=certificate)
    return certificate


@transaction.atomic
def certificate_replace(
    *, certificate: Certificate, snapshot: CertificateSnapshot, issued_by=None
) -> Certificate:
    """Issue a new certificate, printed from `snapshot`, in place of this one. The old one stays
    verifiable as replaced and points to the new one. Refuses revoked and replaced
    certificates."""
    old = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if not old.can_be_reissued:
        raise CertificateError(
            _("Only a valid certificate can be reissued."), code="not_reissuable"
        )
    old.status = Certificate.Status.REPLACED
    old.save(update_fields=["status"])
    new = Certificate.objects.create(issued_by=issued_by, **_certificate_fields(snapshot))
    old.replaced_by = new
    old.save(update_fields=["replaced_by"])
    status_list_changed(certificate=old)
    _render_later(new)
    return new


def sample_certificate(*, template: CertificateTemplate) -> Certificate:
    """An unsaved certificate with sample data, to preview a template."""
    return Certificate(
        code="ABCD2345EFGH6789",
        name="Oʻgʻiloy Toʻxtayeva",
        course_title="Psycho-social support and trauma healing",
        language="en",
        hours=12,
        completed_on=timezone.localdate(),
        score=92,
        **template_wording(template),
    )


@transaction.atomic
def certificates_withdraw(*, user) -> int:
    """Withdraw every certificate of a learner at their request (when they close their
    account): each is revoked, its verification page and JSON then say "withdrawn at the
    holder's request" and show no name; the name, the PDF and the signed credential are
    erased, and the status list marks it as no longer standing. Returns how many."""
    certificates = list(Certificate.objects.select_for_update().filter(user=user))
    now = timezone.now()
    for certificate in certificates:
        if certificate.pdf:
            certificate.pdf.delete(save=False)
        certificate.name = ""
        certificate.revoke_reason = ""
        certificate.withdrawn = True
        if not certificate.is_replaced:
            certificate.status = Certificate.Status.REVOKED
            certificate.revoked_at = certificate.revoked_at or now
        certificate.save()
        credential = getattr(certificate, "credential", None)
        if credential is not None:
            credential.document = ""
            credential.save(update_fields=["document"])
        status_list_changed(certificate=certificate)
    return len(certificates)
