"""The compact signed summary in the QR URL's fragment: it verifies, a tampered one does not,
and long Cyrillic names and titles keep the QR code at version 15 or below (level M)."""

import base64
from datetime import date
from decimal import Decimal

import pytest
import zxingcpp
from PIL import Image as PILImage
from reportlab.graphics.barcode.qr import QrCodeWidget

from certificates.credentials import compact
from certificates.credentials.keys import SigningKey, new_secret_key_multibase
from certificates.credentials.keys import secret_key_from_multibase as secret_key
from certificates.credentials.services import certificate_qr_url, summary_verify
from certificates.models import Certificate

KEY = SigningKey(secret_key(new_secret_key_multibase()))
OTHER_KEY = SigningKey(secret_key(new_secret_key_multibase()))
# The longest SITE_URL the size budget allows for (42 characters).
LONG_SITE = "https://learn.migration-socialwork-asia.kg"


def certificate(**fields) -> Certificate:
    values = {
        "code": "ABCD2345EFGH6789",
        "name": "Нурсулуу Өмүрбекова",
        "course_title": "Психосоциальная поддержка и исцеление от травм",
        "hours": Decimal("12.5"),
        "completed_on": date(2026, 3, 12),
        **fields,
    }
    return Certificate(**values)


def fragment_of(value, key=KEY) -> str:
    return compact.summary_fragment(value, key=key)


def qr_version(text: str) -> int:
    widget = QrCodeWidget(text, barLevel="M")
    return widget.qr.calculate_version()


def test_the_summary_verifies_and_reads_back():
    summary = compact.verify_summary(
        fragment_of(certificate()), public_keys=[KEY.private_key.public_key()]
    )

    assert summary == compact.Summary(
        code="ABCD2345EFGH6789",
        kid=summary.kid,
        completed_on=date(2026, 3, 12),
        hours=Decimal("12.5"),
        name="Нурсулуу Өмүрбекова",
        course="Психосоциальная поддержка и исцеление от травм",
    )
    assert summary.kid.hex() == base64.b32decode(KEY.kid.upper()).hex()


def test_every_script_of_the_platform_takes_one_byte_a_letter():
    for text in ["Оғилой Тоҷиддинова", "Oʻgʻiloy Toʻxtayeva", "Әсел Қасымқызы", "Ҳусейн Ӯрунов"]:
        assert len(compact.encode_text(text, 255)) == len(text)
        assert compact.decode_text(compact.encode_text(text, 255)) == text
    # Anything else is escaped as UTF-8 and still reads back.
    assert compact.decode_text(compact.encode_text("李小龍 😀 Ñ", 255)) == "李小龍 😀 Ñ"


@pytest.mark.parametrize("position", range(0, 140, 3))
def test_a_tampered_summary_fails(position):
    data = bytearray(compact.summary_bytes(certificate(), key=KEY))
    if position >= len(data):
        position = len(data) - 1
    data[position] ^= 0x01
    tampered = base64.urlsafe_b64encode(bytes(data)).decode().rstrip("=")

    with pytest.raises(compact.InvalidSummary):
        compact.verify_summary(tampered, public_keys=[KEY.private_key.public_key()])


def test_a_summary_signed_by_another_key_or_malformed_fails():
    public = [KEY.private_key.public_key()]
    forged = fragment_of(certificate(), key=OTHER_KEY)
    with pytest.raises(compact.InvalidSummary, match="key"):
        compact.verify_summary(forged, public_keys=public)
    valid = fragment_of(certificate())
    for fragment in ["", "#", "not base64!", valid[:-4], valid + "AA", "AQ" + valid[2:]]:
        with pytest.raises(compact.InvalidSummary):
            compact.verify_summary(fragment, public_keys=public)


def test_the_same_data_with_another_name_does_not_verify():
    good = compact.summary_bytes(certificate(), key=KEY)
    other = compact.summary_bytes(certificate(name="Нурсулуу Өмүрбеков"), key=KEY)
    spliced = other[:-64] + good[-64:]  # the forger keeps a valid signature
    fragment = base64.urlsafe_b64encode(spliced).decode().rstrip("=")

    with pytest.raises(compact.InvalidSummary, match="signature"):
        compact.verify_summary(fragment, public_keys=[KEY.private_key.public_key()])


@pytest.mark.parametrize(
    "name, course",
    [
        # The longest a certificate stores: 200 and 255 characters.
        ("Абдурахмонова-Тоҷиддинова " * 8, "Психосоциальная поддержка и исцеление от травм " * 6),
        # Characters outside the one-byte table, the costliest to carry.
        ("李" * 200, "😀" * 255),
    ],
)
@pytest.mark.django_db
def test_the_longest_names_and_titles_keep_the_qr_at_version_15_or_below(settings, name, course):
    settings.SITE_URL = LONG_SITE
    value = certificate(name=name[:200], course_title=course[:255], hours=Decimal("9999.9"))
    url = certificate_qr_url(value)
    assert url.startswith(f"{LONG_SITE}/certificates/check/#")

    assert qr_version(url) <= 15
    summary = summary_verify(url.split("#")[1])
    assert summary.name.endswith("…") and summary.course.endswith("…")
    assert name.startswith(summary.name[:-1].rstrip()) or summary.name[:-1] in name
    assert summary.hours == Decimal("9999.9")


@pytest.mark.django_db
def test_the_qr_url_decodes_from_an_image_and_verifies_with_the_published_keys():
    value = certificate(name="Абдурахмонова Мухаббат Абдугаффаровна")
    url = certificate_qr_url(value)
    code = QrCodeWidget(url, barLevel="M").qr
    code.make()
    count = code.getModuleCount()
    pixels = bytes(0 if dark else 255 for row in code.modules for dark in row)
    # Four pixels a module, with the quiet zone of four modules a reader needs.
    image = PILImage.new("L", ((count + 8) * 4,) * 2, 255)
    image.paste(PILImage.frombytes("L", (count, count), pixels).resize((count * 4,) * 2), (16, 16))

    decoded = [result.text for result in zxingcpp.read_barcodes(image)]

    assert decoded == [url]
    assert url.startswith("http://testserver/certificates/check/#")
    summary = summary_verify(url.split("#", 1)[1])
    assert summary.name == "Абдурахмонова Мухаббат Абдугаффаровна"
