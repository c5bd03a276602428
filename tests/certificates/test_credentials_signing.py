"""eddsa-rdfc-2022 signing against the official 1EdTech Open Badges 3.0 test vector, byte for
byte, and the JSON-LD rules that keep a signature honest (no fetching, nothing unsigned)."""

import hashlib

import pytest

from certificates.credentials import jsonld, proofs
from certificates.credentials.keys import (
    KeyFormatError,
    SigningKey,
    public_key_from_multibase,
    secret_key_from_multibase,
)
from tests.certificates.vc_kit import kit_file, test_vector

# From the test vector page: the 64-byte "private key" (seed, then public key) and the
# Multikey values it prints.
SECRET = (
    "zrv2bqTbNwCTsRrHFcJCPjVAduh4Ezcnoq1A3ZxH1GWTNkxipLVuaAoMFmze2gFN9oNXfJjufxSHWVZzsJiUsMHFMcx"
)
PUBLIC = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"
PUBLIC_HEX = "4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5"
SEED_HEX = "6241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4"


@pytest.fixture
def vector():
    signed = test_vector()
    proof = signed.pop("proof")
    return signed, proof


def test_the_key_pair_reads_as_the_vector_prints_it():
    key = SigningKey(secret_key_from_multibase(SECRET))
    assert key.public_bytes.hex() == PUBLIC_HEX
    assert key.public_key_multibase == PUBLIC
    assert key.private_key.private_bytes_raw().hex() == SEED_HEX


def test_canonical_document_and_proof_options_match_the_vector_byte_for_byte(vector):
    credential, proof = vector

    document, options = proofs.canonical_forms(credential, proof)

    assert document.encode() == kit_file("obv3p0-document-canon.txt").read_bytes()
    assert options.encode() == kit_file("obv3p0-proof-canon.txt").read_bytes()
    assert document.count("\n") == 16 and options.count("\n") == 5
    assert hashlib.sha256(document.encode()).hexdigest() == (
        "87f65a76d40146205e3b3e06cb0fbd153f97f9ce70372390f52566bb7f9e0773"
    )
    assert hashlib.sha256(options.encode()).hexdigest() == (
        "d34009cea0dbc1ca941e09dc01c8c9d3e3ce3c5b853f67ee44698dcea10f5d19"
    )


def test_signing_the_vector_gives_its_proof_value(vector):
    credential, proof = vector
    key = SigningKey(secret_key_from_multibase(SECRET))

    signed = proofs.sign(
        credential,
        key=key,
        verification_method=proof["verificationMethod"],
        created=proof["created"],
    )

    assert signed["proof"] == [proof]  # an array holding exactly the vector's proof
    assert proof["proofValue"] == (
        "z5x9aCBYovW3CQCbKdNyhEm7ffYSw1YpEdPywQJoNbzDD2gkzQDKJ1sYKJaWvqZtkMtSbz35HcbgXVEDYHxCzgkCr"
    )
    assert {key: value for key, value in signed.items() if key != "proof"} == credential


def test_the_vector_verifies_and_a_changed_one_does_not(vector):
    credential, proof = vector
    public_key = public_key_from_multibase(PUBLIC)

    def resolve(method):
        return public_key if method == proof["verificationMethod"] else None

    proofs.verify({**credential, "proof": proof}, resolve_key=resolve)
    with pytest.raises(proofs.ProofError, match="signature"):
        proofs.verify(
            {**credential, "name": "Teamwork Badge!", "proof": [proof]}, resolve_key=resolve
        )
    with pytest.raises(proofs.ProofError, match="verification method"):
        proofs.verify({**credential, "proof": [proof]}, resolve_key=lambda method: None)
    with pytest.raises(proofs.ProofError, match="no proof"):
        proofs.verify(credential, resolve_key=resolve)


def test_the_shipped_contexts_are_the_kit_s_unchanged():
    for url, path in jsonld.CONTEXT_FILES.items():
        kit_name = {
            jsonld.VC_V2_CONTEXT: "credentials-v2-context.jsonld",
            jsonld.OB_V3_CONTEXT: "ob-context-3.0.3.json",
        }[url]
        assert path.read_bytes() == kit_file(kit_name).read_bytes()


def test_the_document_loader_never_fetches(vector):
    credential, _ = vector
    with pytest.raises(jsonld.CanonicalisationError, match="Refusing to load"):
        jsonld.canonicalize(
            {**credential, "@context": [*credential["@context"], "https://x.org/c"]}
        )


@pytest.mark.parametrize(
    "change",
    [
        {"unknownTerm": "not in any context"},
        {"id": "relative/3527"},
        {"type": ["VerifiableCredential", "OpenBadgeCredential", "MadeUpType"]},
    ],
)
def test_a_term_or_identifier_that_would_go_unsigned_is_refused(vector, change):
    credential, _ = vector
    with pytest.raises(jsonld.CanonicalisationError):
        jsonld.canonicalize({**credential, **change})


def test_malformed_keys_are_refused():
    for value in ["", "z", "zzzz", PUBLIC, "u" + SECRET[1:], SECRET[:-3]]:
        with pytest.raises(KeyFormatError):
            secret_key_from_multibase(value)
    with pytest.raises(KeyFormatError):
        public_key_from_multibase(SECRET)
