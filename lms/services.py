"""Writes for accounts and profiles."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from .models import Profile


@transaction.atomic
def user_sign_up(*, email: str, password: str, profile: dict):
    """Create a learner account with its profile. The username is the email, so people sign in
    with either. Refuses nothing itself: the sign-up form has validated the input."""
    user = get_user_model().objects.create_user(username=email, email=email, password=password)
    profile_update(user=user, data=profile)
    return user


@transaction.atomic
def profile_update(*, user, data: dict) -> Profile:
    """Create or update a learner's profile, stamping when reporting consent was given and
    clearing the stamp when it is withdrawn."""
    profile, _created = Profile.objects.select_for_update().get_or_create(
        user=user, defaults={"full_name": data.get("full_name", "")}
    )
    for name, value in data.items():
        setattr(profile, name, value)
    if profile.reporting_consent and profile.reporting_consent_at is None:
        profile.reporting_consent_at = timezone.now()
    elif not profile.reporting_consent:
        profile.reporting_consent_at = None
    profile.save()
    return profile
