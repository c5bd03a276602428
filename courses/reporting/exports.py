"""Programme reports as export tables (lms.exports): the same figures as the pages, hidden
cells included as "<5", with the period, the filters and the notes around them."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lms.exports import Column, Table

from .notes import report_notes
from .report import headline_items


def headline_table(report) -> Table:
    return Table(
        title=_("Headline figures"),
        columns=[Column("label", gettext_lazy("Figure")), Column("value", gettext_lazy("Value"))],
        rows=[{"label": item.label, "value": item.value} for item in headline_items(report)],
    )


COURSE_COLUMNS = [
    Column("title", gettext_lazy("Course")),
    Column("languages", gettext_lazy("Languages")),
    Column("enrolled", gettext_lazy("Enrolled")),
    Column("completed", gettext_lazy("Completed")),
    Column("completion_rate", gettext_lazy("Completion rate (%)")),
    Column("learners", gettext_lazy("Learners with both tests")),
    Column("mean_pre", gettext_lazy("Mean pre-test (%)")),
    Column("mean_post", gettext_lazy("Mean post-test (%)")),
    Column("mean_gain", gettext_lazy("Mean gain (points)")),
    Column("normalised_gain", gettext_lazy("Normalised gain")),
    Column("improved_share", gettext_lazy("Improved (%)")),
]


def course_table(report) -> Table:
    return Table(
        title=_("Courses"),
        columns=COURSE_COLUMNS,
        rows=[
            {
                "title": row.course.title,
                "languages": row.course.language_names,
                "enrolled": row.enrolled,
                "completed": row.completed,
                "completion_rate": row.completion_rate,
                "learners": row.gain.learners,
                "mean_pre": row.gain.mean_pre,
                "mean_post": row.gain.mean_post,
                "mean_gain": row.gain.mean_gain,
                "normalised_gain": row.gain.normalised_gain,
                "improved_share": row.gain.improved_share,
            }
            for row in report.courses
        ],
    )


def cross_table(table) -> Table:
    """A CrossTable (people by a row category and gender) as an export table."""
    names = [f"c{index}" for index in range(len(table.columns))]
    columns = [
        Column("label", table.row_label),
        *[Column(name, label) for name, label in zip(names, table.column_labels, strict=True)],
        Column("total", table.total_label),
    ]
    if table.too_few:
        return Table(
            title=table.title, columns=columns, rows=[], notes=[_("Too few people to break down.")]
        )
    rows = [
        {
            "label": row.label,
            **{n: f.export_value for n, f in zip(names, row.figures, strict=True)},
            "total": row.total.export_value,
        }
        for row in table.rows
    ]
    rows.append(
        {
            "label": table.total_label,
            **{n: f.export_value for n, f in zip(names, table.column_totals, strict=True)},
            "total": table.grand.export_value,
        }
    )
    return Table(title=table.title, columns=columns, rows=rows)


GAIN_COLUMNS = [
    Column("learners", gettext_lazy("Learners with both tests")),
    Column("mean_pre", gettext_lazy("Mean pre-test (%)")),
    Column("mean_post", gettext_lazy("Mean post-test (%)")),
    Column("mean_gain", gettext_lazy("Mean gain (points)")),
    Column("normalised_gain", gettext_lazy("Normalised gain")),
    Column("improved_share", gettext_lazy("Improved (%)")),
]


def gain_table(table) -> Table:
    columns = [Column("label", table.row_label), *GAIN_COLUMNS]
    if table.too_few or table.total is None:
        note = (
            _("Too few learners with both tests to break down.")
            if table.too_few
            else _("No learner has taken both tests.")
        )
        return Table(title=table.title, columns=columns, rows=[], notes=[note])
    rows = [
        {"label": row.label, **{c.name: getattr(row, c.name).export_value for c in GAIN_COLUMNS}}
        for row in [*table.rows, table.total]
    ]
    return Table(title=table.title, columns=columns, rows=rows)


def notes_table(report) -> Table:
    return Table(
        title=_("What the figures mean"),
        columns=[Column("note", gettext_lazy("Notes"))],
        rows=[
            {"note": note}
            for note in report_notes(threshold=report.threshold, basis=report.selection.basis)
        ],
    )


def indicator_tables(report) -> list[Table]:
    tables = []
    for _label, enrolled, completed, rate in report.tables_by_dimension:
        tables.extend([cross_table(enrolled), cross_table(completed), cross_table(rate)])
    return tables


def programme_tables(report) -> list[Table]:
    """Every table of the programme report, as the PDF has them."""
    return [
        headline_table(report),
        course_table(report),
        *indicator_tables(report),
        *[gain_table(table) for table in report.gain_tables],
        notes_table(report),
    ]


def question_tables(figures) -> list[Table]:
    questions = Table(
        title=_("Questions"),
        columns=[
            Column("text", gettext_lazy("Question")),
            Column("language", gettext_lazy("Language")),
            Column("answered", gettext_lazy("Attempts given it")),
            Column("share_correct", gettext_lazy("Right (%)")),
            Column("discrimination", gettext_lazy("Discrimination")),
            Column("upper_given", gettext_lazy("Top group attempts given it")),
            Column("lower_given", gettext_lazy("Bottom group attempts given it")),
        ],
        rows=[
            {
                "text": item.text,
                "language": item.language,
                "answered": item.answered,
                "share_correct": None
                if item.share_correct is None
                else round(100 * item.share_correct, 1),
                "discrimination": None
                if item.discrimination is None
                else round(item.discrimination, 2),
                "upper_given": item.upper_given,
                "lower_given": item.lower_given,
            }
            for item in figures.questions
        ],
    )
    choices = Table(
        title=_("Choices"),
        columns=[
            Column("question", gettext_lazy("Question")),
            Column("choice", gettext_lazy("Choice")),
            Column("correct", gettext_lazy("Correct")),
            Column("chosen", gettext_lazy("Picked by")),
            Column("share", gettext_lazy("Picked (%)")),
        ],
        rows=[
            {
                "question": item.text,
                "choice": choice.text,
                "correct": choice.correct,
                "chosen": choice.chosen,
                "share": round(100 * choice.share, 1),
            }
            for item in figures.questions
            for choice in item.choices.values()
        ],
    )
    return [questions, choices]
