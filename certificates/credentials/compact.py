"""The compact signed summary carried in the fragment of a certificate's QR URL, so that a phone
can check a printed certificate with no connection (the fragment never reaches a server).

    https://<site>/certificates/check/#<summary>

The check page verifies it in the browser: certificates/static/certificates/check.js mirrors
this module, and tests compare the two.

`<summary>` is base64url without padding (RFC 4648 §5) of these bytes, integers big-endian:

    offset  size  field
    0       1     format version: 1
    1       16    the code, 16 ASCII characters from the code alphabet (no dashes)
    17      5     key id: the first 5 bytes of SHA-256 of the issuer's 32-byte Ed25519 public key
    22      2     completion date: days since 1970-01-01
    24      4     hours × 10 (12.5 hours is 125)
    28      1     n, the length of the name in bytes, then n bytes: the name as printed
    29+n    1     m, the length of the course title in bytes, then m bytes: the course title
    30+n+m  64    Ed25519 signature of "lms-certificate-summary/1\\n" (ASCII) followed by every
                  byte above (offsets 0 to 29+n+m)

The name and the course are in the one-byte text encoding below, which takes one byte for each
Cyrillic, Kazakh, Kyrgyz, Tajik and Uzbek letter where UTF-8 takes two, so that long names and
titles still fit a QR code of version 15 at error correction M:

- 0x20–0x7E: that ASCII character;
- 0x80–0xFF: the character at position (byte − 0x80) of `TABLE`;
- 0x7F: the one character that follows, in UTF-8 (any character not covered above);
- anything else (0x00–0x1F) is invalid, and so is an escape of a character that has a byte of
  its own.

Text is NFC-normalised with runs of white space made one space. A name longer than 56 bytes or
a title longer than 96 bytes is cut at a character and ends in "…"; the signature covers the
text as it is carried, which is what the phone shows. To verify: decode base64url, find the
issuer's key whose SHA-256 starts with the key id (the DID document lists the keys), check the
signature over the prefix and bytes 0 to length − 65, then read the fields; refuse any other
version, trailing bytes or invalid text.
"""

import base64
import re
import struct
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from .keys import SigningKey, kid_bytes, public_key_bytes, verify_signature

VERSION = 1
DOMAIN = b"lms-certificate-summary/1\n"
NAME_MAX_BYTES = 56
COURSE_MAX_BYTES = 96
SIGNATURE_BYTES = 64
EPOCH = date(1970, 1, 1)
ELLIPSIS = "…"
CODE_PATTERN = re.compile(rb"[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{16}")

# 128 characters for the bytes 0x80–0xFF, in this order.
TABLE = (
    "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"  # U+0410–U+042F
    "абвгдежзийклмнопрстуфхцчшщъыьэюя"  # U+0430–U+044F
    "Ёё"
    "ӘәҒғҚқҢңӨөҰұҮүҺһІі"  # Kazakh, Kyrgyz
    "ӢӣӮӯҲҳҶҷ"  # Tajik
    "Ўў"  # Uzbek Cyrillic
    "ЄєЇїҐґ"  # Ukrainian
    "ʻʼ‘’"  # Uzbek Latin oʻ gʻ and apostrophes
    "«»“”„–—…№"
    "äöüçşğıİÄÖÜÇŞĞé"
)
_BYTE_OF = {char: 0x80 + position for position, char in enumerate(TABLE)}


class InvalidSummary(ValueError):
    """The summary is malformed, signed by no known key, or its signature does not match."""


@dataclass(frozen=True)
class Summary:
    code: str
    kid: bytes
    completed_on: date
    hours: Decimal
    name: str
    course: str


def clean_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(char) == "Cc" else char for char in text)
    return " ".join(text.split())


def _encode_char(char: str) -> bytes:
    if 0x20 <= ord(char) <= 0x7E:
        return char.encode("ascii")
    if char in _BYTE_OF:
        return bytes([_BYTE_OF[char]])
    return b"\x7f" + char.encode("utf-8")


def encode_text(text: str, max_bytes: int) -> bytes:
    """The text in the summary's encoding, cut to `max_bytes` with an ellipsis if longer."""
    parts = [_encode_char(char) for char in clean_text(text)]
    if sum(map(len, parts)) <= max_bytes:
        return b"".join(parts)
    budget = max_bytes - len(_encode_char(ELLIPSIS))
    kept = []
    for part in parts:
        if sum(map(len, kept)) + len(part) > budget:
            break
        kept.append(part)
    return (b"".join(kept).rstrip(b" ")) + _encode_char(ELLIPSIS)


def decode_text(data: bytes) -> str:
    chars = []
    position = 0
    while position < len(data):
        byte = data[position]
        if 0x20 <= byte <= 0x7E:
            chars.append(chr(byte))
            position += 1
        elif byte >= 0x80:
            chars.append(TABLE[byte - 0x80])
            position += 1
        elif byte == 0x7F and position + 1 < len(data):
            lead = data[position + 1]
            length = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4
            try:
                char = data[position + 1 : position + 1 + length].decode("utf-8")
            except UnicodeDecodeError as error:
                raise InvalidSummary("Invalid escaped character.") from error
            if len(char) != 1 or _encode_char(char) != b"\x7f" + char.encode("utf-8"):
                raise InvalidSummary("Invalid escaped character.")
            chars.append(char)
            position += 1 + length
        else:
            raise InvalidSummary("Invalid byte in text.")
    return "".join(chars)


def summary_bytes(certificate, *, key: SigningKey) -> bytes:
    """The signed summary of a certificate, as bytes."""
    name = encode_text(certificate.name, NAME_MAX_BYTES)
    course = encode_text(certificate.course_title, COURSE_MAX_BYTES)
    tenths = int(Decimal(str(certificate.hours)) * 10)
    body = (
        bytes([VERSION])
        + certificate.code.encode("ascii")
        + kid_bytes(key.public_bytes)
        + struct.pack(">HI", (certificate.completed_on - EPOCH).days, tenths)
        + bytes([len(name)])
        + name
        + bytes([len(course)])
        + course
    )
    return body + key.sign(DOMAIN + body)


def summary_fragment(certificate, *, key: SigningKey) -> str:
    return base64.urlsafe_b64encode(summary_bytes(certificate, key=key)).decode().rstrip("=")


def verify_summary(fragment: str, *, public_keys: list[Ed25519PublicKey]) -> Summary:
    """The summary a fragment carries, once its signature is checked against the one of
    `public_keys` its key id names. Raises InvalidSummary otherwise."""
    fragment = fragment.removeprefix("#")
    if not re.fullmatch(r"[A-Za-z0-9_-]+", fragment or ""):
        raise InvalidSummary("Not base64url.")
    try:
        data = base64.urlsafe_b64decode(fragment + "=" * (-len(fragment) % 4))
    except ValueError as error:
        raise InvalidSummary("Not base64url.") from error
    if len(data) < 30 + SIGNATURE_BYTES or data[0] != VERSION:
        raise InvalidSummary("Not a version 1 summary.")
    body, signature = data[:-SIGNATURE_BYTES], data[-SIGNATURE_BYTES:]
    kid = body[17:22]
    key = next(
        (key for key in public_keys if kid_bytes(public_key_bytes(key)) == kid),
        None,
    )
    if key is None:
        raise InvalidSummary("Signed with a key the issuer does not publish.")
    if not verify_signature(key, signature, DOMAIN + body):
        raise InvalidSummary("The signature does not match.")
    code = body[1:17]
    if not CODE_PATTERN.fullmatch(code):
        raise InvalidSummary("Invalid code.")
    days, tenths = struct.unpack(">HI", body[22:28])
    name_end = 29 + body[28]
    if name_end >= len(body):
        raise InvalidSummary("Truncated summary.")
    course_end = name_end + 1 + body[name_end]
    if course_end != len(body):
        raise InvalidSummary("Field lengths do not match the summary's length.")
    return Summary(
        code=code.decode("ascii"),
        kid=kid,
        completed_on=EPOCH + timedelta(days=days),
        hours=Decimal(tenths) / 10,
        name=decode_text(body[29:name_end]),
        course=decode_text(body[name_end + 1 : course_end]),
    )
