"""Text on certificates: the template's wording, its placeholders filled, and lines fitted to
the space they have (smaller, or over more lines, never cut). Everything is plain text for
drawString, never Paragraph markup, so a name prints exactly as typed."""

import logging
import re
import string
import unicodedata
from decimal import Decimal, InvalidOperation

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, pgettext, pgettext_lazy
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from lms import fonts

from ..models import CertificateTemplate

logger = logging.getLogger(__name__)

REGULAR, BOLD = fonts.REGULAR, fonts.BOLD

# The template's default title, body and issuer are plain strings in the model, so that a
# trainer's own text is printed as written; marked here, a certificate made with the defaults
# prints in the course's language. tests/certificates check that these stay equal to the model
# defaults.
DEFAULT_TITLE = gettext_noop("Certificate of completion")
DEFAULT_BODY = gettext_noop("has completed the course {course}.")
DEFAULT_ISSUER = gettext_noop("Migration and Social Work Learning programme")
# The default body until hours and date got labelled lines of their own: certificates issued
# with it still print it in their language when they are rendered again.
LEGACY_DEFAULTS = {
    "body": (gettext_noop("has completed the course {course} ({hours} hours) on {date}."),),
}
# The default body as it reads for a woman and for a man, in languages whose verbs mark it
# (ru "окончила", "окончил"); without a gender, or when the learner prefers not to say, the
# neutral one. Languages that do not mark it translate all three alike.
GENDER_CONTEXTS = {"woman": "certificate body, woman", "man": "certificate body, man"}
# (Written out so that makemessages extracts them.)
_GENDERED_BODIES = (
    pgettext_lazy("certificate body, woman", "has completed the course {course}."),
    pgettext_lazy("certificate body, man", "has completed the course {course}."),
)
# Signatories' roles that print in the certificate's language; any other prints as typed.
STANDARD_ROLES = (
    gettext_noop("Programme director"),
    gettext_noop("Training coordinator"),
    gettext_noop("Lead trainer"),
)

# Mark filled placeholders inside the body: bold ones, and ones never broken over two lines.
# Private-use characters, removed from all printed text, so no one can type them.
BOLD_START, BOLD_END, KEEP_START, KEEP_END = "\ue000", "\ue001", "\ue002", "\ue003"


def wording(text: str, field: str, default: str, *, gender: str = "") -> str:
    """The template's text as snapshotted; the translated default when it is the default (the
    body in the form for the learner's gender where the language marks it)."""
    if text == CertificateTemplate._meta.get_field(field).default:
        context = GENDER_CONTEXTS.get(gender) if field == "body" else None
        if context:
            gendered = pgettext(context, default)
            if gendered != default:
                return gendered
        return _(default)
    if text in LEGACY_DEFAULTS.get(field, ()):
        return _(text)
    return text


def role_wording(role: str) -> str:
    """A signatory's role: translated when it is one of the standard roles."""
    return _(role) if role in STANDARD_ROLES else role


def fill(text: str, values: dict) -> str:
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


def body_runs(certificate, values: dict) -> list[tuple[str, str, bool]]:
    """The body with its placeholders filled, as (text, font, unbreakable) runs: the name and
    the course in bold, and dates, hours and score never broken over two lines."""
    body = printable(
        wording(certificate.body, "body", DEFAULT_BODY, gender=getattr(certificate, "gender", ""))
    )
    marked = {
        key: (BOLD_START + value + BOLD_END)
        if key in ("course", "name")
        else (KEEP_START + value + KEEP_END)
        for key, value in values.items()
    }
    text = fill(body, marked)
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


def wrap_runs(runs, size: float, *, width: float) -> list[list[list[tuple[str, str]]]]:
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


def draw_runs_centred(canvas: Canvas, line, size: float, x: float, baseline: float):
    """One line of (text, font) words, centred on x."""
    pieces: list[tuple[str, str]] = []
    for index, word in enumerate(line):
        if index:
            pieces.append((" ", word[0][1]))
        pieces.extend(word)
    width = sum(stringWidth(text, font, size) for text, font in pieces)
    text_object = canvas.beginText(x - width / 2, baseline)
    for text, font in pieces:
        text_object.setFont(font, size)
        text_object.textOut(text)
    canvas.drawText(text_object)


def fit(text: str, font: str, *, width: float, sizes) -> tuple[list[str], float]:
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


def draw_fitted(canvas, text, font, size, x, baseline, *, width):
    """One centred line, smaller if it would be wider than `width`."""
    if not text:
        return
    size = min(size, width / (stringWidth(text, font, 1) or 1))
    canvas.setFont(font, size)
    canvas.drawCentredString(x, baseline, text)


def number(value) -> str:
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


def printable(text) -> str:
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
