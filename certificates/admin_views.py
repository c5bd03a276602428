from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.admin_views import CourseAccountsFormView

from .forms import ManualIssueForm, RevokeForm
from .models import Certificate
from .services import (
    CertificateError,
    certificate_reissue,
    certificate_revoke,
    certificates_issue_manual,
)


class ManualIssueView(CourseAccountsFormView):
    """Issue certificates by hand after an in-person, attendance-based training."""

    page_title = gettext_lazy("Issue certificates")
    header_icon = "doc-full"
    form_class = ManualIssueForm
    permission = "certificates.issue_certificates"
    url_name = "certificates_issue"
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


class ManageCertificateView(WagtailAdminTemplateMixin, TemplateView):
    """One certificate: its details, revoking with a reason, and reissuing."""

    template_name = "certificates/admin/manage.html"
    page_title = gettext_lazy("Certificate")
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("certificates.view_certificate"):
            raise PermissionDenied
        self.certificate = get_object_or_404(Certificate, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.certificate.display_code

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["certificate"] = self.certificate
        context["revoke_form"] = kwargs.get("revoke_form") or RevokeForm()
        context["can_manage"] = self.request.user.has_perm("certificates.revoke_certificates")
        return context

    def post(self, request, *args, **kwargs):
        if not request.user.has_perm("certificates.revoke_certificates"):
            raise PermissionDenied
        try:
            if "reissue" in request.POST:
                new = certificate_reissue(certificate=self.certificate, issued_by=request.user)
                messages.success(request, _("Reissued as %(code)s.") % {"code": new.display_code})
                return redirect("certificates_manage", pk=new.pk)
            form = RevokeForm(request.POST)
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(revoke_form=form))
            certificate_revoke(certificate=self.certificate, reason=form.cleaned_data["reason"])
            messages.success(request, _("The certificate is revoked."))
        except CertificateError as error:
            messages.error(request, error.message)
        return redirect("certificates_manage", pk=self.certificate.pk)
