"""Every certificate is also a signed Open Badges 3.0 credential: what it holds, that an
independent verifier accepts it with the published DID document, that revocation shows in the
signed status list, and where people get it."""

import copy
import json
from decimal import Decimal

import jsonschema
import pytest
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.urls import reverse

from certificates.credentials import builder
from certificates.credentials.keys import issuer_did, new_secret_key_multibase
from certificates.credentials.services import credential_issue, credential_verify
from certificates.models import Certificate, CertificateCredential, CredentialKey, StatusList
from certificates.services import certificate_revoke
from courses.services import certificate_reissue, enrolment_create, lesson_mark_complete
from tests.certificates.credential_helpers import NAME, issued, make_certificate
from tests.certificates.vc_kit import (
    NotVerified,
    kit_file,
    local_path,
    resolve_did_web,
    status_bit,
    verify,
)
from tests.factories import lessons_of, make_course, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_caches():
    # Lookups are rate-limited and the public documents are kept in the page cache: start
    # every test with neither.
    for alias in ("default", "pages"):
        caches[alias].clear()


def schema_validator():
    schema = json.loads(kit_file("ob_v3p0_achievementcredential_schema.json").read_text())
    return jsonschema.Draft201909Validator(
        schema, format_checker=jsonschema.Draft201909Validator.FORMAT_CHECKER
    )


def test_completing_a_course_issues_the_certificate_and_its_credential(
    client, django_capture_on_commit_callbacks
):
    course = make_course(modules=1, lessons_per_module=1, title="Case management")
    learner = make_user(full_name=NAME)
    enrolment = enrolment_create(user=learner, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        lesson_mark_complete(user=learner, lesson=lessons_of(course)[0], course=course)

    certificate = Certificate.objects.get(user=learner)
    document = json.loads(certificate.credential.document)
    assert document["credentialSubject"]["achievement"]["name"] == "Case management"
    assert document["credentialSubject"]["achievement"]["id"] == f"urn:uuid:{enrolment.course_key}"
    verify(document, resolve_did_web(client, document["issuer"]["id"]))


def test_the_credential_validates_against_the_open_badges_3_schema():
    _, document = issued()

    errors = [error.message for error in schema_validator().iter_errors(document)]

    assert errors == []
    assert document["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert isinstance(document["proof"], list) and len(document["proof"]) == 1


def test_an_independent_verifier_accepts_it_with_the_published_did_document(client):
    certificate, document = issued()

    did_document = resolve_did_web(client, document["issuer"]["id"])
    verify(document, did_document)

    assert document["issuer"]["id"] == "did:web:testserver"
    assert document["proof"][0]["verificationMethod"] in did_document["assertionMethod"]
    assert status_bit(client, document, did_document) is False
    # Our own verifier agrees.
    credential_verify(document)


def _paths(node, path=()):
    """The path of every value (leaves and containers) in a JSON document."""
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*path, index))


def _changed(value):
    if isinstance(value, bool):
        return not value
    if isinstance(value, str):
        return value + "0"
    return None


def test_changing_or_removing_any_field_breaks_verification(client):
    _, document = issued()
    did_document = resolve_did_web(client, document["issuer"]["id"])
    changes = 0

    for path in _paths(document):
        if not path or path[-1] == "proofValue":
            continue
        *parents, last = path
        for action in ("change", "remove"):
            tampered = copy.deepcopy(document)
            container = tampered
            for step in parents:
                container = container[step]
            if action == "change":
                new = _changed(container[last])
                if new is None:
                    continue
                container[last] = new
            elif isinstance(container, dict):
                del container[last]
            else:
                continue
            changes += 1
            with pytest.raises(NotVerified):
                verify(tampered, did_document)

    assert changes > 60
    with pytest.raises(NotVerified):  # a field added that no context defines is not signed
        verify({**document, "grade": "A"}, did_document)


def test_the_credential_holds_what_the_page_shows_and_no_email_account_or_score():
    learner = make_user("nursuluu_account", full_name=NAME, email="nursuluu.private@mail.kg")
    certificate, document = issued(user=learner, score=Decimal("87.35"))
    text = json.dumps(document, ensure_ascii=False)

    assert "@" not in text.replace('"@context"', "") and "mail.kg" not in text
    assert "nursuluu" not in text and "87.35" not in text and "score" not in text.lower()
    assert NAME not in text  # the name only as its salted hash
    identity = document["credentialSubject"]["identifier"][0]
    assert identity["identityType"] == "name" and identity["hashed"] is True
    assert identity["identityHash"] == builder.identity_hash(NAME, identity["salt"])
    assert len(identity["salt"]) == 32
    achievement = document["credentialSubject"]["achievement"]
    assert achievement["name"] == certificate.course_title
    assert achievement["inLanguage"] == "ru"
    assert document["credentialSubject"]["result"][0]["value"] == "12.5"
    assert document["issuer"]["name"] == certificate.issuer
    assert document["id"].endswith(
        f"/certificates/verify/{certificate.display_code}/credential.json"
    )
    assert "12,5" in document["description"] and "2026" in document["description"]


def test_revoking_sets_the_bit_in_the_signed_list_and_page_json_and_list_agree(client):
    certificate, document = issued()
    other, other_document = issued()
    did_document = resolve_did_web(client, document["issuer"]["id"])
    code = certificate.display_code

    def statuses():
        caches["pages"].clear()  # what a verifier sees once its cached copy expires
        page = client.get(reverse("certificates:verify", args=[code]))
        data = client.get(reverse("certificates:verify_json", args=[code])).json()
        return page.content.decode(), data["status"], status_bit(client, document, did_document)

    page, status, bit = statuses()
    assert ("This certificate is valid." in page, status, bit) == (True, "valid", False)

    certificate_revoke(certificate=certificate, reason="Issued by mistake")

    page, status, bit = statuses()
    assert ("was revoked on" in page, status, bit) == (True, "revoked", True)
    assert status_bit(client, other_document, did_document) is False
    # The credential itself is unchanged: it is the list that says it no longer stands.
    assert client.get(local_path(document["id"])).json() == document


def test_a_replaced_certificate_s_bit_is_set_and_its_successor_gets_a_new_credential(client):
    certificate, document = issued()

    new = certificate_reissue(certificate=certificate)
    credential_issue(certificate=new)  # the task the reissue queues after its commit

    did_document = resolve_did_web(client, document["issuer"]["id"])
    new_document = json.loads(CertificateCredential.objects.get(certificate=new).document)
    assert status_bit(client, document, did_document) is True
    assert status_bit(client, new_document, did_document) is False
    verify(new_document, did_document)
    assert new_document["credentialStatus"]["id"] != document["credentialStatus"]["id"]
    old_salt = document["credentialSubject"]["identifier"][0]["salt"]
    assert new_document["credentialSubject"]["identifier"][0]["salt"] != old_salt


def test_signing_again_keeps_the_status_entry_and_the_salt(client):
    certificate, document = issued()

    again = json.loads(credential_issue(certificate=certificate).document)

    assert again["credentialStatus"] == document["credentialStatus"]
    assert again["credentialSubject"] == document["credentialSubject"]
    assert CertificateCredential.objects.count() == 1


def test_status_entries_are_unique_and_not_in_issue_order():
    indexes = [issued()[0].credential.status_index for _ in range(6)]

    assert len(set(indexes)) == 6
    assert indexes != sorted(indexes) or indexes[0] > 6  # a permutation, not 0, 1, 2, …
    status_list = StatusList.objects.get()
    assert status_list.allocated == 6 and status_list.multiplier % 2 == 1


def test_a_full_status_list_makes_way_for_a_new_one():
    first = issued()[0].credential.status_list
    StatusList.objects.filter(pk=first.pk).update(allocated=first.size)

    credential = issued()[0].credential

    assert credential.status_list.number == 2
    assert StatusList.objects.count() == 2


def test_credential_json_is_served_and_linked_from_the_verification_page(
    client, django_assert_num_queries
):
    certificate, document = issued()
    url = reverse("certificates:credential", args=[certificate.display_code])

    with django_assert_num_queries(1):
        response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    assert response.json() == document
    assert client.get(url.lower()).status_code == 200  # codes in any case, like the page

    # The certificate, and the header's catalogue and guide hub (then kept in the "pages"
    # cache).
    with django_assert_num_queries(2):
        page = client.get(certificate.get_absolute_url())
    content = page.content.decode()
    assert f'<link rel="alternate" type="application/ld+json" href="{url}"' in content
    assert f'href="{url}" type="application/ld+json" download=' in content
    assert "Download the verifiable credential" in content


@pytest.mark.parametrize("code", ["AAAA", "not-a-code", "ABCD-EFGH-JKMN-PQR0", "x" * 64])
def test_unknown_or_malformed_codes_get_a_json_404(client, code):
    response = client.get(reverse("certificates:credential", args=[code]))

    assert response.status_code == 404
    assert response.json() == {"error": "not_found", "status": "not_found"}


def test_a_certificate_whose_credential_is_not_issued_yet_says_so(client):
    certificate = make_certificate(status=Certificate.Status.PENDING)

    response = client.get(reverse("certificates:credential", args=[certificate.code]))
    page = client.get(certificate.get_absolute_url()).content.decode()

    assert response.status_code == 404 and response.json()["error"] == "not_ready"
    assert "application/ld+json" not in page


def test_credential_lookups_are_rate_limited_per_client(client):
    url = reverse("certificates:credential", args=["ABCD2345EFGH6789"])

    statuses = [client.get(url).status_code for _ in range(35)]

    assert statuses[0] == 404 and statuses[-1] == 429
    assert client.get(url, REMOTE_ADDR="10.9.9.9").status_code == 404


def test_did_document_status_list_and_their_query_counts(client, django_assert_num_queries):
    certificate, document = issued()
    status_url = local_path(document["credentialStatus"]["statusListCredential"])

    with django_assert_num_queries(1):
        did = client.get("/.well-known/did.json")
    assert did.status_code == 200 and did["Content-Type"] == "application/did+json"
    assert did["Cache-Control"] == "public, max-age=300"
    client.get(status_url)  # signs the list once
    caches["pages"].clear()
    with django_assert_num_queries(1):
        response = client.get(status_url)
    assert response["Cache-Control"] == "public, max-age=60"
    assert response.json()["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert client.get("/certificates/status/99.json").json() == {"error": "not_found"}
    assert client.get("/certificates/status/99999999999999999999.json").status_code == 404
    assert client.post(status_url).status_code == 405


def test_the_issuer_did_follows_site_url(settings):
    settings.SITE_URL = "http://127.0.0.1:8000"
    assert issuer_did() == "did:web:127.0.0.1%3A8000"
    settings.SITE_URL = "https://learn.example.org"
    assert issuer_did() == "did:web:learn.example.org"


def test_after_rotation_old_credentials_still_verify_until_their_key_is_revoked(client, settings):
    _, old = issued()
    old_kid = CredentialKey.objects.get().kid
    settings.CREDENTIAL_SIGNING_KEY = new_secret_key_multibase()  # the new key in production
    certificate, new = issued()

    did_document = resolve_did_web(client, "did:web:testserver")
    assert len(did_document["verificationMethod"]) == 2
    assert did_document["verificationMethod"][0]["id"] == new["proof"][0]["verificationMethod"]
    verify(old, did_document)
    verify(new, did_document)

    call_command("credential_keys", "revoke", old_kid)
    caches["pages"].clear()
    did_document = resolve_did_web(client, "did:web:testserver")
    with pytest.raises(NotVerified):
        verify(old, did_document)

    call_command("issue_credentials", "--all")
    for credential in CertificateCredential.objects.all():
        verify(json.loads(credential.document), did_document)


def test_a_revoked_key_is_not_used_to_sign_again(settings):
    issued()
    CredentialKey.objects.update(revoked_at="2026-01-01T00:00Z")

    with pytest.raises(ImproperlyConfigured, match="was revoked"):
        issued()


def test_without_a_key_certificates_are_still_issued_and_credentials_follow_later(
    client, settings, django_capture_on_commit_callbacks
):
    key = settings.CREDENTIAL_SIGNING_KEY
    settings.CREDENTIAL_SIGNING_KEY = ""
    settings.CREDENTIAL_SIGNING_KEY_FILE = ""
    course = make_course(modules=1, lessons_per_module=1)
    learner = make_user()
    enrolment_create(user=learner, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        lesson_mark_complete(user=learner, lesson=lessons_of(course)[0], course=course)
    certificate = Certificate.objects.get(user=learner)
    assert certificate.status == Certificate.Status.VALID
    assert not CertificateCredential.objects.exists()
    with pytest.raises(ImproperlyConfigured, match="No key to sign credentials"):
        credential_issue(certificate=certificate)

    settings.CREDENTIAL_SIGNING_KEY = key
    call_command("issue_credentials")

    response = client.get(reverse("certificates:credential", args=[certificate.code]))
    assert response.status_code == 200
