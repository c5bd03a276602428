"""Training groups under parallel requests, settled by the database: run on PostgreSQL
(DATABASE_URL), skipped on SQLite."""

import datetime

import pytest
from django.utils import timezone

from courses.models import Attendance, Enrolment, GroupMembership, TrainingGroup
from courses.selectors.groups import day_code
from courses.services import attendance_check_in, attendance_record, group_join
from tests.courses.test_concurrency import run_in_parallel
from tests.factories import make_course, make_user

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TODAY = timezone.localdate()


def make_group():
    course = make_course(modules=1, lessons_per_module=1)
    return TrainingGroup.objects.create(
        course=course,
        name="Aravan workshop",
        country="KG",
        city="Aravan",
        starts_on=TODAY,
        ends_on=TODAY + datetime.timedelta(days=1),
        completion="attendance",
        attendance_percent=100,
    )


def test_twenty_parallel_joins_of_one_person_make_one_enrolment_and_one_membership():
    group = make_group()
    learner = make_user()

    errors = run_in_parallel(lambda: group_join(user=learner, code=group.join_code), count=20)

    assert errors == []
    assert Enrolment.objects.filter(user=learner).count() == 1
    assert GroupMembership.objects.filter(user=learner).count() == 1


def test_twenty_people_joining_at_once_each_get_one_membership():
    group = make_group()
    people = iter([make_user() for _ in range(20)])
    import threading

    lock = threading.Lock()

    def join():
        with lock:
            person = next(people)
        group_join(user=person, code=group.join_code)

    errors = run_in_parallel(join, count=20)

    assert errors == []
    assert GroupMembership.objects.filter(group=group).count() == 20
    assert Enrolment.objects.filter(course_key=group.course.translation_key).count() == 20


def test_parallel_check_ins_and_ticks_record_one_attendance_per_day():
    group = make_group()
    learner = make_user()
    membership = group_join(user=learner, code=group.join_code)
    code = day_code(group, TODAY)
    calls = iter(range(10))
    import threading

    lock = threading.Lock()

    def check_in_or_tick():
        with lock:
            number = next(calls)
        if number % 2:
            attendance_check_in(user=learner, group=group, code=code)
        else:
            attendance_record(group=group, day=TODAY, present={membership.pk}, recorded_by=None)

    errors = run_in_parallel(check_in_or_tick, count=10)

    assert errors == []
    assert Attendance.objects.filter(membership=membership, day=TODAY).count() == 1
