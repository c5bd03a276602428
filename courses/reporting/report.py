"""A programme report: every figure the dashboard, the report pages, the PDF and the exports
show, for one Selection, with small cells suppressed. Built in a fixed number of queries
(`programme_report`), then read by templates, charts, the PDF and exports alike."""

import datetime
import uuid
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from . import queries
from .catalogue import report_courses
from .dimensions import COLUMN_DIMENSION, DIMENSIONS, ROW_DIMENSIONS
from .filters import Selection
from .suppression import suppress_line, suppress_tables

HIDDEN_MEAN = "–"


def small_cell_threshold() -> int:
    return int(getattr(settings, "REPORT_SMALL_CELL_THRESHOLD", 5))


COMPLEMENT_MARK = "x"


@dataclass(frozen=True)
class Figure:
    """A figure as reports show it: a count, a percent or a mean. A hidden count shows "<5"
    when it is under the threshold and "x" when it is hidden only so that no total gives a
    small one away; a mean or rate not shown, or that there is none of, shows "–"."""

    value: object = None
    hidden: bool = False
    threshold: int = 5
    is_count: bool = True
    places: int = 1

    def __str__(self):
        if self.hidden:
            if not self.is_count:
                return HIDDEN_MEAN
            small = self.value is not None and 0 < self.value < self.threshold
            return f"<{self.threshold}" if small else COMPLEMENT_MARK
        if self.value is None:
            return HIDDEN_MEAN
        if isinstance(self.value, Decimal | float):
            return formats.number_format(self.value, self.places, force_grouping=True)
        return formats.number_format(self.value, force_grouping=True)

    @property
    def export_value(self):
        """A number for spreadsheets, or the text people see instead of it."""
        if self.hidden or self.value is None:
            return str(self)
        return self.value

    @property
    def is_shown(self):
        return not self.hidden and self.value is not None


@dataclass
class TableRow:
    label: str
    figures: list
    total: Figure
    code: str = ""


@dataclass
class CrossTable:
    """People by a row category and a column category, with totals, as shown."""

    title: str
    row_label: str
    rows: list  # TableRow
    columns: list  # (code, label)
    column_totals: list  # Figure
    grand: Figure
    too_few: bool = False
    total_label: str = _("Total")

    @property
    def column_labels(self):
        return [label for _code, label in self.columns]


@dataclass
class CourseRow:
    course: object  # catalogue.ReportCourse
    enrolled: int
    completed: int
    gain: queries.Gain

    @property
    def completion_rate(self):
        return queries.percent(self.completed, self.enrolled)


@dataclass
class GainRow:
    label: str
    learners: Figure
    mean_pre: Figure
    mean_post: Figure
    mean_gain: Figure
    normalised_gain: Figure
    improved_share: Figure


@dataclass
class GainTable:
    title: str
    row_label: str
    rows: list  # GainRow
    total: GainRow | None
    too_few: bool = False


@dataclass
class ProgrammeReport:
    selection: Selection
    threshold: int
    headline: queries.People
    gain: queries.Gain
    courses: list  # CourseRow
    enrolled_tables: list  # CrossTable, one per row dimension
    completed_tables: list
    rate_tables: list
    gain_tables: list  # GainTable, one per dimension
    months: list  # (first day of month, people)

    @property
    def tables_by_dimension(self):
        """(dimension label, enrolled, completed, rate) for each row dimension."""
        return list(
            zip(
                [d.label for d in ROW_DIMENSIONS],
                self.enrolled_tables,
                self.completed_tables,
                self.rate_tables,
                strict=True,
            )
        )


@dataclass(frozen=True)
class HeadlineItem:
    key: str
    label: str
    value: object
    places: int = 0

    @property
    def text(self) -> str:
        if self.value is None:
            return HIDDEN_MEAN
        return formats.number_format(self.value, self.places or None, force_grouping=True)


def headline_items(report: "ProgrammeReport") -> list[HeadlineItem]:
    """The headline figures of a report, as the dashboard, the PDF and exports list them."""
    headline, gain = report.headline, report.gain
    return [
        HeadlineItem("people_enrolled", _("People enrolled"), headline.people_enrolled),
        HeadlineItem(
            "people_trained", _("People trained (completed a course)"), headline.people_completed
        ),
        HeadlineItem("completion_rate", _("Completion rate (%)"), headline.completion_rate, 1),
        HeadlineItem("enrolments", _("Course enrolments"), headline.enrolments),
        HeadlineItem("completions", _("Course completions"), headline.completions),
        HeadlineItem("learners_tested", _("Learners with both tests"), gain.learners),
        HeadlineItem("mean_pre", _("Mean pre-test (%)"), gain.mean_pre, 1),
        HeadlineItem("mean_post", _("Mean post-test (%)"), gain.mean_post, 1),
        HeadlineItem("mean_gain", _("Mean gain (points)"), gain.mean_gain, 1),
        HeadlineItem("normalised_gain", _("Normalised gain"), gain.normalised_gain, 2),
        HeadlineItem("improved", _("Improved (%)"), gain.improved_share, 1),
    ]


def programme_report(selection: Selection, *, courses=None, language=None) -> ProgrammeReport:
    """Everything a programme report shows for `selection`. Five queries (four when the
    caller already has the courses), whatever the number of learners and courses."""
    courses = courses if courses is not None else report_courses(language=language)
    threshold = small_cell_threshold()
    people = queries.people_groups(selection)
    months = queries.people_completed_by_month(selection)
    pre_keys, post_keys = queries.pre_post_test_keys(courses.values())
    gains = queries.gain_groups(
        selection.knowledge_gain_population(), pre_keys=pre_keys, post_keys=post_keys
    )
    by_course, gain_by_course = {}, {}
    for group, figures in people.items():
        key = _as_uuid(group.course_key)
        by_course[key] = by_course.get(key, queries.People()) + figures
    for group, gain in gains.items():
        key = _as_uuid(group.course_key)
        # Within one course every result is a different person.
        gain = queries.Gain(gain.results, gain.results, gain.sum_pre, gain.sum_post, gain.improved)
        gain_by_course[key] = gain_by_course.get(key, queries.Gain()) + gain
    course_rows = [
        CourseRow(
            course=course,
            enrolled=by_course.get(key, queries.People()).enrolments,
            completed=by_course.get(key, queries.People()).completions,
            gain=gain_by_course.get(key, queries.Gain()),
        )
        for key, course in courses.items()
        if key in by_course or (not selection.values and course.pages)
    ]
    cube = _cube(people)
    gain_cube = _gain_cube(gains)
    enrolled_tables, completed_tables, rate_tables = _indicator_tables(cube, threshold)
    return ProgrammeReport(
        selection=selection,
        threshold=threshold,
        headline=sum(people.values(), queries.People()),
        gain=sum(gains.values(), queries.Gain()),
        courses=course_rows,
        enrolled_tables=enrolled_tables,
        completed_tables=completed_tables,
        rate_tables=rate_tables,
        gain_tables=[
            _gain_table(gain_cube, dimension, threshold) for dimension in DIMENSIONS.values()
        ],
        months=_month_series(months, selection),
    )


def _categories(group) -> tuple:
    return tuple(group.category(name) for name in DIMENSIONS)


def _cube(people: dict) -> list[dict]:
    """People enrolled and completed per combination of categories, over all courses."""
    combined = {}
    for group, figures in people.items():
        key = _categories(group)
        combined[key] = combined.get(key, queries.People()) + figures
    return [
        {
            **dict(zip(DIMENSIONS, key, strict=True)),
            "enrolled": figures.people_enrolled,
            "completed": figures.people_completed,
        }
        for key, figures in combined.items()
    ]


def _gain_cube(gains: dict) -> list:
    combined = {}
    for group, gain in gains.items():
        key = _categories(group)
        combined[key] = combined.get(key, queries.Gain()) + gain
    return [(dict(zip(DIMENSIONS, key, strict=True)), gain) for key, gain in combined.items()]


def _as_uuid(value):
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _cells(cube, measure, row_dimension, column_dimension):
    rows = [code for code, _label in row_dimension.categories]
    columns = [code for code, _label in column_dimension.categories]
    cells = [[0] * len(columns) for _row in rows]
    for entry in cube:
        i = rows.index(entry[row_dimension.name])
        j = columns.index(entry[column_dimension.name])
        cells[i][j] += entry[measure]
    return cells


def _indicator_tables(cube, threshold):
    """People enrolled and completed by each row dimension × gender, suppressed together so
    that the totals by gender, which every table shows, are hidden alike in all of them; and
    the completion rate where both its figures are shown."""
    column = COLUMN_DIMENSION
    measures = {}
    for measure in ("enrolled", "completed"):
        cells = {d.name: _cells(cube, measure, d, column) for d in ROW_DIMENSIONS}
        suppressions = suppress_tables(
            {name: (table, name, column.name) for name, table in cells.items()}, threshold
        )
        measures[measure] = (cells, suppressions)
    titles = {"enrolled": _("People enrolled"), "completed": _("People who completed")}
    result = {"enrolled": [], "completed": [], "rate": []}
    enrolled_cells, enrolled_hidden = measures["enrolled"]
    completed_cells, completed_hidden = measures["completed"]
    for dimension in ROW_DIMENSIONS:
        cells = enrolled_cells[dimension.name]
        visible_rows = [i for i, row in enumerate(cells) if sum(row)]
        visible_columns = [j for j in range(len(column.categories)) if sum(row[j] for row in cells)]
        for measure in ("enrolled", "completed"):
            table_cells, suppressions = measures[measure]
            result[measure].append(
                _cross_table(
                    f"{titles[measure]} — {dimension.label}",
                    dimension,
                    table_cells[dimension.name],
                    suppressions[dimension.name],
                    visible_rows,
                    visible_columns,
                    threshold,
                )
            )
        result["rate"].append(
            _rate_table(
                dimension,
                (cells, enrolled_hidden[dimension.name]),
                (completed_cells[dimension.name], completed_hidden[dimension.name]),
                visible_rows,
                visible_columns,
                threshold,
            )
        )
    return result["enrolled"], result["completed"], result["rate"]


def _figure(value, hidden, threshold):
    return Figure(value=value, hidden=hidden, threshold=threshold)


def _cross_table(title, dimension, cells, suppression, rows, columns, threshold):
    column_categories = COLUMN_DIMENSION.categories
    row_categories = dimension.categories
    too_few = suppression.too_few
    column_totals = [sum(row[j] for row in cells) for j in range(len(column_categories))]
    return CrossTable(
        title=title,
        row_label=dimension.label,
        rows=[
            TableRow(
                code=row_categories[i][0],
                label=row_categories[i][1],
                figures=[
                    _figure(cells[i][j], too_few or (i, j) in suppression.cells, threshold)
                    for j in columns
                ],
                total=_figure(sum(cells[i]), too_few or i in suppression.row_totals, threshold),
            )
            for i in rows
        ],
        columns=[column_categories[j] for j in columns],
        column_totals=[
            _figure(column_totals[j], too_few or j in suppression.column_totals, threshold)
            for j in columns
        ],
        grand=_figure(sum(column_totals), False, threshold),
        too_few=too_few,
    )


def _rate(enrolled, completed, enrolled_hidden, completed_hidden, threshold):
    if enrolled_hidden or completed_hidden:
        return Figure(hidden=True, threshold=threshold, is_count=False)
    return Figure(value=queries.percent(completed, enrolled), threshold=threshold, is_count=False)


def _rate_table(dimension, enrolled, completed, rows, columns, threshold):
    (enrolled_cells, enrolled_s), (completed_cells, completed_s) = enrolled, completed
    too_few = enrolled_s.too_few or completed_s.too_few
    categories = COLUMN_DIMENSION.categories

    def column_sum(cells, j):
        return sum(row[j] for row in cells)

    return CrossTable(
        title=f"{_('Completion rate (%)')} — {dimension.label}",
        row_label=dimension.label,
        rows=[
            TableRow(
                code=dimension.categories[i][0],
                label=dimension.categories[i][1],
                figures=[
                    _rate(
                        enrolled_cells[i][j],
                        completed_cells[i][j],
                        too_few or (i, j) in enrolled_s.cells,
                        too_few or (i, j) in completed_s.cells,
                        threshold,
                    )
                    for j in columns
                ],
                total=_rate(
                    sum(enrolled_cells[i]),
                    sum(completed_cells[i]),
                    too_few or i in enrolled_s.row_totals,
                    too_few or i in completed_s.row_totals,
                    threshold,
                ),
            )
            for i in rows
        ],
        columns=[categories[j] for j in columns],
        column_totals=[
            _rate(
                column_sum(enrolled_cells, j),
                column_sum(completed_cells, j),
                too_few or j in enrolled_s.column_totals,
                too_few or j in completed_s.column_totals,
                threshold,
            )
            for j in columns
        ],
        grand=_rate(
            sum(map(sum, enrolled_cells)), sum(map(sum, completed_cells)), False, False, threshold
        ),
        too_few=too_few,
    )


def _gain_row(label, gain, hidden, threshold):
    def mean(value, places=1):
        return Figure(
            value=value, hidden=hidden, threshold=threshold, is_count=False, places=places
        )

    return GainRow(
        label=label,
        learners=Figure(value=gain.learners, hidden=hidden, threshold=threshold),
        mean_pre=mean(gain.mean_pre),
        mean_post=mean(gain.mean_post),
        mean_gain=mean(gain.mean_gain),
        normalised_gain=mean(gain.normalised_gain, places=2),
        improved_share=mean(gain.improved_share),
    )


def _gain_table(gain_cube, dimension, threshold) -> GainTable:
    """Knowledge gain by one dimension. The learners of a category are its people; a category
    with fewer than `threshold` (and its complement) shows neither its count nor its means."""
    by_category = {code: queries.Gain() for code, _label in dimension.categories}
    for group, gain in gain_cube:
        by_category[group[dimension.name]] += gain
    categories = [
        (code, label) for code, label in dimension.categories if by_category[code].results
    ]
    total = sum(by_category.values(), queries.Gain())
    title = f"{_('Knowledge gain')} — {dimension.label}"
    if total.learners < threshold and threshold > 1:
        return GainTable(title, dimension.label, [], None, too_few=bool(total.learners))
    hidden = suppress_line([by_category[code].learners for code, _l in categories], threshold)
    return GainTable(
        title=title,
        row_label=dimension.label,
        rows=[
            _gain_row(label, by_category[code], index in hidden, threshold)
            for index, (code, label) in enumerate(categories)
        ],
        total=_gain_row(_("Total"), total, False, threshold),
    )


def _month_series(months: dict, selection: Selection) -> list:
    """Every month of the period (without a period: the twelve months up to this one), with
    the people who completed in it."""
    today = timezone.localdate()
    last = selection.date_to or today
    first = selection.date_from or _add_months(last.replace(day=1), -11)
    if months and selection.date_from is None and selection.date_to is None:
        first = min(first, max(min(months), _add_months(last.replace(day=1), -35)))
    series, month = [], first.replace(day=1)
    while month <= last and len(series) < 120:
        series.append((month, months.get(month, 0)))
        month = _add_months(month, 1)
    return series


def _add_months(day: datetime.date, count: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + count
    return datetime.date(index // 12, index % 12 + 1, 1)
