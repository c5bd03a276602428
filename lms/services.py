"""Writes for accounts and profiles."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from .models import ConsentEvent, Profile


@transaction.atomic
def user_sign_up(*, email: str, password: str, profile: dict):
    """Create a learner account with its profile. The username is the email, so people sign in
    with either. Refuses nothing itself: the sign-up form has validated the input."""
    user = get_user_model().objects.create_user(username=email, email=email, password=password)
    profile_update(user=user, data=profile)
    return user


@transaction.atomic
def profile_update(*, user, data: dict) -> Profile:
    """Create or update a learner's profile. Giving or withdrawing reporting consent is
    recorded with its time (ConsentEvent); `reporting_consent_at` says since when it stands."""
    profile, created = Profile.objects.select_for_update().get_or_create(
        user=user, defaults={"full_name": data.get("full_name", "")}
    )
    consented = False if created else profile.reporting_consent
    for name, value in data.items():
        setattr(profile, name, value)
    if profile.reporting_consent != consented:
        now = timezone.now()
        ConsentEvent.objects.create(user=user, given=profile.reporting_consent, at=now)
        profile.reporting_consent_at = now if profile.reporting_consent else None
    profile.save()
    return profile


def consent_set(*, user, given: bool) -> Profile:
    """Give or withdraw reporting consent (recorded with its time). Reports read the current
    consent, so a withdrawal moves the learner to "not shared" in every report, past periods
    included."""
    return profile_update(user=user, data={"reporting_consent": given})
