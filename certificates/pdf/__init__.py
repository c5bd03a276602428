"""Certificate PDFs, drawn on a ReportLab canvas from a certificate's snapshot.

Everything printed is plain text drawn with drawString (never Paragraph markup), in Noto Sans
embedded as a subset, so a name prints exactly as typed, in any of the region's scripts, and
stays searchable. Fixed wording is in the certificate's language. Fonts, images and their
encodings are made once per process, so a certificate takes milliseconds.

layout.py places everything on the page, text.py fills and fits the wording, images.py reads
the logo, the signatures and draws the QR code.
"""

import io

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from reportlab.pdfgen.canvas import Canvas

from lms import fonts

from ..models import CertificateTemplate
from .attachments import attach_file
from .layout import PAGE_HEIGHT, PAGE_WIDTH, CertificatePage
from .text import DEFAULT_BODY, DEFAULT_TITLE, REGULAR

__all__ = ["CREDENTIAL_FILE_NAME", "DEFAULT_BODY", "DEFAULT_TITLE", "render_certificate_pdf"]

CREDENTIAL_FILE_NAME = "credential.json"


def render_certificate_pdf(
    certificate,
    *,
    template: CertificateTemplate | None,
    qr_url: str | None = None,
    credential_json: str | None = None,
) -> bytes:
    """The certificate as a one-page A4 landscape PDF, from its snapshot (name, course, dates,
    signatories…) and the template's design (logo and colours; built-in ones without a
    template). The QR code encodes `qr_url` (the verification URL when None); the signed
    credential, when given, is embedded as the file `credential.json`. Never fails on
    the text: unknown placeholders print as typed, and characters the font lacks print as an
    empty box."""
    fonts.register_fonts()
    language = certificate.language or settings.LANGUAGE_CODE
    with translation.override(language):
        buffer = io.BytesIO()
        canvas = Canvas(
            buffer,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            pageCompression=1,
            lang=language,
            initialFontName=REGULAR,
            initialFontSize=10,
        )
        CertificatePage(canvas, certificate, template, qr_url=qr_url).draw()
        if credential_json:
            attach_file(
                canvas,
                name=CREDENTIAL_FILE_NAME,
                data=credential_json.encode("utf-8"),
                mime="application/ld+json",
                description=_("Verifiable credential (Open Badges 3.0) of this certificate"),
            )
        canvas.showPage()
        canvas.save()
    return buffer.getvalue()
