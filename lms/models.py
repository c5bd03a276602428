import secrets

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from .routing import TreeRoutingMixin


class User(AbstractUser):
    """A person with an account: learner, trainer, reviewer or programme staff.

    Email is unique (case-insensitively) because people sign up and sign in with it.
    """

    email = models.EmailField(_("email address"))
    # Set when the account is closed (lms.privacy.account_close): everything personal is then
    # erased and the row stays only so that the learner's records still count.
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, editable=False)
    # When the retention rule last warned that the account will be closed for inactivity.
    retention_warned_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        constraints = [
            # Participants added by name only, for a workshop, have no email.
            models.UniqueConstraint(
                Lower("email"), condition=~models.Q(email=""), name="user_email_ci_unique"
            ),
        ]
        permissions = [
            ("unlock_signin", _("Can unlock sign-in and reset two-step verification")),
            (
                "manage_personal_data",
                _("Can see and export a learner's personal data and close accounts on request"),
            ),
        ]

    def __str__(self):
        return self.get_full_name() or self.username


def learner_name(user) -> str:
    """How staff see a learner in listings and reports: the name on their profile (as printed
    on certificates), else the account's name. Select `profile` with the user to keep it free."""
    profile = getattr(user, "profile", None)  # None for accounts without one (staff)
    return (profile.full_name if profile is not None else "") or str(user)


class Country(models.TextChoices):
    KAZAKHSTAN = "KZ", _("Kazakhstan")
    KYRGYZSTAN = "KG", _("Kyrgyzstan")
    UZBEKISTAN = "UZ", _("Uzbekistan")
    TAJIKISTAN = "TJ", _("Tajikistan")
    OTHER = "other", _("Other country")


class Role(models.TextChoices):
    SOCIAL_WORKER = "social_worker", _("Social worker")
    PSYCHOLOGIST = "psychologist", _("Psychologist")
    LOCAL_GOVERNMENT = "local_government", _("Local self-government staff")
    NGO_STAFF = "ngo_staff", _("NGO staff")
    RELIGIOUS_COMMUNITY_LEADER = "community_leader", _("Religious or community leader")
    TEACHER = "teacher", _("Teacher")
    MIGRANT_OR_FAMILY = "migrant_family", _("Migrant or family member")
    OTHER = "other", _("Other")


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    UNDISCLOSED = "undisclosed", _("Prefer not to say")


class AgeGroup(models.TextChoices):
    UNDER_18 = "under_18", _("Under 18")
    FROM_18_TO_24 = "18_24", _("18–24")
    FROM_25_TO_34 = "25_34", _("25–34")
    FROM_35_TO_44 = "35_44", _("35–44")
    FROM_45_TO_54 = "45_54", _("45–54")
    FROM_55 = "55_plus", _("55 or older")
    UNDISCLOSED = "undisclosed", _("Prefer not to say")


class Profile(models.Model):
    """What a learner tells us about themselves: the name for certificates and, with consent,
    the few facts programme reports are broken down by. Nothing else is collected."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    full_name = models.CharField(
        _("full name"),
        max_length=200,
        help_text=_("Exactly as it must be printed on your certificates, in any script."),
    )
    country = models.CharField(_("country"), max_length=8, choices=Country.choices, blank=True)
    region = models.CharField(_("region or city"), max_length=100, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=32, choices=Role.choices, blank=True)
    gender = models.CharField(_("gender"), max_length=16, choices=Gender.choices, blank=True)
    age_group = models.CharField(
        _("age group"), max_length=16, choices=AgeGroup.choices, blank=True
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default="ru"
    )
    reporting_consent = models.BooleanField(
        _("I agree that this information is used, without my name, in programme reports"),
        default=False,
    )
    reporting_consent_at = models.DateTimeField(null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("learner profile")
        verbose_name_plural = _("learner profiles")

    def __str__(self):
        return self.full_name


# The home page shows a few courses of each kind; the catalogue has them all.
HOME_PAGE_COURSES = 6


class ConsentEvent(models.Model):
    """Reporting consent given or withdrawn, and when: the history behind
    `Profile.reporting_consent`, which reports read."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consent_events"
    )
    given = models.BooleanField()
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("reporting consent record")
        verbose_name_plural = _("reporting consent records")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.user_id} {'given' if self.given else 'withdrawn'} {self.at:%Y-%m-%d}"


def new_export_token() -> str:
    return secrets.token_urlsafe(32)


def export_file_name(instance, filename):
    # The stored name says nothing of whose it is and cannot be guessed.
    return f"data-exports/{secrets.token_hex(16)}.zip"


class DataExport(models.Model):
    """A ZIP of everything held about a learner, built in the task queue and offered by a
    link that works until `expires_at`."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="data_exports"
    )
    token = models.CharField(max_length=64, unique=True, default=new_export_token, editable=False)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    file = models.FileField(upload_to=export_file_name, blank=True)
    size = models.PositiveBigIntegerField(null=True, blank=True)
    requested_at = models.DateTimeField(default=timezone.now)
    ready_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("personal data export")
        verbose_name_plural = _("personal data exports")
        ordering = ["-requested_at", "-pk"]

    def __str__(self):
        return f"{self.user_id} {self.requested_at:%Y-%m-%d %H:%M}"

    def is_downloadable(self, now=None) -> bool:
        now = now or timezone.now()
        return (
            self.status == self.Status.READY
            and bool(self.file)
            and self.expires_at is not None
            and now < self.expires_at
        )


class HomePage(TreeRoutingMixin, Page):
    """The root of each language's site: a welcome and the way into courses and guides."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage", "guides.GuideIndexPage"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors.dashboard import course_catalogue

        context = super().get_context(request, *args, **kwargs)
        catalogue = course_catalogue(locale_id=self.locale_id)
        context["courses"] = catalogue["courses"][:HOME_PAGE_COURSES]
        context["untranslated"] = catalogue["untranslated"][:HOME_PAGE_COURSES]
        return context
