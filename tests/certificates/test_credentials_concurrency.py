"""Status list entries and revocations under parallel requests: on PostgreSQL (DATABASE_URL),
skipped on SQLite."""

import json
import threading

import pytest
from django.core.cache import caches
from django.db import connection

from certificates.credentials import bitstring
from certificates.credentials.services import credential_issue, status_list_document
from certificates.models import CertificateCredential, StatusList
from certificates.services import certificate_revoke
from tests.certificates.credential_helpers import issued, make_certificate

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

THREADS = 8


def run_in_parallel(functions):
    """Call each function in its own thread, all released at the same moment; the errors."""
    barrier = threading.Barrier(len(functions))
    errors = []

    def worker(function):
        try:
            barrier.wait()
            function()
        except Exception as error:  # noqa: BLE001 - collected and asserted on below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(function,)) for function in functions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_parallel_issues_get_distinct_entries_of_one_new_list():
    certificates = [make_certificate() for _ in range(THREADS)]

    errors = run_in_parallel(
        [lambda c=certificate: credential_issue(certificate=c) for certificate in certificates]
    )

    assert errors == []
    assert StatusList.objects.count() == 1
    indexes = set(CertificateCredential.objects.values_list("status_index", flat=True))
    assert len(indexes) == THREADS
    assert StatusList.objects.get().allocated == THREADS
    for credential in CertificateCredential.objects.all():
        entry = json.loads(credential.document)["credentialStatus"]
        assert entry["statusListIndex"] == str(credential.status_index)


def test_parallel_revocations_all_show_in_the_signed_list():
    certificates = [issued()[0] for _ in range(THREADS)]
    status_list = StatusList.objects.get()
    status_list_document(status_list)  # signed once before, so each revocation must show

    functions = [
        lambda c=certificate: certificate_revoke(certificate=c, reason="Test")
        for certificate in certificates
    ]
    functions.append(
        lambda: status_list_document(StatusList.objects.get())
    )  # a verifier asks meanwhile
    errors = run_in_parallel(functions)

    assert errors == []
    caches["pages"].clear()
    document = json.loads(status_list_document(StatusList.objects.get()))
    bits = bitstring.decode(document["credentialSubject"]["encodedList"])
    for certificate in certificates:
        assert bitstring.bit(bits, certificate.credential.status_index)
