"""Reads for certificates."""

from .models import Certificate, normalise_code


def certificate_by_code(raw_code: str) -> Certificate | None:
    """The certificate a typed or scanned code names, or None for unknown or malformed codes."""
    code = normalise_code(raw_code or "")
    if code is None:
        return None
    return (
        Certificate.objects.filter(code=code)
        .select_related("replaced_by__credential", "credential")
        .first()
    )


def verification_data(certificate: Certificate) -> dict:
    """What anyone may learn about a certificate: its status and what it prints, nothing more
    (no email, no account, no score)."""
    if certificate.withdrawn:
        return {
            "code": certificate.display_code,
            "status": "withdrawn",
            "withdrawn_on": certificate.revoked_at.date().isoformat()
            if certificate.revoked_at
            else None,
        }
    data = {
        "code": certificate.display_code,
        "status": certificate.status,
        "name": certificate.name,
        "course": certificate.course_title,
        "hours": str(certificate.hours),
        "completed_on": certificate.completed_on.isoformat(),
        "issuer": certificate.issuer,
        "issued_on": certificate.issued_at.date().isoformat(),
    }
    if certificate.is_revoked and certificate.revoked_at:
        data["revoked_on"] = certificate.revoked_at.date().isoformat()
    if certificate.is_replaced and certificate.replaced_by:
        data["replaced_by"] = certificate.replaced_by.display_code
    return data


def certificates_for_user(*, user) -> dict:
    """The user's current certificates by enrolment id (replaced ones left out), with their
    credentials. One query."""
    if not user.is_authenticated:
        return {}
    return {
        certificate.enrolment_id: certificate
        for certificate in Certificate.objects.current()
        .filter(user=user)
        .select_related("credential")
    }


def can_download(*, user, certificate: Certificate) -> bool:
    """Only the certificate's owner and staff who may view certificates can download it."""
    if not user.is_authenticated:
        return False
    return certificate.user_id == user.pk or user.has_perm("certificates.view_certificate")


def current_certificate(*, enrolment) -> Certificate | None:
    """The enrolment's certificate that is not replaced, if one was issued."""
    if enrolment is None:
        return None
    return enrolment.certificates.current().select_related("credential").first()
