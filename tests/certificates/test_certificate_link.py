"""What the learner is told about their certificate on the course page and on "My learning"
(templates/certificates/includes/certificate_link.html), before and after its PDF exists."""

import pytest
from django.urls import reverse

from certificates.models import Certificate
from courses.services import enrolment_create
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
