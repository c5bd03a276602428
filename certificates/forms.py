from django import forms
from django.utils.translation import gettext_lazy as _

from courses.forms import BulkEnrolmentForm


class ManualIssueForm(BulkEnrolmentForm):
    completed_on = forms.DateField(
        label=_("Training date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Printed as the completion date; today when empty."),
    )


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )
