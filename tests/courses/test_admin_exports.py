"""The admin's listings and their exports: enrolments, quiz attempts and certificates answer
200, read their rows in a fixed number of queries and print labels, not codes."""

import pytest
from django.urls import reverse

from tests.courses.reporting_helpers import (
    csv_rows,
    enrol,
    make_learner,
    take,
    with_tests,
    xlsx_sheets,
)
from tests.factories import make_course, make_user, translate_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client):
    user = make_user(groups=["Reviewers"])
    client.force_login(user)
    return user


def enrolments(count):
    course = make_course(modules=1, lessons_per_module=1, title="Social work")
    russian = translate_course(course, "ru")
    for number in range(count):
        enrol(make_learner(), russian if number % 2 else course, completed="2026-02-01")
    return course


@pytest.mark.parametrize("count", [1, 50])
@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_enrolments_export_answers_with_every_row_in_the_same_queries(
    client, staff, django_assert_num_queries, count, export_format
):
    enrolments(count)
    url = reverse("enrolments:index")
    client.get(url)
    b"".join(client.get(url, {"export": "csv"}).streaming_content)  # content types cached

    # 5, and 3 for the audit log entry: its insert and the checks of its two foreign keys.
    with django_assert_num_queries(8):
        response = client.get(url, {"export": export_format, "status": "active"})
        if export_format == "csv":
            rows = csv_rows(response)
        else:
            rows = next(iter(xlsx_sheets(response).values()))

    assert response.status_code == 200
    heading = next(i for i, row in enumerate(rows) if row and row[0] == "Learner's email")
    data = rows[heading + 1 :]
    assert len(data) == count
    assert {row[3] for row in data} <= {"English", "Русский"}
    assert {row[4] for row in data} == {"Active"}
    assert ["Status", "Active"] in [list(row[:2]) for row in rows[:heading]]


@pytest.mark.parametrize("count", [1, 50])
def test_the_enrolments_listing_makes_the_same_queries_whatever_the_page_holds(
    client, staff, django_assert_num_queries, count
):
    enrolments(count)
    url = reverse("enrolments:index")
    client.get(url)

    with django_assert_num_queries(10):
        response = client.get(url)

    assert response.status_code == 200
    assert len(response.context["object_list"]) == min(count, 20)


@pytest.mark.parametrize("count", [1, 50])
def test_the_quiz_attempts_export_streams_every_attempt_in_one_query(
    client, staff, django_assert_num_queries, count
):
    course = make_course(modules=1, lessons_per_module=1)
    pre, post = with_tests(course)
    for _ in range(count):
        learner = make_learner()
        enrol(learner, course)
        take(learner, post, course, 3)
    url = reverse("courses_reports:quiz_attempts")
    client.get(url)
    csv_rows(client.get(url, {"export": "csv"}))  # content types cached

    with django_assert_num_queries(8):  # 3 of them for the audit log entry
        rows = csv_rows(client.get(url, {"export": "csv", "passed": "true"}))
    with django_assert_num_queries(11):
        listing = client.get(url)

    heading = rows.index(next(row for row in rows if row and row[0] == "Learner's email"))
    assert len(rows[heading + 1 :]) == count
    assert rows[heading + 1][4] == "Post-test" and rows[heading + 1][9] == "Yes"
    assert ["Passed", "Yes"] in rows[:heading]
    assert listing.status_code == 200


def test_a_bad_filter_on_an_export_is_a_bad_request(client, staff):
    response = client.get(
        reverse("courses_reports:quiz_attempts"), {"export": "csv", "graded_at_from": "never"}
    )
    assert response.status_code == 400


@pytest.mark.parametrize("count", [1, 50])
def test_the_certificates_export_prints_labels_in_the_same_queries(
    client, staff, django_assert_num_queries, count
):
    from certificates.models import Certificate

    course = make_course(modules=1, lessons_per_module=1, title="Social work")
    for _ in range(count):
        enrolment = enrol(make_learner(), course, completed="2026-02-01")
        Certificate.objects.create(
            user=enrolment.user,
            enrolment=enrolment,
            course=course,
            name="Гульнара Абдыкадырова",
            course_title="Social work",
            language="ru",
            hours=4,
            completed_on="2026-02-01",
            issuer="Academy",
            title="Certificate",
            body="",
            status="valid",
        )
    url = reverse("certificates_admin:index")
    client.get(url)
    csv_rows(client.get(url, {"export": "csv"}))  # content types cached

    with django_assert_num_queries(8):  # 3 of them for the audit log entry
        rows = csv_rows(client.get(url, {"export": "csv"}))

    heading = rows.index(next(row for row in rows if row and row[0] == "Code"))
    data = rows[heading + 1 :]
    assert len(data) == count
    assert data[0][1] == "Valid" and data[0][4] == "Русский"
    assert len(data[0][0]) == 19 and data[0][0][4] == "-"


def test_listings_show_learners_by_their_names_not_their_emails(client, staff):
    course = make_course(modules=1, lessons_per_module=1)
    _pre, post = with_tests(course)
    learner = make_user("zarina", full_name="Зарина Каримова")
    enrol(learner, course)
    take(learner, post, course, 3)

    for url in [reverse("enrolments:index"), reverse("courses_reports:quiz_attempts")]:
        content = client.get(url).content.decode()
        assert "Зарина Каримова" in content
        assert "zarina@example.org" not in content
