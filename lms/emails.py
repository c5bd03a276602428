"""Emails the site sends about accounts."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation


def send_retention_warning(*, user, closes_on) -> None:
    """Tell a learner, in their language, that their inactive account will be closed unless
    they sign in before `closes_on`."""
    profile = getattr(user, "profile", None)
    language = profile.preferred_language if profile else settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "user": user,
            "closes_on": closes_on,
            "login_url": settings.SITE_URL.rstrip("/") + reverse("login"),
            "days": settings.ACCOUNT_RETENTION_DAYS,
        }
        subject = render_to_string("lms/email/retention_warning_subject.txt", context).strip()
        body = render_to_string("lms/email/retention_warning.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
