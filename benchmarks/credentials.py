"""Benchmarks of verifiable credentials (`make bench`), one JSON object per line.

credential_sign: Open Badges 3.0 credentials built and signed (eddsa-rdfc-2022) per second in one
process, as the issuing task does it; credential_verify: the same credentials verified per
second; qr_summary_sign: compact QR summaries signed per second. No database: the certificate
is an unsaved one with a long Cyrillic name and title.
"""

import json
import os
import sys
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNT = 200


def emit(name, value, unit, **extra):
    print(json.dumps({"name": name, "value": round(value, 1), "unit": unit, **extra}), flush=True)


def main():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")
    import django

    django.setup()
    from certificates.credentials import builder, compact, proofs
    from certificates.credentials.keys import signing_key
    from certificates.models import Certificate

    key = signing_key()
    certificate = Certificate(
        code="ABCD2345EFGH6789",
        name="Абдурахмонова Мухаббат Абдугаффаровна",
        course_title="Психосоциальная поддержка и исцеление от травм",
        language="ru",
        hours=Decimal("12.5"),
        completed_on=date(2026, 3, 12),
        issuer="Ассоциация социальных работников",
        issued_at=datetime(2026, 3, 12, 9, 30, tzinfo=UTC),
    )

    def document():
        return builder.certificate_credential(
            certificate,
            credential_id="https://learn.example.org/certificates/verify/X/credential.json",
            issuer_id="did:web:learn.example.org",
            issuer_url="https://learn.example.org",
            achievement_id="urn:uuid:077b72e4-ec75-4bf5-a0d4-3507e09d104b",
            salt="55af25349bd16a4f4339ad92f323feb0",
            status=builder.StatusEntry("https://learn.example.org/certificates/status/1.json", 7),
        )

    method = "did:web:learn.example.org#" + key.kid
    proofs.sign(document(), key=key, verification_method=method)  # warm the context cache
    started = time.perf_counter()
    signed = [proofs.sign(document(), key=key, verification_method=method) for _ in range(COUNT)]
    emit("credential_sign", COUNT / (time.perf_counter() - started), "credentials/s")

    public = key.private_key.public_key()
    started = time.perf_counter()
    for credential in signed:
        proofs.verify(credential, resolve_key=lambda _method: public)
    emit("credential_verify", COUNT / (time.perf_counter() - started), "credentials/s")
    emit("credential_size", len(json.dumps(signed[0], ensure_ascii=False).encode()), "bytes")

    started = time.perf_counter()
    for _ in range(COUNT * 10):
        compact.summary_fragment(certificate, key=key)
    emit("qr_summary_sign", COUNT * 10 / (time.perf_counter() - started), "summaries/s")


if __name__ == "__main__":
    main()
