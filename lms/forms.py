import unicodedata

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from . import signin
from .models import Profile

PROFILE_FIELDS = [
    "full_name",
    "country",
    "region",
    "organisation",
    "role",
    "gender",
    "age_group",
    "preferred_language",
    "reporting_consent",
]


def clean_text(value: str) -> str:
    """NFC-normalise, fold runs of white space and refuse control characters."""
    value = " ".join(unicodedata.normalize("NFC", value or "").split())
    if any(unicodedata.category(char).startswith("C") for char in value):
        raise ValidationError(_("Remove the invisible or control characters."), code="control")
    return value


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = PROFILE_FIELDS

    def clean_full_name(self):
        name = clean_text(self.cleaned_data["full_name"])
        if len(name) < 2:
            raise ValidationError(_("Enter your full name."), code="too_short")
        if not any(char.isalpha() for char in name):
            raise ValidationError(_("A name must contain letters."), code="no_letters")
        return name

    def clean_region(self):
        return clean_text(self.cleaned_data["region"])

    def clean_organisation(self):
        return clean_text(self.cleaned_data["organisation"])


class SignUpForm(ProfileForm):
    email = forms.EmailField(label=_("Email"), max_length=254)
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    field_order = ["email", "password1", "password2", *PROFILE_FIELDS]

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise ValidationError(
                _("An account with this email exists. Sign in or reset your password."),
                code="taken",
            )
        return email

    def clean(self):
        cleaned = super().clean()
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("The two passwords are not the same."))
        elif password1 and cleaned.get("email"):
            user = get_user_model()(email=cleaned["email"], username=cleaned["email"])
            try:
                password_validation.validate_password(password1, user)
            except ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class LockoutMessageMixin:
    """For sign-in forms: while the account or the client is locked out (the authentication
    backend then refuses even the right password), say so and for how long, instead of
    "wrong password". `locked_out_for` tells the view, which answers 429."""

    locked_out_for = 0

    def clean(self):
        try:
            return super().clean()
        except ValidationError:
            seconds = signin.lockout_seconds(self.request, self.cleaned_data.get("username"))
            if not seconds:
                raise
            self.locked_out_for = seconds
            raise ValidationError(signin.lockout_message(seconds), code="locked_out") from None


class SignInForm(LockoutMessageMixin, AuthenticationForm):
    """The site's sign-in: a username or an email address, and the password."""


class AdminSignInForm(LockoutMessageMixin, WagtailLoginForm):
    """The Wagtail admin's sign-in (WAGTAILADMIN_USER_LOGIN_FORM)."""


class CertificateChoice:
    KEEP = "keep"
    WITHDRAW = "withdraw"

    choices = [
        (KEEP, _("Keep them verifiable: name, course and date stay on the public check page")),
        (WITHDRAW, _("Withdraw them: the check page will say they were withdrawn at my request")),
    ]


class CloseAccountForm(forms.Form):
    """The learner closes their own account: the password again, what becomes of their
    certificates (when they have any) and an explicit confirmation."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        max_length=4096,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    certificates = forms.ChoiceField(
        label=_("Your certificates"), choices=CertificateChoice.choices, widget=forms.RadioSelect
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account and my personal data will be erased for good.")
    )

    def __init__(self, *args, request, has_certificates: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.request, self.user = request, request.user
        if not has_certificates:
            del self.fields["certificates"]

    def clean_password(self):
        """Wrong passwords count towards the sign-in lockout, as on the sign-in page."""
        password = self.cleaned_data["password"]
        seconds = signin.lockout_seconds(self.request, self.user.get_username())
        if seconds:
            raise ValidationError(signin.lockout_message(seconds), code="locked_out")
        if not self.user.check_password(password):
            signin.record_failure(self.request, self.user.get_username())
            raise ValidationError(_("The password is not right."), code="wrong_password")
        return password

    @property
    def keep_certificates(self) -> bool:
        return self.cleaned_data.get("certificates") == CertificateChoice.KEEP


class StaffCloseAccountForm(forms.Form):
    """Staff close an account at the learner's request."""

    certificates = forms.ChoiceField(
        label=_("The learner's certificates"),
        choices=CertificateChoice.choices,
        widget=forms.RadioSelect,
    )
    confirm = forms.BooleanField(
        label=_("The learner asked for this; their personal data will be erased for good.")
    )

    @property
    def keep_certificates(self) -> bool:
        return self.cleaned_data.get("certificates") == CertificateChoice.KEEP
