"""Issuing, revoking, reissuing and rendering certificates. Views, the admin, commands and the
course-completion rule all call these."""

import unicodedata
from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CoursePage, Enrolment

from .credentials.services import credential_issue_later, status_list_changed
from .models import Certificate, CertificateTemplate


class CertificateError(ValidationError):
    """The certificate action is refused; the message says why."""


def template_for(course: CoursePage | None) -> CertificateTemplate | None:
    """The course's certificate template, or the default one."""
    if course is not None and course.certificate_template_id:
        return course.certificate_template
    default = CertificateTemplate.objects.filter(is_default=True)
    return default.prefetch_related("signatories").first()


def printed_name(user) -> str:
    """The learner's name as it must be printed: their profile's full name, NFC-normalised."""
    profile = getattr(user, "profile", None)
    name = (profile.full_name if profile else "") or user.get_full_name() or user.username
    return unicodedata.normalize("NFC", " ".join(name.split()))


def _snapshot(*, user, course: CoursePage, completed_on: date, score) -> dict:
    template = template_for(course)
    return {
        "user": user,
        "course": course,
        "template": template,
        "name": printed_name(user),
        "course_title": course.title,
        "language": course.locale.language_code,
        "hours": course.estimated_hours,
        "completed_on": completed_on,
        "score": score,
        "issuer": template.issuer if template else "",
        "title": template.title if template else "",
        "body": template.body if template else "",
        "signatories": [
            {"name": s.name, "role": s.role, "signature_id": s.signature_id}
            for s in (template.signatories.all() if template else [])
        ],
    }


def _final_score(enrolment: Enrolment):
    """The best score at the course's final assessment or, when it has none, at its post-test;
    None when the learner took neither."""
    from courses.models import QuizAttempt, QuizKind

    graded = QuizAttempt.objects.filter(enrolment=enrolment, status=QuizAttempt.Status.GRADED)
    for kind in (QuizKind.FINAL, QuizKind.POST_TEST):
        best = (
            graded.filter(kind=kind).order_by("-percent").values_list("percent", flat=True).first()
        )
        if best is not None:
            return best
    return None


@transaction.atomic
def certificate_issue(*, enrolment: Enrolment, issued_by=None) -> Certificate:
    """Issue the certificate of a completed enrolment, once: issuing again returns the current
    certificate, and the database refuses a second one under a race. Rendering the PDF happens
    after the commit, through the task queue. Refuses enrolments that are not complete."""
    enrolment = (
        Enrolment.objects.select_for_update(of=("self",))
        .select_related("course", "user")
        .get(pk=enrolment.pk)
    )
    current = enrolment.certificates.exclude(status=Certificate.Status.REPLACED).first()
    if current is not None:
        return current
    if enrolment.completed_at is None:
        raise CertificateError(_("The course is not completed yet."), code="not_complete")
    certificate = Certificate.objects.create(
        enrolment=enrolment,
        issued_by=issued_by,
        **_snapshot(
            user=enrolment.user,
            course=enrolment.course,
            completed_on=timezone.localdate(enrolment.completed_at),
            score=_final_score(enrolment),
        ),
    )
    _render_later(certificate)
    credential_issue_later(certificate)
    return certificate


def _render_later(certificate: Certificate):
    from .tasks import render_certificate_task

    transaction.on_commit(lambda: render_certificate_task.enqueue(certificate.pk))


def certificate_render(*, certificate: Certificate) -> Certificate:
    """Render the certificate's PDF from its snapshot and keep it in the default storage
    (replacing an earlier rendering). A pending certificate becomes valid."""
    from .pdf import render_certificate_pdf

    pdf = render_certificate_pdf(certificate, template=certificate.template or template_for(None))
    old_name = certificate.pdf.name if certificate.pdf else None
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=False)
    if certificate.status == Certificate.Status.PENDING:
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
    if certificate.status == Certificate.Status.REPLACED:
        raise CertificateError(_("A replaced certificate cannot be revoked."), code="replaced")
    if certificate.status != Certificate.Status.REVOKED:
        certificate.status = Certificate.Status.REVOKED
        certificate.revoked_at = timezone.now()
        certificate.revoke_reason = reason.strip()
        certificate.save(update_fields=["status", "revoked_at", "revoke_reason"])
        status_list_changed(certificate=certificate)
    return certificate


@transaction.atomic
def certificate_reissue(*, certificate: Certificate, issued_by=None) -> Certificate:
    """Issue a new certificate in place of this one, with the learner's name as it is now (after
    they corrected it) and the course's current template. The old one stays verifiable as
    replaced. Refuses revoked and replaced certificates, and learners whose account is gone."""
    old = (
        Certificate.objects.select_for_update(of=("self",))
        .select_related("user")
        .get(pk=certificate.pk)
    )
    if old.status in (Certificate.Status.REPLACED, Certificate.Status.REVOKED):
        raise CertificateError(
            _("Only a valid certificate can be reissued."), code="not_reissuable"
        )
    if old.user is None:
        raise CertificateError(_("The learner's account no longer exists."), code="no_user")
    old.status = Certificate.Status.REPLACED
    old.save(update_fields=["status"])
    course = CoursePage.objects.filter(pk=old.course_id).first()
    snapshot = {
        "user": old.user,
        "course": course,
        "template": old.template,
        "name": printed_name(old.user),
        "course_title": old.course_title,
        "language": old.language,
        "hours": old.hours,
        "completed_on": old.completed_on,
        "score": old.score,
        "issuer": old.issuer,
        "title": old.title,
        "body": old.body,
        "signatories": old.signatories,
    }
    if course is not None:
        snapshot.update(
            _snapshot(user=old.user, course=course, completed_on=old.completed_on, score=old.score)
        )
    new = Certificate.objects.create(enrolment=old.enrolment, issued_by=issued_by, **snapshot)
    old.replaced_by = new
    old.save(update_fields=["replaced_by"])
    status_list_changed(certificate=old)
    _render_later(new)
    credential_issue_later(new)
    return new


@dataclass
class ManualIssueResult:
    issued: list = field(default_factory=list)
    already: list = field(default_factory=list)
    unknown_emails: list = field(default_factory=list)


@transaction.atomic
def certificates_issue_manual(
    *, course: CoursePage, emails: list[str], issued_by, completed_on: date | None = None
) -> ManualIssueResult:
    """For in-person, attendance-based trainings: enrol existing accounts, record the course as
    completed and issue their certificates. Unknown emails are reported, not created."""
    from courses.services import enrolments_bulk_create

    bulk = enrolments_bulk_create(course=course, emails=emails, enrolled_by=issued_by)
    result = ManualIssueResult(unknown_emails=bulk.unknown_emails)
    completed_at = timezone.now()
    for user in [*bulk.enrolled, *bulk.already_enrolled]:
        enrolment = Enrolment.objects.get(user=user, course_key=course.translation_key)
        if enrolment.completed_at is None:
            enrolment.completed_at = completed_at
            enrolment.save(update_fields=["completed_at"])
        had = enrolment.certificates.exclude(status=Certificate.Status.REPLACED).exists()
        certificate = certificate_issue(enrolment=enrolment, issued_by=issued_by)
        if completed_on and not had:
            certificate.completed_on = completed_on
            certificate.save(update_fields=["completed_on"])
        (result.already if had else result.issued).append(certificate)
    return result


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
        issuer=template.issuer,
        title=template.title,
        body=template.body,
        signatories=[
            {"name": s.name, "role": s.role, "signature_id": s.signature_id}
            for s in template.signatories.all()
        ],
    )
