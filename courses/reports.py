"""Trainers' reports in the Wagtail admin, with Wagtail's built-in CSV and XLSX export."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from .models import CoursePage, QuizAttempt, QuizKind, QuizPage
from .selectors import courses_knowledge_gain, quiz_question_statistics, training_summary

attempt_policy = ModelPermissionPolicy(QuizAttempt)


class QuizAttemptFilterSet(WagtailFilterSet):
    quiz = django_filters.ModelChoiceFilter(
        label=_("Quiz"),
        queryset=QuizPage.objects.all().order_by("title"),
        empty_label=_("All quizzes"),
    )
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=QuizKind.choices)
    passed = django_filters.BooleanFilter(label=_("Passed"))
    graded_at = django_filters.DateFromToRangeFilter(
        label=_("Graded"), widget=DateRangePickerWidget
    )

    class Meta:
        model = QuizAttempt
        fields = ["quiz", "kind", "passed", "graded_at"]


def _stats_url(quiz_id):
    return reverse("courses_reports:question_stats", args=[quiz_id])


class LearningReportView(ReportView):
    """A trainers' report: for whoever may view quiz attempts."""

    model = QuizAttempt
    permission_policy = attempt_policy
    permission_required = "view"


class SummaryReportView(LearningReportView):
    """A report of computed rows (dicts), unfiltered, exported with the columns and headings
    it shows."""

    def filter_queryset(self, queryset):
        return queryset

    @property
    def list_export(self):
        return [column.name for column in self.columns]

    @property
    def export_headings(self):
        return {column.name: column.label for column in self.columns}


class QuizAttemptsReportView(LearningReportView):
    page_title = _("Quiz attempts")
    header_icon = "tasks"
    filterset_class = QuizAttemptFilterSet
    index_url_name = "courses_reports:quiz_attempts"
    index_results_url_name = "courses_reports:quiz_attempts_results"
    columns = [
        Column("user", label=_("Learner")),
        TitleColumn(
            "quiz_title",
            label=_("Quiz"),
            get_url=lambda attempt: _stats_url(attempt.quiz_id) if attempt.quiz_id else None,
        ),
        Column("number", label=_("Attempt")),
        Column("percent", label=_("Score (%)")),
        BooleanColumn("passed", label=_("Passed")),
        BooleanColumn("timed_out", label=_("Timed out")),
        DateColumn("graded_at", label=_("Graded")),
    ]
    list_export = [
        "user.email",
        "quiz_title",
        "kind",
        "number",
        "score",
        "max_score",
        "percent",
        "passed",
        "timed_out",
        "started_at",
        "graded_at",
    ]
    export_headings = {
        "user.email": _("Learner's email"),
        "quiz_title": _("Quiz"),
        "kind": _("Kind"),
        "number": _("Attempt"),
        "score": _("Points"),
        "max_score": _("Out of"),
        "percent": _("Score (%)"),
        "passed": _("Passed"),
        "timed_out": _("Timed out"),
        "started_at": _("Started"),
        "graded_at": _("Graded"),
    }

    def get_queryset(self):
        return (
            QuizAttempt.objects.filter(status=QuizAttempt.Status.GRADED)
            .select_related("user")
            .order_by("-graded_at")
        )

    def get_filename(self):
        return "quiz-attempts"


class KnowledgeGainReportView(SummaryReportView):
    page_title = _("Knowledge gain")
    header_icon = "pick"
    index_url_name = "courses_reports:knowledge_gain"
    index_results_url_name = "courses_reports:knowledge_gain_results"
    columns = [
        Column("title", label=_("Course")),
        Column("language", label=_("Language")),
        Column("learners", label=_("Learners with both tests")),
        Column("mean_pre", label=_("Mean pre-test (%)")),
        Column("mean_post", label=_("Mean post-test (%)")),
        Column("mean_gain", label=_("Mean gain (points)")),
        Column("improved_share", label=_("Improved (%)")),
    ]

    def get_queryset(self):
        courses = list(CoursePage.objects.live().select_related("locale").order_by("path"))
        stats = courses_knowledge_gain(courses=courses)
        return [
            {
                "title": course.title,
                "language": course.locale.get_display_name(),
                **vars(stats[course.pk]),
            }
            for course in courses
        ]

    def get_filename(self):
        return "knowledge-gain"


class QuestionStatisticsView(WagtailAdminTemplateMixin, TemplateView):
    """Per-question statistics of one quiz: share right, share of each choice, discrimination."""

    template_name = "courses/admin/question_statistics.html"
    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        if not attempt_policy.user_has_permission(request.user, "view"):
            raise PermissionDenied
        self.quiz = get_object_or_404(QuizPage, pk=kwargs["quiz_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Question statistics")

    def get_page_subtitle(self):
        return self.quiz.title

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["quiz"] = self.quiz
        context["questions"] = quiz_question_statistics(quiz=self.quiz)
        return context


class TrainingSummaryReportView(SummaryReportView):
    """How many people were trained, by course, country, role and gender, for donors."""

    page_title = _("Training summary")
    header_icon = "group"
    index_url_name = "courses_reports:training_summary"
    index_results_url_name = "courses_reports:training_summary_results"
    columns = [
        Column("course", label=_("Course")),
        Column("language", label=_("Language")),
        Column("country", label=_("Country")),
        Column("role", label=_("Role")),
        Column("gender", label=_("Gender")),
        Column("enrolled", label=_("Enrolled")),
        Column("completed", label=_("Completed")),
    ]

    def get_queryset(self):
        return training_summary()

    def get_filename(self):
        return "training-summary"
