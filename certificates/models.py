import secrets

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.http import HttpResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, PreviewableMixin

# Verification codes: 16 characters from an alphabet without look-alikes (no 0/O, 1/I/L):
# 31 symbols, so about 79 random bits; printed in groups of four.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 16

colour_validator = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Enter a colour as #RRGGBB."))


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(raw: str) -> str | None:
    """The code as stored, from what a person typed (any case, with or without dashes or
    spaces); None when it cannot be a code."""
    code = "".join(raw.split()).replace("-", "").upper()
    if len(code) != CODE_LENGTH or any(char not in CODE_ALPHABET for char in code):
        return None
    return code


class CertificateTemplate(PreviewableMixin, ClusterableModel):
    """How certificates of a course look and what they say. A snippet, previewable as a PDF."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    is_default = models.BooleanField(
        _("default"), default=False, help_text=_("Used by courses that choose no template.")
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=120, default="Certificate of completion")
    body = models.TextField(
        _("body"),
        max_length=600,
        default="has completed the course {course}.",
        help_text=_(
            "Placeholders: {name}, {course}, {hours}, {date}, {score}. Hours, date and score "
            "the body leaves out are printed below it, labelled. Left as it is, the default "
            "prints in the course's language, in the form for the learner's gender where the "
            "language marks it."
        ),
    )
    issuer = models.CharField(
        _("issuing organisation(s)"),
        max_length=300,
        default="Migration and Social Work Learning programme",
        help_text=_(
            "Printed at the foot; separate several organisations with commas. Left as it is, "
            "the default prints in the course's language."
        ),
    )
    primary_colour = models.CharField(
        _("primary colour"), max_length=7, default="#08437E", validators=[colour_validator]
    )
    accent_colour = models.CharField(
        _("accent colour"), max_length=7, default="#C8A23C", validators=[colour_validator]
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("is_default"),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("primary_colour"), FieldPanel("accent_colour")],
            heading=_("Design"),
        ),
        MultiFieldPanel(
            [FieldPanel("title"), FieldPanel("body"), FieldPanel("issuer")], heading=_("Text")
        ),
        InlinePanel("signatories", heading=_("Signatories"), label=_("Signatory"), max_num=3),
    ]

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"], condition=models.Q(is_default=True), name="one_default"
            ),
        ]

    def __str__(self):
        return self.name

    def serve_preview(self, request, mode_name):
        from .pdf import render_certificate_pdf
        from .services import sample_certificate

        pdf = render_certificate_pdf(sample_certificate(template=self), template=self)
        return HttpResponse(pdf, content_type="application/pdf")


class Signatory(Orderable):
    template = ParentalKey(
        CertificateTemplate, on_delete=models.CASCADE, related_name="signatories"
    )
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(
        _("role"),
        max_length=120,
        help_text=_(
            "“Programme director”, “Training coordinator” and “Lead trainer” print in the "
            "course's language; any other role prints as written."
        ),
    )
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("signature")]

    def __str__(self):
        return self.name


class CertificateQuerySet(models.QuerySet):
    def current(self):
        """Certificates that still stand for their enrolment: every one but those replaced by
        a reissue (valid, being prepared or revoked)."""
        return self.exclude(status=Certificate.Status.REPLACED)


class Certificate(models.Model):
    """An issued certificate. It keeps a snapshot of everything it prints, so later edits or
    deletion of the course, the learner's account or the template never change it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Being prepared")
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")
        REPLACED = "replaced", _("Replaced")

    code = models.CharField(max_length=CODE_LENGTH, unique=True, default=new_code, editable=False)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    enrolment = models.ForeignKey(
        "courses.Enrolment", null=True, on_delete=models.SET_NULL, related_name="certificates"
    )
    course = models.ForeignKey(
        "courses.CoursePage", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    template = models.ForeignKey(
        CertificateTemplate, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The snapshot printed on the certificate.
    name = models.CharField(_("name as printed"), max_length=200)
    course_title = models.CharField(_("course"), max_length=255)
    language = models.CharField(max_length=8)
    # The learner's gender as they gave it ("woman", "man"; blank when not given or they prefer
    # not to say), for the wording of languages whose verbs mark it.
    gender = models.CharField(max_length=16, blank=True)
    hours = models.DecimalField(max_digits=5, decimal_places=1)
    completed_on = models.DateField(_("completed on"))
    score = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    training_place = models.CharField(_("training place"), max_length=400, blank=True)
    training_starts_on = models.DateField(_("training's first day"), null=True, blank=True)
    training_ends_on = models.DateField(_("training's last day"), null=True, blank=True)
    issuer = models.CharField(max_length=300)
    signatories = models.JSONField(default=list, blank=True)
    title = models.CharField(max_length=120)
    body = models.TextField()
    # Issuing, revoking, replacing.
    issued_at = models.DateTimeField(auto_now_add=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoke_reason = models.TextField(blank=True)
    # Withdrawn at the holder's request when they closed their account: revoked, with the
    # name, the PDF and the credential erased.
    withdrawn = models.BooleanField(default=False)
    replaced_by = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replaces"
    )
    pdf = models.FileField(upload_to="certificates/", blank=True)
    # The public address the QR code and printed link lead to; blank: settings.SITE_URL. In
    # development without SITE_URL, the address the server was asked at (lms.site_url).
    site_url = models.CharField(max_length=200, blank=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        permissions = [
            ("issue_certificates", _("Can issue certificates by hand")),
            ("revoke_certificates", _("Can revoke and reissue certificates")),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment"],
                condition=~models.Q(status="replaced"),
                name="one_current_certificate_per_enrolment",
            ),
            models.CheckConstraint(
                condition=models.Q(score__isnull=True) | models.Q(score__gte=0, score__lte=100),
                name="certificate_score_range",
            ),
        ]

    def __str__(self):
        return f"{self.name} – {self.course_title} ({self.display_code})"

    def get_absolute_url(self):
        return reverse("certificates:verify", args=[self.display_code])

    @property
    def display_code(self):
        return "-".join(self.code[i : i + 4] for i in range(0, len(self.code), 4))

    @property
    def is_pending(self):
        """Issued, its PDF not rendered yet."""
        return self.status == self.Status.PENDING

    @property
    def is_valid(self):
        return self.status == self.Status.VALID

    @property
    def is_revoked(self):
        return self.status == self.Status.REVOKED

    @property
    def is_replaced(self):
        return self.status == self.Status.REPLACED

    @property
    def is_ready(self):
        """Its PDF can be downloaded: rendered, and valid (or revoked, for the record)."""
        return bool(self.pdf) and self.status in (self.Status.VALID, self.Status.REVOKED)

    @property
    def can_be_reissued(self):
        return self.is_valid

    @property
    def can_be_revoked(self):
        return not (self.is_replaced or self.is_revoked)


class CredentialKey(models.Model):
    """A public key the issuer has signed credentials with. Recorded on first use and kept, so
    that the DID document goes on publishing it after the signing key is rotated and the
    credentials it signed still verify. A revoked key (compromised) is no longer published."""

    kid = models.CharField(_("key id"), max_length=16, unique=True)
    public_key_multibase = models.CharField(_("public key"), max_length=64, unique=True)
    first_used_at = models.DateTimeField(_("first used"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("credential signing key")
        verbose_name_plural = _("credential signing keys")

    def __str__(self):
        return self.kid


class StatusList(models.Model):
    """A W3C Bitstring Status List of revocations, published as a signed credential at
    /certificates/status/<number>.json. Its bits are read from the certificates' status when it
    is signed; `revision` goes up whenever one may have changed, and the signed document is
    made again on the next request when it is older."""

    number = models.PositiveIntegerField(unique=True)
    size = models.PositiveIntegerField(default=131_072)
    # Entries are handed out in order, `allocated` so far, and entry n gets the index
    # (n * multiplier + offset) mod size: a permutation (size is a power of two, the multiplier
    # odd), so an index says nothing about when a certificate was issued.
    allocated = models.PositiveIntegerField(default=0)
    multiplier = models.PositiveIntegerField()
    offset = models.PositiveIntegerField()
    revision = models.PositiveIntegerField(default=0)
    signed_revision = models.PositiveIntegerField(null=True, blank=True)
    document = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(allocated__lte=models.F("size")), name="status_list_not_overfull"
            ),
        ]

    def __str__(self):
        return f"Status list {self.number}"

    def get_absolute_url(self):
        return reverse("certificates:status_list", args=[self.number])

    def index_of(self, position: int) -> int:
        return (position * self.multiplier + self.offset) % self.size


class CertificateCredential(models.Model):
    """A certificate's Open Badges 3.0 credential, signed, kept as the exact JSON served."""

    certificate = models.OneToOneField(
        Certificate, on_delete=models.CASCADE, related_name="credential"
    )
    document = models.TextField()
    status_list = models.ForeignKey(StatusList, on_delete=models.PROTECT, related_name="entries")
    status_index = models.PositiveIntegerField()
    key = models.ForeignKey(CredentialKey, on_delete=models.PROTECT, related_name="+")
    issued_at = models.DateTimeField(auto_now_add=True)
    signed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["status_list", "status_index"], name="one_credential_per_status_entry"
            ),
        ]

    def __str__(self):
        return f"Credential of {self.certificate_id}"
