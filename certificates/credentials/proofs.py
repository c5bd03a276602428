"""Data Integrity proofs with the cryptosuite eddsa-rdfc-2022 (W3C "Data Integrity EdDSA
Cryptosuites v1.0"): RDFC-1.0 canonicalisation, SHA-256, Ed25519.

To sign: canonicalise the document without its proof, and the proof options (the proof
without `proofValue`, with the document's `@context`); hash both with SHA-256; sign the proof
options' hash followed by the document's hash; `proofValue` is the signature in multibase
base58-btc. Verifying repeats this and checks the signature. The `proof` is always an array
(the Open Badges 3.0 JSON Schema requires one).
"""

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from .jsonld import CanonicalisationError, canonicalize
from .keys import KeyFormatError, SigningKey, multibase_decode, multibase_encode, verify_signature

CRYPTOSUITE = "eddsa-rdfc-2022"
PROOF_TYPE = "DataIntegrityProof"
ASSERTION = "assertionMethod"


class ProofError(ValueError):
    """The document's proof does not verify; the message says why."""


def timestamp(moment: datetime | None = None) -> str:
    """An XML Schema dateTime in UTC, to the second: 2026-03-12T08:15:30Z."""
    moment = (moment or datetime.now(UTC)).astimezone(UTC)
    return moment.replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def proof_options(*, verification_method: str, created: str) -> dict:
    return {
        "type": PROOF_TYPE,
        "created": created,
        "verificationMethod": verification_method,
        "cryptosuite": CRYPTOSUITE,
        "proofPurpose": ASSERTION,
    }


def canonical_forms(document: dict, options: dict) -> tuple[str, str]:
    """The canonical N-Quads of the unsigned document and of the proof options."""
    unsigned = {key: value for key, value in document.items() if key != "proof"}
    options = {key: value for key, value in options.items() if key != "proofValue"}
    return canonicalize(unsigned), canonicalize({**options, "@context": document["@context"]})


def hash_data(document: dict, options: dict) -> bytes:
    """What is signed: SHA-256 of the canonical proof options, then of the canonical document."""
    canonical_document, canonical_options = canonical_forms(document, options)
    return (
        hashlib.sha256(canonical_options.encode("utf-8")).digest()
        + hashlib.sha256(canonical_document.encode("utf-8")).digest()
    )


def proof_value(document: dict, options: dict, key: SigningKey) -> str:
    return multibase_encode(key.sign(hash_data(document, options)))


def sign(
    document: dict, *, key: SigningKey, verification_method: str, created: str | None = None
) -> dict:
    """The document with a proof by `key` in its `proof` array (replacing any proof before)."""
    options = proof_options(verification_method=verification_method, created=created or timestamp())
    unsigned = {key_: value for key_, value in document.items() if key_ != "proof"}
    return {**unsigned, "proof": [{**options, "proofValue": proof_value(unsigned, options, key)}]}


def verify(document: dict, *, resolve_key: Callable[[str], Ed25519PublicKey | None]) -> list[dict]:
    """Check every proof of the document; return them. `resolve_key` gives the public key of a
    verification method the issuer lists for assertions, or None. Raises ProofError for a
    document with no proof, a proof of another kind, an unknown key or a bad signature."""
    proofs = document.get("proof")
    if isinstance(proofs, dict):
        proofs = [proofs]
    if not proofs or not isinstance(proofs, list):
        raise ProofError("The document has no proof.")
    for proof in proofs:
        if not isinstance(proof, dict):
            raise ProofError("A proof is not an object.")
        if proof.get("type") != PROOF_TYPE or proof.get("cryptosuite") != CRYPTOSUITE:
            raise ProofError("Only DataIntegrityProof with eddsa-rdfc-2022 is accepted.")
        if proof.get("proofPurpose") != ASSERTION:
            raise ProofError("The proof is not for assertions.")
        public_key = resolve_key(proof.get("verificationMethod"))
        if public_key is None:
            raise ProofError("The proof's verification method is not one of the issuer's keys.")
        try:
            signature = multibase_decode(proof.get("proofValue"))
            data = hash_data(document, proof)
        except (KeyFormatError, CanonicalisationError) as error:
            raise ProofError(str(error)) from error
        if not verify_signature(public_key, signature, data):
            raise ProofError("The signature does not match the document.")
    return proofs
