"""Certificates with credentials for the tests, made the way the services make them, without
rendering PDFs."""

import json
from datetime import date
from decimal import Decimal

from certificates.credentials.services import credential_issue
from certificates.models import Certificate
from tests.factories import make_user

NAME = "Нурсулуу Өмүрбекова"


def make_certificate(user=None, **fields) -> Certificate:
    """A certificate as certificate_issue stores it, without rendering a PDF."""
    user = user or make_user(full_name=NAME)
    values = {
        "user": user,
        "status": Certificate.Status.VALID,
        "name": NAME,
        "course_title": "Психосоциальная поддержка и исцеление от травм",
        "language": "ru",
        "hours": Decimal("12.5"),
        "completed_on": date(2026, 3, 12),
        "score": Decimal("92.00"),
        "issuer": "Ассоциация социальных работников",
        "title": "Сертификат",
        "body": "{name}",
        **fields,
    }
    return Certificate.objects.create(**values)


def issued(**fields) -> tuple[Certificate, dict]:
    certificate = make_certificate(**fields)
    credential = credential_issue(certificate=certificate)
    return certificate, json.loads(credential.document)
