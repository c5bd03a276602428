"""A revoked certificate's PDF is not served (its owner is told why); a replaced one points to
the certificate that replaced it."""

import pytest
from django.urls import reverse

from certificates.models import Certificate
from certificates.services import certificate_revoke
from courses.services import certificate_reissue, enrolment_create, lesson_mark_complete
from tests.factories import lessons_of, make_course, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner():
    return make_user(full_name="Dilnoza Karimova")


@pytest.fixture
def certificate(learner, django_capture_on_commit_callbacks):
    course = make_course(modules=1, lessons_per_module=1, title="Case management")
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = enrolment_create(user=learner, course=course)
        for lesson in lessons_of(course):
            lesson_mark_complete(user=learner, lesson=lesson, course=course)
    certificate = Certificate.objects.get(enrolment=enrolment)
    assert certificate.pdf and certificate.status == "valid"
    return certificate


def download(certificate):
    return reverse("certificates:download", args=[certificate.code])


def test_the_owner_cannot_download_a_revoked_certificate_and_is_told_why(
    client, learner, certificate
):
    certificate_revoke(certificate=certificate, reason="Attendance was not confirmed")
    client.force_login(learner)

    response = client.get(download(certificate))

    assert response.status_code == 410
    assert response["Content-Type"] == "text/html; charset=utf-8"
    page = response.content.decode()
    assert "This certificate was revoked on" in page
    assert "Attendance was not confirmed" in page
    assert b"%PDF" not in response.content


def test_staff_are_not_served_a_revoked_pdf_either(client, certificate):
    certificate_revoke(certificate=certificate, reason="Duplicate")
    client.force_login(make_user(groups=["Reviewers"]))

    assert client.get(download(certificate)).status_code == 410


def test_a_stranger_learns_nothing_about_a_revoked_certificate(client, certificate):
    certificate_revoke(certificate=certificate, reason="Private reason")
    client.force_login(make_user())

    response = client.get(download(certificate))

    assert response.status_code == 404
    assert "Private reason" not in response.content.decode()


def test_my_learning_and_the_course_page_say_the_certificate_was_revoked(
    client, learner, certificate
):
    certificate_revoke(certificate=certificate, reason="Attendance was not confirmed")
    client.force_login(learner)

    for url in [reverse("my_learning"), certificate.course.url]:
        page = client.get(url).content.decode()
        assert "Your certificate was revoked on" in page
        assert "Attendance was not confirmed" in page
        assert download(certificate) not in page


def test_a_replaced_certificate_points_to_its_replacement(
    client, learner, certificate, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        new = certificate_reissue(certificate=certificate)
    client.force_login(learner)

    response = client.get(download(certificate))

    assert response.status_code == 410
    page = response.content.decode()
    assert "This certificate was replaced by a newer one." in page
    assert download(new) in page
    assert client.get(download(new)).status_code == 200
