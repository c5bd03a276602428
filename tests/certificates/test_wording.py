"""A certificate an NGO would hand out: the default template's issuer, title and body in the
course's language, the body in the form for the learner's gender where the language marks it
(and neutral where they did not say), labelled hours and date, signatories' standard roles
translated, and a QR code that leads to the site actually served in development."""

from datetime import date
from decimal import Decimal

import pytest
from django.test import override_settings
from django.urls import reverse

from certificates.models import Certificate, CertificateTemplate
from certificates.pdf import render_certificate_pdf
from certificates.services import certificate_render, default_template, printed_gender
from courses.services import enrolment_create
from lms.models import Profile
from tests.certificates.pdf_helpers import qr_codes, text_of
from tests.certificates.test_pdf import write_catalogue
from tests.factories import lessons_of, make_course, make_user, translate_course

pytestmark = pytest.mark.django_db

# The translations of the new wording (as given to the project's catalogues), so that these
# tests read the certificate in each language whatever the compiled catalogues have so far.
BODY = "has completed the course {course}."
WOMAN, MAN = "certificate body, woman\x04", "certificate body, man\x04"
ISSUER = "Migration and Social Work Learning programme"
CATALOGUES = {
    "ru": {
        BODY: "успешно завершил(а) курс {course}.",
        WOMAN + BODY: "успешно завершила курс {course}.",
        MAN + BODY: "успешно завершил курс {course}.",
        ISSUER: "Программа «Обучение по миграции и социальной работе»",
        "Programme director": "Директор программы",
        "Study hours": "Часов обучения",
        "Date of completion": "Дата завершения",
        "Final score": "Итоговый результат",
    },
    "uz": {
        BODY: "{course} kursini muvaffaqiyatli tugatdi.",
        WOMAN + BODY: "{course} kursini muvaffaqiyatli tugatdi.",
        MAN + BODY: "{course} kursini muvaffaqiyatli tugatdi.",
        ISSUER: "“Migratsiya va ijtimoiy ish boʻyicha taʼlim” dasturi",
        "Programme director": "Dastur direktori",
        "Study hours": "Oʻqish soatlari",
        "Date of completion": "Tugatilgan sana",
        "Final score": "Yakuniy ball",
    },
    "ky": {
        BODY: "{course} курсун ийгиликтүү аяктады.",
        WOMAN + BODY: "{course} курсун ийгиликтүү аяктады.",
        MAN + BODY: "{course} курсун ийгиликтүү аяктады.",
        ISSUER: "«Миграция жана социалдык иш боюнча окутуу» программасы",
        "Programme director": "Программанын директору",
        "Study hours": "Окуу сааттары",
        "Date of completion": "Аяктаган күнү",
        "Final score": "Жыйынтык упай",
    },
    "kk": {
        BODY: "{course} курсын сәтті аяқтады.",
        WOMAN + BODY: "{course} курсын сәтті аяқтады.",
        MAN + BODY: "{course} курсын сәтті аяқтады.",
        ISSUER: "«Көші-қон және әлеуметтік жұмыс бойынша оқыту» бағдарламасы",
        "Programme director": "Бағдарлама директоры",
        "Study hours": "Оқу сағаттары",
        "Date of completion": "Аяқталған күні",
        "Final score": "Қорытынды ұпай",
    },
    "tg": {
        BODY: "курси {course}-ро бомуваффақият анҷом дод.",
        WOMAN + BODY: "курси {course}-ро бомуваффақият анҷом дод.",
        MAN + BODY: "курси {course}-ро бомуваффақият анҷом дод.",
        ISSUER: "Барномаи «Омӯзиш оид ба муҳоҷират ва кори иҷтимоӣ»",
        "Programme director": "Директори барнома",
        "Study hours": "Соатҳои омӯзиш",
        "Date of completion": "Санаи анҷом",
        "Final score": "Холи ниҳоӣ",
    },
}

COURSE = "Case management"


@pytest.fixture
def catalogues(settings, tmp_path):
    for language, messages in CATALOGUES.items():
        write_catalogue(tmp_path / "locale" / language / "LC_MESSAGES" / "django.mo", messages)
    settings.LOCALE_PATHS = [tmp_path / "locale", *settings.LOCALE_PATHS]


def certificate_with_defaults(language, gender=""):
    """A certificate issued with the default template as the migration makes it."""
    template = default_template()
    return Certificate(
        code="ABCD2345EFGH6789",
        name="Aigerim Nurlanovna",
        course_title=COURSE,
        language=language,
        gender=gender,
        hours=Decimal("12"),
        completed_on=date(2026, 3, 5),
        issuer=template.issuer,
        title=template.title,
        body=template.body,
        signatories=[{"name": "Gulnara Saidova", "role": "Programme director"}],
    ), template


def test_the_default_template_is_the_model_default():
    template = default_template()
    assert template.issuer == ISSUER
    assert template.body == CertificateTemplate._meta.get_field("body").default
    assert "{hours}" not in template.body and "{date}" not in template.body


@pytest.mark.parametrize(
    ("language", "issuer", "body", "hours", "completed", "role"),
    [
        (
            "en",
            ISSUER,
            "has completed the course",
            "STUDY HOURS 12",
            "DATE OF COMPLETION 5 March 2026",
            "Programme director",
        ),
        (
            "ru",
            "Программа «Обучение по миграции и социальной работе»",
            "успешно завершил(а) курс",
            "ЧАСОВ ОБУЧЕНИЯ 12",
            "ДАТА ЗАВЕРШЕНИЯ 5 марта 2026 г.",
            "Директор программы",
        ),
        (
            "uz",
            "“Migratsiya va ijtimoiy ish boʻyicha taʼlim” dasturi",
            "kursini muvaffaqiyatli tugatdi",
            "OʻQISH SOATLARI 12",
            "TUGATILGAN SANA",
            "Dastur direktori",
        ),
        (
            "ky",
            "«Миграция жана социалдык иш боюнча окутуу» программасы",
            "курсун ийгиликтүү аяктады",
            "ОКУУ СААТТАРЫ 12",
            "АЯКТАГАН КҮНҮ",
            "Программанын директору",
        ),
        (
            "kk",
            "«Көші-қон және әлеуметтік жұмыс бойынша оқыту» бағдарламасы",
            "курсын сәтті аяқтады",
            "ОҚУ САҒАТТАРЫ 12",
            "АЯҚТАЛҒАН КҮНІ",
            "Бағдарлама директоры",
        ),
        (
            "tg",
            "Барномаи «Омӯзиш оид ба муҳоҷират ва кори иҷтимоӣ»",
            "бомуваффақият анҷом дод",
            "СОАТҲОИ ОМӮЗИШ 12",
            "САНАИ АНҶОМ",
            "Директори барнома",
        ),
    ],
)
def test_the_default_certificate_prints_in_the_course_language(
    catalogues, language, issuer, body, hours, completed, role
):
    certificate, template = certificate_with_defaults(language)

    text = text_of(render_certificate_pdf(certificate, template=template))

    assert issuer in text
    assert body in text
    assert hours in text
    assert completed in text
    assert role in text
    if language != "en":
        assert ISSUER not in text
        assert "Certificate of completion" not in text
        assert "Programme director" not in text


@pytest.mark.parametrize(
    ("gender", "wording"),
    [
        ("woman", "успешно завершила курс"),
        ("man", "успешно завершил курс"),
        ("", "успешно завершил(а) курс"),
    ],
)
def test_the_russian_wording_follows_the_learners_gender(catalogues, gender, wording):
    certificate, template = certificate_with_defaults("ru", gender)

    text = text_of(render_certificate_pdf(certificate, template=template))

    assert f"{wording} {COURSE}." in text
    others = {"успешно завершила курс", "успешно завершил курс", "успешно завершил(а) курс"}
    for other in others - {wording}:
        assert other not in text


def test_languages_without_grammatical_gender_print_the_same_for_everyone(catalogues):
    texts = set()
    for gender in ("woman", "man", ""):
        certificate, template = certificate_with_defaults("kk", gender)
        texts.add(text_of(render_certificate_pdf(certificate, template=template)))
    assert len(texts) == 1


@pytest.mark.parametrize(
    ("given", "printed"),
    [("woman", "woman"), ("man", "man"), ("undisclosed", ""), ("", "")],
)
def test_the_gender_on_the_certificate_is_what_the_learner_said(given, printed):
    user = make_user()
    Profile.objects.filter(user=user).update(gender=given)
    user.refresh_from_db()
    assert printed_gender(user) == printed


def test_a_learner_who_prefers_not_to_say_gets_the_neutral_wording(
    catalogues, django_capture_on_commit_callbacks
):
    course = translate_course(make_course(modules=1, lessons_per_module=1), "ru")
    learner = make_user()
    Profile.objects.filter(user=learner).update(gender="undisclosed")
    enrolment_create(user=learner, course=course)
    from courses.services import lesson_mark_complete

    with django_capture_on_commit_callbacks(execute=True):
        lesson_mark_complete(user=learner, lesson=lessons_of(course)[0], course=course)
    certificate = Certificate.objects.get(user=learner)
    assert certificate.gender == ""
    text = text_of(certificate.pdf.open("rb").read())
    assert "успешно завершил(а) курс" in text


def test_a_woman_learner_gets_the_feminine_wording_through_the_services(
    catalogues, django_capture_on_commit_callbacks
):
    course = translate_course(make_course(modules=1, lessons_per_module=1), "ru")
    learner = make_user()
    Profile.objects.filter(user=learner).update(gender="woman")
    learner.refresh_from_db()
    enrolment_create(user=learner, course=course)
    from courses.services import lesson_mark_complete

    with django_capture_on_commit_callbacks(execute=True):
        lesson_mark_complete(user=learner, lesson=lessons_of(course)[0], course=course)
    certificate = Certificate.objects.get(user=learner)
    assert certificate.gender == "woman"
    assert "успешно завершила курс" in text_of(certificate.pdf.open("rb").read())


def test_a_certificate_issued_with_the_old_default_body_still_prints_translated():
    certificate, template = certificate_with_defaults("ru")
    certificate.body = "has completed the course {course} ({hours} hours) on {date}."

    text = text_of(render_certificate_pdf(certificate, template=template))

    assert "has completed" not in text
    assert COURSE in text


@override_settings(
    MIDDLEWARE=[
        "lms.site_url.RequestSiteURLMiddleware",
        *__import__("django.conf").conf.settings.MIDDLEWARE,
    ],
    ALLOWED_HOSTS=["127.0.0.1", "testserver"],
)
def test_in_development_the_qr_code_leads_to_the_host_and_port_served(
    client, django_capture_on_commit_callbacks
):
    course = make_course(modules=1, lessons_per_module=1)
    learner = make_user()
    enrolment_create(user=learner, course=course)
    client.force_login(learner)
    lesson = lessons_of(course)[0]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(lesson.url + "complete/", HTTP_HOST="127.0.0.1:8123")
    certificate = Certificate.objects.get(user=learner)
    assert certificate.site_url == "http://127.0.0.1:8123"
    url = f"http://127.0.0.1:8123{reverse('certificates:verify', args=[certificate.display_code])}"
    data = certificate.pdf.open("rb").read()
    [qr_url] = qr_codes(data)
    # The QR code opens the check page (the signed summary in its fragment) on the same host.
    assert qr_url.startswith(f"http://127.0.0.1:8123{reverse('certificates:check')}#")
    assert url in text_of(data)


def test_without_the_development_middleware_the_qr_code_leads_to_site_url(
    client, settings, django_capture_on_commit_callbacks
):
    settings.ALLOWED_HOSTS = ["127.0.0.1", "testserver"]
    course = make_course(modules=1, lessons_per_module=1)
    learner = make_user()
    enrolment_create(user=learner, course=course)
    client.force_login(learner)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(lessons_of(course)[0].url + "complete/", HTTP_HOST="127.0.0.1:8123")
    certificate = Certificate.objects.get(user=learner)
    certificate_render(certificate=certificate)
    [url] = qr_codes(certificate.pdf.open("rb").read())
    assert url.startswith(settings.SITE_URL + "/certificates/check/#")


def test_development_settings_follow_the_request_only_without_site_url():
    import os
    import subprocess
    import sys

    code = (
        "import django.conf, lms.settings.dev as s; "
        "print('lms.site_url.RequestSiteURLMiddleware' in s.MIDDLEWARE)"
    )
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    unset = subprocess.run(  # noqa: S603 (our own interpreter and code)
        [sys.executable, "-c", code], env=env, capture_output=True, text=True
    )
    assert unset.stdout.strip() == "True", unset.stderr
    env["SITE_URL"] = "https://learn.example.org"
    given = subprocess.run(  # noqa: S603 (our own interpreter and code)
        [sys.executable, "-c", code], env=env, capture_output=True, text=True
    )
    assert given.stdout.strip() == "False", given.stderr
    prod = subprocess.run(  # noqa: S603 (our own interpreter and code)
        [
            sys.executable,
            "-c",
            "import lms.settings.production as s; "
            "print('lms.site_url.RequestSiteURLMiddleware' in s.MIDDLEWARE)",
        ],
        env={
            **env,
            "SECRET_KEY": "x" * 60,
            "ALLOWED_HOSTS": "learn.example.org",
            "DATABASE_URL": "sqlite:///:memory:",
        },
        capture_output=True,
        text=True,
    )
    assert prod.stdout.strip() == "False", prod.stderr


def test_the_demo_gives_the_default_template_a_logo_and_signatories_once():
    from courses.demo.certificate import certificate_template_build

    template = certificate_template_build()
    assert template.logo is not None
    assert [(s.name, s.role) for s in template.signatories.all()] == [
        ("Gulnara Saidova", "Programme director"),
        ("Azamat Dzhumabaev", "Training coordinator"),
    ]
    assert all(s.signature is not None for s in template.signatories.all())
    logo = template.logo_id

    certificate_template_build()

    template.refresh_from_db()
    assert template.logo_id == logo
    assert template.signatories.count() == 2
