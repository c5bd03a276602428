"""Programme reports as staff use them: the dashboard, donor indicators and knowledge gain,
their filters, their exports and the PDF report."""

import io
from decimal import Decimal

import pytest
from django.urls import reverse
from pypdf import PdfReader

from courses.models import Enrolment
from courses.reporting.filters import Selection
from courses.reporting.queries import course_knowledge_gain
from courses.reporting.report import programme_report
from courses.reporting.suppression import Suppression, disclosed_cells
from courses.selectors import learner_gain
from tests.courses.reporting_helpers import (
    csv_rows,
    enrol,
    find_table,
    make_learner,
    take,
    with_tests,
    xlsx_sheets,
)
from tests.factories import make_course, make_user, translate_course

pytestmark = pytest.mark.django_db

PROGRAMME = "courses_reports:programme"
INDICATORS = "courses_reports:indicators"
KNOWLEDGE_GAIN = "courses_reports:knowledge_gain"


def small_course(title="Social work", **fields):
    return make_course(modules=1, lessons_per_module=1, title=title, **fields)


def test_a_course_is_one_row_with_its_translations_pooled(client, officer):
    course = small_course()
    pre, post = with_tests(course)
    russian = translate_course(course, "ru")
    ru_pre, ru_post = russian.get_descendants().type(type(pre)).specific().order_by("path")
    for number, (page, tests) in enumerate(
        [(course, (pre, post)), (russian, (ru_pre, ru_post)), (russian, (ru_pre, ru_post))]
    ):
        learner = make_learner()
        enrol(learner, page)
        take(learner, tests[0], page, number)
        take(learner, tests[1], page, 4)

    response = client.get(reverse(KNOWLEDGE_GAIN))

    (row,) = response.context["report"].courses
    assert row.course.title == "Social work"
    assert row.course.language_names == "English, Русский"
    assert (row.enrolled, row.gain.learners) == (3, 3)
    # Pre-tests of 0, 1 and 2 right out of 4, post-tests all right.
    assert row.gain.mean_pre == Decimal("25.00") and row.gain.mean_post == Decimal("100.00")
    html = response.content.decode()
    assert html.count('<th scope="row">Social work</th>') == 1
    assert "Social work (ru)" not in html.split("<table", 1)[1]


def test_a_person_counts_once_however_many_translations_and_courses(client, officer):
    first, second = small_course("First"), small_course("Second")
    first_ru = translate_course(first, "ru")
    person = make_learner()
    enrol(person, first)
    enrol(person, first_ru)  # the same course in Russian: the same enrolment
    enrol(person, second, completed="2026-03-01")
    enrol(make_learner(), second, completed="2026-03-02")

    report = client.get(reverse(INDICATORS)).context["report"]

    assert Enrolment.objects.filter(user=person).count() == 2
    assert report.headline.people_enrolled == 2
    assert report.headline.enrolments == 3
    assert report.headline.people_completed == 2 and report.headline.completions == 2
    assert {row.course.title: row.enrolled for row in report.courses} == {"First": 1, "Second": 2}


def consenting_people(course, groups):
    """Learners enrolled (and completed) in `course`: {(country, gender): number}."""
    for (country, gender), count in groups.items():
        for _ in range(count):
            learner = make_learner(country=country, gender=gender, role="social_worker")
            enrol(learner, course, on="2026-01-15", completed="2026-02-15")


def test_learners_who_did_not_consent_are_counted_as_not_shared(client, officer):
    course = small_course()
    consenting_people(course, {("KG", "woman"): 6, ("UZ", "man"): 5})
    for _ in range(5):
        enrol(make_learner(country="TJ", gender="woman", consent=False), course)

    report = client.get(reverse(INDICATORS)).context["report"]
    by_country = report.enrolled_tables[0]

    rows = {row.label: [str(f) for f in row.figures] + [str(row.total)] for row in by_country.rows}
    assert [label for _code, label in by_country.columns] == ["Woman", "Man", "Not shared"]
    assert rows == {
        "Kyrgyzstan": ["6", "0", "0", "6"],
        "Uzbekistan": ["0", "5", "0", "5"],
        "Not shared": ["0", "0", "5", "5"],
    }
    # Filtering by a country never shows who did not consent.
    tajik = client.get(reverse(INDICATORS), {"country": "TJ"}).context["report"]
    assert tajik.headline.people_enrolled == 0


def test_a_cell_of_three_is_hidden_on_screen_and_in_exports_and_no_total_reveals_it(
    client, officer
):
    course = small_course()
    consenting_people(
        course, {("KG", "woman"): 3, ("KG", "man"): 9, ("UZ", "woman"): 8, ("UZ", "man"): 12}
    )

    response = client.get(reverse(INDICATORS))
    csv = csv_rows(client.get(reverse(INDICATORS), {"export": "csv"}))
    sheets = xlsx_sheets(client.get(reverse(INDICATORS), {"export": "xlsx"}))

    table = response.context["report"].enrolled_tables[0]
    kyrgyzstan = next(row for row in table.rows if row.label == "Kyrgyzstan")
    assert str(kyrgyzstan.figures[0]) == "<5"
    # The hidden 3 can be worked out neither from its row nor from its column.
    hidden_in_row = [f for f in [*kyrgyzstan.figures, kyrgyzstan.total] if f.hidden]
    hidden_in_column = [row.figures[0] for row in table.rows if row.figures[0].hidden]
    assert len(hidden_in_row) >= 2
    assert len(hidden_in_column) + table.column_totals[0].hidden >= 2
    # Figures hidden only to protect the small one never pretend to be small.
    for figure in [*hidden_in_row, *hidden_in_column]:
        assert str(figure) == ("<5" if figure.value < 5 else "x")
    assert '<td class="number">&lt;5</td>' in response.content.decode()
    exported = find_table(csv, "People enrolled — Country")
    assert exported[0] == ["Country", "Woman", "Man", "Total"]
    assert exported[1][:2] == ["Kyrgyzstan", "<5"]
    assert "3" not in exported[1]
    sheet = next(rows for title, rows in sheets.items() if title.startswith("People enrolled — C"))
    kyrgyz_row = next(row for row in sheet if row and row[0] == "Kyrgyzstan")
    assert kyrgyz_row[1] == "<5" and 3 not in kyrgyz_row
    # Every table of the report is safe: no hidden figure follows from the shown ones.
    for table in response.context["report"].enrolled_tables:
        assert not disclosed_cells(*_as_counts(table))


def _as_counts(table):
    """A CrossTable's counts and hidden figures, for the suppression audit."""
    cells = [[f.value for f in row.figures] for row in table.rows]
    return cells, Suppression(
        cells={
            (i, j)
            for i, row in enumerate(table.rows)
            for j, figure in enumerate(row.figures)
            if figure.hidden
        },
        row_totals={i for i, row in enumerate(table.rows) if row.total.hidden},
        column_totals={j for j, figure in enumerate(table.column_totals) if figure.hidden},
    )


def test_the_totals_by_gender_are_hidden_alike_in_every_table(client, officer):
    course = small_course()
    people = (
        [
            ("KG", "woman", "social_worker"),
            ("KG", "woman", "psychologist"),
            ("KG", "undisclosed", "psychologist"),
        ]
        + [("UZ", "man", "teacher")] * 9
        + [("UZ", "woman", "teacher")] * 6
    )
    for country, gender, role in people:
        enrol(make_learner(country=country, gender=gender, role=role), course)

    report = client.get(reverse(INDICATORS)).context["report"]

    totals = {tuple(f.hidden for f in table.column_totals) for table in report.enrolled_tables}
    assert len(totals) == 1


def test_the_period_applies_to_the_date_chosen(client, officer):
    course = small_course()
    enrol(make_learner(), course, on="2025-12-01", completed="2026-01-10")  # completed in Q1
    enrol(make_learner(), course, on="2026-02-01", completed="2026-03-20")  # both in Q1
    enrol(make_learner(), course, on="2026-03-01", completed="2026-04-05")  # enrolled in Q1
    enrol(make_learner(), course, on="2026-04-02")  # after Q1
    enrol(make_learner(), course, on="2025-10-01", completed="2025-11-01")  # before Q1
    quarter = {"date_from": "2026-01-01", "date_to": "2026-03-31"}

    by_completion = client.get(reverse(INDICATORS), quarter).context["report"].headline
    by_enrolment = (
        client.get(reverse(INDICATORS), {**quarter, "basis": "enrolment"}).context["report"]
    ).headline

    # Open at some time in Q1: the first three; completed in Q1: the first two.
    assert (by_completion.people_enrolled, by_completion.people_completed) == (3, 2)
    assert by_completion.completion_rate == Decimal("66.67")
    # Enrolled in Q1: the second and third, both completed since.
    assert (by_enrolment.people_enrolled, by_enrolment.people_completed) == (2, 2)
    csv = csv_rows(client.get(reverse(INDICATORS), {**quarter, "export": "csv"}))
    assert csv[0] == ["Report", "Donor indicators"]
    assert csv[1][0] == "Period" and "2026" in csv[1][1]
    assert csv[2] == ["Dates apply to", "Completion date"]
    assert ["Course", "All"] in csv[:8]


def test_people_trained_per_month_count_each_person_once_a_month(client, officer):
    first, second = small_course("First"), small_course("Second")
    person = make_learner()
    enrol(person, first, on="2026-01-02", completed="2026-01-10")
    enrol(person, second, on="2026-01-02", completed="2026-01-20")
    enrol(make_learner(), first, on="2026-01-02", completed="2026-03-05")

    report = client.get(
        reverse(PROGRAMME), {"date_from": "2026-01-01", "date_to": "2026-03-31"}
    ).context["report"]

    assert [(month.month, people) for month, people in report.months] == [(1, 1), (2, 0), (3, 1)]


def test_exports_show_labels_not_codes_and_start_with_a_byte_order_mark(client, officer):
    course = small_course()
    consenting_people(course, {("KG", "woman"): 5})

    response = client.get(reverse(INDICATORS), {"export": "csv"})
    content = b"".join(response.streaming_content)

    assert content.startswith(b"\xef\xbb\xbf")
    text = content.decode("utf-8-sig")
    assert "Kyrgyzstan" in text and "Woman" in text and "Social worker" in text
    assert ",KG," not in text and "woman" not in text and "social_worker" not in text
    assert response["Content-Disposition"].startswith('attachment; filename="donor-indicators-')


def test_invalid_filters_are_form_errors_and_exports_refuse_them(client, officer):
    page = client.get(reverse(INDICATORS), {"date_from": "2026-05-01", "date_to": "2026-04-01"})
    bad_date = client.get(reverse(INDICATORS), {"date_from": "yesterday"})
    bad_course = client.get(reverse(INDICATORS), {"course": "not-a-course"})
    export = client.get(reverse(INDICATORS), {"date_from": "1999-01-01", "export": "csv"})
    unknown_format = client.get(reverse(INDICATORS), {"export": "docx"})
    unknown_language = client.get(reverse(PROGRAMME), {"export": "pdf", "language": "xx"})

    assert page.status_code == 200 and page.context["report"] is None
    assert "The end of the period is before its start." in page.content.decode()
    assert bad_date.status_code == 200 and bad_date.context["form"].errors["date_from"]
    assert bad_course.context["form"].errors["course"]
    assert export.status_code == 400
    assert unknown_format.status_code == 400
    assert unknown_language.status_code == 400


def test_the_old_training_summary_address_leads_to_the_donor_indicators(client, officer):
    response = client.get("/admin/learning-reports/training/", {"country": "KG"})
    assert response.status_code == 302
    assert response["Location"] == reverse(INDICATORS) + "?country=KG"


def test_learners_and_anonymous_visitors_cannot_see_reports(client):
    anonymous = client.get(reverse(PROGRAMME))
    client.force_login(make_user())
    learner = [client.get(reverse(name)) for name in (PROGRAMME, INDICATORS, KNOWLEDGE_GAIN)]

    assert anonymous.status_code == 302
    assert all(response.status_code in {302, 403} for response in learner)


@pytest.mark.parametrize("group", ["Trainers", "Reviewers", "Programme staff"])
def test_staff_groups_see_the_reports_in_the_menu(client, group):
    client.force_login(make_user(groups=[group]))

    home = client.get("/admin/")
    dashboard = client.get(reverse(PROGRAMME))

    assert dashboard.status_code == 200
    assert reverse(PROGRAMME) in home.content.decode()


def test_programme_staff_change_nothing(client, officer):
    course = small_course()
    enrolment = enrol(make_learner(), course)

    edit = client.get(reverse("enrolments:edit", args=[enrolment.pk]))
    page_edit = client.get(reverse("wagtailadmin_pages:edit", args=[course.pk]))

    assert edit.status_code in {302, 403}
    assert page_edit.status_code in {302, 403}


def gain_course():
    course = small_course()
    pre, post = with_tests(course)
    return course, pre, post


def test_knowledge_gain_takes_the_first_pre_test_and_the_best_post_test(client, officer):
    course, pre, post = gain_course()
    learner = make_learner()
    enrol(learner, course)
    take(learner, pre, course, 1)  # 25: counts
    take(learner, pre, course, 4)  # a second pre-test: does not
    take(learner, post, course, 3)  # 75
    take(learner, post, course, 2)  # 50: the best (75) counts

    gain = course_knowledge_gain(course=course)
    mine = learner_gain(enrolment=Enrolment.objects.get(user=learner), course=course)

    assert (gain.mean_pre, gain.mean_post, gain.mean_gain) == (
        Decimal("25.00"),
        Decimal("75.00"),
        Decimal("50.00"),
    )
    # What the learner is shown agrees with the report.
    assert (mine.pre, mine.post) == (gain.mean_pre, gain.mean_post)
    assert gain.normalised_gain == Decimal("0.67")  # (75 − 25) / (100 − 25)
    assert gain.improved_share == Decimal("100.00")
    page = client.get(reverse(KNOWLEDGE_GAIN)).content.decode()
    assert "first graded pre-test attempt" in page and "best" in page


def test_normalised_gain_is_left_empty_when_everyone_starts_at_100(client, officer):
    course, pre, post = gain_course()
    for _ in range(2):
        learner = make_learner()
        enrol(learner, course)
        take(learner, pre, course, 4)
        take(learner, post, course, 4)

    gain = course_knowledge_gain(course=course)

    assert gain.mean_pre == 100 and gain.normalised_gain is None
    assert gain.improved_share == 0


def test_knowledge_gain_by_group_hides_small_groups(client, officer):
    course, pre, post = gain_course()
    groups = [("woman", 6), ("man", 2), ("undisclosed", 4)]
    for gender, count in groups:
        for _ in range(count):
            learner = make_learner(gender=gender, country="KG")
            enrol(learner, course, completed="2026-02-01")
            take(learner, pre, course, 1)
            take(learner, post, course, 3)

    report = client.get(reverse(KNOWLEDGE_GAIN)).context["report"]
    by_gender = next(t for t in report.gain_tables if t.row_label == "Gender")

    rows = {row.label: (str(row.learners), str(row.mean_pre)) for row in by_gender.rows}
    assert rows == {"Woman": ("6", "25.0"), "Man": ("<5", "–"), "Prefer not to say": ("<5", "–")}
    assert str(by_gender.total.learners) == "12"


def pdf_text(content: bytes) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    return " ".join(text.split())


def test_the_pdf_report_holds_the_headline_figures_in_the_language_chosen(client, officer):
    course = small_course(title="Social work")
    pre, post = with_tests(course)
    russian = translate_course(course, "ru")
    russian.title = "Социальная работа"
    russian.save_revision().publish()
    for number in range(7):
        learner = make_learner(country="KG", gender="woman")
        enrol(learner, course, on="2026-01-10", completed="2026-02-01" if number < 5 else None)
        take(learner, pre, course, 1)
        take(learner, post, course, 4)

    english = client.get(reverse(PROGRAMME), {"export": "pdf", "language": "en"})
    in_russian = client.get(reverse(PROGRAMME), {"export": "pdf", "language": "ru"})

    assert english.status_code == 200 and english["Content-Type"] == "application/pdf"
    text = pdf_text(english.content)
    assert "Programme report" in text
    assert "People enrolled 7" in text
    assert "People trained (completed a course) 5" in text
    assert "Completion rate (%) 71.4" in text
    assert "Mean pre-test (%) 25.0" in text and "Mean post-test (%) 100.0" in text
    assert "Social work" in text
    russian_text = pdf_text(in_russian.content)
    assert "Социальная работа" in russian_text and "Кыргызстан" in russian_text


def test_the_dashboard_shows_its_charts_as_svg_with_their_figures(client, officer):
    course, pre, post = gain_course()
    for _ in range(6):
        learner = make_learner(country="UZ", gender="man")
        enrol(learner, course, completed="2026-02-01")
        take(learner, pre, course, 2)
        take(learner, post, course, 3)

    response = client.get(reverse(PROGRAMME), {"date_from": "2026-01-01"})
    html = response.content.decode()

    assert html.count('<svg role="img"') == 3
    assert "<title id=" in html and "<desc id=" in html
    assert "People trained per month" in html
    assert "Mean pre-test and post-test score per course" in html
    assert "http://" not in html.split("<svg", 1)[1].split("</svg>", 1)[0].replace(
        "http://www.w3.org", ""
    )
    assert "<details>" in html


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_dashboard_exports_the_whole_programme_report(client, officer, export_format):
    course, pre, post = gain_course()
    consenting_people(course, {("KG", "woman"): 5, ("UZ", "man"): 6})

    response = client.get(reverse(PROGRAMME), {"export": export_format})

    assert response.status_code == 200
    if export_format == "csv":
        rows = csv_rows(response)
        assert find_table(rows, "Headline figures")[1] == ["People enrolled", "11"]
    else:
        sheets = xlsx_sheets(response)
        assert {"Headline figures", "Courses"} <= set(sheets)
        headline = sheets["Headline figures"]
        assert ["People enrolled", 11] in [row[:2] for row in headline]


def build_programme(courses, learners):
    """`courses` courses with tests, and `learners` learners enrolled in the first, each with
    both tests, half of them completed."""
    made = []
    for number in range(courses):
        course = small_course(f"Course {number}")
        made.append((course, *with_tests(course, questions=2)))
    course, pre, post = made[0]
    for number in range(learners):
        learner = make_learner(country="KG", gender="woman" if number % 2 else "man")
        enrol(learner, course, completed="2026-02-01" if number % 2 else None)
        take(learner, pre, course, 1)
        take(learner, post, course, 2)


@pytest.mark.parametrize(("courses", "learners"), [(1, 1), (50, 1), (1, 50)])
def test_reports_and_their_exports_make_the_same_queries_whatever_their_size(
    client, officer, django_assert_num_queries, courses, learners
):
    build_programme(courses, learners)
    client.get(reverse(PROGRAMME))  # the session and the admin's first-request caches

    for name in (PROGRAMME, INDICATORS, KNOWLEDGE_GAIN):
        # 4 for the user and their permissions (the session is read from the cache), 1 for the
        # training groups and places of the filter, 5 for the report, 3 for the menu.
        with django_assert_num_queries(13):
            response = client.get(reverse(name), {"date_from": "2026-01-01"})
        assert response.status_code == 200
        assert len(response.context["report"].courses) == courses
    # The session, the user and permissions, the courses and training groups for the filters,
    # then the report; the PDF reads the courses' titles again, in its own language.
    for export_format, queries in (("csv", 10), ("xlsx", 10), ("pdf", 11)):
        with django_assert_num_queries(queries):
            response = client.get(reverse(PROGRAMME), {"export": export_format})
            if export_format == "csv":
                b"".join(response.streaming_content)
        assert response.status_code == 200
    with django_assert_num_queries(10):
        response = client.get(reverse(INDICATORS), {"export": "xlsx"})
    assert response.status_code == 200


def test_the_report_reads_the_database_in_a_fixed_number_of_queries(
    django_assert_num_queries,
):
    build_programme(3, 4)

    with django_assert_num_queries(5):
        report = programme_report(Selection())

    assert report.headline.people_enrolled == 4
