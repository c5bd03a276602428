"""Issuing and publishing verifiable credentials: the certificate's credential, the revocation
status list, the issuer's DID document. The certificate services call the three hooks
`credential_issue_if_configured`, `status_list_changed` and `printed_proofs`."""

import json
import logging
import secrets
import uuid

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.urls import reverse
from django.utils import timezone

from ..models import Certificate, CertificateCredential, CredentialKey, StatusList
from . import builder, compact, proofs
from .keys import (
    SigningKey,
    issuer_did,
    public_key_from_multibase,
    signing_key,
    verification_method_id,
)

logger = logging.getLogger(__name__)

# A certificate's bit is set once it no longer stands: revoked, or replaced by a newer one.
NOT_VALID = (Certificate.Status.REVOKED, Certificate.Status.REPLACED)


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def printed_base(certificate: Certificate) -> str:
    """The address printed on the certificate: the site's, or in development the host and port
    it was issued on (see lms/site_url.py)."""
    return certificate.site_url or settings.SITE_URL


def credential_url(certificate: Certificate) -> str:
    return absolute(reverse("certificates:credential", args=[certificate.display_code]))


def dumps(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2)


@transaction.atomic
def credential_key_record(key: SigningKey) -> CredentialKey:
    """The published record of a signing key, made on its first use. Refuses a key that was
    revoked: signing with it again needs a new key to be configured."""
    record, _ = CredentialKey.objects.get_or_create(
        kid=key.kid, defaults={"public_key_multibase": key.public_key_multibase}
    )
    if record.public_key_multibase != key.public_key_multibase:
        raise ImproperlyConfigured(f"Two signing keys share the key id {key.kid}.")
    if record.revoked_at is not None:
        raise ImproperlyConfigured(
            f"The configured signing key {key.kid} was revoked; configure a new one "
            "(manage.py credential_keys generate)."
        )
    return record


def _new_status_list() -> None:
    """Open the next status list; when another transaction opens it at the same moment, theirs
    is used."""
    number = (StatusList.objects.aggregate(last=Max("number"))["last"] or 0) + 1
    size = StatusList._meta.get_field("size").default
    try:
        with transaction.atomic():
            StatusList.objects.create(
                number=number,
                size=size,
                multiplier=secrets.randbelow(size // 2) * 2 + 1,
                offset=secrets.randbelow(size),
            )
    except IntegrityError:
        pass


@transaction.atomic
def status_entry_allocate() -> tuple[StatusList, int]:
    """A new, never used entry of a status list. Parallel callers wait for each other on the
    list's row, and the database refuses an entry given twice."""
    for _attempt in range(3):
        status_list = (
            StatusList.objects.select_for_update()
            .filter(allocated__lt=F("size"))
            .order_by("number")
            .first()
        )
        if status_list is not None:
            index = status_list.index_of(status_list.allocated)
            status_list.allocated += 1
            status_list.save(update_fields=["allocated"])
            return status_list, index
        _new_status_list()
    raise RuntimeError("Could not open a status list.")


def _achievement_id(certificate: Certificate, previous: dict | None) -> str:
    """The course as an achievement: the same id for every certificate of the course, in every
    language (the course's translation key), kept when a credential is signed again."""
    if previous:
        return previous["credentialSubject"]["achievement"]["id"]
    if certificate.enrolment_id is not None:
        return f"urn:uuid:{certificate.enrolment.course_key}"
    # The enrolment is gone: a stable id from the course title.
    name = absolute("/courses/" + certificate.course_title)
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}"


@transaction.atomic
def credential_issue(*, certificate: Certificate) -> CertificateCredential:
    """Build and sign the certificate's credential and keep it with the certificate; for a
    certificate that has one, sign it again (same status entry, same salt) with the current
    key. Refuses (ImproperlyConfigured) when no signing key is configured."""
    key = signing_key()
    certificate = (
        Certificate.objects.select_for_update(of=("self",))
        .select_related("enrolment")
        .get(pk=certificate.pk)
    )
    record = credential_key_record(key)
    existing = CertificateCredential.objects.filter(certificate=certificate).first()
    if certificate.withdrawn:
        # Withdrawn at the holder's request: its credential was erased and stays so.
        return existing
    previous = json.loads(existing.document) if existing else None
    if existing:
        status_list, index = existing.status_list, existing.status_index
    else:
        status_list, index = status_entry_allocate()
    salt = previous["credentialSubject"]["identifier"][0]["salt"] if previous else None
    document = builder.certificate_credential(
        certificate,
        credential_id=credential_url(certificate),
        issuer_id=issuer_did(),
        issuer_url=settings.SITE_URL,
        achievement_id=_achievement_id(certificate, previous),
        salt=salt or secrets.token_hex(16),
        status=builder.StatusEntry(absolute(status_list.get_absolute_url()), index),
    )
    signed = proofs.sign(document, key=key, verification_method=verification_method_id(key.kid))
    credential, _ = CertificateCredential.objects.update_or_create(
        certificate=certificate,
        defaults={
            "document": dumps(signed),
            "status_list": status_list,
            "status_index": index,
            "key": record,
            "signed_at": timezone.now(),
        },
    )
    if certificate.status in NOT_VALID:
        status_list_changed(certificate=certificate)
    return credential


def credential_issue_if_configured(*, certificate: Certificate) -> CertificateCredential | None:
    """The certificate's credential, issued now if it has none; None (and a warning in the log)
    when no signing key is configured: the PDF is then rendered without it, and
    `manage.py issue_credentials` issues it once a key is set."""
    existing = CertificateCredential.objects.filter(certificate=certificate).first()
    if existing is not None:
        return existing
    try:
        return credential_issue(certificate=certificate)
    except ImproperlyConfigured as error:
        logger.warning("Certificate %s has no credential yet: %s", certificate.pk, error)
        return None


def status_list_changed(*, certificate: Certificate) -> None:
    """The certificate's status changed: its status list is signed again when next asked for."""
    StatusList.objects.filter(entries__certificate=certificate).update(revision=F("revision") + 1)


def status_list_document(status_list: StatusList) -> str:
    """The status list as a signed BitstringStatusListCredential (JSON), made again when a
    certificate on it changed status since it was last signed."""
    if status_list.document and status_list.signed_revision == status_list.revision:
        return status_list.document
    with transaction.atomic():
        status_list = StatusList.objects.select_for_update().get(pk=status_list.pk)
        if status_list.document and status_list.signed_revision == status_list.revision:
            return status_list.document
        key = signing_key()
        credential_key_record(key)
        revoked = CertificateCredential.objects.filter(
            status_list=status_list, certificate__status__in=NOT_VALID
        ).values_list("status_index", flat=True)
        document = builder.status_list_credential(
            list_url=absolute(status_list.get_absolute_url()),
            issuer_id=issuer_did(),
            revoked_indexes=list(revoked),
            size=status_list.size,
        )
        signed = proofs.sign(document, key=key, verification_method=verification_method_id(key.kid))
        status_list.document = dumps(signed)
        status_list.signed_revision = status_list.revision
        status_list.save(update_fields=["document", "signed_revision"])
    return status_list.document


def published_keys() -> list[tuple[str, str]]:
    """(kid, publicKeyMultibase) of every key the DID document publishes: the configured
    signing key first, then every key used before and not revoked."""
    keys = []
    try:
        current = signing_key()
    except ImproperlyConfigured:
        current = None
    if current is not None:
        keys.append((current.kid, current.public_key_multibase))
    for record in CredentialKey.objects.filter(revoked_at__isnull=True).order_by("-first_used_at"):
        if current is None or record.kid != current.kid:
            keys.append((record.kid, record.public_key_multibase))
    return keys


def did_document() -> dict:
    """The issuer's did:web document, served at /.well-known/did.json."""
    did = issuer_did()
    methods = [
        {
            "id": f"{did}#{kid}",
            "type": "Multikey",
            "controller": did,
            "publicKeyMultibase": public_key,
        }
        for kid, public_key in published_keys()
    ]
    return {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": [method["id"] for method in methods],
    }


def credential_verify(document: dict) -> list[dict]:
    """Check a credential's proofs against the keys this site publishes for assertions, and
    that they are the issuer's. Raises proofs.ProofError."""
    issuer = document.get("issuer")
    issuer_id = issuer.get("id") if isinstance(issuer, dict) else issuer
    if issuer_id != issuer_did():
        raise proofs.ProofError("The credential was not issued by this site.")
    keys = {f"{issuer_id}#{kid}": value for kid, value in published_keys()}

    def resolve(method):
        return public_key_from_multibase(keys[method]) if method in keys else None

    return proofs.verify(document, resolve_key=resolve)


def certificate_qr_url(certificate: Certificate) -> str:
    """What the certificate's QR code encodes: the check page, with the compact signed summary
    in its fragment (see compact.py), which the page verifies on the phone, offline too.
    Raises ImproperlyConfigured when no signing key is configured, or it was revoked."""
    key = signing_key()
    credential_key_record(key)  # published in the DID document, and not revoked
    fragment = compact.summary_fragment(certificate, key=key)
    return f"{printed_base(certificate)}{reverse('certificates:check')}#{fragment}"


def printed_proofs(certificate: Certificate, credential: CertificateCredential | None):
    """(QR URL, credential JSON or None) for the certificate's PDF: the check page with the
    signed summary, or the plain verification URL when no signing key is configured; and the
    signed credential to embed in the PDF, when it has one."""
    try:
        qr_url = certificate_qr_url(certificate)
    except ImproperlyConfigured:
        qr_url = printed_base(certificate) + certificate.get_absolute_url()
    return qr_url, credential.document if credential is not None else None


def summary_verify(fragment: str) -> compact.Summary:
    """The summary in a QR URL's fragment, checked against the keys this site publishes."""
    keys = [public_key_from_multibase(value) for _kid, value in published_keys()]
    return compact.verify_summary(fragment, public_keys=keys)
