"""Personal data (issue 12): the learner's "My data" page and download, consent with its
history, closing an account (by the learner or by staff), the retention rule and the audit
log of staff access."""

import io
import json
import zipfile
from datetime import timedelta

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.core.management import call_command
from django.db import models
from django.db.models.functions import Cast
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from certificates.credentials.services import NOT_VALID
from certificates.models import Certificate, CertificateCredential
from courses.models import Enrolment, LessonProgress, QuizAttempt
from courses.services import enrolment_create, lesson_mark_complete
from lms.models import ConsentEvent, DataExport, Profile
from lms.privacy import PersonalDataError, account_close, accounts_retention
from lms.services import profile_update
from tests.courses.reporting_helpers import csv_rows, take, with_tests, xlsx_sheets
from tests.factories import PASSWORD, lessons_of, make_course, make_user
from tests.translations import translated

pytestmark = pytest.mark.django_db

INDICATORS = "courses_reports:indicators"
KNOWLEDGE_GAIN = "courses_reports:knowledge_gain"
PROGRAMME = "courses_reports:programme"


@pytest.fixture
def capture(django_capture_on_commit_callbacks):
    return django_capture_on_commit_callbacks


@pytest.fixture
def course():
    return make_course(modules=1, lessons_per_module=2, title="Social work basics")


@pytest.fixture
def tests_of(course):
    return with_tests(course)


def learner_with_records(course, tests_of, capture, *, username, name, certificate=True):
    """A learner with a full profile, consent, an enrolment, both tests taken, the lessons
    done and (when `certificate`) the certificate issued and rendered."""
    user = make_user(username, email=f"{username}@mail.example", full_name=name)
    profile_update(
        user=user,
        data={
            "country": "KG",
            "region": f"Region of {username}",
            "organisation": f"Organisation of {username}",
            "role": "social_worker",
            "gender": "woman",
            "age_group": "25_34",
            "reporting_consent": True,
        },
    )
    pre, post = tests_of
    with capture(execute=True):
        enrolment_create(user=user, course=course)
        take(user, pre, course, 1)
        take(user, post, course, 4 if certificate else 1)
        for lesson in lessons_of(course):
            lesson_mark_complete(user=user, lesson=lesson, course=course)
    return user


@pytest.fixture
def learner(course, tests_of, capture):
    return learner_with_records(
        course, tests_of, capture, username="zqlearner", name="Zarina Qodirova-Testname"
    )


@pytest.fixture
def other(course, tests_of, capture):
    return learner_with_records(
        course, tests_of, capture, username="otherperson", name="Otabek Boshqa-Odam"
    )


@pytest.fixture
def officer():
    client = Client()
    client.force_login(make_user("officer", groups=["Programme staff"]))
    return client


def zip_of(response) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def download(client, capture):
    with capture(execute=True):
        assert client.post(reverse("my_data_export")).status_code == 302
    export = DataExport.objects.latest("requested_at")
    return export, client.get(reverse("my_data_download", args=[export.token]))


# The download --------------------------------------------------------------------------------


def test_the_export_holds_every_record_of_the_learner_and_nothing_of_anyone_elses(
    client, capture, learner, other
):
    client.force_login(learner)
    export, response = download(client, capture)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    archive = zip_of(response)
    account = json.loads(archive.read("account.json"))
    courses = json.loads(archive.read("courses.json"))
    certificates = json.loads(archive.read("certificates.json"))
    assert account["account"]["email"] == "zqlearner@mail.example"
    assert account["profile"]["full_name"] == "Zarina Qodirova-Testname"
    assert account["profile"]["region"] == "Region of zqlearner"
    assert [event["given"] for event in account["reporting_consent_history"]] == [True]
    assert len(courses["enrolments"]) == Enrolment.objects.filter(user=learner).count() == 1
    assert len(courses["lesson_progress"]) == 2
    assert LessonProgress.objects.filter(enrolment__user=learner).count() == 2
    attempts = courses["quiz_attempts"]
    assert [a["id"] for a in attempts] == list(
        QuizAttempt.objects.filter(user=learner)
        .order_by("started_at", "pk")
        .values_list("pk", flat=True)
    )
    # Each answer in words: the question, its choices and the one picked, no correct marks.
    assert attempts[1]["answers"][0] == {
        "question": "Question 1",
        "choices": ["right", "wrong"],
        "picked": ["right"],
    }
    assert "correct" not in json.dumps(attempts)
    certificate = Certificate.objects.get(user=learner)
    assert [c["code"] for c in certificates] == [certificate.code]
    pdf = archive.read(certificates[0]["pdf"])
    assert pdf.startswith(b"%PDF") and pdf == certificate.pdf.open("rb").read()
    assert "README.txt" in archive.namelist()
    everything = b"".join(archive.read(name) for name in archive.namelist())
    other_certificate = Certificate.objects.get(user=other)
    for foreign in ("otherperson", "Otabek", "Organisation of otherperson", other_certificate.code):
        assert foreign.encode() not in everything
    assert b"Otabek" not in pdf


def test_the_my_data_page_says_what_is_held_and_offers_the_download(
    client, capture, learner, django_assert_num_queries
):
    client.force_login(learner)
    client.get(reverse("my_data"))

    # user, profile, records held (courses: 1, certificates: 1), consent history, export
    with django_assert_num_queries(6):
        page = client.get(reverse("my_data"))
    export, _response = download(client, capture)
    with django_assert_num_queries(6):
        ready = client.get(reverse("my_data")).content.decode()

    text = page.content.decode()
    assert page.status_code == 200
    assert "Zarina Qodirova-Testname" in text and "zqlearner@mail.example" in text
    assert "Certificates issued to you" in text and 'data-consent="given"' in text
    assert reverse("my_data_download", args=[export.token]) in ready


def test_the_download_link_expires_and_is_nobody_elses(client, capture, learner, other):
    client.force_login(learner)
    export, response = download(client, capture)
    assert response.status_code == 200
    url = reverse("my_data_download", args=[export.token])

    someone_else = Client()
    someone_else.force_login(other)
    anonymous = Client().get(url)
    DataExport.objects.filter(pk=export.pk).update(expires_at=timezone.now() - timedelta(seconds=1))

    assert someone_else.get(url).status_code == 404
    assert anonymous.status_code == 302  # to sign in
    assert client.get(url).status_code == 404
    assert client.get(reverse("my_data_download", args=["x" * 65])).status_code == 404
    assert client.get(reverse("my_data_download", args=["nope"])).status_code == 404


def test_expired_downloads_are_deleted_with_their_files(client, capture, learner):
    client.force_login(learner)
    export, _response = download(client, capture)
    storage, name = export.file.storage, export.file.name
    DataExport.objects.filter(pk=export.pk).update(expires_at=timezone.now())

    call_command("close_inactive_accounts", stdout=io.StringIO())

    assert not DataExport.objects.filter(pk=export.pk).exists()
    assert not storage.exists(name)


def test_bad_input_is_refused_without_a_server_error(client, learner):
    client.force_login(learner)

    assert client.post(reverse("my_data_consent"), {"consent": "maybe"}).status_code == 400
    assert client.post(reverse("my_data_consent")).status_code == 400
    assert client.get(reverse("my_data_consent")).status_code == 405
    assert client.get(reverse("my_data_export")).status_code == 405
    closing = client.post(reverse("close_account"), {"password": "wrong\x00", "confirm": "on"})
    assert closing.status_code == 200 and closing.context["form"].errors
    assert Profile.objects.filter(user=learner).exists()


# Consent ---------------------------------------------------------------------------------------


def test_giving_and_withdrawing_consent_is_recorded_with_its_time(client, learner):
    client.force_login(learner)
    before = timezone.now()
    client.post(reverse("my_data_consent"), {"consent": "withdraw"})
    client.post(reverse("my_data_consent"), {"consent": "give"})
    profile_update(user=learner, data={"region": "Bishkek"})  # no change of consent

    events = list(ConsentEvent.objects.filter(user=learner).values_list("given", flat=True))
    assert events == [True, False, True]
    assert all(e.at >= before for e in ConsentEvent.objects.filter(user=learner)[1:])
    profile = Profile.objects.get(user=learner)
    assert profile.reporting_consent and profile.reporting_consent_at >= before


def test_withdrawal_moves_the_learner_to_not_shared_in_every_report_and_export(
    client, learner, officer, settings
):
    settings.REPORT_SMALL_CELL_THRESHOLD = 1  # hide nothing: one learner is the point
    before = officer.get(reverse(INDICATORS)).context["report"]
    assert [row.label for row in before.enrolled_tables[0].rows] == ["Kyrgyzstan"]

    client.force_login(learner)
    client.post(reverse("my_data_consent"), {"consent": "withdraw"})

    report = officer.get(reverse(INDICATORS)).context["report"]
    gain = officer.get(reverse(KNOWLEDGE_GAIN)).context["report"]
    by_country = officer.get(reverse(INDICATORS), {"country": "KG"}).context["report"]
    for table in [*report.enrolled_tables, *report.completed_tables]:
        assert [row.label for row in table.rows] == ["Not shared"], table.title
    for table in gain.gain_tables:
        assert [row.label for row in table.rows] == ["Not shared"], table.title
    assert by_country.headline.people_enrolled == 0
    assert report.headline == before.headline  # still counted, no longer broken down
    exports = {
        "indicators.csv": csv_rows(officer.get(reverse(INDICATORS), {"export": "csv"})),
        "gain.csv": csv_rows(officer.get(reverse(KNOWLEDGE_GAIN), {"export": "csv"})),
        "programme.csv": csv_rows(officer.get(reverse(PROGRAMME), {"export": "csv"})),
        "indicators.xlsx": [
            row
            for rows in xlsx_sheets(officer.get(reverse(INDICATORS), {"export": "xlsx"})).values()
            for row in rows
        ],
    }
    for name, rows in exports.items():
        labels = {str(row[0]) for row in rows if row}
        assert "Not shared" in labels, name
        assert not labels & {"Kyrgyzstan", "Social worker", "25–34"}, name


# Closing an account ----------------------------------------------------------------------------


def text_columns_containing(needle: str) -> list[str]:
    """Every text, char and JSON column of every model that holds `needle` (any case)."""
    found = []
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        for field in model._meta.concrete_fields:
            if isinstance(field, models.JSONField):
                rows = model._base_manager.annotate(
                    _as_text=Cast(field.attname, models.TextField())
                ).filter(_as_text__icontains=needle)
            elif isinstance(field, models.CharField | models.TextField):
                rows = model._base_manager.filter(**{f"{field.attname}__icontains": needle})
            else:
                continue
            found.extend(f"{model._meta.label}.{field.name}" for _ in rows.values("pk")[:1])
    return found


def programme_figures(officer):
    report = officer.get(reverse(INDICATORS)).context["report"]
    return (
        report.headline,
        report.gain,
        [[(row.label, row.total.value) for row in table.rows] for table in report.enrolled_tables],
    )


@pytest.mark.parametrize("keep", [True, False], ids=["certificates-kept", "withdrawn"])
def test_closing_an_account_keeps_programme_totals_and_leaves_nothing_of_the_person(
    client, capture, learner, other, officer, keep, settings
):
    settings.REPORT_SMALL_CELL_THRESHOLD = 1
    client.force_login(learner)
    download(client, capture)
    staff_view = Client()
    staff_view.force_login(make_user("dpo", is_superuser=True, is_staff=True))
    assert staff_view.get(reverse("wagtailusers_users:edit", args=[learner.pk])).status_code == 200
    certificate = Certificate.objects.get(user=learner)
    pdf_name = certificate.pdf.name
    headline, gain, _tables = programme_figures(officer)

    account_close(user=learner, keep_certificates=keep)

    after_headline, after_gain, tables = programme_figures(officer)
    assert (after_headline, after_gain) == (headline, gain)
    assert tables[0] == [("Kyrgyzstan", 1), ("Not shared", 1)]  # the other learner, and her
    for needle in (
        "zqlearner@mail.example",
        "zqlearner",
        "Region of zqlearner",
        "Organisation of zqlearner",
    ):
        assert text_columns_containing(needle) == [], needle
    name_found = text_columns_containing("Qodirova-Testname")
    certificate.refresh_from_db()
    verification = client.get(certificate.get_absolute_url()).content.decode()
    credential = client.get(reverse("certificates:credential", args=[certificate.display_code]))
    if keep:
        # On paper and on the public check page, as the learner chose.
        assert name_found == ["certificates.Certificate.name"]
        assert certificate.is_valid and certificate.pdf.storage.exists(pdf_name)
        assert "Zarina Qodirova-Testname" in verification
        assert credential.status_code == 200
    else:
        assert name_found == []
        assert certificate.is_revoked and certificate.withdrawn
        assert not certificate.pdf and not certificate.pdf.storage.exists(pdf_name)
        assert 'data-status="withdrawn"' in verification and "at the holder" in verification
        assert credential.status_code == 410
        assert CertificateCredential.objects.filter(
            certificate=certificate, certificate__status__in=NOT_VALID
        ).exists()  # its bit is set in the status list
    assert text_columns_containing("otherperson@mail.example")  # the search does find things
    assert not DataExport.objects.filter(user=learner).exists()
    assert not Client().login(username="zqlearner", password=PASSWORD)
    closed = get_user_model().objects.get(pk=learner.pk)
    assert closed.closed_at and not closed.is_active and not closed.has_usable_password()
    assert Enrolment.objects.filter(user=learner).count() == 1


def test_the_learner_closes_the_account_with_the_password_and_a_choice(client, learner):
    client.force_login(learner)
    url = reverse("close_account")
    page = client.get(url)
    wrong = client.post(url, {"password": "not-it", "certificates": "keep", "confirm": "on"})
    no_choice = client.post(url, {"password": PASSWORD, "confirm": "on"})
    no_confirm = client.post(url, {"password": PASSWORD, "certificates": "keep"})
    bad_choice = client.post(url, {"password": PASSWORD, "certificates": "x", "confirm": "on"})

    assert page.status_code == 200 and "certificates" in page.context["form"].fields
    assert "password" in wrong.context["form"].errors
    assert "certificates" in no_choice.context["form"].errors
    assert "confirm" in no_confirm.context["form"].errors
    assert "certificates" in bad_choice.context["form"].errors
    assert get_user_model().objects.get(pk=learner.pk).closed_at is None

    done = client.post(
        url, {"password": PASSWORD, "certificates": "withdraw", "confirm": "on"}, follow=True
    )

    assert done.redirect_chain[-1][0] == reverse("account_closed")
    assert not done.context["user"].is_authenticated
    assert Certificate.objects.get(user=learner).withdrawn
    assert not Client().login(username="zqlearner@mail.example", password=PASSWORD)
    entry = ModelLogEntry.objects.get(action="lms.close_account")
    assert entry.user is None and entry.data == {"by": "learner", "certificates": "withdrawn"}


def test_wrong_passwords_when_closing_count_towards_the_sign_in_lockout(client, learner):
    client.force_login(learner)
    for _ in range(5):
        client.post(reverse("close_account"), {"password": "guess", "confirm": "on"})

    locked = client.post(
        reverse("close_account"),
        {"password": PASSWORD, "certificates": "keep", "confirm": "on"},
    )

    assert locked.status_code == 200
    assert "Too many failed sign-in attempts" in str(locked.context["form"].errors["password"])
    assert get_user_model().objects.get(pk=learner.pk).closed_at is None


def test_a_learner_without_certificates_is_not_asked_about_them(course, client):
    learner = make_user("nocert")
    enrolment_create(user=learner, course=course)
    client.force_login(learner)

    page = client.get(reverse("close_account"))
    done = client.post(reverse("close_account"), {"password": PASSWORD, "confirm": "on"})

    assert "certificates" not in page.context["form"].fields
    assert done.status_code == 302
    assert get_user_model().objects.get(pk=learner.pk).closed_at is not None


@pytest.mark.parametrize("group", ["Trainers", "Reviewers"])
def test_staff_accounts_are_not_closed_this_way(client, group):
    # Admin access through the group alone, as trainers get it: not Django's is_staff.
    trainer = make_user("trainer1", groups=[group])
    client.force_login(trainer)

    assert client.get(reverse("close_account")).status_code == 403
    with pytest.raises(PersonalDataError):
        account_close(user=trainer, keep_certificates=True)
    staff = Client()
    staff.force_login(make_user("dpo", is_superuser=True, is_staff=True))
    page = staff.get(reverse("lms_personal_data", args=[trainer.pk]))
    assert page.status_code == 200 and not page.context["can_close"]
    staff.post(reverse("lms_personal_data", args=[trainer.pk]), {"confirm": "on"})
    assert get_user_model().objects.get(pk=trainer.pk).closed_at is None


def test_closing_twice_is_refused(learner):
    account_close(user=learner, keep_certificates=True)
    with pytest.raises(PersonalDataError):
        account_close(user=learner, keep_certificates=True)


# Staff access and the audit log ----------------------------------------------------------------


def test_staff_see_export_and_close_at_a_request_and_each_is_logged(client, capture, learner):
    staff = make_user("dpo", is_superuser=True, is_staff=True)
    client.force_login(staff)
    url = reverse("lms_personal_data", args=[learner.pk])

    page = client.get(url)
    archive = zipfile.ZipFile(io.BytesIO(client.get(url, {"download": "zip"}).content))
    refused = client.post(url, {"certificates": "keep"})  # not confirmed
    client.get(reverse("wagtailusers_users:edit", args=[learner.pk]))
    closed = client.post(url, {"certificates": "keep", "confirm": "on"})
    history = client.get(reverse("wagtailadmin_reports:site_history"))

    assert page.status_code == 200 and "zqlearner@mail.example" in page.content.decode()
    assert json.loads(archive.read("account.json"))["account"]["username"] == "zqlearner"
    assert refused.status_code == 200 and "confirm" in refused.context["form"].errors
    assert closed.status_code == 302
    actions = list(
        ModelLogEntry.objects.filter(object_id=str(learner.pk))
        .order_by("timestamp", "pk")
        .values_list("action", "user_id")
    )
    assert actions == [
        ("lms.view_learner_data", staff.pk),
        ("lms.export_learner_data", staff.pk),
        ("lms.view_learner_data", staff.pk),  # Wagtail's user edit page
        ("lms.close_account", staff.pk),
    ]
    # The entries stay, but no longer name the person.
    labels = set(ModelLogEntry.objects.filter(object_id=str(learner.pk)).values_list("label"))
    assert all("zqlearner" not in label[0] and "Qodirova" not in label[0] for label in labels)
    assert "Closed the account" in history.content.decode()


def test_learners_are_closed_not_deleted_from_wagtails_user_views(client, learner, officer):
    client.force_login(make_user("dpo", is_superuser=True, is_staff=True))
    trainer = make_user("leaving", groups=["Trainers"])
    figures = programme_figures(officer)

    asked = client.get(reverse("wagtailusers_users:delete", args=[learner.pk]))
    posted = client.post(reverse("wagtailusers_users:delete", args=[learner.pk]), follow=True)
    bulk = client.post(
        reverse("wagtail_bulk_action", args=["lms", "user", "delete"])
        + f"?id={learner.pk}&id={trainer.pk}",
        follow=True,
    )

    personal_data = reverse("lms_personal_data", args=[learner.pk])
    assert asked.status_code == 302 and asked["Location"] == personal_data
    assert posted.redirect_chain[-1][0] == personal_data
    assert "Learners are not deleted" in posted.content.decode()
    assert "Nothing was deleted: 1 of the selected users is a learner" in bulk.content.decode()
    assert set(get_user_model().objects.filter(pk__in=[learner.pk, trainer.pk])) == {
        learner,
        trainer,
    }  # not even the trainer: the bulk delete is refused as a whole
    assert programme_figures(officer) == figures

    account_close(user=learner, keep_certificates=False)
    closed = client.post(reverse("wagtailusers_users:delete", args=[learner.pk]), follow=True)
    assert "already erased" in closed.content.decode()
    assert Enrolment.objects.filter(user=learner).count() == 1

    # Staff accounts are still deleted as Wagtail does it.
    client.post(reverse("wagtailusers_users:delete", args=[trainer.pk]))
    assert not get_user_model().objects.filter(pk=trainer.pk).exists()


def test_exports_of_learner_listings_are_logged_with_their_filters(client):
    staff = make_user("officer2", groups=["Programme staff"])
    client.force_login(staff)

    response = client.get(reverse("enrolments:index"), {"export": "csv", "status": "active"})
    b"".join(response.streaming_content)
    searched = client.get(reverse("enrolments:index"), {"export": "csv", "q": "someone@x.org"})
    b"".join(searched.streaming_content)

    entries = ModelLogEntry.objects.filter(action="lms.export_learner_data").order_by("pk")
    assert [(e.user_id, e.data["query"]) for e in entries] == [
        (staff.pk, "status=active"),
        (staff.pk, "q=%E2%80%A6"),  # a search is noted, not its words
    ]
    listing = ContentType.objects.get(pk=int(entries[0].object_id))  # logged on the model
    assert listing.model_class() is Enrolment


def test_only_staff_with_the_permission_see_a_learners_data(client, learner):
    trainer = make_user("trainer2", groups=["Trainers"], is_staff=True)
    url = reverse("lms_personal_data", args=[learner.pk])

    client.force_login(learner)
    as_learner = client.get(url)
    client.force_login(trainer)
    as_trainer = client.get(url)
    missing = client.get(reverse("lms_personal_data", args=[999999]))

    assert as_learner.status_code in (302, 403)
    assert as_trainer.status_code in (302, 403)  # Wagtail sends the refused to the dashboard
    assert as_trainer.headers.get("Location", "/admin/") == "/admin/"
    assert missing.status_code in (302, 403, 404)
    assert not ModelLogEntry.objects.filter(action="lms.view_learner_data").exists()


def test_the_close_account_page_makes_a_fixed_number_of_queries(
    client, learner, django_assert_num_queries
):
    client.force_login(learner)
    client.get(reverse("close_account"))
    # user, whether it is a staff account, records held (courses, certificates)
    with django_assert_num_queries(4):
        assert client.get(reverse("close_account")).status_code == 200


# Retention -------------------------------------------------------------------------------------


def test_retention_warns_first_then_closes_inactive_accounts_without_certificates(
    course, tests_of, capture, settings
):
    settings.ACCOUNT_RETENTION_DAYS = 365
    settings.ACCOUNT_RETENTION_WARNING_DAYS = 30
    long_ago = timezone.now() - timedelta(days=400)
    User = get_user_model()
    idle = make_user("idle", email="idle@mail.example")
    idle_enrolled = make_user("idleenrolled")
    enrolment = enrolment_create(user=idle_enrolled, course=course)
    Enrolment.objects.filter(pk=enrolment.pk).update(enrolled_at=long_ago)
    active = make_user("active")
    holder = learner_with_records(course, tests_of, capture, username="holder", name="Holder X")
    recent_enrolment = make_user("recentenrol")
    enrolment_create(user=recent_enrolment, course=course)
    staff = make_user("oldstaff", is_staff=True)
    # Staff by their group alone (as the Trainers and Reviewers groups make them), never
    # signed in since: still not a learner, so never warned or closed.
    trainer = make_user("oldtrainer", groups=["Trainers"])
    reviewer = make_user("oldreviewer", groups=["Reviewers"])
    User.objects.filter(
        pk__in=[idle.pk, idle_enrolled.pk, holder.pk, recent_enrolment.pk, trainer.pk, reviewer.pk]
    ).update(date_joined=long_ago, last_login=long_ago)
    User.objects.filter(pk__in=[active.pk, staff.pk]).update(
        date_joined=long_ago, last_login=timezone.now() - timedelta(days=3)
    )
    User.objects.filter(pk=staff.pk).update(last_login=long_ago)
    Enrolment.objects.filter(user=holder).update(enrolled_at=long_ago, completed_at=long_ago)

    out = io.StringIO()
    call_command("close_inactive_accounts", "--dry-run", stdout=out)
    assert "Would warn 2 account(s)" in out.getvalue()
    assert mail.outbox == [] and not User.objects.filter(retention_warned_at__isnull=False)

    call_command("close_inactive_accounts", stdout=io.StringIO())
    assert sorted(m.to[0] for m in mail.outbox) == ["idle@mail.example", "idleenrolled@example.org"]
    # In the learner's language.
    language = Profile.objects.get(user__email=mail.outbox[0].to[0]).preferred_language
    assert mail.outbox[0].subject == translated("Your learning account will be closed", language)
    assert User.objects.filter(closed_at__isnull=False).count() == 0

    # A month later: the warned are closed, unless they came back meanwhile.
    User.objects.filter(pk=idle_enrolled.pk).update(last_login=timezone.now())
    later = timezone.now() + timedelta(days=31)
    dry = accounts_retention(now=later, dry_run=True)
    assert dry.closed == [idle.pk]
    result = accounts_retention(now=later)

    assert result.closed == [idle.pk]
    assert set(User.objects.filter(closed_at__isnull=False).values_list("pk", flat=True)) == {
        idle.pk
    }
    assert User.objects.get(pk=idle_enrolled.pk).retention_warned_at is None
    assert ModelLogEntry.objects.filter(action="lms.close_account", object_id=str(idle.pk))


def test_a_download_that_fails_says_so_and_can_be_asked_for_again(client, learner, monkeypatch):
    from lms import privacy

    def broken(*, user):
        raise OSError("storage is down")

    client.force_login(learner)
    export = privacy.data_export_request(user=learner)
    monkeypatch.setattr(privacy, "data_export_build", broken)
    with pytest.raises(OSError):
        privacy.data_export_run(export_id=export.pk)

    page = client.get(reverse("my_data")).content.decode()
    assert DataExport.objects.get(pk=export.pk).status == DataExport.Status.FAILED
    assert 'data-export="failed"' in page
    assert privacy.data_export_request(user=learner).pk != export.pk


def test_the_staff_personal_data_page_and_the_closed_page_make_fixed_numbers_of_queries(
    client, learner, django_assert_num_queries
):
    staff = make_user("dpo", is_superuser=True, is_staff=True)
    client.force_login(staff)
    url = reverse("lms_personal_data", args=[learner.pk])
    client.get(url)

    # user, learner, whether it is a staff account, profile, records held (2), the audit log
    # entry (insert and the checks of its two foreign keys), Wagtail's admin (its user
    # profile, menu, …)
    with django_assert_num_queries(13):
        assert client.get(url).status_code == 200
    Client().get(reverse("account_closed"))  # the header's links, then kept in the cache
    with django_assert_num_queries(0):
        assert Client().get(reverse("account_closed")).status_code == 200
