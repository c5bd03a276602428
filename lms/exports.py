"""Spreadsheet exports (CSV and XLSX) that stream any number of rows in constant memory.

Every export of the site goes through here, so they all look alike: a preamble saying what
the file holds (the report, the period, the filters, when it was made), then one or more
tables with translated headings and human labels instead of codes.

- CSV starts with a UTF-8 byte-order mark, so that Excel shows Cyrillic and Uzbek Latin
  correctly, and is a StreamingHttpResponse: rows are written as they come from the database.
- XLSX is written into a temporary file as rows come (lms/xlsx.py: XlsxWriter
  in constant-memory mode), then sent from that file; each table gets its own sheet.

Rows are dicts, typically `queryset.values(...)` read with `.iterator(chunk_size=...)`
(`queryset_rows`), so an export makes a fixed number of queries whatever the number of rows.
Views built on Wagtail's listings (ReportView, ModelViewSet's IndexView) get all of this from
`StreamingExportMixin`.
"""

import csv
import datetime
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from django.http import FileResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.formats import date_format
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .xlsx import Workbook

CSV = "csv"
XLSX = "xlsx"
FORMATS = (CSV, XLSX)
BOM = "\ufeff"
CHUNK_SIZE = 2000  # rows read from the database at a time
LINES_PER_CHUNK = 200  # CSV lines sent at a time
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# A cell starting with one of these is run as a formula by spreadsheet programs.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Column:
    """One column of an export: the row key it reads, its heading, and how a value is shown.

    `labels` maps stored codes to what people read (a TextChoices' choices, a dict of language
    names); `format` turns a value into something else (a callable of one argument). Booleans
    print as Yes/No, dates and times in the site's time zone, None as an empty cell."""

    name: str
    heading: str | Promise
    labels: Mapping | None = None
    format: Callable | None = None

    def getter(self) -> Callable:
        """A function of a row giving this column's value, with its labels translated once
        (an export calls it for every row)."""
        name, format_value = self.name, self.format
        labels = None if self.labels is None else {k: force_str(v) for k, v in self.labels.items()}

        def get(row):
            value = row.get(name) if type(row) is dict else _read(row, name)
            if format_value is not None:
                value = format_value(value)
            if labels is not None and value is not None:
                value = labels.get(value, value)
            return value

        return get


def _read(row, name):
    return row.get(name) if isinstance(row, Mapping) else getattr(row, name)


@dataclass
class Table:
    """Rows under headings. `rows` may be any iterable, read once."""

    columns: list[Column]
    rows: Iterable
    title: str | Promise = ""
    notes: list = field(default_factory=list)


def queryset_rows(queryset, names, *, chunk_size=CHUNK_SIZE):
    """The rows of `queryset` as dicts of `names` (field paths such as `user__email`), read in
    chunks: one query (a server-side cursor on PostgreSQL), never the whole table in memory."""
    return queryset.values(*names).iterator(chunk_size=chunk_size)


def export_response(*, export_format, filename, tables, preamble=()):
    """An attachment response of `tables` in `export_format` ("csv" or "xlsx"), with the
    `preamble` lines ((label, value) pairs) at the top. Unknown formats get HTTP 400."""
    tables = list(tables)
    preamble = [(force_str(label), value) for label, value in preamble]
    if export_format == CSV:
        return csv_response(filename=filename, tables=tables, preamble=preamble)
    if export_format == XLSX:
        return xlsx_response(filename=filename, tables=tables, preamble=preamble)
    return HttpResponseBadRequest(_("Unknown export format."))


def csv_response(*, filename, tables, preamble=()) -> StreamingHttpResponse:
    response = StreamingHttpResponse(
        _csv_lines(tables, preamble), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{_safe_filename(filename)}.csv"'
    return response


class _Echo:
    def write(self, value):
        return value


def _csv_lines(tables, preamble):
    writer = csv.writer(_Echo())
    values = _Values()
    text = values.text
    yield BOM
    for label, value in preamble:
        yield writer.writerow([text(label), text(value)])
    for table in tables:
        yield writer.writerow([])
        if table.title:
            yield writer.writerow([text(table.title)])
        yield writer.writerow([text(column.heading) for column in table.columns])
        getters = [column.getter() for column in table.columns]
        lines = []
        for row in table.rows:
            lines.append(writer.writerow([text(get(row)) for get in getters]))
            if len(lines) == LINES_PER_CHUNK:
                yield "".join(lines)
                lines = []
        yield "".join(lines)
        for note in table.notes:
            yield writer.writerow([text(note)])


def xlsx_response(*, filename, tables, preamble=()) -> FileResponse:
    output = tempfile.TemporaryFile()
    workbook = Workbook(output)
    values = _Values()
    used_titles = set()
    for number, table in enumerate(tables, start=1):
        title = _sheet_title(table.title, number, used_titles)
        workbook.add_sheet(title, _xlsx_rows(table, preamble, values, several=len(tables) > 1))
    workbook.close()
    output.seek(0)
    return FileResponse(
        output,
        as_attachment=True,
        filename=f"{_safe_filename(filename)}.xlsx",
        content_type=XLSX_CONTENT_TYPE,
    )


def _xlsx_rows(table, preamble, values, *, several):
    cell = values.cell
    for label, value in preamble:
        yield [cell(label), cell(value)]
    if preamble:
        yield []
    if table.title and several:
        yield [cell(table.title)]
    yield [cell(column.heading) for column in table.columns]
    getters = [column.getter() for column in table.columns]
    for row in table.rows:
        yield [cell(get(row)) for get in getters]
    for note in table.notes:
        yield [cell(note)]


class _Values:
    """Turns values into what an export writes. The words for Yes and No and the time zone
    are looked up once per export, not once per cell: exports write millions of cells."""

    def __init__(self):
        self.yes, self.no = _("Yes"), _("No")
        self.zone = timezone.get_current_timezone()

    def text(self, value):
        """For CSV: text, or a number; text that a spreadsheet would run as a formula starts
        with an apostrophe."""
        kind = type(value)
        if kind is str:
            return "'" + value if value.startswith(FORMULA_START) else value
        if value is None:
            return ""
        if kind is bool:
            return self.yes if value else self.no
        if kind is int or kind is Decimal or kind is float:
            return value
        if kind is datetime.datetime:
            if value.tzinfo is not None:
                value = value.astimezone(self.zone)
            return value.strftime("%Y-%m-%d %H:%M")
        if kind is datetime.date:
            return value.isoformat()
        return self.text(force_str(value))

    def cell(self, value):
        """For XLSX: numbers, dates and text as themselves (text is never a formula there)."""
        kind = type(value)
        if kind is str or value is None or kind is int or kind is Decimal or kind is float:
            return value
        if kind is bool:
            return self.yes if value else self.no
        if kind is datetime.datetime:
            # Excel has no time zones: the site's local time, as people read it elsewhere.
            if value.tzinfo is not None:
                value = value.astimezone(self.zone).replace(tzinfo=None)
            return value
        if kind is datetime.date:
            return value
        return force_str(value)


def _sheet_title(title, number, used) -> str:
    base = re.sub(r"[\[\]:*?/\\]", " ", force_str(title or "")).strip()[:28] or str(number)
    candidate = base
    while candidate in used:
        candidate = f"{base[:25]} {number}"
        number += 100
    used.add(candidate)
    return candidate


def _safe_filename(filename) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", filename).strip("-") or "export"


def generated_line():
    """The preamble line saying when an export was made."""
    return (gettext_lazy("Generated"), date_format(timezone.localtime(), "DATETIME_FORMAT"))


def log_learner_export(request, *, model, what: str) -> None:
    """Write an export of learner-level rows to Wagtail's audit log: who, when, which listing
    and with which filters. A search is noted but not its words, which may be a name."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.log_actions import log

    query = request.GET.copy()
    query.pop("export", None)
    if query.pop("q", None):
        query["q"] = "…"
    log(
        instance=ContentType.objects.get_for_model(model),
        action="lms.export_learner_data",
        user=request.user,
        data={"what": str(what), "query": query.urlencode()[:500]},
    )


class StreamingExportMixin:
    """For Wagtail listing views (ReportView, a ModelViewSet's IndexView): their CSV and XLSX
    exports stream `.values()` of the filtered queryset in chunks, with `export_columns`
    (list of Column), and print the active filters at the top. Wagtail's own export would
    load every row as a model instance (and count them) before writing the first one.

    Set `export_columns` (or override `get_export_columns`); row keys are field paths for
    `.values()`, so `user__email` reads the user's email with a join, not a query per row."""

    export_columns: list[Column] = []
    export_title = ""

    def get_export_columns(self):
        return self.export_columns

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        # Wagtail shows its export buttons when the view has something to export.
        self.list_export = [column.name for column in self.get_export_columns()]

    def get(self, request, *args, **kwargs):
        if not self.is_export:
            return super().get(request, *args, **kwargs)
        filters = getattr(self, "filters", None)
        if filters is not None and not filters.is_valid():
            return HttpResponseBadRequest(_("The filters are not valid."))
        queryset = self.get_export_queryset()
        log_learner_export(
            request,
            model=queryset.model,
            what=f"{self.export_title or self.get_page_title()} ({request.GET.get('export')})",
        )
        return self.export(queryset, request.GET.get("export"))

    def get_export_queryset(self):
        if hasattr(self, "get_filtered_queryset"):  # ReportView
            return self.get_filtered_queryset()
        return self.get_queryset()  # IndexView filters and searches in get_queryset()

    def get_export_preamble(self):
        lines = [(gettext_lazy("Report"), self.export_title or self.get_page_title())]
        if getattr(self, "filters", None) is not None:
            yes_no = {"True": _("Yes"), "False": _("No")}  # how boolean filters print
            lines.extend((f.field_label, yes_no.get(f.value, f.value)) for f in self.active_filters)
        search = getattr(self, "search_query", None)
        if search:
            lines.append((gettext_lazy("Search"), search))
        lines.append(generated_line())
        return lines

    def get_export_rows(self, queryset):
        return queryset_rows(queryset, [column.name for column in self.get_export_columns()])

    def export(self, queryset, export_format):
        table = Table(columns=self.get_export_columns(), rows=self.get_export_rows(queryset))
        return export_response(
            export_format=export_format,
            filename=self.get_filename(),
            tables=[table],
            preamble=self.get_export_preamble(),
        )
