from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from lms.permissions import ReadOnlyPermissionPolicy

from .admin_views import BulkEnrolmentView, CertificateReissueView, ManualIssueView
from .models import Enrolment

register_permission_policy(Enrolment, ReadOnlyPermissionPolicy(Enrolment))


class EnrolmentViewSet(ModelViewSet):
    model = Enrolment
    icon = "group"
    menu_label = _("Enrolments")
    add_to_admin_menu = True
    menu_order = 210
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["user", "course", "status", "enrolled_at", "completed_at"]
    list_filter = ["status", "enrolled_at", "completed_at"]
    list_export = ["user__email", "course__title", "status", "enrolled_at", "completed_at"]
    export_filename = "enrolments"
    search_fields = ["user__email", "user__username"]
    form_fields = ["status"]

    def get_queryset(self, request):
        return Enrolment.objects.select_related("user", "course")


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

    from .reports import (
        KnowledgeGainReportView,
        QuestionStatisticsView,
        QuizAttemptsReportView,
        TrainingSummaryReportView,
    )

    urls = [
        path("quiz-attempts/", QuizAttemptsReportView.as_view(), name="quiz_attempts"),
        path(
            "quiz-attempts/results/",
            QuizAttemptsReportView.as_view(results_only=True),
            name="quiz_attempts_results",
        ),
        path("knowledge-gain/", KnowledgeGainReportView.as_view(), name="knowledge_gain"),
        path(
            "knowledge-gain/results/",
            KnowledgeGainReportView.as_view(results_only=True),
            name="knowledge_gain_results",
        ),
        path("quizzes/<int:quiz_id>/", QuestionStatisticsView.as_view(), name="question_stats"),
        path("training/", TrainingSummaryReportView.as_view(), name="training_summary"),
        path(
            "training/results/",
            TrainingSummaryReportView.as_view(results_only=True),
            name="training_summary_results",
        ),
    ]
    return [path("learning-reports/", include((urls, "courses_reports")))]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("courses.view_quizattempt")


@hooks.register("register_reports_menu_item")
def register_quiz_attempts_menu_item():
    return ReportMenuItem(
        _("Quiz attempts"), reverse("courses_reports:quiz_attempts"), icon_name="tasks", order=700
    )


@hooks.register("register_reports_menu_item")
def register_knowledge_gain_menu_item():
    return ReportMenuItem(
        _("Knowledge gain"), reverse("courses_reports:knowledge_gain"), icon_name="pick", order=710
    )


@hooks.register("register_reports_menu_item")
def register_training_summary_menu_item():
    return ReportMenuItem(
        _("Training summary"),
        reverse("courses_reports:training_summary"),
        icon_name="group",
        order=720,
    )


@hooks.register("register_page_listing_more_buttons")
def quiz_statistics_button(page, user, next_url=None):
    from wagtail.admin.widgets import Button

    from .models import QuizPage

    if isinstance(page.specific_deferred, QuizPage) and user.has_perm("courses.view_quizattempt"):
        yield Button(
            _("Question statistics"),
            reverse("courses_reports:question_stats", args=[page.pk]),
            priority=60,
        )
