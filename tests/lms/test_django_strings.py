"""Django's and Wagtail's strings on our forms, in our catalogues where Django's translation is
missing or wrong (lms/django_strings.py): the empty choice of a select, the password rules, the
sign-in error with the username field's name in it, and month names in dates (Uzbek, Kyrgyz,
Kazakh in lower case). `make messages-check` makes sure each of them has its translations."""

import json
import re
import subprocess
from datetime import date, datetime

import pytest
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.db.models.fields import BLANK_CHOICE_LABEL
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.dates import MONTHS_ALT

from courses.models import Enrolment
from courses.services import enrolment_create
from lms import django_strings as listed_strings
from tests.factories import PASSWORD, make_course, make_user
from tests.translations import LANGUAGES, translated

pytestmark = pytest.mark.django_db


def extracted() -> set[tuple[str | None, str]]:
    """(context, msgid) of every string makemessages finds in lms/django_strings.py, read with
    xgettext and the keywords Django's makemessages gives it."""
    output = subprocess.run(  # noqa: S603 (a fixed tool on our own file)
        [  # noqa: S607
            "xgettext",
            "--language=Python",
            "--from-code=UTF-8",
            "--no-wrap",
            "--keyword=gettext_noop",
            "--keyword=pgettext_lazy:1c,2",
            "--keyword=ngettext_lazy:1,2",
            "--output=-",
            listed_strings.__file__,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = set()
    for block in output.split("\n\n")[1:]:
        context = re.search(r'^msgctxt "(.*)"$', block, re.M)
        msgid = re.search(r'^msgid "(.*)"$', block, re.M)
        found.add((context and context.group(1), json.loads(f'"{msgid.group(1)}"')))
    return found


def test_the_listed_strings_are_djangos_own_and_are_extracted():
    with translation.override(None):
        user_model = get_user_model()
        validators = password_validation.get_default_password_validators()
        djangos = {
            str(BLANK_CHOICE_LABEL),
            str(AuthenticationForm.error_messages["invalid_login"]),
            str(user_model._meta.get_field("username").verbose_name),
            *(validator.get_help_text() for validator in validators),
        }
        months = {str(MONTHS_ALT[number]) for number in range(1, 13)}
    found = extracted()
    msgids = {msgid for _context, msgid in found}
    # The minimum length's help text is Django's plural msgid, with the number filled in.
    msgids |= {"Your password must contain at least 8 characters."}
    assert djangos <= msgids
    assert {("alt. month", month) for month in months} <= found


@pytest.mark.parametrize("language", LANGUAGES)
def test_sign_up_and_profile_forms_render_in_the_language(client, language):
    content = client.get(f"/{language}/accounts/sign-up/").content.decode()

    assert "- Select an option -" not in content
    assert translated("- Select an option -", language) in content
    for rule in (
        "Your password can’t be too similar to your other personal information.",
        "Your password can’t be a commonly used password.",
        "Your password can’t be entirely numeric.",
    ):
        assert rule not in content.replace("&#x27;", "'")
        assert translated(rule, language) in content
    with translation.override(language):
        minimum = translation.ngettext(
            "Your password must contain at least %(min_length)d character.",
            "Your password must contain at least %(min_length)d characters.",
            8,
        )
    assert minimum % {"min_length": 8} in content
    assert "Your password must contain" not in content

    client.force_login(make_user())
    profile = client.get(f"/{language}/accounts/profile/").content.decode()
    assert translated("- Select an option -", language) in profile
    assert "- Select an option -" not in profile


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sign_in_error_reads_in_the_language(client, language):
    make_user("aigerim")

    response = client.post(
        f"/{language}/accounts/login/", {"username": "aigerim", "password": "wrong password"}
    )

    content = response.content.decode()
    error = translated(
        "Please enter a correct %(username)s and password. Note that both fields may be "
        "case-sensitive.",
        language,
    ) % {"username": translated("username", language)}
    assert error in content
    assert "Please enter a correct" not in content
    assert "Қолданушы атауы" not in content  # Django's Kazakh, capitalised mid-sentence
    assert "СезГичТүү" not in content  # Django's Kyrgyz


def test_the_right_password_still_signs_in_after_the_error(client):
    make_user("aigerim")
    client.post("/kk/accounts/login/", {"username": "aigerim", "password": "wrong"})
    response = client.post("/kk/accounts/login/", {"username": "aigerim", "password": PASSWORD})
    assert response.status_code == 302


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("uz", "2-dekabr, 2026-yil"),
        ("ky", "2 декабрь 2026 ж."),
        ("kk", "2026 жылғы 2 желтоқсан"),
        ("ru", "2 декабря 2026 г."),
        ("tg", "2 декабр 2026 г."),
    ],
)
def test_dates_print_month_names_as_the_language_writes_them(language, expected):
    with translation.override(language):
        assert formats.date_format(date(2026, 12, 2), "DATE_FORMAT") == expected


def test_an_uzbek_date_on_a_page_is_in_lower_case(client):
    learner = make_user()
    course = make_course(modules=1, lessons_per_module=1)
    enrolment = enrolment_create(user=learner, course=course)
    completed = timezone.make_aware(datetime(2026, 10, 5, 12, 0))
    Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=completed)
    client.force_login(learner)

    with translation.override("uz"):
        url = reverse("my_learning")
    content = client.get(url).content.decode()

    assert "5-oktabr, 2026-yil" in content
    assert "Oktabr" not in content


def test_kazakh_numbers_take_a_decimal_comma():
    with translation.override("kk"):
        assert formats.number_format(87.5, 1) == "87,5"
