"""The PDF carries its own proofs: a QR code that opens the check page with the signed
summary, read back at 150 dpi as a phone photographing a print would, and the signed credential
as an embedded file."""

import base64
import json

import pytest
import zxingcpp
from django.conf import settings
from django.core.management import call_command

from certificates.credentials.keys import new_secret_key_multibase, signing_key
from certificates.credentials.services import summary_verify
from certificates.models import Certificate, CertificateCredential
from courses.services import enrolment_create, lesson_mark_complete
from tests.certificates.pdf_helpers import attachments_of, render_page, text_of
from tests.certificates.vc_kit import resolve_did_web, verify
from tests.factories import lessons_of, make_course, make_user

pytestmark = pytest.mark.django_db

LONGEST_NAME = ("Абдурахмонова-Тоҷиддинова Оғилой Ҳусейновна " * 5)[:200]
LONGEST_COURSE = ("Психосоциальная поддержка и исцеление от травм: " * 6)[:255]


def completed_certificate(captured, *, name, course) -> Certificate:
    """A certificate issued as the site issues it: the learner completes the course and the
    tasks after the commit sign its credential and render its PDF."""
    course_page = make_course(modules=1, lessons_per_module=1, title=course)
    learner = make_user(full_name=name)
    enrolment_create(user=learner, course=course_page)
    with captured(execute=True):
        lesson_mark_complete(user=learner, lesson=lessons_of(course_page)[0], course=course_page)
    return Certificate.objects.select_related("credential").get(user=learner)


def pdf_of(certificate) -> bytes:
    with certificate.pdf.open("rb") as file:
        return file.read()


def qr_codes_at(data: bytes, dpi: int) -> list:
    return [
        code
        for code in zxingcpp.read_barcodes(render_page(data, dpi=dpi))
        if code.format == zxingcpp.BarcodeFormat.QRCode
    ]


def test_the_qr_code_opens_the_check_page_and_its_summary_verifies_at_150_dpi(
    django_capture_on_commit_callbacks,
):
    certificate = completed_certificate(
        django_capture_on_commit_callbacks, name="Нурсулуу Өмүрбекова", course="Case management"
    )

    [code] = qr_codes_at(pdf_of(certificate), dpi=150)

    url, fragment = code.text.split("#")
    assert url == f"{settings.SITE_URL}/certificates/check/"
    summary = summary_verify(fragment)
    assert summary.code == certificate.code
    assert summary.name == "Нурсулуу Өмүрбекова"
    assert summary.course == "Case management"
    assert summary.completed_on == certificate.completed_on
    assert summary.hours == certificate.hours


def test_the_longest_name_and_title_keep_the_qr_at_version_15_and_readable_at_150_dpi(
    django_capture_on_commit_callbacks, settings
):
    settings.SITE_URL = "https://learn.migration-socialwork-asia.kg"
    certificate = completed_certificate(
        django_capture_on_commit_callbacks, name=LONGEST_NAME, course=LONGEST_COURSE
    )

    [code] = qr_codes_at(pdf_of(certificate), dpi=150)

    assert code.ec_level == "M"
    assert int(code.extra["Version"]) <= 15
    summary = summary_verify(code.text.split("#")[1])
    assert summary.name.endswith("…") and LONGEST_NAME.startswith(summary.name[:-1].rstrip())
    assert summary.course.endswith("…")


def test_a_tampered_qr_summary_does_not_verify(django_capture_on_commit_callbacks):
    certificate = completed_certificate(
        django_capture_on_commit_callbacks, name="Нурсулуу Өмүрбекова", course="Case management"
    )
    [code] = qr_codes_at(pdf_of(certificate), dpi=150)
    fragment = code.text.split("#")[1]
    # One letter of the name changed ("Н" is 0x8D in the summary's text encoding).
    tampered = fragment[:40] + ("A" if fragment[40] != "A" else "B") + fragment[41:]

    with pytest.raises(ValueError):
        summary_verify(tampered)


def test_without_a_signing_key_the_qr_code_is_the_verification_url(
    django_capture_on_commit_callbacks, settings
):
    settings.CREDENTIAL_SIGNING_KEY = ""
    settings.CREDENTIAL_SIGNING_KEY_FILE = ""
    certificate = completed_certificate(
        django_capture_on_commit_callbacks, name="Aida Sultanova", course="Case management"
    )

    [code] = qr_codes_at(pdf_of(certificate), dpi=150)

    assert code.text == settings.SITE_URL + certificate.get_absolute_url()
    assert certificate.status == Certificate.Status.VALID


def test_the_pdf_carries_the_signed_credential_and_it_verifies(
    client, django_capture_on_commit_callbacks
):
    certificate = completed_certificate(
        django_capture_on_commit_callbacks, name="Нурсулуу Өмүрбекова", course="Case management"
    )

    attached = attachments_of(pdf_of(certificate))

    assert list(attached) == ["credential.json"]
    assert attached["credential.json"].decode() == certificate.credential.document
    document = json.loads(attached["credential.json"])
    verify(document, resolve_did_web(client, document["issuer"]["id"]))
    assert document["credentialSubject"]["achievement"]["name"] == "Case management"
    # The page still reads as before.
    assert "Нурсулуу Өмүрбекова" in text_of(pdf_of(certificate))


def test_after_a_key_rotation_a_pdf_rendered_again_carries_the_new_credential(
    django_capture_on_commit_callbacks, settings
):
    certificate = completed_certificate(
        django_capture_on_commit_callbacks, name="Aida Sultanova", course="Case management"
    )
    before = certificate.credential.document

    settings.CREDENTIAL_SIGNING_KEY = new_secret_key_multibase()
    call_command("issue_credentials", "--all")
    call_command("rerender_certificates", "--code", certificate.code)

    certificate.refresh_from_db()
    after = attachments_of(pdf_of(certificate))["credential.json"].decode()
    assert after == CertificateCredential.objects.get(certificate=certificate).document
    assert after != before
    [code] = qr_codes_at(pdf_of(certificate), dpi=150)
    assert summary_verify(code.text.split("#")[1]).kid == base64.b32decode(
        signing_key().kid.upper()
    )


def test_a_revoked_signing_key_signs_no_qr_summary(django_capture_on_commit_callbacks):
    certificate = completed_certificate(
        django_capture_on_commit_callbacks, name="Aida Sultanova", course="Case management"
    )
    call_command("credential_keys", "revoke", signing_key().kid)

    call_command("rerender_certificates", "--code", certificate.code)

    certificate.refresh_from_db()
    [code] = qr_codes_at(pdf_of(certificate), dpi=150)
    assert code.text == settings.SITE_URL + certificate.get_absolute_url()
