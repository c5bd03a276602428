"""The issuer's Ed25519 keys: formats, identifiers, and the signing key from the settings.

- A secret key is written as a Multikey `secretKeyMultibase`: "z" + base58-btc of the
  multicodec prefix 0x8026 and the 32-byte seed (the 64-byte seed-plus-public-key form of the
  1EdTech test vector is read too).
- A public key is a Multikey `publicKeyMultibase`: "z" + base58-btc of 0xed01 and the 32 bytes.
- A key's id (`kid`) is the first 5 bytes of the SHA-256 of its 32 public-key bytes in base32,
  lower case, without padding (8 characters). It is the fragment of the key in the issuer's DID
  document, and the compact QR summary carries the same 5 bytes.

The signing key comes from `CREDENTIAL_SIGNING_KEY` (the secret key itself) or from the file
`CREDENTIAL_SIGNING_KEY_FILE`. With `CREDENTIAL_SIGNING_KEY_CREATE` (development and tests) a
missing file is created with a new key; production refuses to sign without a key.
"""

import base64
import hashlib
import os
import secrets
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from urllib.parse import quote, urlsplit

import base58
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

SECRET_PREFIX = b"\x80\x26"  # multicodec ed25519-priv
PUBLIC_PREFIX = b"\xed\x01"  # multicodec ed25519-pub


class KeyFormatError(ValueError):
    """Not a key in the expected format."""


def public_key_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def kid_bytes(public_bytes: bytes) -> bytes:
    return hashlib.sha256(public_bytes).digest()[:5]


def kid_for(public_bytes: bytes) -> str:
    return base64.b32encode(kid_bytes(public_bytes)).decode("ascii").lower()


def multibase_encode(data: bytes) -> str:
    return "z" + base58.b58encode(data).decode("ascii")


def multibase_decode(value: str) -> bytes:
    if not isinstance(value, str) or not value.startswith("z") or len(value) < 2:
        raise KeyFormatError("Expected a base58-btc multibase value (starting with 'z').")
    try:
        return base58.b58decode(value[1:])
    except ValueError as error:
        raise KeyFormatError("Not base58-btc.") from error


def public_key_multibase(public_bytes: bytes) -> str:
    return multibase_encode(PUBLIC_PREFIX + public_bytes)


def public_key_from_multibase(value: str) -> Ed25519PublicKey:
    data = multibase_decode(value)
    if len(data) != 34 or not data.startswith(PUBLIC_PREFIX):
        raise KeyFormatError("Not an Ed25519 public key (0xed01 and 32 bytes).")
    return Ed25519PublicKey.from_public_bytes(data[2:])


def secret_key_from_multibase(value: str) -> Ed25519PrivateKey:
    data = multibase_decode(value.strip())
    if not data.startswith(SECRET_PREFIX) or len(data) not in (34, 66):
        raise KeyFormatError("Not an Ed25519 secret key (0x8026 and 32 or 64 bytes).")
    key = Ed25519PrivateKey.from_private_bytes(data[2:34])
    if len(data) == 66 and data[34:] != public_key_bytes(key.public_key()):
        raise KeyFormatError("The public half of the 64-byte secret key does not match its seed.")
    return key


def new_secret_key_multibase() -> str:
    """A new Ed25519 secret key, as secretKeyMultibase."""
    return multibase_encode(SECRET_PREFIX + secrets.token_bytes(32))


@dataclass(frozen=True)
class SigningKey:
    private_key: Ed25519PrivateKey

    @cached_property
    def public_bytes(self) -> bytes:
        return public_key_bytes(self.private_key.public_key())

    @property
    def kid(self) -> str:
        return kid_for(self.public_bytes)

    @property
    def public_key_multibase(self) -> str:
        return public_key_multibase(self.public_bytes)

    def sign(self, data: bytes) -> bytes:
        return self.private_key.sign(data)


def verify_signature(public_key: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        public_key.verify(signature, data)
    except InvalidSignature:
        return False
    return True


def issuer_did() -> str:
    """The issuer's did:web, from SITE_URL: its host (a port written %3A) and any path."""
    parts = urlsplit(settings.SITE_URL)
    did = "did:web:" + quote(parts.netloc, safe="")
    segments = [quote(segment, safe="") for segment in parts.path.split("/") if segment]
    return ":".join([did, *segments])


def verification_method_id(kid: str) -> str:
    return f"{issuer_did()}#{kid}"


def _create_key_file(path: Path) -> None:
    """Write a new key to `path`, readable by its owner only. Atomic: when another process
    creates the file at the same moment, its key is kept and ours is dropped."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as file:
        file.write(new_secret_key_multibase() + "\n")
    try:
        os.link(temporary, path)
    except FileExistsError:
        pass
    finally:
        temporary.unlink()


@lru_cache(maxsize=4)
def _load(value: str, file: str, create: bool) -> SigningKey:
    if value:
        source = "CREDENTIAL_SIGNING_KEY"
    elif file:
        path = Path(file).expanduser()
        if not path.exists() and create:
            _create_key_file(path)
        source = f"CREDENTIAL_SIGNING_KEY_FILE ({path})"
        try:
            value = path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as error:
            raise ImproperlyConfigured(f"Cannot read {source}: {error}") from error
    else:
        raise ImproperlyConfigured(
            "No key to sign credentials with: set CREDENTIAL_SIGNING_KEY_FILE to a file made by "
            "`manage.py credential_keys generate --file PATH`, or CREDENTIAL_SIGNING_KEY."
        )
    try:
        return SigningKey(secret_key_from_multibase(value))
    except KeyFormatError as error:
        raise ImproperlyConfigured(f"{source} does not hold an Ed25519 key: {error}") from error


def _settings() -> tuple[str, str, bool]:
    return (
        settings.CREDENTIAL_SIGNING_KEY,
        str(settings.CREDENTIAL_SIGNING_KEY_FILE or ""),
        settings.CREDENTIAL_SIGNING_KEY_CREATE,
    )


def signing_key() -> SigningKey:
    """The configured signing key, read once per process (a rotated key is used after a
    restart). Raises ImproperlyConfigured, with what to do, when there is none or it cannot be
    read."""
    return _load(*_settings())


def read_signing_key() -> SigningKey:
    """The configured signing key as it is now on disk (for the system checks)."""
    return _load.__wrapped__(*_settings())
