"""The shared export helper: BOM, preamble, labels, formulas kept as text, sheets."""

import datetime
import io
from decimal import Decimal

import pytest
from django.utils import timezone, translation
from openpyxl import load_workbook

from lms.exports import Column, Table, export_response
from lms.models import Country

COLUMNS = [
    Column("name", "Name"),
    Column("country", "Country", labels=dict(Country.choices)),
    Column("active", "Active"),
    Column("score", "Score"),
    Column("when", "When"),
]
ROWS = [
    {
        "name": '=HYPERLINK("http://evil")',
        "country": "KG",
        "active": True,
        "score": Decimal("92.50"),
        "when": timezone.make_aware(datetime.datetime(2026, 3, 1, 9, 30)),
    },
    {"name": "Гульнара", "country": "UZ", "active": False, "score": None, "when": None},
]


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def content(response):
    return b"".join(response.streaming_content)


def test_csv_has_a_byte_order_mark_the_preamble_labels_and_no_formulas():
    response = export_response(
        export_format="csv",
        filename="people list",
        tables=[Table(columns=COLUMNS, rows=iter(ROWS))],
        preamble=[("Period", "1 Jan 2026 – 31 Mar 2026")],
    )

    raw = content(response)
    lines = raw.decode("utf-8-sig").splitlines()

    assert raw.startswith(b"\xef\xbb\xbf")
    assert response["Content-Disposition"] == 'attachment; filename="people-list.csv"'
    assert lines[0] == "Period,1 Jan 2026 – 31 Mar 2026"
    assert lines[2] == "Name,Country,Active,Score,When"
    assert lines[3] == '"\'=HYPERLINK(""http://evil"")",Kyrgyzstan,Yes,92.50,2026-03-01 09:30'
    assert lines[4] == "Гульнара,Uzbekistan,No,,"


def test_xlsx_has_a_sheet_per_table_with_the_preamble_and_text_never_run_as_formula():
    response = export_response(
        export_format="xlsx",
        filename="people",
        tables=[
            Table(columns=COLUMNS, rows=ROWS, title="People"),
            Table(columns=COLUMNS[:1], rows=[], title="People"),
        ],
        preamble=[("Period", "All dates")],
    )

    workbook = load_workbook(io.BytesIO(content(response)))

    assert [sheet.title for sheet in workbook.worksheets] == ["People", "People 2"]
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    assert rows[0][:2] == ("Period", "All dates")
    assert rows[2][0] == "People" and rows[3][0] == "Name"
    assert rows[4][:4] == ('=HYPERLINK("http://evil")', "Kyrgyzstan", "Yes", 92.5)
    assert workbook.worksheets[0].cell(row=5, column=1).data_type == "s"
    assert rows[4][4] == datetime.datetime(2026, 3, 1, 9, 30)


def test_an_unknown_format_is_a_bad_request():
    assert export_response(export_format="ods", filename="x", tables=[]).status_code == 400


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_rows_are_read_as_they_are_written(export_format):
    read = []

    def rows():
        for number in range(3):
            read.append(number)
            yield {"name": str(number)}

    response = export_response(
        export_format=export_format, filename="x", tables=[Table(columns=COLUMNS[:1], rows=rows())]
    )
    if export_format == "csv":
        assert read == []  # nothing is read before the response is sent
    content(response)
    assert read == [0, 1, 2]


def test_the_xlsx_writer_keeps_text_numbers_and_dates_apart():
    from lms.xlsx import Workbook

    output = io.BytesIO()
    workbook = Workbook(output)
    workbook.add_sheet(
        'Q1 <"report">',
        [
            [" padded ", "bell\x07", 3, Decimal("1.50"), 2.25],
            [None, datetime.date(2026, 3, 1), datetime.datetime(2026, 3, 1, 18, 30)],
        ],
    )
    workbook.close()
    output.seek(0)

    sheet = load_workbook(output).worksheets[0]

    assert sheet.title == 'Q1 <"report">'
    assert [cell.value for cell in sheet[1]] == [" padded ", "bell", 3, 1.5, 2.25]
    assert sheet["A2"].value is None
    assert sheet["B2"].value == datetime.datetime(2026, 3, 1)
    assert sheet["B2"].number_format == "yyyy-mm-dd"
    assert sheet["C2"].value == datetime.datetime(2026, 3, 1, 18, 30)
    assert sheet["C2"].number_format == "yyyy-mm-dd hh:mm"
