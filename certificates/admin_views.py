from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .forms import RevokeForm
from .models import Certificate
from .services import CertificateError, certificate_revoke


class ManageCertificateView(WagtailAdminTemplateMixin, TemplateView):
    """One certificate: its details and revoking with a reason. Reissuing is the issuing app's
    (courses registers the `certificates_reissue` URL; the page offers it when it exists)."""

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
            form = RevokeForm(request.POST)
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(revoke_form=form))
            certificate_revoke(certificate=self.certificate, reason=form.cleaned_data["reason"])
            messages.success(request, _("The certificate is revoked."))
        except CertificateError as error:
            messages.error(request, error.message)
        return redirect("certificates_manage", pk=self.certificate.pk)
