import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminModelForm

from .models import CoursePage

MAX_BULK_EMAILS = 500


class BulkEnrolmentForm(forms.Form):
    course = forms.ModelChoiceField(queryset=CoursePage.objects.none(), label=_("Course"))
    emails = forms.CharField(
        label=_("Email addresses"),
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=MAX_BULK_EMAILS * 100,
        help_text=_(
            "One per line, or separated by commas or semicolons. Only existing accounts are "
            "enrolled; unknown addresses are listed afterwards."
        ),
    )

    def __init__(self, *args, courses, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = courses

    def clean_emails(self):
        raw = self.cleaned_data["emails"].replace(",", "\n").replace(";", "\n")
        emails = list(dict.fromkeys(line.strip() for line in raw.splitlines() if line.strip()))
        if len(emails) > MAX_BULK_EMAILS:
            raise ValidationError(
                _("At most %(max)d addresses at a time."), params={"max": MAX_BULK_EMAILS}
            )
        invalid = []
        for email in emails:
            try:
                validate_email(email)
            except ValidationError:
                invalid.append(email)
        if invalid:
            raise ValidationError(
                ngettext(
                    "This is not an email address: %(emails)s",
                    "These are not email addresses: %(emails)s",
                    len(invalid),
                )
                % {"emails": ", ".join(invalid[:20])}
            )
        return emails


class OneAnswerRadioSelect(forms.RadioSelect):
    """Radio buttons send one value. A request with several (which no browser sends) passes
    them all on, so that the field refuses it instead of keeping whichever came last."""

    def value_from_datadict(self, data, files, name):
        values = data.getlist(name) if hasattr(data, "getlist") else []
        if len(values) > 1:
            return values
        return super().value_from_datadict(data, files, name)


class OneAnswerField(forms.ChoiceField):
    """A single-choice or true/false question: exactly one of its choices."""

    widget = OneAnswerRadioSelect
    default_error_messages = {"several": _("Choose only one answer.")}

    def to_python(self, value):
        if isinstance(value, list):
            raise ValidationError(self.error_messages["several"], code="several")
        return super().to_python(value)


class ManualIssueForm(BulkEnrolmentForm):
    completed_on = forms.DateField(
        label=_("Training date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Printed as the completion date; today when empty."),
    )


class QuizAnswersForm(forms.Form):
    """The answers to one attempt: one field per question the attempt was given, offering only
    that question's choices. Choice ids from elsewhere (another attempt, another question, made
    up) do not validate, nor do answers to questions the attempt was not given, nor several
    answers to a question that takes one. With `require_all` (a final submission) every
    question needs an answer."""

    def __init__(self, *args, attempt, require_all=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.attempt = attempt
        saved = attempt.answers or {}
        for number, question in enumerate(attempt.questions, start=1):
            choices = [(str(choice["id"]), choice["text"]) for choice in question["choices"]]
            stored = [str(value) for value in saved.get(str(question["id"]), [])]
            common = {
                "label": question["text"],
                "choices": choices,
                "required": require_all,
                "error_messages": {
                    "required": _("Answer this question."),
                    "invalid_choice": _("This answer is not one of the question's choices."),
                    "invalid_list": _("This answer is not one of the question's choices."),
                },
            }
            if question["kind"] == "multiple":
                field = forms.MultipleChoiceField(
                    widget=forms.CheckboxSelectMultiple, initial=stored, **common
                )
                field.help_text = _("Choose all that apply.")
            else:
                field = OneAnswerField(initial=stored[0] if stored else None, **common)
            field.question = question
            field.number = number
            self.fields[f"q-{question['id']}"] = field

    def clean(self):
        cleaned = super().clean()
        strangers = [
            name for name in self.data if name.startswith("q-") and name not in self.fields
        ]
        if strangers:
            raise forms.ValidationError(
                _("The answers name a question that is not part of this attempt."),
                code="unknown_question",
            )
        return cleaned

    def answers(self) -> dict:
        """Cleaned answers as stored on the attempt: question id → list of choice ids."""
        answers = {}
        for name, value in self.cleaned_data.items():
            values = value if isinstance(value, list) else [value] if value else []
            answers[name.removeprefix("q-")] = [int(choice) for choice in values]
        return answers


# Training groups ---------------------------------------------------------------------------

MAX_TRAINING_DAYS = 60
MAX_PARTICIPANT_NAMES = 200


class TrainingGroupForm(WagtailAdminModelForm):
    """A training group in the admin: only courses the user may edit; the trainers are staff
    accounts; at most MAX_TRAINING_DAYS days (attendance is kept per day)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from django.contrib.auth import get_user_model

        from .selectors.groups import courses_editable_by

        if "course" in self.fields:
            self.fields["course"].queryset = courses_editable_by(self.for_user)
        if "trainers" in self.fields:
            self.fields["trainers"].queryset = (
                get_user_model()
                .objects.filter(Q(is_superuser=True) | Q(groups__name__in=STAFF_GROUPS))
                .distinct()
                .order_by("username")
            )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("starts_on"), cleaned.get("ends_on")
        if start and end:
            if end < start:
                self.add_error("ends_on", _("The last day is before the first day."))
            elif (end - start).days + 1 > MAX_TRAINING_DAYS:
                self.add_error(
                    "ends_on",
                    _("A training group lasts at most %(days)d days.")
                    % {"days": MAX_TRAINING_DAYS},
                )
        join_until = cleaned.get("join_until")
        if join_until and start and join_until < start - datetime.timedelta(days=365):
            self.add_error("join_until", _("Choose a day closer to the training."))
        return cleaned


STAFF_GROUPS = ["Trainers", "Reviewers"]


def code_field(label, *, max_length=20):
    """A short code typed from a screen or a sheet: no autocomplete, capitals, no spell check."""
    return forms.CharField(
        label=label,
        max_length=max_length,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )


class JoinCodeForm(forms.Form):
    code = code_field(_("Join code"))


class SignInCodeForm(forms.Form):
    code = code_field(_("Sign-in code"))


class CheckInForm(forms.Form):
    code = code_field(_("Today's code"), max_length=10)


class ParticipantsForm(forms.Form):
    emails = forms.CharField(
        label=_("Email addresses"),
        widget=forms.Textarea(attrs={"rows": 6}),
        required=False,
        max_length=MAX_BULK_EMAILS * 100,
        help_text=_("Of people who have an account: one per line, or separated by commas."),
    )
    names = forms.CharField(
        label=_("Names of people without email"),
        widget=forms.Textarea(attrs={"rows": 6}),
        required=False,
        max_length=MAX_PARTICIPANT_NAMES * 200,
        help_text=_(
            "One full name per line, as it must be printed on the certificate. Each gets an "
            "account and a one-time sign-in code on the sheet you print."
        ),
    )

    clean_emails = BulkEnrolmentForm.clean_emails

    def clean_names(self):
        names = [" ".join(line.split()) for line in self.cleaned_data["names"].splitlines()]
        names = [name for name in names if name]
        if len(names) > MAX_PARTICIPANT_NAMES:
            raise ValidationError(
                _("At most %(max)d names at a time."), params={"max": MAX_PARTICIPANT_NAMES}
            )
        too_long = [name for name in names if len(name) > 200]
        if too_long:
            raise ValidationError(_("A name is longer than 200 characters."))
        return names

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned.get("emails") and not cleaned.get("names"):
            raise ValidationError(_("Give at least one email address or name."))
        return cleaned


class AttendanceForm(forms.Form):
    """The trainer's tick list for one day: the participants present."""

    present = forms.TypedMultipleChoiceField(
        label=_("Present"), required=False, coerce=int, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, memberships, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["present"].choices = [(m.pk, str(m.pk)) for m in memberships]
