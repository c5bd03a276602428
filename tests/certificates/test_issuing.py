import json
import re
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse

from certificates.models import Certificate, CertificateTemplate, normalise_code
from certificates.services import CertificateError, certificate_revoke
from courses.models import CoursePage, Enrolment
from courses.services import (
    certificate_issue_for,
    certificate_reissue,
    certificates_issue_manual,
    enrolment_create,
    lesson_mark_complete,
    quiz_attempt_start,
    quiz_attempt_submit,
)
from tests.factories import lessons_of, make_course, make_quiz, make_user, right, wrong

pytestmark = pytest.mark.django_db


def complete(user, course):
    enrolment = enrolment_create(user=user, course=course)
    for lesson in lessons_of(course):
        lesson_mark_complete(user=user, lesson=lesson, course=course)
    enrolment.refresh_from_db()
    return enrolment


def issued(user, course, capture):
    with capture(execute=True):
        enrolment = complete(user, course)
    return Certificate.objects.get(enrolment=enrolment)


@pytest.fixture
def course():
    return make_course(modules=1, lessons_per_module=2, title="Case management", estimated_hours=6)


@pytest.fixture
def learner():
    return make_user(full_name="Нурсулуу Өмүрбекова")


@pytest.fixture
def capture(django_capture_on_commit_callbacks):
    return django_capture_on_commit_callbacks


def test_completing_a_course_issues_one_rendered_certificate(capture, course, learner):
    certificate = issued(learner, course, capture)

    assert certificate.user == learner
    assert certificate.status == Certificate.Status.VALID
    assert certificate.pdf.read().startswith(b"%PDF")
    assert (certificate.name, certificate.course_title, certificate.hours) == (
        "Нурсулуу Өмүрбекова",
        "Case management",
        6,
    )


def test_issuing_again_returns_the_same_certificate(course, learner):
    enrolment = complete(learner, course)

    again = certificate_issue_for(enrolment=enrolment)

    assert Certificate.objects.count() == 1
    assert again.pk == Certificate.objects.get().pk


def test_an_incomplete_enrolment_gets_no_certificate(course, learner):
    enrolment = enrolment_create(user=learner, course=course)
    with pytest.raises(CertificateError):
        certificate_issue_for(enrolment=enrolment)
    assert not Certificate.objects.exists()


def test_code_is_random_typeable_and_unique(course):
    for _ in range(5):
        complete(make_user(), course)
    codes = set()
    for certificate in Certificate.objects.all():
        assert len(certificate.code) == 16
        assert not set(certificate.code) & set("01OIL")
        assert normalise_code(certificate.display_code.lower()) == certificate.code
        codes.add(certificate.code)
    assert len(codes) == 5


def test_snapshot_survives_edits_and_deletion_of_course_user_and_template(capture, course, learner):
    template = CertificateTemplate.objects.create(name="Partner", issuer="Partner NGO")
    CoursePage.objects.filter(pk=course.pk).update(certificate_template=template)
    course.refresh_from_db()
    certificate = issued(learner, course, capture)
    assert certificate.issuer == "Partner NGO"

    course.title = "Renamed"
    course.save_revision().publish()
    learner.profile.full_name = "Someone else"
    learner.profile.save()
    course.delete()
    template.delete()
    learner.delete()

    certificate.refresh_from_db()
    assert (certificate.name, certificate.course_title, certificate.issuer) == (
        "Нурсулуу Өмүрбекова",
        "Case management",
        "Partner NGO",
    )
    assert certificate.status == Certificate.Status.VALID
    call_command("rerender_certificates")  # renders again, with the default design
    certificate.refresh_from_db()
    assert certificate.pdf.read().startswith(b"%PDF")


def test_the_score_printed_is_the_final_assessments_not_a_better_post_tests(course, learner):
    post = make_quiz(course, kind="post_test", required_for_completion=False)
    final = make_quiz(course, kind="final", pass_mark=60)
    enrolment_create(user=learner, course=course)
    for quiz, correct_count in ((post, 3), (final, 2)):  # 100%, then 66.67%
        attempt = quiz_attempt_start(user=learner, quiz=quiz, course=course)
        answers = {
            str(q["id"]): [c["id"] for c in (right(q) if n < correct_count else wrong(q))]
            for n, q in enumerate(attempt.questions)
        }
        quiz_attempt_submit(user=learner, attempt_id=attempt.pk, answers=answers)

    enrolment = complete(learner, course)

    assert Certificate.objects.get(enrolment=enrolment).score == Decimal("66.67")


def test_revoking_needs_a_reason_and_shows_on_verification(client, capture, course, learner):
    certificate = issued(learner, course, capture)
    with pytest.raises(CertificateError):
        certificate_revoke(certificate=certificate, reason="  ")

    certificate_revoke(certificate=certificate, reason="Attendance was not confirmed")

    data = client.get(reverse("certificates:verify_json", args=[certificate.code])).json()
    assert data["status"] == "revoked" and "revoked_on" in data
    page = client.get(reverse("certificates:verify", args=[certificate.display_code]))
    assert "was revoked on" in page.content.decode()


def test_reissue_after_a_name_correction_replaces_the_old_one(client, capture, course, learner):
    old = issued(learner, course, capture)
    learner.profile.full_name = "Nursuluu Omurbekova"
    learner.profile.save()

    with capture(execute=True):
        new = certificate_reissue(certificate=old)

    old.refresh_from_db()
    new.refresh_from_db()
    assert new.name == "Nursuluu Omurbekova" and new.code != old.code
    assert new.status == Certificate.Status.VALID and new.pdf
    assert old.status == Certificate.Status.REPLACED and old.replaced_by == new
    data = client.get(reverse("certificates:verify_json", args=[old.code])).json()
    assert data["status"] == "replaced" and data["replaced_by"] == new.display_code
    fresh = client.get(reverse("certificates:verify_json", args=[new.code])).json()
    assert fresh["status"] == "valid"
    with pytest.raises(CertificateError):
        certificate_reissue(certificate=old)


def test_manual_issue_for_an_in_person_training(course):
    trainer = make_user(groups=["Trainers"])
    attendees = [make_user() for _ in range(2)]

    result = certificates_issue_manual(
        course=course, emails=[u.email for u in attendees] + ["ghost@x.org"], issued_by=trainer
    )
    again = certificates_issue_manual(course=course, emails=[attendees[0].email], issued_by=trainer)

    assert len(result.issued) == 2 and result.unknown_emails == ["ghost@x.org"]
    assert len(again.already) == 1 and not again.issued
    assert Certificate.objects.filter(issued_by=trainer).count() == 2


def test_trainer_issues_by_hand_in_the_admin(client, course):
    attendee = make_user()
    client.force_login(make_user(groups=["Trainers"]))

    response = client.post(
        reverse("courses_issue_certificates"),
        {"course": course.pk, "emails": attendee.email, "completed_on": "2026-10-01"},
    )

    assert response.status_code == 302
    certificate = Certificate.objects.get(user=attendee)
    assert str(certificate.completed_on) == "2026-10-01"


def test_reviewer_revokes_in_the_admin_and_trainer_cannot(client, capture, course, learner):
    certificate = issued(learner, course, capture)
    url = reverse("certificates_manage", args=[certificate.pk])
    client.force_login(make_user(groups=["Trainers"]))
    assert client.post(url, {"reason": "x", "revoke": "1"}).status_code in {302, 403}
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.VALID

    client.force_login(make_user(groups=["Reviewers"]))
    client.post(url, {"reason": "Duplicate account", "revoke": "1"})

    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.REVOKED
    assert certificate.revoke_reason == "Duplicate account"


@pytest.mark.parametrize("code", ["AAAA", "not-a-code", "ABCD-EFGH-JKMN-PQR0", "x" * 64])
def test_unknown_or_malformed_codes_are_404_not_500(client, code):
    page = client.get(reverse("certificates:verify", args=[code]))
    data = client.get(reverse("certificates:verify_json", args=[code]))

    assert page.status_code == 404
    assert data.status_code == 404 and data.json()["status"] == "not_found"


def test_verification_shows_only_what_the_certificate_prints(client, capture, course, learner):
    certificate = issued(learner, course, capture)

    page = client.get(reverse("certificates:verify", args=[certificate.display_code]))
    data = client.get(reverse("certificates:verify_json", args=[certificate.code])).json()

    content = page.content.decode()
    assert "This certificate is valid." in content and "Нурсулуу Өмүрбекова" in content
    assert learner.email not in content and learner.email not in json.dumps(data)
    assert set(data) == {
        "code",
        "status",
        "name",
        "course",
        "hours",
        "completed_on",
        "issuer",
        "issued_on",
    }


def test_verify_form_redirects_to_the_code_and_explains_malformed_input(client):
    response = client.get(reverse("certificates:verify_form"), {"code": "abcd 2345 efgh 6789"})
    assert response.status_code == 302
    assert response.headers["Location"] == reverse("certificates:verify", args=["ABCD2345EFGH6789"])

    response = client.get(reverse("certificates:verify_form"), {"code": "hello"})
    assert response.status_code == 200
    assert "This is not a certificate code" in response.content.decode()


def test_verification_is_rate_limited_per_client(client):
    url = reverse("certificates:verify_json", args=["ABCD2345EFGH6789"])
    statuses = [client.get(url).status_code for _ in range(35)]
    assert statuses[0] == 404 and statuses[-1] == 429
    assert client.get(url, REMOTE_ADDR="10.9.9.9").status_code == 404


def test_behind_a_load_balancer_the_limit_counts_per_forwarded_client(client, settings):
    settings.TRUSTED_PROXIES = 1
    url = reverse("certificates:verify_json", args=["ABCD2345EFGH6789"])
    balancer = {"REMOTE_ADDR": "10.0.0.2"}

    def lookup(client_chain):
        return client.get(url, HTTP_X_FORWARDED_FOR=client_chain, **balancer).status_code

    # The first address is the client's own claim, so it cannot dodge the limit.
    statuses = [lookup(f"192.0.2.{n}, 198.51.100.7") for n in range(35)]
    assert statuses[0] == 404 and statuses[-1] == 429
    assert lookup("198.51.100.8") == 404  # another client behind the same balancer


def test_only_the_owner_and_staff_download_the_pdf(client, capture, course, learner):
    certificate = issued(learner, course, capture)
    url = reverse("certificates:download", args=[certificate.code])

    assert client.get(url).status_code == 404
    client.force_login(make_user())
    assert client.get(url).status_code == 404
    client.force_login(make_user(groups=["Reviewers"]))
    assert client.get(url).status_code == 200
    client.force_login(learner)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_learner_finds_the_certificate_on_my_learning_and_the_course_page(
    client, capture, course, learner
):
    certificate = issued(learner, course, capture)
    client.force_login(learner)
    link = reverse("certificates:download", args=[certificate.code])

    assert link in client.get(reverse("my_learning")).content.decode()
    assert link in client.get(course.url).content.decode()


def test_current_certificates_are_all_but_the_replaced(capture, course, learner):
    old = issued(learner, course, capture)
    with capture(execute=True):
        new = certificate_reissue(certificate=old)
    other = issued(make_user(), course, capture)
    certificate_revoke(certificate=other, reason="Duplicate account")

    assert set(Certificate.objects.current()) == {new, Certificate.objects.get(pk=other.pk)}
    assert list(Enrolment.objects.get(user=learner).certificates.current()) == [new]


def test_status_is_told_by_the_certificate_itself(capture, course, learner):
    certificate = issued(learner, course, capture)
    assert certificate.is_valid and certificate.is_ready and certificate.can_be_reissued
    assert certificate.can_be_revoked and not certificate.is_pending

    certificate_revoke(certificate=certificate, reason="Attendance was not confirmed")
    certificate.refresh_from_db()

    assert certificate.is_revoked and certificate.is_ready
    assert not certificate.can_be_reissued and not certificate.can_be_revoked
    pending = Certificate(status=Certificate.Status.PENDING)
    assert pending.is_pending and not pending.is_ready


def test_reviewer_reissues_from_the_certificate_page_and_trainer_cannot(
    client, capture, course, learner
):
    old = issued(learner, course, capture)
    manage_url = reverse("certificates_manage", args=[old.pk])
    reissue_url = reverse("certificates_reissue", args=[old.pk])
    client.force_login(make_user(groups=["Trainers"]))
    assert client.post(reissue_url).status_code in {302, 403}  # Wagtail's admin redirects
    old.refresh_from_db()
    assert old.is_valid and Certificate.objects.count() == 1

    client.force_login(make_user(groups=["Reviewers"]))
    assert f'action="{reissue_url}"' in client.get(manage_url).content.decode()
    with capture(execute=True):
        response = client.post(reissue_url)

    old.refresh_from_db()
    assert old.is_replaced and old.replaced_by is not None
    assert response.headers["Location"] == reverse("certificates_manage", args=[old.replaced_by.pk])
    again = client.post(reissue_url, follow=True)
    assert "Only a valid certificate can be reissued." in again.content.decode()


def test_reissue_keeps_what_the_old_certificate_said_when_the_course_is_gone(
    capture, course, learner
):
    old = issued(learner, course, capture)
    course.delete()
    old.refresh_from_db()

    with capture(execute=True):
        new = certificate_reissue(certificate=old)

    assert (new.course_title, new.hours, new.issuer) == (old.course_title, old.hours, old.issuer)
    assert new.course_id is None and new.name == "Нурсулуу Өмүрбекова"


def test_reissue_takes_the_course_title_and_template_as_they_are_now(capture, course, learner):
    old = issued(learner, course, capture)
    template = CertificateTemplate.objects.create(name="Partner", issuer="Partner NGO")
    course.title = "Case management, second edition"
    course.certificate_template = template
    course.save_revision().publish()

    with capture(execute=True):
        new = certificate_reissue(certificate=old)

    assert new.course_title == "Case management, second edition"
    assert (new.template, new.issuer) == (template, "Partner NGO")
    assert new.completed_on == old.completed_on


def switcher_links(content: str) -> dict:
    nav = content[content.index('<nav class="languages"') :]
    nav = nav[: nav.index("</nav>")]
    return {code: href for href, code in re.findall(r'<a href="([^"]+)" lang="([a-z]+)"', nav)}


def test_verification_page_links_to_itself_in_every_language(client, capture, course, learner):
    certificate = issued(learner, course, capture)
    printed = reverse("certificates:verify", args=[certificate.display_code])

    links = switcher_links(client.get(printed).content.decode())

    assert links == {code: f"/{code}{printed}" for code, _name in settings.LANGUAGES}
    kazakh = client.get(links["kk"])
    assert kazakh.status_code == 200
    assert kazakh.context["LANGUAGE_CODE"] == "kk"
    assert certificate.name in kazakh.content.decode()
    # Each language's page links to the others.
    assert switcher_links(kazakh.content.decode())["tg"] == f"/tg{printed}"


def test_verify_form_in_a_language_keeps_it(client):
    form = client.get("/certificates/verify/")
    assert switcher_links(form.content.decode())["uz"] == "/uz/certificates/verify/"

    response = client.get("/uz/certificates/verify/", {"code": "abcd 2345 efgh 6789"})

    assert response.headers["Location"] == "/uz/certificates/verify/ABCD2345EFGH6789/"
