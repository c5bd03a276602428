"""The unsigned documents: a certificate's OpenBadgeCredential and a status list credential.

Pure functions of what they are given; the services decide identifiers and sign.

A certificate's credential says what its verification page says, and no more: the course, its
hours, the completion date, the issuer, the code (in the credential's id) and its status. The
recipient is named the way Open Badges 3.0 intends when there is no DID for them: a hashed
IdentityObject, here the SHA-256 of the name as printed followed by a random salt. No email,
account or score is in it.
"""

import hashlib
import uuid
from dataclasses import dataclass
from decimal import Decimal

from django.utils import formats, translation
from django.utils.translation import gettext as _

from .bitstring import encode
from .jsonld import OB_V3_CONTEXT, VC_V2_CONTEXT
from .proofs import timestamp

REVOCATION = "revocation"
# Open Badges 3.0 lets a result description's type be extended with "ext:" names.
HOURS_RESULT_TYPE = "ext:LearningHours"


@dataclass(frozen=True)
class StatusEntry:
    list_url: str
    index: int

    def as_json(self) -> dict:
        return {
            "id": f"{self.list_url}#{self.index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": REVOCATION,
            "statusListIndex": str(self.index),
            "statusListCredential": self.list_url,
        }


def hours_value(hours) -> str:
    """Hours as a plain decimal without trailing zeros: 6, 12.5."""
    text = f"{Decimal(str(hours)):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def identity_hash(name: str, salt: str) -> str:
    return "sha256$" + hashlib.sha256((name + salt).encode("utf-8")).hexdigest()


def hours_result_description_id(achievement_id: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, achievement_id + '#hours')}"


def certificate_credential(
    certificate,
    *,
    credential_id: str,
    issuer_id: str,
    issuer_url: str,
    achievement_id: str,
    salt: str,
    status: StatusEntry,
) -> dict:
    """The OpenBadgeCredential of a certificate, from its snapshot, worded in the language the
    certificate was issued in."""
    hours = hours_value(certificate.hours)
    result_description_id = hours_result_description_id(achievement_id)
    with translation.override(certificate.language):
        local_hours = formats.number_format(Decimal(hours))
        words = {
            "course": certificate.course_title,
            "hours": local_hours,
            "date": formats.date_format(certificate.completed_on, "DATE_FORMAT"),
        }
        name = _("Certificate: %(course)s") % words
        description = _("Completed the course “%(course)s” (%(hours)s hours) on %(date)s.") % words
        achievement_description = _("The course “%(course)s”, %(hours)s hours.") % words
        narrative = _(
            "Complete every lesson of the course and pass its required assessments, or attend "
            "the whole in-person training, as recorded by its organisers."
        )
        hours_name = _("Learning hours")
    return {
        "@context": [VC_V2_CONTEXT, OB_V3_CONTEXT],
        "id": credential_id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {
            "id": issuer_id,
            "type": ["Profile"],
            "name": certificate.issuer,
            "url": issuer_url,
        },
        "validFrom": timestamp(certificate.issued_at),
        "name": name,
        "description": description,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": True,
                    "identityHash": identity_hash(certificate.name, salt),
                    "salt": salt,
                }
            ],
            "achievement": {
                "id": achievement_id,
                "type": ["Achievement"],
                "achievementType": "CertificateOfCompletion",
                "name": certificate.course_title,
                "description": achievement_description,
                "criteria": {"narrative": narrative},
                "inLanguage": certificate.language,
                "resultDescription": [
                    {
                        "id": result_description_id,
                        "type": ["ResultDescription"],
                        "name": hours_name,
                        "resultType": HOURS_RESULT_TYPE,
                    }
                ],
            },
            "result": [
                {
                    "type": ["Result"],
                    "resultDescription": result_description_id,
                    "value": hours,
                }
            ],
        },
        "credentialStatus": status.as_json(),
    }


def status_list_credential(
    *, list_url: str, issuer_id: str, revoked_indexes, size: int, valid_from: str | None = None
) -> dict:
    """A BitstringStatusListCredential whose bits are set at `revoked_indexes`."""
    return {
        "@context": [VC_V2_CONTEXT],
        "id": list_url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_id,
        "validFrom": valid_from or timestamp(),
        "credentialSubject": {
            "id": f"{list_url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": REVOCATION,
            "encodedList": encode(revoked_indexes, size=size),
        },
    }
