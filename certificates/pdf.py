"""Certificate PDFs, drawn on a ReportLab canvas from a certificate's snapshot.

Everything printed is plain text drawn with drawString (never Paragraph markup), in Noto Sans
embedded as a subset, so a name prints exactly as typed, in any of the region's scripts, and
stays searchable. Fixed wording is in the certificate's language. Fonts, images and their
encodings are made once per process, so a certificate takes milliseconds.
"""

import io
import logging
import re
import string
import threading
import unicodedata
from collections import OrderedDict
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.utils import formats, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from PIL import Image as PILImage
from reportlab import rl_config
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from . import fonts
from .models import CertificateTemplate

logger = logging.getLogger(__name__)

# ReportLab wraps every binary stream (fonts, images) in ASCII85 unless told not to, a relic of
# 7-bit mail: it makes PDFs a quarter bigger and, in pure Python, costs more than all the rest
# of a certificate. The setting is ReportLab's, for the whole process: other PDFs (the guides)
# lose the wrapping too, which only makes them smaller; every PDF reader reads binary streams.
rl_config.useA85 = 0

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
CENTRE = PAGE_WIDTH / 2
REGULAR, BOLD = fonts.REGULAR, fonts.BOLD
INK = HexColor("#1D2530")
MUTED = HexColor("#55606E")
MAX_SIGNATORIES = 3

# The template's default title and body are plain strings in the model, so that a trainer's
# own text is printed as written; marked here, a certificate made with the defaults prints in
# the course's language. tests/certificates check that these stay equal to the model defaults.
DEFAULT_TITLE = gettext_noop("Certificate of completion")
DEFAULT_BODY = gettext_noop("has completed the course {course} ({hours} hours) on {date}.")

# Renditions flattened on white and kept as JPEG: ReportLab embeds a JPEG as it is, where other
# formats are decoded and compressed again for every PDF. Sizes give about 200 dpi as printed.
LOGO_SPEC = "max-640x220|bgcolor-ffffff|format-jpeg|jpegquality-85"
SIGNATURE_SPEC = "max-420x150|bgcolor-ffffff|format-jpeg|jpegquality-85"

# English dates in full ("5 November 2026"), not Django's abbreviated "Nov. 5, 2026".
DATE_FORMATS = {"en": "j F Y"}

# Mark filled placeholders inside the body: bold ones, and ones never broken over two lines.
# Private-use characters, removed from all printed text, so no one can type them.
BOLD_START, BOLD_END, KEEP_START, KEEP_END = "\ue000", "\ue001", "\ue002", "\ue003"


def render_certificate_pdf(certificate, *, template: CertificateTemplate | None) -> bytes:
    """The certificate as a one-page A4 landscape PDF, from its snapshot (name, course, dates,
    signatories…) and the template's design (logo and colours; built-in ones without a
    template). Never fails on the text: unknown placeholders print as typed, and characters the
    font lacks print as an empty box."""
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
        _CertificatePage(canvas, certificate, template).draw()
        canvas.showPage()
        canvas.save()
    return buffer.getvalue()


class _CertificatePage:
    """One certificate. The middle of the page (logo, title, name, body) is measured first and
    then centred in the space above the signatures, so short and long texts both sit well."""

    top = PAGE_HEIGHT - 46  # inside the frame

    def __init__(self, canvas: Canvas, certificate, template):
        self.canvas = canvas
        self.certificate = certificate
        self.template = template
        self.primary = _colour(template and template.primary_colour, "primary_colour")
        self.accent = _colour(template and template.accent_colour, "accent_colour")
        self.url = settings.SITE_URL + certificate.get_absolute_url()
        self.name = _printable(certificate.name)
        self.title = _printable(_wording(certificate.title, "title", DEFAULT_TITLE))
        self.signatories = [s for s in certificate.signatories or [] if isinstance(s, dict)][
            :MAX_SIGNATORIES
        ]
        self.images = _image_readers(
            [(template.logo_id if template else None, LOGO_SPEC)]
            + [(s.get("signature_id"), SIGNATURE_SPEC) for s in self.signatories]
        )

    def draw(self):
        certificate = self.certificate
        self.canvas.setTitle(f"{self.title} – {self.name}")
        self.canvas.setSubject(_printable(certificate.course_title))
        self.canvas.setAuthor(_printable(certificate.issuer))
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

        lines, size = _fit(self.title, BOLD, width=660, sizes=((30, 20), (22, 14)))
        blocks.append(self.lines_block(lines, BOLD, size, self.primary, after=14))

        def draw_rule(top):
            c.setStrokeColor(self.accent)
            c.setLineWidth(2)
            c.line(CENTRE - 40, top - 1, CENTRE + 40, top - 1)

        blocks.append((2 + 20, draw_rule))
        greeting = _("This certifies that")
        blocks.append(self.lines_block([greeting], REGULAR, 13, MUTED, after=12))

        lines, size = _fit(self.name, BOLD, width=680, sizes=((36, 20), (24, 12), (16, 6)))
        blocks.append(self.lines_block(lines, BOLD, size, INK, after=20))

        details = self.details()
        tail = []
        if details:
            size = min(11.0, 680 / stringWidth(details, REGULAR, 1))
            tail.append(self.lines_block([details], REGULAR, size, MUTED, after=0))
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
        runs = _body_runs(self.certificate, self.placeholders())
        for size in (14, 13, 12, 11, 10, 9):
            leading = size * 1.4
            lines = _wrap_runs(runs, size, width=640)
            if (len(lines) - 1) * leading + size <= space:
                break
        lines = lines[: max(1, int((space - size) // leading) + 1)]

        def draw(top):
            self.canvas.setFillColor(INK)
            for index, line in enumerate(lines):
                _draw_runs_centred(self.canvas, line, size, top - size * 0.75 - index * leading)

        return (len(lines) - 1) * leading + size + after, draw

    def details(self) -> str:
        """Hours, date and score, those the body does not already give, on one line."""
        certificate = self.certificate
        body = _wording(certificate.body, "body", DEFAULT_BODY)
        parts = []
        if "{hours" not in body and certificate.hours is not None:
            parts.append(_("Study hours: %(hours)s") % {"hours": _number(certificate.hours)})
        if "{date" not in body and certificate.completed_on is not None:
            parts.append(_("Completed on %(date)s") % {"date": self.date()})
        if "{score" not in body and certificate.score is not None:
            parts.append(_("Score: %(score)s") % {"score": self.score()})
        return "   ·   ".join(parts)

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
            name = _printable(str(signatory.get("name") or ""))
            _draw_fitted(c, name, BOLD, 10.5, x, 162, width=column - 20)
            c.setFillColor(MUTED)
            role = _printable(str(signatory.get("role") or ""))
            _draw_fitted(c, role, REGULAR, 9, x, 149, width=column - 20)

    def draw_issuer(self):
        issuer = _printable(self.certificate.issuer)
        if not issuer:
            return
        c = self.canvas
        c.setFillColor(MUTED)
        c.setFont(REGULAR, 8)
        c.drawString(56, 104, _("Issued by").upper())
        lines, size = _fit(issuer, BOLD, width=330, sizes=((11, 9), (11, 8), (9, 5)))
        c.setFillColor(self.primary)
        c.setFont(BOLD, size)
        for index, line in enumerate(lines):
            c.drawString(56, 89 - index * size * 1.3, line)

    def draw_verification(self):
        c = self.canvas
        size = 74
        x, y = PAGE_WIDTH - 56 - size, 48
        _draw_qr(c, self.url, x, y, size)
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
        c.linkURL(self.url, (x, y, x + size, y + size), relative=0)

    # Values for the body's placeholders, in the certificate's language.
    def placeholders(self) -> dict:
        certificate = self.certificate
        return {
            "name": _printable(certificate.name),
            "course": _printable(certificate.course_title),
            "hours": _number(certificate.hours),
            "date": self.date(),
            "score": self.score(),
        }

    def date(self) -> str:
        if self.certificate.completed_on is None:
            return ""
        language = translation.get_language() or ""
        date_format = DATE_FORMATS.get(language.split("-")[0], "DATE_FORMAT")
        return formats.date_format(self.certificate.completed_on, date_format)

    def score(self) -> str:
        if self.certificate.score is None:
            return ""
        return _("%(percent)s%%") % {"percent": _number(self.certificate.score)}


def _wording(text: str, field: str, default: str) -> str:
    """The template's text as snapshotted; the translated default when it is the default."""
    if text == CertificateTemplate._meta.get_field(field).default:
        return _(default)
    return text


def _fill(text: str, values: dict) -> str:
    """`text` with its {placeholders} filled from `values`, as str.format_map would, except that
    whatever is not a known placeholder prints as typed: "{unknown}", "{0}", "{course.upper}"
    (format_map would print a method's repr for it), format specs and stray braces."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:
        # A stray brace: fill the placeholders that are whole and leave the rest alone.
        for key, value in values.items():
            text = text.replace("{" + key + "}", value)
        return text
    filled = []
    for literal, field, spec, conversion in parts:
        filled.append(literal)
        if field is None:
            continue
        if field in values:
            filled.append(values[field])
        else:
            conversion = f"!{conversion}" if conversion else ""
            spec = f":{spec}" if spec else ""
            filled.append("{" + field + conversion + spec + "}")
    return "".join(filled)


def _body_runs(certificate, values: dict) -> list[tuple[str, str, bool]]:
    """The body with its placeholders filled, as (text, font, unbreakable) runs: the name and
    the course in bold, and dates, hours and score never broken over two lines."""
    body = _printable(_wording(certificate.body, "body", DEFAULT_BODY))
    marked = {
        key: (BOLD_START + value + BOLD_END)
        if key in ("course", "name")
        else (KEEP_START + value + KEEP_END)
        for key, value in values.items()
    }
    text = _fill(body, marked)
    # "… on 5 марта 2026 г.." : a value ending in a full stop takes the one after it.
    text = re.sub(f"\\.([{BOLD_END}{KEEP_END}])\\.", r".\1", text)
    runs = []
    font, keep = REGULAR, False
    for part in re.split(f"([{BOLD_START}{BOLD_END}{KEEP_START}{KEEP_END}])", text):
        if part == BOLD_START or part == BOLD_END:
            font = BOLD if part == BOLD_START else REGULAR
        elif part == KEEP_START or part == KEEP_END:
            keep = part == KEEP_START
        elif part:
            runs.append((part, font, keep))
    return runs


def _wrap_runs(runs, size: float, *, width: float) -> list[list[list[tuple[str, str]]]]:
    """Lines of words, each word a list of (text, font) pieces (a word may change font, as in
    "(12"); an unbreakable run is one piece, spaces and all."""
    words: list[list[tuple[str, str]]] = [[]]
    for text, font, keep in runs:
        pieces = [text] if keep else re.split(r"\s+", text)
        for index, piece in enumerate(pieces):
            if index:
                words.append([])
            if piece:
                words[-1].append((piece, font))
    words = [word for word in words if word]
    lines: list[list[list[tuple[str, str]]]] = []
    line_width = 0.0
    for word in words:
        word_width = sum(stringWidth(text, font, size) for text, font in word)
        space = stringWidth(" ", word[0][1], size)
        if lines and line_width + space + word_width <= width:
            lines[-1].append(word)
            line_width += space + word_width
        else:
            lines.append([word])
            line_width = word_width
    return lines


def _draw_runs_centred(canvas: Canvas, line, size: float, baseline: float):
    pieces: list[tuple[str, str]] = []
    for index, word in enumerate(line):
        if index:
            pieces.append((" ", word[0][1]))
        pieces.extend(word)
    width = sum(stringWidth(text, font, size) for text, font in pieces)
    text_object = canvas.beginText(CENTRE - width / 2, baseline)
    for text, font in pieces:
        text_object.setFont(font, size)
        text_object.textOut(text)
    canvas.drawText(text_object)


def _fit(text: str, font: str, *, width: float, sizes) -> tuple[list[str], float]:
    """Lines and a font size so that `text` fits `width`: one line at the first (largest,
    smallest) sizes if it can, else two at the next, and so on; the last choice always fits,
    smaller than its smallest size if it must."""
    for count, (largest, smallest) in enumerate(sizes, start=1):
        lines = _balanced_lines(text, font, count)
        widest = max(stringWidth(line, font, 1) for line in lines) or 1
        size = min(largest, width / widest)
        if size >= smallest or count == len(sizes):
            return lines, size
    raise AssertionError("unreachable")


def _balanced_lines(text: str, font: str, count: int) -> list[str]:
    """`text` over at most `count` lines of about equal width, broken at spaces where it can
    and inside a word only when a word alone is too wide."""
    if count == 1 or not text:
        return [text]
    words = _split_long_words(text.split(" "), font, stringWidth(text, font, 1) / count)
    widths = [stringWidth(word, font, 1) for word in words]
    space = stringWidth(" ", font, 1)
    # The narrowest limit that still needs no more than `count` lines, by bisection.
    low, high = max(widths), sum(widths) + space * (len(words) - 1)
    for _step in range(12):
        middle = (low + high) / 2
        if len(_greedy_breaks(widths, space, middle)) <= count:
            high = middle
        else:
            low = middle
    return [" ".join(words[start:end]) for start, end in _greedy_breaks(widths, space, high)]


def _split_long_words(words: list[str], font: str, limit: float) -> list[str]:
    """Words wider than `limit` (a 200-letter name without spaces) cut into pieces."""
    pieces = []
    for word in words:
        while len(word) > 1 and stringWidth(word, font, 1) > limit:
            cut = len(word) - 1
            while cut > 1 and stringWidth(word[:cut], font, 1) > limit:
                cut -= 1
            pieces.append(word[:cut])
            word = word[cut:]
        pieces.append(word)
    return pieces


def _greedy_breaks(widths: list[float], space: float, limit: float) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    start, width = 0, 0.0
    for index, word_width in enumerate(widths):
        if index > start and width + space + word_width > limit:
            lines.append((start, index))
            start, width = index, word_width
        else:
            width = word_width if index == start else width + space + word_width
    lines.append((start, len(widths)))
    return lines


def _draw_fitted(canvas, text, font, size, x, baseline, *, width):
    """One centred line, smaller if it would be wider than `width`."""
    if not text:
        return
    size = min(size, width / (stringWidth(text, font, 1) or 1))
    canvas.setFont(font, size)
    canvas.drawCentredString(x, baseline, text)


def _draw_qr(canvas: Canvas, value: str, x: float, y: float, size: float):
    """The QR code of `value`, encoded by ReportLab's QrCodeWidget and drawn as a one-pixel-per-
    module image.

    Drawn by the widget, the code costs about 40 ms, several times all the rest of a
    certificate: it tries all eight mask patterns and then draws a shape for each run of dark
    modules, in pure Python. Every mask is valid and read by every decoder (the choice only
    avoids patterns that look like finder marks), so we use one; and an image of n x n pixels
    is drawn at once. Its Interpolate flag is off, which tells viewers and printers not to
    smooth it, so the modules stay sharp."""
    widget = QrCodeWidget(value, barLevel="M", barBorder=0)
    code = widget.qr
    code.version = code.calculate_version()
    code.makeImpl(False, 0)
    count = code.getModuleCount()
    pixels = bytes(0 if dark else 255 for row in code.modules for dark in row)
    image = PILImage.frombytes("L", (count, count), pixels)
    canvas.drawImage(ImageReader(image), x, y, size, size)


def _colour(value, field: str):
    if isinstance(value, str) and re.fullmatch(r"#[0-9a-fA-F]{6}", value):
        return HexColor(value)
    return HexColor(CertificateTemplate._meta.get_field(field).default)


def _tint(colour, amount: float) -> Color:
    """`colour` mixed with white: 0 keeps it, 1 is white."""
    return Color(*(channel + (1 - channel) * amount for channel in colour.rgb()))


def _number(value) -> str:
    """A decimal without trailing zeros, in the active language's format (12, 12.5, 12,5)."""
    if value is None:
        return ""
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    if number == number.to_integral_value():
        return formats.number_format(int(number))
    return formats.number_format(number.normalize())


def _printable(text) -> str:
    """Text as it is drawn: NFC-normalised, control characters as spaces, whitespace collapsed.
    A character the font lacks is replaced by its compatibility decomposition when the font has
    that (say, a ligature by its letters); otherwise it is kept and prints as an empty box."""
    text = unicodedata.normalize("NFC", str(text or ""))
    text = "".join(
        " " if unicodedata.category(char) in ("Cc", "Zl", "Zp") else char for char in text
    )
    text = re.sub(f"[{BOLD_START}{BOLD_END}{KEEP_START}{KEEP_END}]", "", text)
    text = " ".join(text.split())
    missing = fonts.missing_characters(text)
    for char in missing:
        decomposed = unicodedata.normalize("NFKD", char)
        if decomposed != char and not fonts.missing_characters(decomposed):
            text = text.replace(char, decomposed)
        else:
            logger.warning("Certificate font has no glyph for %r (U+%04X)", char, ord(char))
    return text


# Images: one reader per image, file and rendition spec, kept for the process.
_images: OrderedDict = OrderedDict()
_images_lock = threading.Lock()
IMAGE_CACHE_SIZE = 32


class _JpegImage(ImageReader):
    """A JPEG that ReportLab embeds as it is, shared by all the PDFs of a process.

    canvas.drawImage names an image by a digest of getRGBData(), which for an ImageReader
    decodes the JPEG and hashes all its pixels, in every PDF; the JPEG's own bytes identify it
    as well, for a thirtieth of the work. (Embedding a JPEG never needs its pixels.) Each
    embedding reads its own copy of the bytes, so threads can share a reader."""

    def __init__(self, data: bytes):
        self._jpeg = data
        super().__init__(io.BytesIO(data))
        if getattr(self._image, "format", None) != "JPEG":
            raise ValueError("The rendition is not a JPEG.")
        self._dataA = None  # no transparency: flattened on white

    def getRGBData(self):
        return self._jpeg

    def _jpeg_fh(self):
        return io.BytesIO(self._jpeg)


def _image_readers(wanted) -> dict:
    """Readers of downscaled renditions of Wagtail images, by (image id, rendition spec), for
    the (id, spec) pairs `wanted`, with one query. Deleted images are absent, and so are images
    that cannot be read: a missing file must not stop a certificate."""
    from wagtail.images import get_image_model

    wanted = {(pk, spec) for pk, spec in wanted if isinstance(pk, int)}
    if not wanted:
        return {}
    rows = (
        get_image_model()
        .objects.filter(pk__in={pk for pk, _spec in wanted})
        .values_list("pk", "file", "file_hash")
    )
    readers = {}
    for pk, file_name, file_hash in rows:
        for spec in sorted(spec for image_pk, spec in wanted if image_pk == pk):
            reader = _image_reader((pk, file_name, file_hash, spec))
            if reader is not None:
                readers[pk, spec] = reader
    return readers


def _image_reader(key):
    with _images_lock:
        if key in _images:
            _images.move_to_end(key)
            return _images[key]
    from wagtail.images import get_image_model

    pk, _file_name, _file_hash, spec = key
    try:
        rendition = get_image_model().objects.get(pk=pk).get_rendition(spec)
        with rendition.file.open("rb") as file:
            reader = _JpegImage(file.read())
    except Exception:
        logger.warning("Cannot use image %s on a certificate", pk, exc_info=True)
        return None
    with _images_lock:
        _images[key] = reader
        while len(_images) > IMAGE_CACHE_SIZE:
            _images.popitem(last=False)
    return reader
