"""Printed sheets of a training group (ReportLab, A4, the site's Noto Sans): the join handout
with its QR code and join code, and the sheet of one-time sign-in codes for participants
without email, cut into slips."""

import io

from django.utils.translation import gettext as _
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from certificates.pdf.images import draw_qr
from lms import fonts

WIDTH, HEIGHT = A4
INK, MUTED = HexColor("#1a1a1a"), HexColor("#555555")


def _fitted(canvas, text, font, size, y, *, width=WIDTH - 100):
    size = min(size, width / (stringWidth(text, font, 1) or 1))
    canvas.setFont(font, size)
    canvas.drawCentredString(WIDTH / 2, y, text)


def render_join_sheet(*, group, join_url: str, short_url: str) -> bytes:
    """The handout a trainer prints or projects: the course, the group, place and days, a large
    QR code of the join URL and the join code with the address to type it at."""
    fonts.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=fonts.REGULAR)
    canvas.setTitle(_("Join the training: %(name)s") % {"name": group.name})
    canvas.setFillColor(INK)
    _fitted(canvas, _("Join the training"), fonts.BOLD, 30, HEIGHT - 90)
    _fitted(canvas, group.course.title, fonts.BOLD, 18, HEIGHT - 130)
    canvas.setFillColor(MUTED)
    _fitted(canvas, group.name, fonts.REGULAR, 14, HEIGHT - 158)
    _fitted(canvas, f"{group.place} · {group.dates}", fonts.REGULAR, 12, HEIGHT - 180)
    size = 300
    draw_qr(canvas, join_url, (WIDTH - size) / 2, HEIGHT - 210 - size, size)
    canvas.setFillColor(INK)
    _fitted(canvas, _("Scan the code with your phone's camera, or open"), fonts.REGULAR, 14, 250)
    _fitted(canvas, short_url, fonts.BOLD, 18, 224)
    _fitted(canvas, _("and type the join code:"), fonts.REGULAR, 14, 198)
    code = " ".join(group.join_code)
    _fitted(canvas, code, fonts.BOLD, 56, 130)
    canvas.setFillColor(MUTED)
    _fitted(
        canvas,
        _("Sign up or sign in: you are then enrolled in the course and in this group."),
        fonts.REGULAR,
        11,
        80,
    )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


SLIPS_PER_PAGE = 8


def render_sign_in_sheet(*, group, codes: list[tuple[str, str]], sign_in_url: str) -> bytes:
    """One slip per participant without email: their name, the address and their one-time
    sign-in code, eight slips a page, to cut apart and hand out."""
    fonts.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=fonts.REGULAR)
    canvas.setTitle(_("Sign-in codes: %(name)s") % {"name": group.name})
    slip = (HEIGHT - 60) / SLIPS_PER_PAGE
    if not codes:
        canvas.setFont(fonts.REGULAR, 14)
        canvas.drawCentredString(WIDTH / 2, HEIGHT / 2, _("Everyone in this group has an email."))
    for index, (name, code) in enumerate(codes):
        if index and index % SLIPS_PER_PAGE == 0:
            canvas.showPage()
        top = HEIGHT - 30 - (index % SLIPS_PER_PAGE) * slip
        canvas.setDash(3, 3)
        canvas.setStrokeColor(MUTED)
        canvas.line(30, top - slip, WIDTH - 30, top - slip)
        canvas.setDash()
        canvas.setFillColor(INK)
        canvas.setFont(fonts.BOLD, min(16, 300 / (stringWidth(name, fonts.BOLD, 1) or 1)))
        canvas.drawString(50, top - 28, name)
        canvas.setFont(fonts.REGULAR, 10)
        canvas.setFillColor(MUTED)
        canvas.drawString(50, top - 46, f"{group.course.title} · {group.name}")
        canvas.drawString(
            50, top - 62, _("Sign in at %(url)s with this code (once):") % {"url": sign_in_url}
        )
        canvas.setFillColor(INK)
        canvas.setFont(fonts.BOLD, 24)
        canvas.drawRightString(WIDTH - 50, top - 40, " ".join([code[:4], code[4:]]))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
