"""Certificate PDFs: every script of the region prints, stays searchable and is embedded; text
prints as typed; wording follows the course's language; the QR code leads to verification."""

import array
import io
import re
import struct
import unicodedata
from datetime import date
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from fontTools.ttLib import TTFont
from PIL import Image as PILImage
from PIL import ImageDraw
from pypdf import PdfReader
from wagtail.images import get_image_model

from certificates import pdf
from certificates.models import Certificate, CertificateTemplate
from certificates.pdf import render_certificate_pdf
from certificates.services import sample_certificate
from lms import fonts
from tests.certificates.pdf_helpers import qr_codes, text_of

pytestmark = pytest.mark.django_db

COMPLETED = date(2026, 3, 5)
COURSE = "Psycho-social support and trauma healing"

NAMES = [
    # (name, language, the completion date as printed in that language: month names in lower
    # case in uz, ky and kk, from our catalogues, see tests/lms/test_django_strings.py)
    ("Гульнара Абдыкадырова", "ru", "5 марта 2026 г."),
    ("Әйгерім Қасымқызы Нұрғали", "kk", "2026 жылғы 5 наурыз"),
    ("Нурсулуу Өмүрбекова", "ky", "5 март 2026 ж."),
    ("Ҷамшед Раҳмонзода Ғуломӣ", "tg", "5 март 2026 г."),
    ("ӮМЕД ӯҲДА Ҳакимов", "tg", "5 март 2026 г."),
    ("Oʻgʻiloy Toʻxtayeva", "uz", "5-mart, 2026-yil"),
    ("O‘g‘iloy To‘xtayeva", "uz", "5-mart, 2026-yil"),
    ("Aigerim Nurlanovna", "en", "5 March 2026"),
]


def png(draw, size=(600, 200)) -> io.BytesIO:
    image = PILImage.new("RGBA", size, (255, 255, 255, 0))
    draw(ImageDraw.Draw(image), size)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    buffer.seek(0)
    return buffer


def make_image(title, draw, size=(600, 200)):
    return get_image_model().objects.create(
        title=title, file=ImageFile(png(draw, size), name=f"{title}.png")
    )


def draw_logo(canvas, size):
    canvas.ellipse((10, 10, size[1] - 10, size[1] - 10), fill=(8, 67, 126, 255))
    canvas.rectangle((size[1] + 20, 60, size[0] - 20, size[1] - 60), fill=(200, 162, 60, 255))


def draw_signature(strokes):
    def draw(canvas, size):
        width, height = size
        points = [
            (30 + (width - 60) * t / strokes, height / 2 + (-1) ** t * height / 4)
            for t in range(strokes + 1)
        ]
        canvas.line(points, fill=(20, 30, 90, 255), width=5, joint="curve")

    return draw


@pytest.fixture
def template():
    return CertificateTemplate.objects.create(
        name="Academy",
        logo=make_image("logo", draw_logo, (900, 260)),
        issuer="Social Work Academy of Central Asia",
    )


@pytest.fixture
def signatures():
    return [
        make_image(f"signature-{n}", draw_signature(strokes)) for n, strokes in enumerate((9, 14))
    ]


def make_certificate(template=None, signatures=(), **fields):
    template_fields = CertificateTemplate(issuer="Social Work Academy")
    values = {
        "name": "Aigerim Nurlanovna",
        "course_title": COURSE,
        "language": "en",
        "hours": Decimal("12.5"),
        "completed_on": COMPLETED,
        "score": Decimal("92.00"),
        "issuer": (template or template_fields).issuer,
        "title": (template or template_fields).title,
        "body": (template or template_fields).body,
        "signatories": [
            {"name": "Dr. Aigul Sarsenova", "role": "Programme director", "signature_id": s.pk}
            for s in signatures
        ],
    }
    values.update(fields)
    return Certificate(**values)


def embedded_fonts(data: bytes) -> list[dict]:
    """The fonts of the page: base font name, the embedded TrueType program (or None), and the
    character each code stands for (from the ToUnicode map)."""
    fonts = []
    page = PdfReader(io.BytesIO(data)).pages[0]
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        descriptor = font.get("/FontDescriptor")
        program = descriptor.get_object().get("/FontFile2") if descriptor else None
        to_unicode = font["/ToUnicode"].get_object().get_data().decode("latin-1")
        codes = {
            chr(int(unicode, 16)): int(code, 16)
            for code, unicode in re.findall(r"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]{4})>", to_unicode)
            if int(unicode, 16)
        }
        fonts.append(
            {
                "name": str(font["/BaseFont"]),
                "program": program.get_object().get_data() if program else None,
                "codes": codes,
            }
        )
    return fonts


@pytest.mark.parametrize(("name", "language", "printed_date"), NAMES)
def test_names_in_every_script_print_and_are_searchable(
    template, signatures, name, language, printed_date
):
    certificate = make_certificate(template, signatures, name=name, language=language)

    text = text_of(render_certificate_pdf(certificate, template=template))

    assert unicodedata.normalize("NFC", name) in text
    assert COURSE in text
    assert printed_date in text
    assert certificate.display_code in text


def test_markup_characters_print_literally(template):
    name = '<b>Ali & "Vali"</b> &amp;'
    certificate = make_certificate(template, name=name)

    text = text_of(render_certificate_pdf(certificate, template=template))

    assert name in text


def test_name_is_printed_nfc_normalised(template):
    decomposed = unicodedata.normalize("NFD", "Әйгерім Ӯмедова")
    certificate = make_certificate(template, name=decomposed, language="kk")

    text = text_of(render_certificate_pdf(certificate, template=template))

    assert "Әйгерім Ӯмедова" in text


def lines_of(data: bytes, name: str) -> list[tuple[str, float]]:
    """(text, x) of each line drawn that is a piece of `name`."""
    lines = []

    def visit(text, cm, tm, font, size):
        if len(text.strip()) > 3 and text.strip() in name:
            lines.append((text.strip(), tm[4]))

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    return lines


@pytest.mark.parametrize(
    "name",
    [
        ("Әйгерім Қасымқызы Нұрғали-Абдыкадырова " * 6)[:200],
        "Ҷ" + "ӯ" * 198 + "Ҳ",
    ],
    ids=["words", "one-word"],
)
def test_a_200_character_name_fits_the_page_and_stays_extractable(template, name):
    assert len(name) == 200
    certificate = make_certificate(template, name=name, language="kk")

    data = render_certificate_pdf(certificate, template=template)

    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "".join(name.split()) in "".join(text.split())
    lines = lines_of(data, name)
    assert 1 < len(lines) <= 3
    # Centred lines that start inside the frame also end inside it.
    assert all(x > 40 for _text, x in lines)


def test_fonts_are_embedded_and_have_a_glyph_for_every_character(template):
    name = "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі Ӣӣ Ӯӯ Ҳҳ Ҷҷ Ёё Oʻgʻ O‘g‘"
    certificate = make_certificate(template, name=name, language="tg")

    fonts = embedded_fonts(render_certificate_pdf(certificate, template=template))

    bold = [font for font in fonts if "NotoSans-Bold" in font["name"]]
    assert bold and all(font["program"] for font in fonts), "every font must be embedded"
    for char in name.replace(" ", ""):
        font = next((font for font in bold if char in font["codes"]), None)
        assert font is not None, f"{char!r} is not mapped to any glyph"
        program = TTFont(io.BytesIO(font["program"]))
        # ReportLab's subsets map codes to glyphs in a (1, 0) table, not a Unicode one.
        glyph_name = program["cmap"].getcmap(1, 0).cmap[font["codes"][char]]
        assert program.getGlyphID(glyph_name) != 0, f"{char!r} prints as .notdef"
        assert program["glyf"][glyph_name].numberOfContours != 0, f"{char!r} has no outline"


def test_the_font_has_every_letter_of_the_region():
    letters = "АаЯяЁё ӘәҒғҚқҢңӨөҰұҮүҺһІі ӢӣӮӯҲҳҶҷ Oʻoʻ Gʻgʻ O‘o‘ G‘g‘ ’ «» – — №"

    assert fonts.missing_characters(letters) == set()


def test_a_character_the_font_lacks_does_not_stop_the_certificate(template):
    certificate = make_certificate(template, name="Ali 李 😀 Valiyev")

    text = text_of(render_certificate_pdf(certificate, template=template))

    assert "Valiyev" in text


def test_unknown_placeholders_and_stray_braces_print_as_typed(template):
    certificate = make_certificate(
        template, body="{name} finished {course} {unknown} {0} {course.upper} on {date}. {"
    )

    text = text_of(render_certificate_pdf(certificate, template=template))

    assert "Aigerim Nurlanovna finished " + COURSE in text
    assert "{unknown} {0} {course.upper}" in text
    assert "on 5 March 2026. {" in text


def test_placeholders_are_filled_in_a_custom_body(template):
    certificate = make_certificate(
        template, body="{name} studied {course} for {hours} hours, scored {score} on {date}."
    )

    text = text_of(render_certificate_pdf(certificate, template=template))

    assert (
        f"Aigerim Nurlanovna studied {COURSE} for 12.5 hours, scored 92% on 5 March 2026." in text
    )


def test_hours_date_and_score_the_body_leaves_out_are_printed_below_it(template):
    certificate = make_certificate(template, body="Well done!", score=Decimal("87.50"))

    text = text_of(render_certificate_pdf(certificate, template=template))

    # Each labelled, side by side under the body.
    assert "STUDY HOURS 12.5" in text
    assert "DATE OF COMPLETION 5 March 2026" in text
    assert "FINAL SCORE 87.5%" in text


def test_fixed_wording_and_dates_follow_the_course_language(template):
    english = make_certificate(template, body="Прошла курс {course}.", language="en")
    russian = make_certificate(template, body="Прошла курс {course}.", language="ru")

    english_text = text_of(render_certificate_pdf(english, template=template))
    russian_text = text_of(render_certificate_pdf(russian, template=template))

    assert "DATE OF COMPLETION 5 March 2026" in english_text
    assert "5 марта 2026 г." in russian_text
    assert "12,5" in russian_text


def write_catalogue(path, messages: dict[str, str]):
    """A compiled gettext catalogue (.mo), as msgfmt writes it."""
    messages = {
        "": "Content-Type: text/plain; charset=UTF-8\n"
        "Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
        "n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n",
        **messages,
    }
    keys = sorted(messages)
    ids = strs = b""
    entries = []
    for key in keys:
        key_bytes, value_bytes = key.encode(), messages[key].encode()
        entries.append((len(ids), len(key_bytes), len(strs), len(value_bytes)))
        ids += key_bytes + b"\0"
        strs += value_bytes + b"\0"
    key_start = 7 * 4 + 16 * len(keys)
    value_start = key_start + len(ids)
    offsets = [n for o1, l1, _o2, _l2 in entries for n in (l1, o1 + key_start)]
    offsets += [n for _o1, _l1, o2, l2 in entries for n in (l2, o2 + value_start)]
    header = struct.pack("Iiiiiii", 0x950412DE, 0, len(keys), 7 * 4, 7 * 4 + len(keys) * 8, 0, 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header + array.array("i", offsets).tobytes() + ids + strs)


@pytest.fixture
def russian_certificate_wording(settings, tmp_path):
    """Russian translations of the certificate's wording, whatever the project's catalogue has
    so far."""
    write_catalogue(
        tmp_path / "locale" / "ru" / "LC_MESSAGES" / "django.mo",
        {
            pdf.DEFAULT_TITLE: "Сертификат об окончании курса",
            pdf.DEFAULT_BODY: "окончил(а) курс {course} ({hours} ч.) {date}",
            "This certifies that": "Настоящим удостоверяется, что",
            "Verification code": "Код проверки",
        },
    )
    settings.LOCALE_PATHS = [tmp_path / "locale", *settings.LOCALE_PATHS]


def test_default_title_and_body_print_in_the_course_language(template, russian_certificate_wording):
    certificate = make_certificate(template, language="ru")

    text = text_of(render_certificate_pdf(certificate, template=template))

    assert "Сертификат об окончании курса" in text
    assert "Настоящим удостоверяется, что" in text
    assert f"окончил(а) курс {COURSE} (12,5 ч.) 5 марта 2026 г." in text
    assert "КОД ПРОВЕРКИ" in text
    assert "Certificate of completion" not in text


def test_custom_title_and_body_print_as_written(template, russian_certificate_wording):
    certificate = make_certificate(
        template, language="ru", title="Certificate of attendance", body="Attended {course}."
    )

    text = text_of(render_certificate_pdf(certificate, template=template))

    assert "Certificate of attendance" in text
    assert f"Attended {COURSE}." in text
    assert "Настоящим удостоверяется, что" in text


def test_the_defaults_marked_for_translation_are_the_model_defaults():
    assert pdf.DEFAULT_TITLE == CertificateTemplate._meta.get_field("title").default
    assert pdf.DEFAULT_BODY == CertificateTemplate._meta.get_field("body").default


def test_qr_code_leads_to_the_verification_page(template, signatures):
    certificate = make_certificate(template, signatures, code="QRST2345VWXY6789")
    url = settings.SITE_URL + certificate.get_absolute_url()

    data = render_certificate_pdf(certificate, template=template)

    assert qr_codes(data) == [url]
    assert url in text_of(data)


def test_logo_and_signatures_are_embedded_small(template, signatures):
    certificate = make_certificate(template, signatures)

    data = render_certificate_pdf(certificate, template=template)

    images = [
        image.get_object()
        for image in PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/XObject"].values()
    ]
    photos = [image for image in images if "/DCTDecode" in image["/Filter"]]
    assert len(photos) == 3, "the logo and two signatures"
    assert max(image["/Width"] for image in photos) <= 640
    assert len(data) < 60_000


def test_a_deleted_signature_image_leaves_the_name_and_role(template, signatures):
    certificate = make_certificate(template, signatures)
    render_certificate_pdf(certificate, template=template)
    signatures[0].delete()

    data = render_certificate_pdf(certificate, template=template)

    images = PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/XObject"].values()
    assert sum("/DCTDecode" in image.get_object()["/Filter"] for image in images) == 2
    assert text_of(data).count("Dr. Aigul Sarsenova") == 2
    assert text_of(data).count("Programme director") == 2


def test_without_a_template_the_built_in_design_is_used():
    certificate = make_certificate(None)

    data = render_certificate_pdf(certificate, template=None)

    assert "Certificate of completion" in text_of(data)


def test_pdf_title_names_the_certificate_and_the_learner(template):
    certificate = make_certificate(template, name="Нурсулуу Өмүрбекова", language="ky")

    reader = PdfReader(io.BytesIO(render_certificate_pdf(certificate, template=template)))

    assert "Нурсулуу Өмүрбекова" in reader.metadata.title
    assert len(reader.pages) == 1
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height


def test_template_preview_renders_the_sample_certificate(template, signatures):
    template.signatories.create(name="Timur Karimov", role="Lead trainer", signature=signatures[0])
    certificate = sample_certificate(template=template)

    text = text_of(render_certificate_pdf(certificate, template=template))

    assert "Oʻgʻiloy Toʻxtayeva" in text
    assert "Timur Karimov" in text
    assert "ABCD-2345-EFGH-6789" in text


def embedded_photos(data: bytes) -> list:
    images = PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/XObject"].values()
    return [image.get_object() for image in images if "/DCTDecode" in image.get_object()["/Filter"]]


def test_rendering_again_makes_no_query_for_the_logo_and_signatures(
    template, signatures, django_assert_num_queries
):
    certificate = make_certificate(template, signatures)
    render_certificate_pdf(certificate, template=template)  # the renditions are made once

    with django_assert_num_queries(0):
        data = render_certificate_pdf(certificate, template=template)

    assert len(embedded_photos(data)) == 3


def test_a_replaced_signature_file_prints_at_the_next_render(template, signatures):
    certificate = make_certificate(template, signatures[:1])
    before = embedded_photos(render_certificate_pdf(certificate, template=template))
    signature = signatures[0]
    signature.file = ImageFile(png(draw_signature(40), (300, 300)), name="new-signature.png")
    signature.width, signature.height = 300, 300
    signature.save()
    signature.renditions.all().delete()  # as Wagtail's image editor does with a new file

    after = embedded_photos(render_certificate_pdf(certificate, template=template))

    sizes = {(image["/Width"], image["/Height"]) for image in after}
    assert sizes != {(image["/Width"], image["/Height"]) for image in before}
