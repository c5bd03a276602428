from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies.pages import PagePermissionPolicy

from certificates.models import Certificate
from certificates.services import CertificateError

from .forms import BulkEnrolmentForm, ManualIssueForm
from .models import CoursePage
from .services import certificate_reissue, certificates_issue_manual, enrolments_bulk_create


def courses_editable_by(user):
    """Courses whose pages the user may edit in the admin."""
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return (
        CoursePage.objects.filter(pk__in=editable.values("pk"))
        .select_related("locale")
        .order_by("title")
    )


class CourseAccountsFormView(WagtailAdminTemplateMixin, FormView):
    """An admin form that acts on existing accounts, listed by email, in a course the user may
    edit. Subclasses name the permission, the URL, the button and what `form_valid` does."""

    template_name = "wagtailadmin/generic/form.html"
    permission = ""
    url_name = ""
    submit_button_label = ""
    submit_button_active_label = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "courses": courses_editable_by(self.request.user)}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = reverse(self.url_name)
        context["submit_button_label"] = self.submit_button_label
        context["submit_button_active_label"] = self.submit_button_active_label
        return context

    def done(self, *, success: str, unknown_emails: list[str]):
        """Say what happened, warn about addresses no account uses, and show the form again."""
        messages.success(self.request, success)
        if unknown_emails:
            messages.warning(
                self.request,
                _("No account uses these addresses: %(emails)s")
                % {"emails": ", ".join(unknown_emails)},
            )
        return redirect(self.url_name)


class BulkEnrolmentView(CourseAccountsFormView):
    """Trainers enrol existing accounts in a course from a list of email addresses."""

    page_title = gettext_lazy("Enrol learners")
    header_icon = "group"
    form_class = BulkEnrolmentForm
    permission = "courses.enrol_learners"
    url_name = "courses_bulk_enrol"
    submit_button_label = gettext_lazy("Enrol")
    submit_button_active_label = gettext_lazy("Enrolling…")

    def form_valid(self, form):
        result = enrolments_bulk_create(
            course=form.cleaned_data["course"].specific,
            emails=form.cleaned_data["emails"],
            enrolled_by=self.request.user,
        )
        return self.done(
            success=_("Enrolled %(enrolled)d; %(already)d were already enrolled.")
            % {"enrolled": len(result.enrolled), "already": len(result.already_enrolled)},
            unknown_emails=result.unknown_emails,
        )


class ManualIssueView(CourseAccountsFormView):
    """Issue certificates by hand after an in-person, attendance-based training: enrols the
    accounts, completes their enrolments and issues (courses.services.certificates_issue_manual)."""

    page_title = gettext_lazy("Issue certificates")
    header_icon = "doc-full"
    form_class = ManualIssueForm
    permission = "certificates.issue_certificates"
    url_name = "courses_issue_certificates"
    submit_button_label = gettext_lazy("Issue")
    submit_button_active_label = gettext_lazy("Issuing…")

    def form_valid(self, form):
        result = certificates_issue_manual(
            course=form.cleaned_data["course"].specific,
            emails=form.cleaned_data["emails"],
            issued_by=self.request.user,
            completed_on=form.cleaned_data["completed_on"],
        )
        return self.done(
            success=_("Issued %(issued)d certificates; %(already)d already had one.")
            % {"issued": len(result.issued), "already": len(result.already)},
            unknown_emails=result.unknown_emails,
        )


class CertificateReissueView(View):
    """The Reissue button of a certificate's admin page (certificates_manage); POST only."""

    def post(self, request, pk):
        if not request.user.has_perm("certificates.revoke_certificates"):
            raise PermissionDenied
        certificate = get_object_or_404(Certificate, pk=pk)
        try:
            new = certificate_reissue(certificate=certificate, issued_by=request.user)
        except CertificateError as error:
            messages.error(request, error.message)
            return redirect("certificates_manage", pk=certificate.pk)
        messages.success(request, _("Reissued as %(code)s.") % {"code": new.display_code})
        return redirect("certificates_manage", pk=new.pk)
