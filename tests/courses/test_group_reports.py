"""Programme reports filtered by training group and by place."""

import datetime

import pytest
from django.urls import reverse

from courses.models import GroupMembership, TrainingGroup
from courses.reporting.filters import ReportFilterForm
from tests.courses.reporting_helpers import (
    csv_rows,
    enrol,
    find_table,
    make_learner,
    take,
    with_tests,
    xlsx_sheets,
)
from tests.factories import make_course, make_user

pytestmark = pytest.mark.django_db

PROGRAMME = "courses_reports:programme"
INDICATORS = "courses_reports:indicators"
KNOWLEDGE_GAIN = "courses_reports:knowledge_gain"


def group_of(course, name, city, country="KZ"):
    return TrainingGroup.objects.create(
        course=course,
        name=name,
        country=country,
        city=city,
        starts_on=datetime.date(2026, 3, 2),
        ends_on=datetime.date(2026, 3, 3),
    )


def build():
    course = make_course(modules=1, lessons_per_module=1, title="Social work")
    pre, post = with_tests(course, questions=2)
    karaganda = group_of(course, "Karaganda, March", "Karaganda")
    aravan = group_of(course, "Aravan, March", "Aravan", country="KG")
    for number in range(7):
        learner = make_learner(country="KZ", gender="woman")
        enrolment = enrol(learner, course, completed="2026-03-03" if number < 6 else None)
        group = karaganda if number < 5 else aravan
        GroupMembership.objects.create(group=group, user=learner, enrolment=enrolment)
        take(learner, pre, course, 1)
        take(learner, post, course, 2)
    enrol(make_learner(country="KZ"), course)  # online, in no group
    return course, karaganda, aravan


def test_the_training_filter_narrows_every_report_to_a_group_or_a_place(
    client, officer, django_assert_num_queries
):
    _course, karaganda, aravan = build()
    client.get(reverse(PROGRAMME))

    for value, enrolled in ((f"g:{karaganda.pk}", 5), (f"g:{aravan.pk}", 2), ("p:KG:Aravan", 2)):
        # 13: the report pages' 12 (see test_reports.py) and the groups for the filter's choices.
        with django_assert_num_queries(13):
            response = client.get(reverse(INDICATORS), {"training": value})
        assert response.status_code == 200
        report = response.context["report"]
        assert report.headline.people_enrolled == enrolled
    with django_assert_num_queries(13):
        response = client.get(reverse(KNOWLEDGE_GAIN), {"training": f"g:{karaganda.pk}"})
    assert response.status_code == 200
    with django_assert_num_queries(13):
        assert client.get(reverse(PROGRAMME), {"training": "p:KZ:Karaganda"}).status_code == 200
    response = client.get(reverse(INDICATORS))
    assert response.context["report"].headline.people_enrolled == 8


def test_an_unknown_training_is_a_form_error_and_a_bad_export(client, officer):
    build()
    response = client.get(reverse(INDICATORS), {"training": "g:999999"})
    assert response.status_code == 200
    assert response.context["form"].errors["training"]
    assert client.get(reverse(INDICATORS), {"training": "x", "export": "csv"}).status_code == 400


def test_exports_print_the_training_filter(client, officer):
    _course, karaganda, _aravan = build()
    response = client.get(reverse(INDICATORS), {"training": f"g:{karaganda.pk}", "export": "csv"})
    text = b"".join(response.streaming_content).decode()
    assert "Training group or place" in text
    assert "Karaganda, March" in text


def test_the_form_lists_places_and_groups_in_one_query(django_assert_num_queries):
    build()
    with django_assert_num_queries(2):  # the report's courses, then the groups
        form = ReportFilterForm({})
    choices = form.fields["training"].choices
    assert [label for label, _options in choices[1:]] == ["Places", "Training groups"]


# Grouped by training group and by place --------------------------------------------------

TRAINING_GROUPS = "courses_reports:training_groups"


def test_the_grouped_report_gives_each_group_and_place_its_people_and_gain(
    client, officer, django_assert_num_queries
):
    course, karaganda, _aravan = build()
    # One of Karaganda's people also took a follow-up day there: two groups, one place.
    follow_up = group_of(course, "Karaganda, follow-up", "Karaganda")
    member = GroupMembership.objects.filter(group=karaganda).first()
    GroupMembership.objects.create(group=follow_up, user=member.user, enrolment=member.enrolment)
    client.get(reverse(TRAINING_GROUPS))

    # 13: nine as on every report page (session, user, Wagtail's admin, the filter's choices),
    # then four: memberships, their groups, the courses' pre-/post-test keys, the attempts.
    with django_assert_num_queries(13):
        response = client.get(reverse(TRAINING_GROUPS))

    assert response.status_code == 200
    report = response.context["report"]
    rows = {row.label: row for row in report.groups}
    shown = {
        label: [str(getattr(row, name)) for name in ("enrolled", "completed", "both")]
        for label, row in rows.items()
    }
    assert shown == {
        "Karaganda, March": ["5", "5", "5"],
        "Aravan, March": ["<5", "<5", "<5"],
        "Karaganda, follow-up": ["<5", "<5", "<5"],
    }
    karaganda_row = rows["Karaganda, March"]
    assert karaganda_row.completion_rate.value == 100
    assert (karaganda_row.mean_pre.value, karaganda_row.mean_post.value) == (50, 100)
    assert karaganda_row.mean_gain.value == 50
    # A rate or mean resting on a hidden count is hidden too.
    assert str(rows["Aravan, March"].mean_gain) == "–"
    assert str(rows["Aravan, March"].completion_rate) == "–"
    # The place counts the person in two of its groups once.
    places = {row.label: str(row.enrolled) for row in report.places}
    assert places == {"Aravan": "<5", "Karaganda": "5"}
    content = response.content.decode()
    assert "Karaganda, follow-up" in content and "no totals" in content


def test_the_grouped_report_follows_the_period_and_exports_what_it_shows(client, officer):
    build()

    before = client.get(reverse(TRAINING_GROUPS), {"date_to": "2026-01-31"})
    assert before.context["report"].groups == []
    assert "No training group has learners in this selection." in before.content.decode()

    response = client.get(reverse(TRAINING_GROUPS), {"export": "csv"})
    rows = csv_rows(response)
    groups = find_table(rows, "Training groups")
    assert groups[0][:3] == ["Training group", "Course, place and days", "Enrolled"]
    assert ["Karaganda, March", "5", "5"] in [[row[0], row[2], row[3]] for row in groups]
    assert any(row[0] == "Aravan, March" and row[2] == "<5" for row in groups)
    places = find_table(rows, "Places")
    assert sorted(row[0] for row in places[1:]) == ["Aravan", "Karaganda"]
    sheets = xlsx_sheets(client.get(reverse(TRAINING_GROUPS), {"export": "xlsx"}))
    assert any("Karaganda, March" in (row[0] or "") for sheet in sheets.values() for row in sheet)

    assert client.get(reverse(TRAINING_GROUPS), {"date_from": "2026-13-01"}).status_code == 200
    assert client.get(reverse(TRAINING_GROUPS), {"export": "pdf"}).status_code == 400
    assert (
        client.get(reverse(TRAINING_GROUPS), {"export": "csv", "date_from": "x"}).status_code == 400
    )


def test_only_programme_staff_see_the_grouped_report(client):
    client.force_login(make_user("learner"))
    assert client.get(reverse(TRAINING_GROUPS)).status_code in (302, 403)
