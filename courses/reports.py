"""Programme reports in the Wagtail admin: the programme dashboard, donor indicators,
knowledge gain, quiz attempts and question statistics. The figures come from
courses/reporting; these views parse the filters, ask for the figures and render, print or
export them. Everyone who may view quiz attempts (Trainers, Reviewers, Programme staff) may
see them; nothing here changes a record."""

import django_filters
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from lms import exports
from lms.exports import StreamingExportMixin
from lms.models import learner_name

from .models import QuizAttempt, QuizKind, QuizPage
from .reporting import exports as report_exports
from .reporting.catalogue import LANGUAGE_NAMES, report_courses
from .reporting.charts import programme_charts
from .reporting.filters import ReportFilterForm
from .reporting.groups import grouped_figures, grouped_note, grouped_table_rows
from .reporting.notes import attempts_note, people_note, period_note, suppression_note
from .reporting.pdf import render_programme_report_pdf
from .reporting.questions import quiz_question_figures
from .reporting.report import headline_items, programme_report, small_cell_threshold

attempt_policy = ModelPermissionPolicy(QuizAttempt)


def may_view_reports(user) -> bool:
    """Who may see programme reports: whoever may view quiz attempts."""
    return attempt_policy.user_has_permission(user, "view")


class ReportAccessMixin:
    """For whoever may view reports; the report is the last item of the breadcrumbs."""

    def dispatch(self, request, *args, **kwargs):
        if not may_view_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_header_title()}]


class ProgrammeReportView(ReportAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    """A report over a Selection (period and filters from the query string): the page, and
    its CSV and XLSX exports (`?export=csv|xlsx`) with the period printed at the top. Bad
    filters are form errors on the page and HTTP 400 for exports."""

    export_formats = (exports.CSV, exports.XLSX)
    filename = ""
    url_name = ""

    def get(self, request, *args, **kwargs):
        self.courses = report_courses()
        self.form = ReportFilterForm(request.GET, courses=self.courses)
        export_format = request.GET.get("export")
        if export_format is not None:
            if export_format not in self.export_formats:
                return HttpResponseBadRequest(_("Unknown export format."))
            if not self.form.is_valid():
                return HttpResponseBadRequest(_("The filters are not valid."))
            return self.export(export_format)
        return super().get(request, *args, **kwargs)

    @cached_property
    def selection(self):
        return self.form.selection() if self.form.is_valid() else None

    @cached_property
    def report(self):
        if self.selection is None:
            return None
        return programme_report(self.selection, courses=self.courses)

    def export_url(self, export_format, **extra):
        query = self.request.GET.copy()
        query["export"] = export_format
        for name, value in extra.items():
            query[name] = value
        return f"{reverse(self.url_name)}?{query.urlencode()}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["report"] = self.report
        context["selection"] = self.selection
        context["exports"] = [
            (label, self.export_url(name))
            for name, label in (
                (exports.CSV, _("Download CSV")),
                (exports.XLSX, _("Download XLSX")),
            )
            if name in self.export_formats
        ]
        context["report_links"] = report_links(self.request, current=self.url_name)
        if self.report is not None:
            context["headline"] = self.headline()
            context["notes"] = {"period": period_note(self.selection.basis), **self.notes()}
        return context

    def headline(self):
        return headline_items(self.report)

    def notes(self) -> dict:
        """What the figures mean, beside the period (which every report states)."""
        return {
            "people": people_note(),
            "attempts": attempts_note(),
            "suppression": suppression_note(self.report.threshold),
        }

    def export_tables(self, report):
        raise NotImplementedError

    def export(self, export_format):
        report = self.report
        preamble = [(gettext_lazy("Report"), self.get_page_title())]
        preamble += self.selection.describe()
        preamble.append(exports.generated_line())
        return exports.export_response(
            export_format=export_format,
            filename=f"{self.filename}-{timezone.localdate().isoformat()}",
            tables=self.export_tables(report),
            preamble=preamble,
        )


def report_links(request, *, current=""):
    """The programme reports, for the links between them; the query string (period and
    filters) goes along."""
    query = request.GET.copy()
    query.pop("export", None)
    suffix = f"?{query.urlencode()}" if query else ""
    links = [
        ("courses_reports:programme", _("Programme dashboard")),
        ("courses_reports:indicators", _("Donor indicators")),
        ("courses_reports:knowledge_gain", _("Knowledge gain")),
        ("courses_reports:training_groups", _("By training group")),
    ]
    return [
        {"url": reverse(name) + suffix, "label": label, "current": name == current}
        for name, label in links
    ]


class ProgrammeDashboardView(ProgrammeReportView):
    """The programme at a glance: headline figures, charts, and the PDF report to attach to
    a donor report, in the language the staff member picks."""

    template_name = "courses/admin/programme_dashboard.html"
    page_title = gettext_lazy("Programme dashboard")
    header_icon = "view"
    filename = "programme-report"
    url_name = "courses_reports:programme"
    export_formats = (exports.CSV, exports.XLSX, "pdf")

    def export(self, export_format):
        if export_format != "pdf":
            return super().export(export_format)
        language = self.request.GET.get("language") or get_language() or settings.LANGUAGE_CODE
        if language not in LANGUAGE_NAMES:
            return HttpResponseBadRequest(_("Unknown language."))
        pdf = render_programme_report_pdf(self.selection, language=language)
        response = HttpResponse(pdf, content_type="application/pdf")
        filename = f"{self.filename}-{timezone.localdate().isoformat()}-{language}.pdf"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def export_tables(self, report):
        return report_exports.programme_tables(report)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.report is not None:
            context["charts"] = programme_charts(self.report)
            context["pdf_languages"] = settings.LANGUAGES
            context["pdf_language"] = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
            context["pdf_query"] = [
                (name, value)
                for name, value in self.request.GET.items()
                if name not in {"export", "language"}
            ]
        return context


class IndicatorsReportView(ProgrammeReportView):
    """People enrolled, people who completed and the completion rate, per course and by
    country, role and age group × gender, with totals and small cells suppressed."""

    template_name = "courses/admin/indicators.html"
    page_title = gettext_lazy("Donor indicators")
    header_icon = "group"
    filename = "donor-indicators"
    url_name = "courses_reports:indicators"

    def export_tables(self, report):
        return [
            report_exports.headline_table(report),
            report_exports.course_table(report),
            *report_exports.indicator_tables(report),
            report_exports.notes_table(report),
        ]


class KnowledgeGainReportView(ProgrammeReportView):
    """Knowledge gain per course and by country, gender, role and age group."""

    template_name = "courses/admin/knowledge_gain.html"
    page_title = gettext_lazy("Knowledge gain")
    header_icon = "pick"
    filename = "knowledge-gain"
    url_name = "courses_reports:knowledge_gain"

    def export_tables(self, report):
        return [
            report_exports.course_table(report),
            *[report_exports.gain_table(table) for table in report.gain_tables],
            report_exports.notes_table(report),
        ]


GROUPED_COLUMNS = [
    exports.Column("enrolled", gettext_lazy("Enrolled")),
    exports.Column("completed", gettext_lazy("Completed")),
    exports.Column("completion_rate", gettext_lazy("Completion rate (%)")),
    exports.Column("both", gettext_lazy("Learners with both tests")),
    exports.Column("mean_pre", gettext_lazy("Mean pre-test (%)")),
    exports.Column("mean_post", gettext_lazy("Mean post-test (%)")),
    exports.Column("mean_gain", gettext_lazy("Mean gain (points)")),
]


class TrainingGroupsReportView(ProgrammeReportView):
    """The programme's figures grouped by training group and by place, for the same period
    and filters as the other reports."""

    template_name = "courses/admin/training_groups_report.html"
    page_title = gettext_lazy("By training group")
    header_icon = "group"
    filename = "training-groups"
    url_name = "courses_reports:training_groups"

    @cached_property
    def report(self):
        if self.selection is None:
            return None
        return grouped_figures(self.selection, threshold=small_cell_threshold())

    # Not the programme report's headline and notes: these figures are of their own.
    def headline(self):
        return None

    def notes(self) -> dict:
        return {"grouped": grouped_note(self.report.threshold)}

    def export_tables(self, report):
        return [
            grouped_table(
                _("Training groups"),
                _("Training group"),
                _("Course, place and days"),
                report.groups,
            ),
            grouped_table(_("Places"), _("Region or city"), _("Country"), report.places),
            exports.Table(
                title=_("Notes"),
                columns=[exports.Column("label", gettext_lazy("Notes"))],
                rows=[{"label": grouped_note(report.threshold)}],
            ),
        ]


def grouped_table(title, label, detail, rows) -> exports.Table:
    """A table of the grouped report: what each row is (`label`, `detail`), then its figures."""
    return exports.Table(
        title=title,
        columns=[
            exports.Column("label", label),
            exports.Column("detail", detail),
            *GROUPED_COLUMNS,
        ],
        rows=grouped_table_rows(rows),
    )


class QuizAttemptFilterSet(WagtailFilterSet):
    quiz = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Quiz"),
        queryset=QuizPage.objects.all().order_by("title"),
        empty_label=gettext_lazy("All quizzes"),
    )
    kind = django_filters.ChoiceFilter(label=gettext_lazy("Kind"), choices=QuizKind.choices)
    passed = django_filters.BooleanFilter(label=gettext_lazy("Passed"))
    graded_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Graded"), widget=DateRangePickerWidget
    )

    class Meta:
        model = QuizAttempt
        fields = ["quiz", "kind", "passed", "graded_at"]


def _stats_url(quiz_id):
    return reverse("courses_reports:question_stats", args=[quiz_id])


class QuizAttemptsReportView(StreamingExportMixin, ReportView):
    """Every graded attempt, filtered; exported in constant memory."""

    model = QuizAttempt
    permission_policy = attempt_policy
    permission_required = "view"
    page_title = gettext_lazy("Quiz attempts")
    header_icon = "tasks"
    filterset_class = QuizAttemptFilterSet
    index_url_name = "courses_reports:quiz_attempts"
    index_results_url_name = "courses_reports:quiz_attempts_results"
    export_filename = "quiz-attempts"
    columns = [
        Column("learner", label=gettext_lazy("Learner"), accessor=lambda a: learner_name(a.user)),
        TitleColumn(
            "quiz_title",
            label=gettext_lazy("Quiz"),
            get_url=lambda attempt: _stats_url(attempt.quiz_id) if attempt.quiz_id else None,
        ),
        Column("number", label=gettext_lazy("Attempt")),
        Column("percent", label=gettext_lazy("Score (%)")),
        BooleanColumn("passed", label=gettext_lazy("Passed")),
        BooleanColumn("timed_out", label=gettext_lazy("Timed out")),
        DateColumn("graded_at", label=gettext_lazy("Graded")),
    ]
    export_columns = [
        exports.Column("user__email", gettext_lazy("Learner's email")),
        exports.Column("user__profile__full_name", gettext_lazy("Name")),
        exports.Column("quiz_title", gettext_lazy("Quiz")),
        exports.Column(
            "quiz__locale__language_code", gettext_lazy("Language"), labels=LANGUAGE_NAMES
        ),
        exports.Column("kind", gettext_lazy("Kind"), labels=dict(QuizKind.choices)),
        exports.Column("number", gettext_lazy("Attempt")),
        exports.Column("score", gettext_lazy("Points")),
        exports.Column("max_score", gettext_lazy("Out of")),
        exports.Column("percent", gettext_lazy("Score (%)")),
        exports.Column("passed", gettext_lazy("Passed")),
        exports.Column("timed_out", gettext_lazy("Timed out")),
        exports.Column("started_at", gettext_lazy("Started")),
        exports.Column("graded_at", gettext_lazy("Graded")),
    ]

    def get_queryset(self):
        return (
            QuizAttempt.objects.filter(status=QuizAttempt.Status.GRADED)
            .select_related("user__profile")
            .defer("questions", "answers", "results")
            .order_by("-graded_at", "-pk")
        )

    def get_export_queryset(self):
        return super().get_export_queryset().order_by("-graded_at", "-pk")


class QuestionStatisticsView(ReportAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    """Per-question statistics of one quiz: share right, share of each choice, discrimination,
    and how many attempts each figure rests on. Exportable."""

    template_name = "courses/admin/question_statistics.html"
    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        self.quiz = get_object_or_404(QuizPage, pk=kwargs["quiz_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Question statistics")

    def get_page_subtitle(self):
        return self.quiz.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("courses_reports:quiz_attempts"), "label": _("Quiz attempts")},
            {"url": "", "label": self.get_header_title()},
        ]

    @cached_property
    def figures(self):
        return quiz_question_figures(quiz=self.quiz)

    def get(self, request, *args, **kwargs):
        export_format = request.GET.get("export")
        if export_format is None:
            return super().get(request, *args, **kwargs)
        if export_format not in exports.FORMATS:
            return HttpResponseBadRequest(_("Unknown export format."))
        preamble = [
            (gettext_lazy("Report"), self.get_page_title()),
            (gettext_lazy("Quiz"), self.quiz.title),
            (gettext_lazy("Graded attempts"), self.figures.attempts),
            exports.generated_line(),
        ]
        return exports.export_response(
            export_format=export_format,
            filename=f"question-statistics-{self.quiz.slug}",
            tables=report_exports.question_tables(self.figures),
            preamble=preamble,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["quiz"] = self.quiz
        context["figures"] = self.figures
        context["questions"] = self.figures.questions
        base = reverse("courses_reports:question_stats", args=[self.quiz.pk])
        context["exports"] = [
            (_("Download CSV"), f"{base}?{urlencode({'export': 'csv'})}"),
            (_("Download XLSX"), f"{base}?{urlencode({'export': 'xlsx'})}"),
        ]
        return context
