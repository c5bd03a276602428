"""What the learner is told about their certificate on the course page and on "My learning"
(templates/certificates/includes/certificate_link.html), before and after its PDF exists."""

import pytest
from django.urls import reverse

from certificates.models import Certificate
from courses.services import enrolment_create, lesson_mark_complete
from tests.factories import lessons_of, make_course, make_user

pytestmark = pytest.mark.django_db

BEING_PREPARED = "Your certificate is being prepared. It takes a moment."


def test_until_the_pdf_is_rendered_the_learner_is_told_it_is_being_prepared(
    client, django_capture_on_commit_callbacks
):
    course = make_course(modules=1, lessons_per_module=2)
    learner = make_user()
    enrolment_create(user=learner, course=course)
    client.force_login(learner)
    # Rendering is queued after the commit of the request that completes the course. Holding
    # those callbacks back is the moment, in production, before db_worker has rendered it.
    with django_capture_on_commit_callbacks() as callbacks:
        for lesson in lessons_of(course):
            client.post(lesson.url + "complete/", {"next": "1"})
    certificate = Certificate.objects.get(user=learner)
    assert certificate.status == Certificate.Status.PENDING
    link = reverse("certificates:download", args=[certificate.code])

    for url in (course.url, reverse("my_learning")):
        content = client.get(url).content.decode()
        assert BEING_PREPARED in content
        # The link waits, hidden, until the page's status check finds the PDF ready.
        assert content.count(link) == 1
        assert f'<p data-ready hidden><a class="button" href="{link}">' in content
    assert client.get(link).status_code == 404

    for callback in callbacks:
        callback()

    for url in (course.url, reverse("my_learning")):
        content = client.get(url).content.decode()
        assert link in content
        assert BEING_PREPARED not in content
    assert client.get(link).status_code == 200


WALLET_LINK = "Download the verifiable credential (for digital wallets)"


def test_my_learning_links_each_certificate_s_credential_in_a_fixed_number_of_queries(
    client, django_capture_on_commit_callbacks, django_assert_num_queries, settings
):
    learner = make_user()
    courses = [make_course(modules=1, lessons_per_module=1) for _ in range(3)]
    for number, course in enumerate(courses):
        if number == 2:
            # Issued while no signing key was configured: no credential yet.
            settings.CREDENTIAL_SIGNING_KEY = ""
            settings.CREDENTIAL_SIGNING_KEY_FILE = ""
        enrolment_create(user=learner, course=course)
        with django_capture_on_commit_callbacks(execute=True):
            lesson_mark_complete(user=learner, lesson=lessons_of(course)[0], course=course)
    certificates = list(Certificate.objects.filter(user=learner).order_by("pk"))
    with_credential = certificates[:2]
    client.force_login(learner)
    url = reverse("my_learning")
    client.get(url)

    # As test_my_learning_shows_each_knowledge_gain_in_a_fixed_number_of_queries, less the
    # attempts at tests (these courses have none): the credentials come with the certificates.
    with django_assert_num_queries(11):
        response = client.get(url)

    content = response.content.decode()
    assert content.count(WALLET_LINK) == 2
    for certificate in with_credential:
        link = reverse("certificates:credential", args=[certificate.display_code])
        assert f'href="{link}"' in content
        assert f'download="certificate-{certificate.display_code}.json"' in content
        downloaded = client.get(link)
        assert downloaded.status_code == 200
        assert downloaded.content.decode() == certificate.credential.document
    assert reverse("certificates:credential", args=[certificates[2].display_code]) not in content


def test_the_course_page_links_the_credential_too(client, django_capture_on_commit_callbacks):
    course = make_course(modules=1, lessons_per_module=1)
    learner = make_user()
    enrolment_create(user=learner, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        lesson_mark_complete(user=learner, lesson=lessons_of(course)[0], course=course)
    client.force_login(learner)

    content = client.get(course.url).content.decode()

    certificate = Certificate.objects.get(user=learner)
    assert WALLET_LINK in content
    assert reverse("certificates:credential", args=[certificate.display_code]) in content
