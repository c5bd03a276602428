from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from lms import exports
from lms.exports import StreamingExportMixin
from lms.models import learner_name
from lms.permissions import ReadOnlyPermissionPolicy

from .admin_views import BulkEnrolmentView, CertificateReissueView, ManualIssueView
from .models import Enrolment
from .reporting.catalogue import LANGUAGE_NAMES

register_permission_policy(Enrolment, ReadOnlyPermissionPolicy(Enrolment))


class EnrolmentIndexView(StreamingExportMixin, IndexView):
    """The enrolments listing: learners and courses joined in its one query, exports streamed
    from `.values()` with labels instead of codes."""

    export_columns = [
        exports.Column("user__email", _("Learner's email")),
        exports.Column("user__profile__full_name", _("Name")),
        exports.Column("course__title", _("Course")),
        exports.Column("course__locale__language_code", _("Language"), labels=LANGUAGE_NAMES),
        exports.Column("status", _("Status"), labels=dict(Enrolment.Status.choices)),
        exports.Column("enrolled_at", _("Enrolled")),
        exports.Column("completed_at", _("Completed")),
        exports.Column("left_at", _("Left")),
    ]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user__profile", "course")


class EnrolmentViewSet(ModelViewSet):
    model = Enrolment
    icon = "group"
    menu_label = _("Enrolments")
    add_to_admin_menu = True
    menu_order = 210
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = EnrolmentIndexView
    list_display = [
        Column("learner", label=_("Learner"), accessor=lambda e: learner_name(e.user)),
        "course",
        "status",
        "enrolled_at",
        "completed_at",
    ]
    list_filter = ["status", "enrolled_at", "completed_at"]
    export_filename = "enrolments"
    search_fields = ["user__profile__full_name", "user__email", "user__username"]
    form_fields = ["status"]


enrolment_viewset = EnrolmentViewSet("enrolments")


@hooks.register("register_admin_viewset")
def register_enrolment_viewset():
    return enrolment_viewset


@hooks.register("register_admin_urls")
def register_bulk_enrolment_url():
    return [
        path("enrol-learners/", BulkEnrolmentView.as_view(), name="courses_bulk_enrol"),
        path("issue-certificates/", ManualIssueView.as_view(), name="courses_issue_certificates"),
        # Offered on the certificate's own admin page (certificates_manage).
        path(
            "certificates-manage/<int:pk>/reissue/",
            CertificateReissueView.as_view(),
            name="certificates_reissue",
        ),
    ]


class BulkEnrolmentMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("courses.enrol_learners")


@hooks.register("register_admin_menu_item")
def register_bulk_enrolment_menu_item():
    return BulkEnrolmentMenuItem(
        _("Enrol learners"), reverse("courses_bulk_enrol"), icon_name="user", order=220
    )


class IssueMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("certificates.issue_certificates")


@hooks.register("register_admin_menu_item")
def register_issue_menu_item():
    return IssueMenuItem(
        _("Issue certificates"),
        reverse("courses_issue_certificates"),
        icon_name="doc-full",
        order=240,
    )


@hooks.register("register_admin_urls")
def register_report_urls():
    from django.urls import include
    from django.views.generic import RedirectView

    from .reports import (
        IndicatorsReportView,
        KnowledgeGainReportView,
        ProgrammeDashboardView,
        QuestionStatisticsView,
        QuizAttemptsReportView,
        TrainingGroupsReportView,
    )

    urls = [
        path("programme/", ProgrammeDashboardView.as_view(), name="programme"),
        path("indicators/", IndicatorsReportView.as_view(), name="indicators"),
        path("knowledge-gain/", KnowledgeGainReportView.as_view(), name="knowledge_gain"),
        path("training-groups/", TrainingGroupsReportView.as_view(), name="training_groups"),
        path("quiz-attempts/", QuizAttemptsReportView.as_view(), name="quiz_attempts"),
        path(
            "quiz-attempts/results/",
            QuizAttemptsReportView.as_view(results_only=True),
            name="quiz_attempts_results",
        ),
        path("quizzes/<int:quiz_id>/", QuestionStatisticsView.as_view(), name="question_stats"),
        # The training summary became the donor indicators.
        path(
            "training/",
            RedirectView.as_view(pattern_name="courses_reports:indicators", query_string=True),
        ),
    ]
    return [path("learning-reports/", include((urls, "courses_reports")))]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        from .reports import may_view_reports

        return may_view_reports(request.user)


REPORTS = [
    ("programme", _("Programme dashboard"), "view", 690),
    ("indicators", _("Donor indicators"), "group", 695),
    ("knowledge_gain", _("Knowledge gain"), "pick", 700),
    ("quiz_attempts", _("Quiz attempts"), "tasks", 710),
    ("training_groups", _("By training group"), "group", 705),
]


@hooks.register("register_reports_menu_item")
def register_programme_menu_item():
    return _report_menu_item(*REPORTS[0])


@hooks.register("register_reports_menu_item")
def register_indicators_menu_item():
    return _report_menu_item(*REPORTS[1])


@hooks.register("register_reports_menu_item")
def register_knowledge_gain_menu_item():
    return _report_menu_item(*REPORTS[2])


@hooks.register("register_reports_menu_item")
def register_quiz_attempts_menu_item():
    return _report_menu_item(*REPORTS[3])


@hooks.register("register_reports_menu_item")
def register_training_groups_menu_item():
    return _report_menu_item(*REPORTS[4])


def _report_menu_item(name, label, icon, order):
    return ReportMenuItem(
        label,
        reverse(f"courses_reports:{name}"),
        name=f"report-{name}",
        icon_name=icon,
        order=order,
    )


@hooks.register("register_page_listing_more_buttons")
def quiz_statistics_button(page, user, next_url=None):
    from wagtail.admin.widgets import Button

    from .models import QuizPage
    from .reports import may_view_reports

    if isinstance(page.specific_deferred, QuizPage) and may_view_reports(user):
        yield Button(
            _("Question statistics"),
            reverse("courses_reports:question_stats", args=[page.pk]),
            priority=60,
        )


@hooks.register("register_admin_viewset")
def register_training_group_viewset():
    from .groups_admin import training_group_viewset

    return training_group_viewset


@hooks.register("register_admin_urls")
def register_training_group_urls():
    from .groups_admin import admin_urls

    return admin_urls()
