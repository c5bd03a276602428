from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from lms import exports
from lms.exports import StreamingExportMixin
from lms.permissions import ReadOnlyPermissionPolicy

from .admin_views import ManageCertificateView
from .models import Certificate, CertificateTemplate


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full-inverse"
    menu_label = _("Certificate templates")
    list_display = ["name", "is_default", "issuer"]


register_snippet(CertificateTemplateViewSet)

register_permission_policy(Certificate, ReadOnlyPermissionPolicy(Certificate))


def _display_code(code):
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


class CertificateIndexView(StreamingExportMixin, IndexView):
    """The certificates listing, exported in constant memory with labels instead of codes."""

    export_columns = [
        exports.Column("code", _("Code"), format=_display_code),
        exports.Column("status", _("Status"), labels=dict(Certificate.Status.choices)),
        exports.Column("name", _("Name")),
        exports.Column("course_title", _("Course")),
        exports.Column("language", _("Language"), labels=dict(settings.LANGUAGES)),
        exports.Column("hours", _("Hours")),
        exports.Column("completed_on", _("Completed on")),
        exports.Column("score", _("Score (%)")),
        exports.Column("issued_at", _("Issued")),
        exports.Column("revoked_at", _("Revoked")),
    ]


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = _("Certificates")
    add_to_admin_menu = True
    menu_order = 230
    copy_view_enabled = False
    index_view_class = CertificateIndexView
    list_filter = ["status", "issued_at", "language"]
    export_filename = "certificates"
    search_fields = ["name", "code", "course_title"]
    form_fields = ["status"]

    @property
    def list_display(self):
        return [
            TitleColumn(
                "name",
                label=_("Name"),
                get_url=lambda certificate: reverse("certificates_manage", args=[certificate.pk]),
            ),
            Column("course_title", label=_("Course")),
            Column("display_code", label=_("Code")),
            Column("get_status_display", label=_("Status")),
            DateColumn("issued_at", label=_("Issued")),
        ]


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    return CertificateViewSet("certificates_admin")


@hooks.register("register_admin_urls")
def register_certificate_admin_urls():
    return [
        path(
            "certificates-manage/<int:pk>/",
            ManageCertificateView.as_view(),
            name="certificates_manage",
        ),
    ]
