"""Training groups: joining by code, attendance, the attendance rule of completion and the
certificate that names the training, the trainer's pages and what each person may see."""

import datetime
import io
import json
import zipfile

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission

from certificates.models import Certificate
from certificates.services import certificate_render
from courses.models import Attendance, Enrolment, GroupMembership, SignInCode, TrainingGroup
from courses.selectors.groups import day_code
from courses.services import (
    AttendanceError,
    JoinError,
    attendance_check_in,
    attendance_record,
    group_join,
    group_participants_add,
    quiz_attempt_start,
    quiz_attempt_submit,
    sign_in_code_use,
    sign_in_codes_issue,
)
from lms.privacy import account_close, data_export_build, records_held
from tests.certificates.pdf_helpers import text_of
from tests.factories import make_course, make_quiz, make_user, right

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def make_group(course=None, *, days=2, **fields):
    course = course or make_course(modules=1, lessons_per_module=1)
    defaults = {
        "name": "Karaganda workshop",
        "country": "KZ",
        "city": "Karaganda",
        "venue": "Regional library",
        "starts_on": TODAY,
        "ends_on": TODAY + datetime.timedelta(days=days - 1),
    }
    defaults.update(fields)
    return TrainingGroup.objects.create(course=course, **defaults)


def course_trainer(course, username="trainer-a"):
    """Staff who may edit this course only, with the training-group permissions."""
    group, _created = Group.objects.get_or_create(name=f"Editors of {course.pk}")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(codename__endswith="_traininggroup"),
    )
    GroupPagePermission.objects.create(group=group, page=course, permission_type="change")
    user = make_user(username)
    user.groups.add(group)
    return user


# Joining ---------------------------------------------------------------------------------


def test_joining_by_code_enrols_in_the_course_and_the_group_once():
    group = make_group()
    learner = make_user()

    group_join(user=learner, code=group.join_code.lower())
    group_join(user=learner, code=f" {group.join_code[:3]}-{group.join_code[3:]} ")

    assert Enrolment.objects.filter(user=learner).count() == 1
    assert GroupMembership.objects.get(user=learner).group == group


def test_joining_ignores_the_course_key_and_closed_enrolment():
    course = make_course(modules=1, lessons_per_module=1, enrolment_key="SECRET")
    course.enrolment_open = False
    course.save()
    group = make_group(course)

    membership = group_join(user=make_user(), code=group.join_code)

    assert membership.enrolment.course_key == course.translation_key


@pytest.mark.parametrize(
    ("change", "code", "message"),
    [
        ({}, "WRONG1", "No training group has this code"),
        ({}, "AB", "No training group has this code"),
        ({"joining_open": False}, None, "Joining this training group is closed."),
        ({"join_until": TODAY - datetime.timedelta(days=1)}, None, "This join code has expired."),
    ],
)
def test_wrong_closed_and_expired_codes_are_refused(client, change, code, message):
    group = make_group(**change)
    learner = make_user()
    with pytest.raises(JoinError, match=message):
        group_join(user=learner, code=group.join_code if code is None else code)
    client.force_login(learner)

    response = client.post(reverse("group_join_code", args=[code or group.join_code]))

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Enrolment.objects.filter(user=learner).exists()


def test_the_join_form_leads_to_the_group_or_says_what_is_wrong(client):
    group = make_group()

    response = client.get(reverse("group_join"), {"code": group.join_code.lower()})
    assert response.status_code == 302
    assert response["Location"] == reverse("group_join_code", args=[group.join_code])

    response = client.get(reverse("group_join"), {"code": "WRONG1"})
    assert response.status_code == 400
    assert "No training group has this code" in response.content.decode()
    assert client.get(reverse("group_join"), {"code": "x" * 300}).status_code == 400


def test_an_anonymous_visitor_is_offered_to_sign_up_and_comes_back(client):
    group = make_group()
    url = reverse("group_join_code", args=[group.join_code])

    page = client.get(url).content.decode()
    assert "Karaganda workshop" in page
    assert f"/en/accounts/sign-up/?next={url}" in page
    assert client.post(url).status_code == 302
    assert not Enrolment.objects.exists()


def test_a_participant_joins_from_the_page_and_sees_only_their_attendance(
    client, django_assert_num_queries
):
    group = make_group()
    learner = make_user()
    other = make_user()
    group_join(user=other, code=group.join_code)
    attendance_record(
        group=group,
        day=TODAY,
        present={GroupMembership.objects.get(user=other).pk},
        recorded_by=None,
    )
    client.force_login(learner)
    url = reverse("group_join_code", args=[group.join_code])

    assert client.post(url).status_code == 302
    client.get(url)
    # The session's user, the group, the course's live check, the membership and attendance,
    # the course's URL.
    with django_assert_num_queries(5):
        page = client.get(url).content.decode()

    assert "You are in this training group." in page
    assert "You attended 0 days." in page
    assert other.profile.full_name not in page.replace(learner.profile.full_name, "")


def test_my_learning_names_the_participants_own_training_group_and_links_its_page(client):
    group = make_group(name="Osh workshop", country="KG", city="Osh", venue="", days=3)
    other_group = make_group(group.course, name="Bishkek workshop")
    learner = make_user("participant")
    group_join(user=learner, code=group.join_code)
    client.force_login(learner)

    page = client.get(reverse("my_learning"))

    (row,) = page.context["rows"]
    assert row.groups == [group]
    html = page.content.decode()
    assert f'href="{reverse("group_join_code", args=[group.join_code])}">Osh workshop</a>' in html
    assert "Osh, Kyrgyzstan" in html
    assert other_group.join_code not in html and "Bishkek workshop" not in html


def test_participants_keep_their_page_and_check_in_after_joining_closes(client):
    group = make_group()
    learner = make_user()
    group_join(user=learner, code=group.join_code)
    group.joining_open = False
    group.save()
    client.force_login(learner)

    page = client.get(reverse("group_join_code", args=[group.join_code]))
    assert page.status_code == 200
    assert "You are in this training group." in page.content.decode()
    response = client.post(
        reverse("group_check_in", args=[group.join_code]), {"code": day_code(group, TODAY)}
    )
    assert response.status_code == 302
    assert Attendance.objects.filter(membership__user=learner).count() == 1


# Attendance ------------------------------------------------------------------------------


def test_the_trainer_ticks_exactly_who_is_present():
    group = make_group()
    people = [make_user() for _ in range(3)]
    memberships = [group_join(user=person, code=group.join_code) for person in people]

    attendance_record(
        group=group, day=TODAY, present={m.pk for m in memberships[:2]}, recorded_by=None
    )
    attendance_record(
        group=group, day=TODAY, present={m.pk for m in memberships[1:]}, recorded_by=None
    )

    assert set(Attendance.objects.values_list("membership_id", flat=True)) == {
        m.pk for m in memberships[1:]
    }


def test_attendance_refuses_other_days_and_other_groups_members():
    group = make_group()
    stranger = group_join(user=make_user(), code=make_group(name="Other").join_code)
    with pytest.raises(AttendanceError):
        attendance_record(
            group=group, day=TODAY - datetime.timedelta(days=1), present=set(), recorded_by=None
        )
    with pytest.raises(AttendanceError):
        attendance_record(group=group, day=TODAY, present={stranger.pk}, recorded_by=None)


def test_checking_in_needs_the_days_code_and_counts_once():
    group = make_group()
    learner = make_user()
    group_join(user=learner, code=group.join_code)
    with pytest.raises(AttendanceError, match="not today's code"):
        attendance_check_in(user=learner, group=group, code="AAAA")
    with pytest.raises(AttendanceError, match="Join the group first"):
        attendance_check_in(user=make_user(), group=group, code=day_code(group, TODAY))

    attendance_check_in(user=learner, group=group, code=day_code(group, TODAY).lower())
    attendance_check_in(user=learner, group=group, code=day_code(group, TODAY))

    assert Attendance.objects.filter(membership__user=learner).count() == 1
    assert day_code(group, TODAY) != day_code(group, TODAY + datetime.timedelta(days=1))


def test_check_in_page_refuses_a_wrong_code_with_a_message(client):
    group = make_group()
    learner = make_user()
    group_join(user=learner, code=group.join_code)
    client.force_login(learner)
    url = reverse("group_check_in", args=[group.join_code])

    response = client.post(url, {"code": "ZZZZ"})
    assert response.status_code == 400
    assert "That is not today&#x27;s code." in response.content.decode()
    assert client.post(url, {"code": day_code(group, TODAY)}).status_code == 302
    assert Attendance.objects.count() == 1


@pytest.mark.parametrize("code", ["AB\x00CDE", "%00", "x" * 5000, "ÄÖÜßÇŞ"])
def test_malformed_codes_are_refused_without_an_error(client, code):
    from urllib.parse import quote

    group = make_group()
    client.force_login(make_user())
    assert client.get(reverse("group_join"), {"code": code}).status_code == 400
    path = quote(code, safe="")
    assert client.get(f"/en/join/{path}/").status_code == 400
    assert client.post(f"/en/join/{path}/").status_code == 400
    assert client.post(f"/en/join/{path}/check-in/", {"code": code}).status_code == 404
    assert client.post(reverse("code_sign_in"), {"code": code}).status_code == 400
    response = client.post(reverse("group_check_in", args=[group.join_code]), {"code": code})
    assert response.status_code == 400


# Completion and certificates -------------------------------------------------------------


def with_tests(course, *, post_required=True):
    pre = make_quiz(course, kind="pre_test", pass_mark=0)
    post = make_quiz(course, kind="post_test", pass_mark=50, required_for_completion=post_required)
    return pre, post


def take(user, quiz, course, pick=right):
    attempt = quiz_attempt_start(user=user, quiz=quiz, course=course)
    answers = {str(q["id"]): [c["id"] for c in pick(q)] for q in attempt.questions}
    return quiz_attempt_submit(user=user, attempt_id=attempt.pk, answers=answers).attempt


def test_attendance_and_quizzes_rule_completes_and_the_certificate_names_the_place():
    course = make_course(modules=1, lessons_per_module=2)
    _pre, post = with_tests(course)
    group = make_group(course, completion="attendance_and_quizzes", attendance_percent=80)
    learner = make_user(full_name="Гулнара Ахмедова")
    membership = group_join(user=learner, code=group.join_code)

    take(learner, post, course)
    attendance_record(group=group, day=TODAY, present={membership.pk}, recorded_by=None)
    assert not Enrolment.objects.get(user=learner).is_complete  # 1 of 2 days is 50%

    attendance_record(
        group=group,
        day=TODAY + datetime.timedelta(days=1),
        present={membership.pk},
        recorded_by=None,
    )

    certificate = Certificate.objects.get(user=learner)
    assert certificate.training_place == "Regional library, Karaganda, Kazakhstan"
    assert (certificate.training_starts_on, certificate.training_ends_on) == (
        group.starts_on,
        group.ends_on,
    )
    certificate_render(certificate=certificate)
    text = " ".join(text_of(certificate.pdf.read()).split())
    assert "Training held at Regional library, Karaganda, Kazakhstan" in text


def test_attendance_rule_alone_completes_when_the_share_is_reached():
    course = make_course(modules=1, lessons_per_module=1)
    group = make_group(course, days=5, completion="attendance", attendance_percent=80)
    membership = group_join(user=make_user(), code=group.join_code)
    for offset in range(3):
        attendance_record(
            group=group,
            day=TODAY + datetime.timedelta(days=offset),
            present={membership.pk},
            recorded_by=None,
        )
    assert not Enrolment.objects.get(pk=membership.enrolment_id).is_complete  # 60%

    attendance_record(
        group=group,
        day=TODAY + datetime.timedelta(days=3),
        present={membership.pk},
        recorded_by=None,
    )

    assert Enrolment.objects.get(pk=membership.enrolment_id).is_complete  # 80%


def test_attendance_and_online_rule_needs_the_lessons_too():
    course = make_course(modules=1, lessons_per_module=1)
    group = make_group(course, days=1, completion="attendance_and_online")
    membership = group_join(user=make_user(), code=group.join_code)

    attendance_record(group=group, day=TODAY, present={membership.pk}, recorded_by=None)

    assert not Enrolment.objects.get(pk=membership.enrolment_id).is_complete


def test_a_learner_in_no_group_gets_a_certificate_without_a_place():
    from courses.services import enrolment_create, lesson_mark_complete
    from tests.factories import lessons_of

    course = make_course(modules=1, lessons_per_module=1)
    learner = make_user()
    enrolment_create(user=learner, course=course)
    lesson_mark_complete(user=learner, lesson=lessons_of(course)[0], course=course)

    assert Certificate.objects.get(user=learner).training_place == ""


# Trainers' pages -------------------------------------------------------------------------


def test_a_trainer_sees_and_manages_only_groups_of_courses_they_may_edit(client):
    mine = make_group(name="Mine")
    theirs = make_group(name="Theirs")
    trainer = course_trainer(mine.course)
    client.force_login(trainer)

    listing = client.get(reverse("training_groups:index")).content.decode()
    assert "Mine" in listing
    assert "Theirs" not in listing
    for name in ("training_group", "training_group_attendance", "training_group_tests"):
        assert client.get(reverse(name, args=[mine.pk])).status_code == 200
        assert client.get(reverse(name, args=[theirs.pk])).status_code == 404
    assert client.get(reverse("training_groups:edit", args=[theirs.pk])).status_code == 404
    assert client.get(reverse("training_group_join_sheet", args=[theirs.pk])).status_code == 404

    response = client.post(
        reverse("training_groups:add"),
        {
            "course": theirs.course.pk,
            "name": "Sneaky",
            "mode": "in_person",
            "country": "KZ",
            "city": "Almaty",
            "starts_on": "2026-12-01",
            "ends_on": "2026-12-02",
            "completion": "attendance",
            "attendance_percent": "80",
        },
    )
    assert response.status_code == 200
    assert not TrainingGroup.objects.filter(name="Sneaky").exists()


def test_the_listing_counts_participants_in_a_fixed_number_of_queries(
    client, django_assert_num_queries
):
    course = make_course(modules=1, lessons_per_module=1)
    trainer = course_trainer(course)
    client.force_login(trainer)
    url = reverse("training_groups:index")
    client.get(url)
    for number in range(3):
        group = make_group(course, name=f"Group {number}")
        for _person in range(number + 1):
            group_join(user=make_user(), code=group.join_code)
        # The user and permissions, the page permissions, the groups with their counts, the
        # count for the pagination, the admin menu.
        with django_assert_num_queries(10):
            response = client.get(url)
        assert response.status_code == 200
    rows = {group.name: group.participants for group in response.context["object_list"]}
    assert rows == {"Group 0": 1, "Group 1": 2, "Group 2": 3}


def test_a_learner_cannot_open_the_trainers_pages(client):
    group = make_group()
    client.force_login(make_user())
    assert client.get(reverse("training_group", args=[group.pk])).status_code in (302, 403)


def test_the_group_form_refuses_a_last_day_before_the_first(client):
    group = make_group()
    client.force_login(course_trainer(group.course))
    response = client.post(
        reverse("training_groups:add"),
        {
            "course": group.course.pk,
            "name": "Backwards",
            "mode": "in_person",
            "country": "KG",
            "city": "Aravan",
            "starts_on": "2026-12-03",
            "ends_on": "2026-12-01",
            "completion": "attendance",
            "attendance_percent": "180",
        },
    )
    assert response.status_code == 200
    assert "The last day is before the first day." in response.content.decode()
    assert not TrainingGroup.objects.filter(name="Backwards").exists()


def test_the_trainer_creates_a_group_in_the_admin(client):
    course = make_course(modules=1, lessons_per_module=1)
    client.force_login(course_trainer(course))
    response = client.post(
        reverse("training_groups:add"),
        {
            "course": course.pk,
            "name": "Jizzakh, December",
            "mode": "blended",
            "country": "UZ",
            "city": "Jizzakh",
            "starts_on": "2026-12-03",
            "ends_on": "2026-12-04",
            "completion": "attendance_and_quizzes",
            "attendance_percent": "80",
            "joining_open": "on",
        },
    )
    assert response.status_code == 302
    group = TrainingGroup.objects.get(name="Jizzakh, December")
    assert len(group.join_code) == 6


def test_the_attendance_page_saves_the_ticks(client, django_assert_num_queries):
    group = make_group()
    memberships = [group_join(user=make_user(), code=group.join_code) for _ in range(30)]
    client.force_login(course_trainer(group.course))
    url = reverse("training_group_attendance", args=[group.pk])
    client.get(url)

    with django_assert_num_queries(11):
        page = client.get(url, {"day": TODAY.isoformat()})
    assert day_code(group, TODAY) in page.content.decode()
    response = client.post(
        f"{url}?day={TODAY.isoformat()}", {"present": [m.pk for m in memberships[:25]]}
    )
    assert response.status_code == 302
    assert Attendance.objects.filter(day=TODAY).count() == 25
    assert client.get(url, {"day": "2020-01-01"}).status_code == 400
    assert client.get(url, {"day": "not-a-day"}).status_code == 400
    assert client.post(f"{url}?day={TODAY.isoformat()}", {"present": ["x"]}).status_code == 200


def test_the_group_page_shows_roster_attendance_and_gain_and_exports(
    client, django_assert_num_queries
):
    course = make_course(modules=1, lessons_per_module=1)
    pre, post = with_tests(course, post_required=False)
    group = make_group(course)
    people = [make_user(full_name=f"Participant {n}") for n in range(4)]
    for person in people:
        group_join(user=person, code=group.join_code)
        take(person, pre, course, pick=lambda q: [c for c in q["choices"] if not c["correct"]][:1])
        take(person, post, course)
    client.force_login(course_trainer(course))
    url = reverse("training_group", args=[group.pk])
    client.get(url)

    with django_assert_num_queries(14):
        response = client.get(url)
    page = response.content.decode()
    assert "Participant 3" in page
    assert response.context["report"].tests.pre_mean == 0
    assert response.context["report"].tests.post_mean == 100

    with django_assert_num_queries(11):
        response = client.get(url, {"export": "csv"})
        data = b"".join(response.streaming_content).decode()
    assert data.startswith("\ufeff")
    assert "Participant 0" in data
    response = client.get(url, {"export": "xlsx"})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert client.get(url, {"export": "doc"}).status_code == 400


def test_the_live_test_page_shows_counts_and_means_but_no_names(client, django_assert_num_queries):
    course = make_course(modules=1, lessons_per_module=1)
    pre, _post = with_tests(course)
    group = make_group(course)
    person = make_user(full_name="Secret Name")
    group_join(user=person, code=group.join_code)
    take(person, pre, course)
    client.force_login(course_trainer(course))
    url = reverse("training_group_tests", args=[group.pk])
    client.get(url)

    with django_assert_num_queries(12):
        response = client.get(url)

    assert response.context["tests"].pre_taken == 1
    assert response.context["tests"].pre_mean == 100
    assert "Secret Name" not in response.content.decode()


def test_the_join_sheet_is_a_pdf_with_the_code_and_the_qr(client, settings):
    from tests.certificates.pdf_helpers import qr_codes

    settings.SITE_URL = "https://learn.example.org"
    group = make_group()
    client.force_login(course_trainer(group.course))

    response = client.get(reverse("training_group_join_sheet", args=[group.pk]))

    assert response["Content-Type"] == "application/pdf"
    assert " ".join(group.join_code) in text_of(response.content)
    assert qr_codes(response.content) == [f"https://learn.example.org/en/join/{group.join_code}/"]


def test_participants_by_name_sign_in_once_with_the_code_from_the_sheet(client):
    group = make_group()
    existing = make_user(email="known@example.org")
    trainer = course_trainer(group.course)
    client.force_login(trainer)

    response = client.post(
        reverse("training_group_participants", args=[group.pk]),
        {"emails": "known@example.org, nobody@example.org", "names": "Зарина Каримова\n\n"},
    )
    assert response.status_code == 302
    assert GroupMembership.objects.filter(group=group).count() == 2
    assert GroupMembership.objects.filter(user=existing).exists()
    response = client.post(reverse("training_group_participants", args=[group.pk]), {})
    assert response.status_code == 200  # nothing given: a form error

    [(name, code)] = sign_in_codes_issue(group=group)
    assert name == "Зарина Каримова"
    client.logout()
    assert client.post(reverse("code_sign_in"), {"code": "AAAAAAAA"}).status_code == 400
    assert client.post(reverse("code_sign_in"), {"code": code.lower()}).status_code == 302
    assert client.get(reverse("my_learning")).status_code == 200
    client.logout()
    assert client.post(reverse("code_sign_in"), {"code": code}).status_code == 400


def test_the_sign_in_sheet_lists_the_people_without_email(client):
    group = make_group()
    trainer = course_trainer(group.course)
    group_participants_add(group=group, emails=[], names=["Farrukh Karimov"], added_by=trainer)
    client.force_login(trainer)

    response = client.post(reverse("training_group_sign_in_codes", args=[group.pk]))

    assert response["Content-Type"] == "application/pdf"
    assert "Farrukh Karimov" in text_of(response.content)


# Personal data ---------------------------------------------------------------------------


def test_a_participants_data_holds_their_groups_and_days_and_closing_ends_their_sign_in_code():
    group = make_group()
    person, other = make_user(), make_user()
    person.email = ""  # added by name: signs in with a printed code
    person.save(update_fields=["email"])
    membership = group_join(user=person, code=group.join_code)
    theirs = group_join(user=other, code=group.join_code)
    attendance_record(group=group, day=TODAY, present={membership.pk, theirs.pk}, recorded_by=None)
    [(_name, code)] = sign_in_codes_issue(group=group)

    archive = zipfile.ZipFile(io.BytesIO(data_export_build(user=person)))
    [row] = json.loads(archive.read("courses.json"))["training_groups"]
    assert row["group"] == "Karaganda workshop"
    assert row["place"] == "Regional library, Karaganda"
    assert row["days_present"] == [TODAY.isoformat()]
    assert {held.key: held.count for held in records_held(user=person)}["training_groups"] == 1

    account_close(user=person, keep_certificates=True)
    # The way into the account is gone; the attendance stays, counted anonymously.
    assert not SignInCode.objects.filter(user=person).exists()
    with pytest.raises(JoinError):
        sign_in_code_use(code=code)
    assert Attendance.objects.filter(membership=membership).count() == 1
