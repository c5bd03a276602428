"""Programme reports filtered by training group and by place."""

import datetime

import pytest
from django.urls import reverse

from courses.models import GroupMembership, TrainingGroup
from courses.reporting.filters import ReportFilterForm
from tests.courses.reporting_helpers import enrol, make_learner, take, with_tests
from tests.factories import make_course, make_user

pytestmark = pytest.mark.django_db

PROGRAMME = "courses_reports:programme"
INDICATORS = "courses_reports:indicators"
KNOWLEDGE_GAIN = "courses_reports:knowledge_gain"


@pytest.fixture
def officer(client):
    user = make_user("officer", groups=["Programme staff"])
    client.force_login(user)
    return user


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
