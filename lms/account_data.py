"""The account's own share of personal data (provider "account"): the account, the profile,
the consent history and earlier exports. Registered in LmsConfig.ready."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from .forms import PROFILE_FIELDS
from .models import ConsentEvent, DataExport, Profile
from .privacy import DataProvider, ExportPart

# What the learner gave us (the profile form's fields), and when consent and the profile last
# changed.
PROFILE_EXPORT_FIELDS = [*PROFILE_FIELDS, "reporting_consent_at", "updated_at"]


def export_account(user) -> ExportPart:
    profile = Profile.objects.filter(user=user).values(*PROFILE_EXPORT_FIELDS).first()
    return ExportPart(
        {
            "account": {
                "username": user.username,
                "email": user.email,
                "first_name": user.first_name,
                "last_name": user.last_name,
                "date_joined": user.date_joined,
                "last_login": user.last_login,
            },
            "profile": profile,
            "reporting_consent_history": list(
                ConsentEvent.objects.filter(user=user).values("given", "at")
            ),
            "data_exports": list(
                DataExport.objects.filter(user=user).values(
                    "status", "requested_at", "ready_at", "expires_at"
                )
            ),
        }
    )


def erase_account(user, closure) -> None:
    """Make the account anonymous: a random username and an address that goes nowhere, no
    name, no password (which also ends every session), no profile, consent history or
    exports; audit log entries about the account lose its name."""
    anonymous = f"closed-{secrets.token_hex(8)}"
    for export in DataExport.objects.filter(user=user):
        if export.file:
            export.file.delete(save=False)
    DataExport.objects.filter(user=user).delete()
    ConsentEvent.objects.filter(user=user).delete()
    Profile.objects.filter(user=user).delete()
    UserProfile.objects.filter(user=user).delete()
    user.username = anonymous
    user.email = f"{anonymous}@closed.invalid"
    user.first_name = user.last_name = ""
    user.set_unusable_password()
    user.is_active = False
    user.closed_at = timezone.now()
    user.retention_warned_at = None
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(get_user_model()),
        object_id=str(user.pk),
    ).update(label=anonymous)


account_provider = DataProvider(name="account", export=export_account, erase=erase_account, order=0)
