"""The layout of a certificate: an A4 landscape page with a frame, the middle (logo, title,
name, body) measured and centred above the signatures, the issuer and the verification code."""

import re

from django.conf import settings
from django.utils import formats, translation
from django.utils.translation import gettext as _
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..models import CertificateTemplate
from .images import LOGO_SPEC, SIGNATURE_SPEC, draw_qr, image_readers
from .text import (
    BOLD,
    DEFAULT_BODY,
    DEFAULT_ISSUER,
    DEFAULT_TITLE,
    REGULAR,
    body_runs,
    draw_fitted,
    draw_runs_centred,
    fit,
    number,
    printable,
    role_wording,
    wording,
    wrap_runs,
)

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
CENTRE = PAGE_WIDTH / 2
INK = HexColor("#1D2530")
MUTED = HexColor("#55606E")
MAX_SIGNATORIES = 3

# English dates in full ("5 November 2026"), not Django's abbreviated "Nov. 5, 2026".
DATE_FORMATS = {"en": "j F Y"}


class CertificatePage:
    """One certificate. The middle of the page (logo, title, name, body) is measured first and
    then centred in the space above the signatures, so short and long texts both sit well."""

    top = PAGE_HEIGHT - 46  # inside the frame

    def __init__(self, canvas: Canvas, certificate, template, *, qr_url: str | None = None):
        self.canvas = canvas
        self.certificate = certificate
        self.template = template
        self.primary = _colour(template and template.primary_colour, "primary_colour")
        self.accent = _colour(template and template.accent_colour, "accent_colour")
        site_url = getattr(certificate, "site_url", "") or settings.SITE_URL
        self.url = site_url + certificate.get_absolute_url()
        # The QR code leads to the check page with the signed summary (see
        # certificates/credentials/compact.py); the printed address is the one to type.
        self.qr_url = qr_url or self.url
        self.name = printable(certificate.name)
        self.title = printable(wording(certificate.title, "title", DEFAULT_TITLE))
        self.issuer = printable(wording(certificate.issuer, "issuer", DEFAULT_ISSUER))
        self.signatories = [s for s in certificate.signatories or [] if isinstance(s, dict)][
            :MAX_SIGNATORIES
        ]
        self.images = image_readers(
            [(template.logo_id if template else None, LOGO_SPEC)]
            + [(s.get("signature_id"), SIGNATURE_SPEC) for s in self.signatories]
        )

    def draw(self):
        certificate = self.certificate
        self.canvas.setTitle(f"{self.title} – {self.name}")
        self.canvas.setSubject(printable(certificate.course_title))
        self.canvas.setAuthor(self.issuer)
        self.canvas.setCreator(str(getattr(settings, "WAGTAIL_SITE_NAME", settings.SITE_URL)))
        self.draw_frame()
        bottom = 238 if self.signatories else 126
        blocks = self.middle_blocks(space=self.top - bottom)
        height = sum(block_height for block_height, _draw in blocks)
        top = min(self.top, (self.top + bottom + height) / 2)
        for block_height, draw in blocks:
            draw(top)
            top -= block_height
        self.draw_signatories()
        self.draw_issuer()
        self.draw_verification()

    # The frame: a band in the primary colour, a fine accent line and accent corners.
    def draw_frame(self):
        c = self.canvas
        c.setFillColor(self.primary)
        c.rect(0, 0, PAGE_WIDTH, PAGE_HEIGHT, stroke=0, fill=1)
        c.setFillColor(_tint(self.primary, 0.96))
        c.rect(14, 14, PAGE_WIDTH - 28, PAGE_HEIGHT - 28, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.rect(24, 24, PAGE_WIDTH - 48, PAGE_HEIGHT - 48, stroke=0, fill=1)
        c.setStrokeColor(self.accent)
        c.setLineWidth(1.2)
        c.rect(30, 30, PAGE_WIDTH - 60, PAGE_HEIGHT - 60, stroke=1, fill=0)
        c.setFillColor(self.accent)
        for x, y in (
            (30, 30),
            (PAGE_WIDTH - 30, 30),
            (30, PAGE_HEIGHT - 30),
            (PAGE_WIDTH - 30, PAGE_HEIGHT - 30),
        ):
            path = c.beginPath()
            path.moveTo(x, y + 7)
            path.lineTo(x + 7, y)
            path.lineTo(x, y - 7)
            path.lineTo(x - 7, y)
            path.close()
            c.drawPath(path, stroke=0, fill=1)

    def middle_blocks(self, *, space: float) -> list:
        """(height, draw(top)) for each part of the middle; the body gets what is left of
        `space`, at a smaller size or over fewer lines if it must."""
        c = self.canvas
        blocks = []
        logo = self.images.get((self.template.logo_id if self.template else None, LOGO_SPEC))
        if logo is not None:

            def draw_logo(top):
                c.drawImage(logo, CENTRE - 110, top - 58, 220, 58, preserveAspectRatio=True)

            blocks.append((58 + 20, draw_logo))

        lines, size = fit(self.title, BOLD, width=660, sizes=((30, 20), (22, 14)))
        blocks.append(self.lines_block(lines, BOLD, size, self.primary, after=14))

        def draw_rule(top):
            c.setStrokeColor(self.accent)
            c.setLineWidth(2)
            c.line(CENTRE - 40, top - 1, CENTRE + 40, top - 1)

        blocks.append((2 + 20, draw_rule))
        greeting = _("This certifies that")
        blocks.append(self.lines_block([greeting], REGULAR, 13, MUTED, after=12))

        lines, size = fit(self.name, BOLD, width=680, sizes=((36, 20), (24, 12), (16, 6)))
        blocks.append(self.lines_block(lines, BOLD, size, INK, after=20))

        details = self.details()
        tail = []
        training = self.training()
        if training:
            size = min(11.0, 680 / stringWidth(training, REGULAR, 1))
            tail.append(self.lines_block([training], REGULAR, size, MUTED, after=6))
        if details:
            tail.append(self.details_block(details))
        left = space - sum(height for height, _draw in blocks + tail) - (14 if tail else 0)
        blocks.append(self.body_block(max(left, 40), after=14 if tail else 0))
        return blocks + tail

    def lines_block(self, lines, font, size, colour, *, after, leading_factor=1.2):
        """Centred lines whose capitals start at the block's top."""
        leading = size * leading_factor

        def draw(top):
            self.canvas.setFillColor(colour)
            self.canvas.setFont(font, size)
            for index, line in enumerate(lines):
                self.canvas.drawCentredString(CENTRE, top - size * 0.75 - index * leading, line)

        return (len(lines) - 1) * leading + size + after, draw

    def body_block(self, space: float, *, after: float):
        runs = body_runs(self.certificate, self.placeholders())
        for size in (14, 13, 12, 11, 10, 9):
            leading = size * 1.4
            lines = wrap_runs(runs, size, width=640)
            if (len(lines) - 1) * leading + size <= space:
                break
        lines = lines[: max(1, int((space - size) // leading) + 1)]

        def draw(top):
            self.canvas.setFillColor(INK)
            for index, line in enumerate(lines):
                draw_runs_centred(
                    self.canvas, line, size, CENTRE, top - size * 0.75 - index * leading
                )

        return (len(lines) - 1) * leading + size + after, draw

    def training(self) -> str:
        """The in-person training the certificate was earned at: its place and days."""
        certificate = self.certificate
        if not certificate.training_place:
            return ""
        start, end = certificate.training_starts_on, certificate.training_ends_on
        days = format_date(start) if start else ""
        if end and end != start:
            days = f"{days} – {format_date(end)}"
        return printable(
            _("Training held at %(place)s, %(days)s")
            % {"place": certificate.training_place, "days": days}
        )

    def details(self) -> list[tuple[str, str]]:
        """Hours, date and score, those the body does not already give: (label, value)."""
        certificate = self.certificate
        body = wording(certificate.body, "body", DEFAULT_BODY)
        parts = []
        if "{hours" not in body and certificate.hours is not None:
            parts.append((_("Study hours"), number(certificate.hours)))
        if "{date" not in body and certificate.completed_on is not None:
            parts.append((_("Date of completion"), self.date()))
        if "{score" not in body and certificate.score is not None:
            parts.append((_("Final score"), self.score()))
        return parts

    def details_block(self, details):
        """The details side by side, each a small label in capitals above its value."""
        column = min(680 / len(details), 190)
        first = CENTRE - column * (len(details) - 1) / 2

        def draw(top):
            c = self.canvas
            for index, (label, value) in enumerate(details):
                x = first + index * column
                c.setFillColor(MUTED)
                draw_fitted(c, printable(label).upper(), REGULAR, 8, x, top - 6, width=column - 16)
                c.setFillColor(INK)
                draw_fitted(c, printable(value), BOLD, 12, x, top - 24, width=column - 16)

        return 28, draw

    def draw_signatories(self):
        signatories = self.signatories
        if not signatories:
            return
        column = min(680 / len(signatories), 250)
        first = CENTRE - column * (len(signatories) - 1) / 2
        c = self.canvas
        for index, signatory in enumerate(signatories):
            x = first + index * column
            reader = self.images.get((signatory.get("signature_id"), SIGNATURE_SPEC))
            if reader is not None:
                c.drawImage(reader, x - 75, 180, 150, 46, preserveAspectRatio=True, anchor="s")
            c.setStrokeColor(MUTED)
            c.setLineWidth(0.6)
            c.line(x - 85, 176, x + 85, 176)
            c.setFillColor(INK)
            name = printable(str(signatory.get("name") or ""))
            draw_fitted(c, name, BOLD, 10.5, x, 162, width=column - 20)
            c.setFillColor(MUTED)
            role = printable(role_wording(str(signatory.get("role") or "")))
            draw_fitted(c, role, REGULAR, 9, x, 149, width=column - 20)

    def draw_issuer(self):
        issuer = self.issuer
        if not issuer:
            return
        c = self.canvas
        c.setFillColor(MUTED)
        c.setFont(REGULAR, 8)
        c.drawString(56, 104, _("Issued by").upper())
        lines, size = fit(issuer, BOLD, width=330, sizes=((11, 9), (11, 8), (9, 5)))
        c.setFillColor(self.primary)
        c.setFont(BOLD, size)
        for index, line in enumerate(lines):
            c.drawString(56, 89 - index * size * 1.3, line)

    def draw_verification(self):
        c = self.canvas
        # 92 pt: a version 15 code (the longest summary) still has modules of 0.42 mm.
        size = 92
        x, y = PAGE_WIDTH - 56 - size, 48
        draw_qr(c, self.qr_url, x, y, size)
        right = x - 10
        c.setFillColor(MUTED)
        c.setFont(REGULAR, 8)
        c.drawRightString(right, 104, _("Verification code").upper())
        c.setFillColor(INK)
        c.setFont(BOLD, 12)
        c.drawRightString(right, 89, self.certificate.display_code)
        c.setFillColor(MUTED)
        c.setFont(REGULAR, 8)
        c.drawRightString(right, 72, _("Check this certificate at"))
        url_size = min(8.0, 300 / stringWidth(self.url, REGULAR, 1))
        c.setFont(REGULAR, url_size)
        c.drawRightString(right, 61, self.url)
        url_width = stringWidth(self.url, REGULAR, url_size)
        c.linkURL(self.url, (right - url_width, 58, right, 58 + url_size * 1.2), relative=0)
        c.linkURL(self.qr_url, (x, y, x + size, y + size), relative=0)

    # Values for the body's placeholders, in the certificate's language.
    def placeholders(self) -> dict:
        certificate = self.certificate
        return {
            "name": printable(certificate.name),
            "course": printable(certificate.course_title),
            "hours": number(certificate.hours),
            "date": self.date(),
            "score": self.score(),
        }

    def date(self) -> str:
        if self.certificate.completed_on is None:
            return ""
        return format_date(self.certificate.completed_on)

    def score(self) -> str:
        if self.certificate.score is None:
            return ""
        return _("%(percent)s%%") % {"percent": number(self.certificate.score)}


def format_date(value) -> str:
    """A date as the active language writes it on a certificate."""
    language = translation.get_language() or ""
    return formats.date_format(value, DATE_FORMATS.get(language.split("-")[0], "DATE_FORMAT"))


def _colour(value, field: str):
    if isinstance(value, str) and re.fullmatch(r"#[0-9a-fA-F]{6}", value):
        return HexColor(value)
    return HexColor(CertificateTemplate._meta.get_field(field).default)


def _tint(colour, amount: float) -> Color:
    """`colour` mixed with white: 0 keeps it, 1 is white."""
    return Color(*(channel + (1 - channel) * amount for channel in colour.rgb()))
