import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

from lms import signin
from lms.models import Profile, User
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db

VALID = {
    "email": "gulnara@example.org",
    "password1": "Chai-and-bread-2026",
    "password2": "Chai-and-bread-2026",
    "full_name": "Гульнара Абдыкадырова",
    "country": "KG",
    "region": "Osh",
    "organisation": "Community centre",
    "role": "social_worker",
    "gender": "woman",
    "age_group": "35_44",
    "preferred_language": "ky",
    "reporting_consent": "on",
}


def test_sign_up_creates_account_and_profile_and_signs_in(client):
    response = client.post(reverse("sign_up"), VALID)

    assert response.status_code == 302
    user = User.objects.get(email="gulnara@example.org")
    profile = user.profile
    assert profile.full_name == "Гульнара Абдыкадырова"
    assert (profile.country, profile.role, profile.gender) == ("KG", "social_worker", "woman")
    assert profile.reporting_consent and profile.reporting_consent_at is not None
    assert client.get(reverse("my_learning")).status_code == 200


def test_sign_up_is_limited_per_client_address_and_says_when_to_come_back(monkeypatch):
    assert signin.SIGN_UPS_PER_ADDRESS == "40/h"  # as README says
    monkeypatch.setattr(signin, "SIGN_UPS_PER_ADDRESS", "3/h")
    for number in range(3):
        response = Client().post(reverse("sign_up"), {**VALID, "email": f"p{number}@example.org"})
        assert response.status_code == 302

    refused = Client().post(reverse("sign_up"), {**VALID, "email": "p3@example.org"})
    invalid = Client().post(reverse("sign_up"), {**VALID, "email": "not-an-address"})
    elsewhere = Client(REMOTE_ADDR="198.51.100.7").post(
        reverse("sign_up"), {**VALID, "email": "p4@example.org"}
    )

    assert refused.status_code == 429 and int(refused["Retry-After"]) >= 1
    assert "Too many accounts were created from this connection." in refused.content.decode()
    assert refused.context["form"].data["email"] == "p3@example.org"  # nothing typed is lost
    assert not User.objects.filter(email="p3@example.org").exists()
    assert invalid.status_code == 200 and "email" in invalid.context["form"].errors
    assert elsewhere.status_code == 302
    assert User.objects.filter(email__startswith="p").count() == 4


def test_sign_up_keeps_only_a_safe_next_url(client):
    response = client.post(reverse("sign_up") + "?next=https://evil.example/", VALID)
    # "My learning", in the language chosen in the form.
    with translation.override("ky"):
        assert response.headers["Location"] == reverse("my_learning")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"full_name": ""}, "full_name"),
        ({"full_name": "   "}, "full_name"),
        ({"full_name": "12345"}, "full_name"),
        ({"full_name": "Ali\u0000Valiev"}, "full_name"),
        ({"full_name": "A" * 201}, "full_name"),
        ({"country": "RU"}, "country"),
        ({"role": "astronaut"}, "role"),
        ({"gender": "x"}, "gender"),
        ({"preferred_language": "de"}, "preferred_language"),
        ({"email": "not-an-email"}, "email"),
        ({"password2": "something-else-1"}, "password2"),
        ({"password1": "123", "password2": "123"}, "password1"),
    ],
)
def test_sign_up_refuses_invalid_input_with_a_form_error(client, changes, field):
    response = client.post(reverse("sign_up"), {**VALID, **changes})

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not User.objects.filter(email=VALID["email"]).exists()


def test_sign_up_refuses_an_email_in_use_whatever_its_case(client):
    make_user(email="gulnara@example.org")

    response = client.post(reverse("sign_up"), {**VALID, "email": "Gulnara@Example.ORG"})

    assert "email" in response.context["form"].errors
    assert User.objects.count() == 1


def test_name_is_normalised(client):
    client.post(reverse("sign_up"), {**VALID, "full_name": "  Oʻgʻiloy   Toʻxtayeva "})
    assert Profile.objects.get().full_name == "Oʻgʻiloy Toʻxtayeva"


def test_consent_is_optional_and_stamped_only_when_given(client):
    data = {key: value for key, value in VALID.items() if key != "reporting_consent"}
    client.post(reverse("sign_up"), data)
    profile = Profile.objects.get()
    assert not profile.reporting_consent and profile.reporting_consent_at is None

    client.post(reverse("profile"), {**data, "reporting_consent": "on"})
    profile.refresh_from_db()
    assert profile.reporting_consent and profile.reporting_consent_at is not None

    client.post(reverse("profile"), data)
    profile.refresh_from_db()
    assert not profile.reporting_consent and profile.reporting_consent_at is None


def test_profile_edit_shows_errors_and_keeps_stored_data(client):
    user = make_user(full_name="Bakyt Asanov")
    client.force_login(user)

    response = client.post(reverse("profile"), {"full_name": "", "preferred_language": "ru"})

    assert response.status_code == 200
    assert "full_name" in response.context["form"].errors
    user.profile.refresh_from_db()
    assert user.profile.full_name == "Bakyt Asanov"


def test_profile_needs_sign_in(client):
    assert client.get(reverse("profile")).status_code == 302


@pytest.mark.parametrize("identifier", ["amina", "Amina@Example.org"])
def test_sign_in_with_username_or_email(client, identifier):
    make_user("amina", email="amina@example.org")

    response = client.post(reverse("login"), {"username": identifier, "password": PASSWORD})

    assert response.status_code == 302
    assert client.get(reverse("profile")).status_code == 200


@pytest.mark.parametrize("language", ["uz", "kk", "en"])
def test_sign_in_opens_my_learning_in_the_preferred_language(client, language):
    user = make_user("amina")
    Profile.objects.filter(user=user).update(preferred_language=language)

    response = client.post(reverse("login"), {"username": "amina", "password": PASSWORD})

    assert response.headers["Location"] == f"/{language}/my-learning/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == language
    page = client.get(response.headers["Location"])
    assert page.status_code == 200
    assert page.context["LANGUAGE_CODE"] == language


def test_sign_in_in_uzbek_keeps_the_next_address_in_uzbek(client):
    user = make_user("amina")
    Profile.objects.filter(user=user).update(preferred_language="uz")

    response = client.post(
        "/en/accounts/login/?next=/en/accounts/profile/",
        {"username": "amina", "password": PASSWORD},
    )

    assert response.headers["Location"] == "/uz/accounts/profile/"


def test_sign_in_from_a_page_goes_back_to_that_page(client):
    user = make_user("amina")
    Profile.objects.filter(user=user).update(preferred_language="uz")

    response = client.post(
        "/en/accounts/login/?next=/en/some-page/", {"username": "amina", "password": PASSWORD}
    )

    # A page of the site may have no Uzbek version: the learner goes back to what they read.
    assert response.headers["Location"] == "/en/some-page/"


def test_sign_in_with_a_wrong_password_fails(client):
    make_user("amina")
    response = client.post(reverse("login"), {"username": "amina", "password": "wrong"})
    assert response.status_code == 200
    assert response.context["form"].errors


def test_sign_out_is_a_post(client):
    client.force_login(make_user())
    client.post(reverse("logout"))
    assert client.get(reverse("profile")).status_code == 302


def test_password_reset_sends_a_link(client):
    make_user("amina", email="amina@example.org")

    response = client.post(reverse("password_reset"), {"email": "amina@example.org"})

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "/accounts/reset/" in mail.outbox[0].body


@pytest.mark.parametrize("language", ["uz", "kk", "en"])
def test_sign_up_offers_the_language_of_the_page_as_the_preferred_one(client, language):
    response = client.get(f"/{language}/accounts/sign-up/")

    assert response.context["form"]["preferred_language"].value() == language
