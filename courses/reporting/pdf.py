"""The programme report as a PDF (ReportLab), for a period, in the language the staff member
chooses: what gets attached to a donor report. Headline figures, the charts, knowledge gain
per course, the indicator tables with small cells suppressed, and what the figures mean."""

from io import BytesIO
from xml.sax.saxutils import escape

from django.conf import settings
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from lms.fonts import BOLD, REGULAR, register_fonts

from .charts import programme_charts
from .notes import report_notes
from .report import headline_items, programme_report

ACCENT = colors.HexColor("#08437E")
GRID = colors.HexColor("#c8c8c8")
SHADE = colors.HexColor("#eef2f7")
WIDTH = A4[0] - 30 * mm


def _styles():
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12, spaceAfter=4)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9, spaceAfter=0),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=18, leading=22, textColor=ACCENT
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=BOLD,
            fontSize=13,
            leading=16,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=6,
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=BOLD, fontSize=10, leading=13, spaceBefore=6
        ),
    }


def _p(text, style):
    return Paragraph(escape(str(text)), style)


def _table(headings, rows, styles, *, widths=None, total_row=False):
    data = [[_p(h, styles["cell"]) for h in headings]]
    data += [[_p(value, styles["cell"]) for value in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if total_row:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), SHADE))
    table.setStyle(TableStyle(commands))
    return table


def _cross_table(table, styles):
    story = [_p(table.title, styles["h2"])]
    if table.too_few:
        story.append(_p(_("Too few people to break down."), styles["body"]))
        return story
    headings = [table.row_label, *table.column_labels, table.total_label]
    rows = [[row.label, *row.figures, row.total] for row in table.rows]
    rows.append([table.total_label, *table.column_totals, table.grand])
    first = 45 * mm
    rest = (WIDTH - first) / (len(headings) - 1)
    story.append(
        _table(
            headings, rows, styles, widths=[first] + [rest] * (len(headings) - 1), total_row=True
        )
    )
    return story


def _gain_table(table, styles):
    story = [_p(table.title, styles["h2"])]
    if table.too_few:
        story.append(_p(_("Too few learners with both tests to break down."), styles["body"]))
        return story
    if table.total is None:
        story.append(_p(_("No learner has taken both tests."), styles["body"]))
        return story
    headings = [table.row_label, *GAIN_HEADINGS()]
    rows = [_gain_cells(row) for row in [*table.rows, table.total]]
    story.append(_table(headings, rows, styles, total_row=True))
    return story


def GAIN_HEADINGS():  # noqa: N802 (translated at call time)
    return [
        _("Learners with both tests"),
        _("Mean pre-test (%)"),
        _("Mean post-test (%)"),
        _("Mean gain (points)"),
        _("Normalised gain"),
        _("Improved (%)"),
    ]


def _gain_cells(row):
    return [
        row.label,
        row.learners,
        row.mean_pre,
        row.mean_post,
        row.mean_gain,
        row.normalised_gain,
        row.improved_share,
    ]


def _number(value, places=None):
    if value is None:
        return "–"
    if places is None:
        return formats.number_format(value, force_grouping=True)
    return formats.number_format(value, places, force_grouping=True)


def render_programme_report_pdf(selection, *, language: str) -> bytes:
    """The programme report for `selection` as PDF bytes, in `language`."""
    register_fonts()
    styles = _styles()
    buffer = BytesIO()
    with translation.override(language):
        report = programme_report(selection, language=language)
        title = _("Programme report")
        document = SimpleDocTemplate(
            buffer,
            pagesize=A4,
            title=f"{title} – {selection.period_label}",
            author=str(settings.WAGTAIL_SITE_NAME),
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=15 * mm,
            bottomMargin=15 * mm,
        )
        story = [
            _p(title, styles["title"]),
            _p(settings.WAGTAIL_SITE_NAME, styles["body"]),
            Spacer(1, 3 * mm),
        ]
        for label, value in selection.describe():
            story.append(_p(f"{label}: {value}", styles["body"]))
        story.append(
            _p(
                _("Generated on %(date)s")
                % {"date": formats.date_format(timezone.localtime(), "DATETIME_FORMAT")},
                styles["small"],
            )
        )
        story.extend(_headline(report, styles))
        for chart in programme_charts(report, font=REGULAR):
            scale = min(1, WIDTH / chart.drawing.width)
            chart.drawing.scale(scale, scale)
            chart.drawing.width *= scale
            chart.drawing.height *= scale
            story.append(KeepTogether([_p(chart.title, styles["h2"]), chart.drawing]))
        story.append(CondPageBreak(60 * mm))
        story.extend(_courses(report, styles))
        story.append(_p(_("Indicators"), styles["h1"]))
        for _label, enrolled, completed, rate in report.tables_by_dimension:
            for table in (enrolled, completed, rate):
                story.append(KeepTogether(_cross_table(table, styles)))
        story.append(_p(_("Knowledge gain by group"), styles["h1"]))
        for table in report.gain_tables:
            story.append(KeepTogether(_gain_table(table, styles)))
        story.append(_p(_("What the figures mean"), styles["h1"]))
        for note in report_notes(threshold=report.threshold, basis=selection.basis):
            story.append(_p(note, styles["body"]))

        footer_text = f"{title} · {selection.period_label}"

        def footer(canvas, doc):
            canvas.setFont(REGULAR, 7)
            canvas.setFillColor(colors.HexColor("#4a4a4f"))
            canvas.drawCentredString(A4[0] / 2, 8 * mm, f"{footer_text} · {doc.page}")

        document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _headline(report, styles):
    rows = [[item.label, item.text] for item in headline_items(report)]
    return [
        _p(_("Headline figures"), styles["h1"]),
        _table([_("Figure"), _("Value")], rows, styles, widths=[90 * mm, 40 * mm]),
    ]


def _courses(report, styles):
    people = [
        [
            row.course.title,
            row.course.language_names,
            _number(row.enrolled),
            _number(row.completed),
            _number(row.completion_rate, 1),
        ]
        for row in report.courses
    ]
    gains = [
        [
            row.course.title,
            _number(row.gain.learners),
            _number(row.gain.mean_pre, 1),
            _number(row.gain.mean_post, 1),
            _number(row.gain.mean_gain, 1),
            _number(row.gain.normalised_gain, 2),
            _number(row.gain.improved_share, 1),
        ]
        for row in report.courses
    ]
    rest = (WIDTH - 100 * mm) / 3
    return [
        _p(_("Courses"), styles["h1"]),
        _p(
            _("One row per course, its languages pooled; each person counts once per course."),
            styles["small"],
        ),
        _table(
            [_("Course"), _("Languages"), _("Enrolled"), _("Completed"), _("Completion rate (%)")],
            people,
            styles,
            widths=[60 * mm, 40 * mm, rest, rest, rest],
        ),
        _p(_("Knowledge gain per course"), styles["h2"]),
        _table(
            [_("Course"), *GAIN_HEADINGS()],
            gains,
            styles,
            widths=[60 * mm] + [(WIDTH - 60 * mm) / 6] * 6,
        ),
    ]
