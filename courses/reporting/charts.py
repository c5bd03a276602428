"""The programme report's charts, drawn with ReportLab's own charts (reportlab.graphics): the
same Drawing goes into the PDF and, rendered to SVG on the server, into the admin dashboard,
where it works without JavaScript and loads nothing from elsewhere. Every chart comes with a
title, a description and its figures as a table, for people who cannot see it."""

import html
import itertools
import re
from dataclasses import dataclass
from functools import cached_property

from django.utils import formats
from django.utils.translation import gettext as _
from reportlab.graphics import renderSVG
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import HexColor

# Okabe and Ito's palette: told apart with every common kind of colour blindness.
PALETTE = [
    HexColor(c)
    for c in ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999")
]
PRE_COLOUR, POST_COLOUR = HexColor("#999999"), HexColor("#0072B2")
TEXT = HexColor("#262626")
SVG_FONT = "Helvetica"
_ids = itertools.count(1)


@dataclass
class Chart:
    """A chart and what stands for it: `headings` and `rows` are its figures as a table."""

    key: str
    title: str
    description: str
    drawing: Drawing
    headings: list
    rows: list

    @cached_property
    def svg(self) -> str:
        """The chart as inline SVG markup, with its title and description for screen readers
        and ids of its own, so that several charts can share a page."""
        return drawing_to_svg(self.drawing, title=self.title, description=self.description)


def drawing_to_svg(drawing: Drawing, *, title: str, description: str) -> str:
    markup = renderSVG.drawToString(drawing)
    markup = markup[markup.index("<svg") :]
    prefix = f"chart-{next(_ids)}"
    markup = markup.replace('id="clip"', f'id="{prefix}-clip"').replace(
        "url(#clip)", f"url(#{prefix}-clip)"
    )
    markup = markup.replace('id="group"', f'id="{prefix}-group"')
    markup = re.sub(
        r"<title>.*?</title>",
        lambda _match: f'<title id="{prefix}-title">{html.escape(title)}</title>',
        markup,
        count=1,
    )
    markup = re.sub(
        r"<desc>.*?</desc>",
        lambda _match: f'<desc id="{prefix}-desc">{html.escape(description)}</desc>',
        markup,
        count=1,
    )
    markup = re.sub(r'<svg width="[^"]*" height="[^"]*"', "<svg", markup, count=1)
    markup = markup.replace(
        "<svg",
        f'<svg role="img" aria-labelledby="{prefix}-title {prefix}-desc" class="programme-chart"',
        1,
    )
    return markup.replace(f"font-family: {SVG_FONT}", "font-family: system-ui, sans-serif")


def _axis_style(chart, font):
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = 8
        axis.labels.fillColor = TEXT
        axis.strokeColor = TEXT
    chart.valueAxis.valueMin = 0
    chart.valueAxis.gridStrokeColor = HexColor("#dddddd")
    chart.valueAxis.visibleGrid = True


def _nice_step(top) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if top / step <= 6:
            return step
    return max(1, int(top / 5))


def _legend(x, y, pairs, font):
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = font
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 8
    legend.deltax = 0
    legend.dxTextSpace = 4
    legend.colorNamePairs = pairs
    legend.strokeColor = None
    legend.boxAnchor = "nw"
    legend.subCols.minWidth = 0
    legend.variColumn = True
    legend.deltay = 12
    # One row across: each entry is its own column.
    legend.columnMaximum = 1
    return legend


def _empty(drawing, message, font):
    drawing.add(
        String(
            drawing.width / 2,
            drawing.height / 2,
            message,
            fontName=font,
            fontSize=10,
            fillColor=TEXT,
            textAnchor="middle",
        )
    )


def people_trained_chart(months, *, font=SVG_FONT, width=640, height=220) -> Chart:
    """People who completed a course, per month."""
    title = _("People trained per month")
    labels = [formats.date_format(month, "M Y") for month, _people in months]
    values = [people for _month, people in months]
    drawing = Drawing(width, height)
    if not any(values):
        drawing = Drawing(width, 60)
        _empty(drawing, _("Nobody completed a course in these months."), font)
    else:
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 40, 40, width - 55, height - 55
        chart.data = [values]
        chart.categoryAxis.categoryNames = _thin_labels(labels)
        chart.bars[0].fillColor = PALETTE[0]
        chart.bars.strokeColor = None
        _axis_style(chart, font)
        chart.categoryAxis.labels.angle = 30 if len(labels) > 8 else 0
        chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 8 else "n"
        chart.valueAxis.valueStep = _nice_step(max(values))
        chart.valueAxis.valueMax = max(values) * 1.15
        chart.barLabels.fontName = font
        chart.barLabels.fontSize = 7
        chart.barLabels.nudge = 6
        chart.barLabelFormat = lambda value: "" if not value else str(value)
        drawing.add(chart)
    description = _(
        "Bar chart: how many people completed at least one course in each month; a person who "
        "completed courses in two months counts in both."
    )
    return Chart(
        key="people-trained",
        title=title,
        description=description,
        drawing=drawing,
        headings=[_("Month"), _("People trained")],
        rows=[[label, value] for label, value in zip(labels, values, strict=True)],
    )


def _thin_labels(labels, most=14):
    if len(labels) <= most:
        return labels
    step = -(-len(labels) // most)
    return [label if index % step == 0 else "" for index, label in enumerate(labels)]


def completions_chart(table, *, font=SVG_FONT, width=640, height=240) -> Chart:
    """People who completed, by country and gender, from the suppressed table: hidden figures
    are not drawn."""
    title = _("Completions by country and gender")
    drawing = Drawing(width, height)
    countries = [row.label for row in table.rows]
    genders = table.column_labels
    values = [
        [row.figures[j].value if row.figures[j].is_shown else None for row in table.rows]
        for j in range(len(genders))
    ]
    shown = [v for series in values for v in series if v]
    if table.too_few or not shown:
        drawing = Drawing(width, 60)
        _empty(drawing, _("Too few completions to show by country and gender."), font)
    else:
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 40, 40, width - 55, height - 75
        chart.data = values
        chart.categoryAxis.categoryNames = [str(c) for c in countries]
        chart.bars.strokeColor = None
        for index in range(len(genders)):
            chart.bars[index].fillColor = PALETTE[index % len(PALETTE)]
        _axis_style(chart, font)
        chart.valueAxis.valueStep = _nice_step(max(shown))
        chart.valueAxis.valueMax = max(shown) * 1.15
        chart.groupSpacing = 8
        drawing.add(chart)
        drawing.add(
            _legend(
                40,
                height - 8,
                [(PALETTE[i % len(PALETTE)], str(g)) for i, g in enumerate(genders)],
                font,
            )
        )
    description = _(
        "Grouped bar chart: people who completed a course, for each country, one bar per "
        "gender. Figures under %(threshold)s are hidden and not drawn."
    ) % {"threshold": table.grand.threshold}
    return Chart(
        key="completions",
        title=title,
        description=description,
        drawing=drawing,
        headings=[str(table.row_label), *[str(g) for g in genders], str(table.total_label)],
        rows=[
            [str(row.label), *[str(f) for f in row.figures], str(row.total)] for row in table.rows
        ],
    )


def pre_post_chart(course_rows, *, font=SVG_FONT, width=640) -> Chart:
    """Mean pre-test and post-test score per course."""
    title = _("Mean pre-test and post-test score per course")
    rows = [row for row in course_rows if row.gain.results]
    height = max(120, 50 + 34 * len(rows))
    drawing = Drawing(width, height)
    names = [_shorten(row.course.title) for row in rows]
    if not rows:
        _empty(drawing, _("No learner has taken both tests yet."), font)
    else:
        chart = HorizontalBarChart()
        chart.x, chart.y = 170, 30
        chart.width, chart.height = width - 190, height - 60
        # Bars are drawn from the bottom up: reverse, so the first course is on top.
        chart.data = [
            [float(row.gain.mean_pre) for row in reversed(rows)],
            [float(row.gain.mean_post) for row in reversed(rows)],
        ]
        chart.categoryAxis.categoryNames = list(reversed(names))
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -6
        chart.bars[0].fillColor = PRE_COLOUR
        chart.bars[1].fillColor = POST_COLOUR
        chart.bars.strokeColor = None
        _axis_style(chart, font)
        chart.valueAxis.valueMax = 100
        chart.valueAxis.valueStep = 20
        chart.barLabels.fontName = font
        chart.barLabels.fontSize = 7
        chart.barLabels.nudge = 10
        chart.barLabelFormat = "%.0f"
        drawing.add(chart)
        drawing.add(
            _legend(
                170, height - 6, [(PRE_COLOUR, _("Pre-test")), (POST_COLOUR, _("Post-test"))], font
            )
        )
    description = _(
        "Horizontal bar chart: for each course, the mean first pre-test score and the mean best "
        "post-test score (percent) of the learners who took both."
    )
    return Chart(
        key="pre-post",
        title=title,
        description=description,
        drawing=drawing,
        headings=[
            _("Course"),
            _("Learners with both tests"),
            _("Mean pre-test (%)"),
            _("Mean post-test (%)"),
        ],
        rows=[
            [row.course.title, row.gain.learners, row.gain.mean_pre, row.gain.mean_post]
            for row in rows
        ],
    )


def _shorten(text, limit=34):
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def programme_charts(report, *, font=SVG_FONT) -> list[Chart]:
    return [
        people_trained_chart(report.months, font=font),
        completions_chart(report.completed_tables[0], font=font),
        pre_post_chart(report.courses, font=font),
    ]
