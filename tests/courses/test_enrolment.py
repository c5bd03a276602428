import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission

from courses.models import Enrolment
from courses.services import (
    EnrolmentError,
    enrolment_create,
    enrolment_leave,
    enrolments_bulk_create,
    lesson_mark_complete,
)
from tests.factories import PASSWORD, lessons_of, make_course, make_user, translate_course

pytestmark = pytest.mark.django_db


def enrol_url(course):
    return course.url + "enrol/"


def test_learner_enrols_in_open_published_course(client):
    course = make_course()
    learner = make_user()
    client.force_login(learner)

    response = client.post(enrol_url(course))

    assert response.status_code == 302
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.course_id == course.pk
    assert enrolment.course_key == course.translation_key
    assert enrolment.is_active


def test_draft_course_refuses_enrolment(client):
    course = make_course(live=False)
    learner = make_user()

    with pytest.raises(EnrolmentError) as error:
        enrolment_create(user=learner, course=course)

    assert error.value.code == "not_live"
    assert not Enrolment.objects.exists()


def test_closed_course_refuses_enrolment_with_a_message(client):
    course = make_course(enrolment_open=False)
    client.force_login(make_user())

    response = client.post(enrol_url(course), follow=True)

    assert not Enrolment.objects.exists()
    assert "Enrolment in this course is closed." in response.content.decode()


def test_wrong_key_refuses_and_right_key_enrols(client):
    course = make_course(enrolment_key="SPRING-26")
    learner = make_user()
    client.force_login(learner)

    response = client.post(enrol_url(course), {"key": "SPRING-27"}, follow=True)
    assert "The enrolment key is not correct." in response.content.decode()
    assert not Enrolment.objects.exists()

    client.post(enrol_url(course), {"key": " SPRING-26 "})
    assert Enrolment.objects.filter(user=learner, status="active").count() == 1


@pytest.mark.parametrize("typed", ["spring-26", "  Spring-26\t", "SPRING-26", "ｓｐｒｉｎｇ-２６"])
def test_enrolment_key_is_accepted_in_any_case_and_trimmed(client, typed):
    course = make_course(enrolment_key=" Spring-26")
    learner = make_user()
    client.force_login(learner)

    client.post(enrol_url(course), {"key": typed})

    assert Enrolment.objects.filter(user=learner, status="active").count() == 1


def test_enrolment_by_get_is_refused(client):
    course = make_course()
    client.force_login(make_user())

    response = client.get(enrol_url(course))

    assert response.status_code == 405
    assert not Enrolment.objects.exists()


def test_anonymous_enrolment_goes_to_sign_in(client):
    course = make_course()

    response = client.post(enrol_url(course))

    assert response.status_code == 302
    assert response.headers["Location"].startswith(reverse("login"))
    assert not Enrolment.objects.exists()


def test_second_enrolment_changes_nothing(client):
    course = make_course()
    learner = make_user()
    first = enrolment_create(user=learner, course=course)

    second = enrolment_create(user=learner, course=course)

    assert second.pk == first.pk
    assert second.enrolled_at == first.enrolled_at
    assert Enrolment.objects.count() == 1


def test_leaving_keeps_history_and_coming_back_resumes(client):
    course = make_course()
    learner = make_user()
    enrolment = enrolment_create(user=learner, course=course)
    lesson_mark_complete(user=learner, lesson=lessons_of(course)[0], course=course)
    client.force_login(learner)

    client.post(course.url + "leave/")
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.LEFT
    assert enrolment.left_at is not None
    assert enrolment.progress.count() == 1

    client.post(enrol_url(course))
    enrolment.refresh_from_db()
    assert enrolment.is_active and enrolment.left_at is None
    assert enrolment.progress.count() == 1


def test_leaving_then_enrolling_in_a_closed_course_is_refused():
    course = make_course()
    learner = make_user()
    enrolment_leave(enrolment=enrolment_create(user=learner, course=course))
    course.enrolment_open = False
    course.save()

    with pytest.raises(EnrolmentError):
        enrolment_create(user=learner, course=course)
    assert Enrolment.objects.get(user=learner).status == Enrolment.Status.LEFT


def test_enrolment_in_translation_is_the_same_enrolment():
    course = make_course()
    learner = make_user()
    enrolment_create(user=learner, course=course)
    russian = translate_course(course, "ru")

    again = enrolment_create(user=learner, course=russian)

    assert Enrolment.objects.count() == 1
    assert again.course_id == course.pk


def test_bulk_enrolment_enrols_known_accounts_and_reports_the_rest():
    course = make_course(enrolment_open=False, enrolment_key="secret")
    trainer = make_user(groups=["Trainers"])
    known = make_user(email="Aziza@Example.org")
    already = make_user()
    Enrolment.objects.create(user=already, course=course, course_key=course.translation_key)

    result = enrolments_bulk_create(
        course=course,
        emails=["aziza@example.org", already.email, "nobody@example.org"],
        enrolled_by=trainer,
    )

    assert result.enrolled == [known]
    assert result.already_enrolled == [already]
    assert result.unknown_emails == ["nobody@example.org"]
    assert Enrolment.objects.get(user=known).enrolled_by == trainer


def test_trainer_enrols_learners_in_bulk_in_the_admin(client):
    course = make_course()
    trainer = make_user(groups=["Trainers"])
    learners = [make_user() for _ in range(3)]
    client.force_login(trainer)
    url = reverse("courses_bulk_enrol")

    page = client.get(url)
    assert page.status_code == 200
    response = client.post(
        url,
        {"course": course.pk, "emails": "\n".join(u.email for u in learners) + "\nghost@x.org"},
        follow=True,
    )

    assert Enrolment.objects.filter(course=course, user__in=learners).count() == 3
    content = response.content.decode()
    assert "Enrolled 3" in content
    assert "ghost@x.org" in content


def test_bulk_enrolment_rejects_malformed_addresses_and_enrols_nobody(client):
    course = make_course()
    learner = make_user()
    client.force_login(make_user(groups=["Trainers"]))

    response = client.post(
        reverse("courses_bulk_enrol"),
        {"course": course.pk, "emails": f"{learner.email}\nnot-an-address"},
    )

    assert response.status_code == 200
    assert "not-an-address" in response.content.decode()
    assert not Enrolment.objects.exists()


def test_learner_cannot_use_bulk_enrolment(client):
    course = make_course()
    learner = make_user()
    assert client.login(username=learner.username, password=PASSWORD)

    response = client.post(
        reverse("courses_bulk_enrol"), {"course": course.pk, "emails": learner.email}
    )

    assert response.status_code in {302, 403}
    assert not Enrolment.objects.exists()


def test_bulk_enrolment_offers_only_courses_the_user_may_edit(client):
    mine, other = make_course(), make_course()
    group = Group.objects.create(name="Trainers of one course")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="enrol_learners"),
    )
    GroupPagePermission.objects.create(
        group=group, page=mine, permission=Permission.objects.get(codename="change_page")
    )
    trainer = make_user(groups=[group.name])
    learner = make_user()
    client.force_login(trainer)

    offered = client.get(reverse("courses_bulk_enrol")).context["form"].fields["course"].queryset
    refused = client.post(
        reverse("courses_bulk_enrol"), {"course": other.pk, "emails": learner.email}
    )

    assert list(offered) == [mine]
    assert refused.status_code == 200 and "course" in refused.context["form"].errors
    assert not Enrolment.objects.exists()
