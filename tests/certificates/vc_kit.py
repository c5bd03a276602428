"""The reference kit for verifiable credentials (../shared/vc: the 1EdTech test vector, the two
JSON-LD contexts and the Open Badges 3.0 JSON Schema), and a verifier of our own that uses none
of the project's credential code: pyld and cryptography, with the contexts read from the kit.

It checks a credential the way an employer's system would: resolve the issuer's did:web
document over HTTP (here the Django test client), take the key the proof names from it, and
check the eddsa-rdfc-2022 signature; then fetch the status list the credential points to,
check its signature the same way, and read the credential's bit.
"""

import base64
import gzip
import hashlib
import json
import os
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import base58
import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pyld.context_resolver import ContextResolver
from pyld.jsonld import JsonLdError, JsonLdProcessor


def _find_kit() -> Path | None:
    if os.environ.get("VC_KIT"):
        return Path(os.environ["VC_KIT"])
    for parent in [*Path(__file__).resolve().parents, Path("/work")]:
        if (parent / "shared" / "vc" / "README.md").exists():
            return parent / "shared" / "vc"
    return None


KIT = _find_kit()


def kit_file(name: str) -> Path:
    """A file of the kit, found through VC_KIT, beside the repository (../shared/vc) or at
    /work/shared/vc. Without it the tests that need it are skipped, unless REQUIRE_VC_KIT=1
    makes that a failure."""
    if KIT is None or not (KIT / name).exists():
        if os.environ.get("REQUIRE_VC_KIT") == "1":
            pytest.fail(f"The verifiable-credentials kit (../shared/vc/{name}) is missing.")
        pytest.skip("needs ../shared/vc (the verifiable-credentials kit); set VC_KIT")
    return KIT / name


def test_vector() -> dict:
    """The test vector's signed credential, from the spec page fragment."""
    html = kit_file("obv3p0-linked-data-proof-test-vector.html").read_text()
    block = re.search(r'title="Signed credential">(.*?)</pre>', html, re.S).group(1)
    return json.loads(block)


test_vector.__test__ = False  # a helper, not a test

CONTEXT_FILES = {
    "https://www.w3.org/ns/credentials/v2": "credentials-v2-context.jsonld",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": "ob-context-3.0.3.json",
}


def _loader(url, options=None):
    if url not in CONTEXT_FILES:
        raise JsonLdError(f"no remote contexts: {url}", "jsonld.LoadDocumentError")
    document = json.loads(kit_file(CONTEXT_FILES[url]).read_text())
    return {"contextUrl": None, "documentUrl": url, "document": document}


class NotVerified(Exception):
    pass


def _dropped(term):
    raise NotVerified(f"unsigned term {term!r}")


def nquads(document: dict) -> str:
    """URDNA2015 canonical N-Quads; a term no context defines is refused, not left out."""
    options = {"documentLoader": _loader, "contextResolver": ContextResolver({}, _loader)}
    processor = JsonLdProcessor(on_property_dropped=_dropped)
    try:
        expanded = processor.expand(document, {**options, "base": None})
        return processor.normalize(
            expanded, {**options, "algorithm": "URDNA2015", "format": "application/n-quads"}
        )
    except JsonLdError as error:
        raise NotVerified(str(error)) from error


def resolve_did_web(client, did: str) -> dict:
    """Fetch the did:web document through the test client (did:web:host → /.well-known/did.json)."""
    assert did.startswith("did:web:")
    host, *path = did.removeprefix("did:web:").split(":")
    url = "/" + "/".join(unquote(part) for part in path) + "/did.json" if path else None
    response = client.get(url or "/.well-known/did.json", HTTP_HOST=unquote(host))
    assert response.status_code == 200, response.content
    document = response.json()
    assert document["id"] == did
    return document


def _public_key(did_document: dict, method_id: str) -> Ed25519PublicKey:
    if method_id not in did_document.get("assertionMethod", []):
        raise NotVerified(f"{method_id} is not an assertion method of the issuer")
    for method in did_document["verificationMethod"]:
        if method["id"] == method_id:
            if method["controller"] != did_document["id"] or method["type"] != "Multikey":
                raise NotVerified("the key is not the issuer's")
            raw = base58.b58decode(method["publicKeyMultibase"][1:])
            assert method["publicKeyMultibase"][0] == "z" and raw[:2] == b"\xed\x01"
            return Ed25519PublicKey.from_public_bytes(raw[2:])
    raise NotVerified(f"{method_id} is not in the DID document")


def verify(document: dict, did_document: dict) -> None:
    """Raise NotVerified unless every proof of the document is a valid eddsa-rdfc-2022
    signature by an assertion key of the issuer."""
    try:
        _verify(document, did_document)
    except (KeyError, TypeError, AttributeError) as error:
        raise NotVerified(f"malformed: {error!r}") from error


def _verify(document: dict, did_document: dict) -> None:
    issuer = (
        document["issuer"]["id"] if isinstance(document["issuer"], dict) else document["issuer"]
    )
    if issuer != did_document["id"]:
        raise NotVerified("issued by someone else")
    proofs = document.get("proof")
    if not isinstance(proofs, list) or not proofs:
        raise NotVerified("no proof array")
    unsigned = {key: value for key, value in document.items() if key != "proof"}
    for proof in proofs:
        if (proof.get("type"), proof.get("cryptosuite")) != (
            "DataIntegrityProof",
            "eddsa-rdfc-2022",
        ):
            raise NotVerified("not eddsa-rdfc-2022")
        if proof.get("proofPurpose") != "assertionMethod":
            raise NotVerified("not an assertion")
        options = {key: value for key, value in proof.items() if key != "proofValue"}
        options["@context"] = document["@context"]
        data = (
            hashlib.sha256(nquads(options).encode()).digest()
            + hashlib.sha256(nquads(unsigned).encode()).digest()
        )
        value = proof.get("proofValue", "")
        if not value.startswith("z"):
            raise NotVerified("proofValue is not base58-btc")
        try:
            _public_key(did_document, proof["verificationMethod"]).verify(
                base58.b58decode(value[1:]), data
            )
        except (InvalidSignature, ValueError) as error:
            raise NotVerified("bad signature") from error


def local_path(url: str) -> str:
    return urlsplit(url).path


def status_bit(client, credential: dict, did_document: dict) -> bool:
    """Fetch the credential's status list, verify it, and read the credential's bit."""
    entry = credential["credentialStatus"]
    assert entry["type"] == "BitstringStatusListEntry" and entry["statusPurpose"] == "revocation"
    response = client.get(local_path(entry["statusListCredential"]))
    assert response.status_code == 200
    status_list = response.json()
    verify(status_list, did_document)
    assert status_list["id"] == entry["statusListCredential"]
    subject = status_list["credentialSubject"]
    assert subject["type"] == "BitstringStatusList" and subject["statusPurpose"] == "revocation"
    encoded = subject["encodedList"]
    assert encoded[0] == "u"
    data = encoded[1:]
    bits = gzip.decompress(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))
    assert len(bits) * 8 >= 131_072
    index = int(entry["statusListIndex"])
    return bool(bits[index // 8] & (0x80 >> (index % 8)))
