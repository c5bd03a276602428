"""Passwords cannot be guessed by script: sign-in locks out by account and by client address,
password reset mail is throttled, and staff can unlock an account."""

import pytest
from django.core import mail
from django.urls import reverse

from lms import signin
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db

SITE_LOGIN = "/en/accounts/login/"
ADMIN_LOGIN = "/admin/login/"
ACCOUNT_LIMIT = int(signin.ACCOUNT_FAILURES.split("/")[0])
ADDRESS_LIMIT = int(signin.ADDRESS_FAILURES.split("/")[0])


def sign_in(client, username, password, *, url=SITE_LOGIN, **extra):
    return client.post(url, {"username": username, "password": password}, **extra)


def signed_in(client):
    return "_auth_user_id" in client.session


@pytest.fixture
def amina():
    return make_user("amina", email="Amina@example.org")


def test_the_documented_limits():
    assert signin.ACCOUNT_FAILURES == "5/15m"
    assert signin.ADDRESS_FAILURES == "20/15m"


@pytest.mark.parametrize("url", [SITE_LOGIN, ADMIN_LOGIN])
def test_after_five_failures_even_the_right_password_is_refused_for_a_while(client, amina, url):
    for _ in range(ACCOUNT_LIMIT - 1):
        assert sign_in(client, "amina", "wrong", url=url).status_code == 200
    # The fifth failure locks the account, and says so.
    assert sign_in(client, "amina", "wrong", url=url).status_code == 429

    response = sign_in(client, "amina", PASSWORD, url=url)

    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 15 * 60
    page = response.content.decode()
    assert "Too many failed sign-in attempts." in page
    assert "Please try again in" in page
    assert not signed_in(client)


def test_the_account_counts_the_same_typed_as_username_or_email(client, amina):
    for typed in ["amina", "amina@example.org", "AMINA@EXAMPLE.ORG", "amina", "Amina@example.org"]:
        sign_in(client, typed, "wrong")

    response = sign_in(client, "amina@example.org", PASSWORD)

    assert response.status_code == 429
    assert not signed_in(client)


def test_the_lockout_is_per_account(client, amina):
    other = make_user("bakyt")
    for _ in range(ACCOUNT_LIMIT):
        sign_in(client, "amina", "wrong")

    assert sign_in(client, other.username, PASSWORD).status_code == 302


def test_an_unknown_account_locks_out_like_a_real_one(client):
    # Otherwise the lockout would tell which accounts exist.
    for _ in range(ACCOUNT_LIMIT):
        sign_in(client, "nobody@example.org", "wrong")

    response = sign_in(client, "nobody@example.org", "wrong")

    assert response.status_code == 429
    assert "Too many failed sign-in attempts." in response.content.decode()


def test_a_successful_sign_in_clears_the_count(client, amina):
    for _ in range(ACCOUNT_LIMIT - 1):
        sign_in(client, "amina", "wrong")
    assert sign_in(client, "amina", PASSWORD).status_code == 302
    client.logout()

    for _ in range(ACCOUNT_LIMIT - 1):
        sign_in(client, "amina", "wrong")

    assert sign_in(client, "amina", PASSWORD).status_code == 302


def test_one_client_trying_many_accounts_is_locked_out_by_address(client, amina):
    for number in range(ADDRESS_LIMIT):
        sign_in(client, f"guess{number}", "wrong")

    # Even a right password for an account it never tried.
    assert sign_in(client, "amina", PASSWORD).status_code == 429
    # Someone else in the same city is not affected.
    assert sign_in(client, "amina", PASSWORD, REMOTE_ADDR="198.51.100.20").status_code == 302


def test_behind_a_load_balancer_the_address_is_the_forwarded_client(client, amina, settings):
    settings.TRUSTED_PROXIES = 1
    balancer = {"REMOTE_ADDR": "10.0.0.2"}
    for number in range(ADDRESS_LIMIT):
        sign_in(client, f"guess{number}", "wrong", HTTP_X_FORWARDED_FOR="203.0.113.5", **balancer)

    attacker = sign_in(client, "amina", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.5", **balancer)
    neighbour = sign_in(client, "amina", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.6", **balancer)

    assert attacker.status_code == 429
    assert neighbour.status_code == 302


def test_the_admin_lockout_is_shown_on_wagtails_sign_in_page(client):
    make_user("trainer1", groups=["Trainers"])
    for _ in range(ACCOUNT_LIMIT):
        sign_in(client, "trainer1", "wrong", url=ADMIN_LOGIN)

    response = sign_in(client, "trainer1", PASSWORD, url=ADMIN_LOGIN)

    assert response.status_code == 429
    assert "wagtailadmin/login.html" in [t.name for t in response.templates]
    assert "Too many failed sign-in attempts." in response.content.decode()


def test_the_lockout_message_is_translated(client, amina):
    for _ in range(ACCOUNT_LIMIT):
        sign_in(client, "amina", "wrong", url="/ru/accounts/login/")

    response = sign_in(client, "amina", "wrong", url="/ru/accounts/login/")

    assert response.status_code == 429
    assert '<html lang="ru">' in response.content.decode()


@pytest.mark.parametrize("username", ["amina\x00", "a" * 10_000, "\x00"])
def test_hostile_usernames_are_a_form_error(client, username):
    response = sign_in(client, username, "x\x00")

    assert response.status_code == 200
    assert not signed_in(client)


# Password reset


@pytest.mark.parametrize(
    ("url", "done"),
    [
        ("/en/accounts/password_reset/", "/en/accounts/password_reset/done/"),
        ("/admin/password_reset/", "/admin/password_reset/done/"),
    ],
)
def test_password_reset_mail_is_limited_per_email_address(client, amina, url, done):
    limit = int(signin.RESET_PER_EMAIL.split("/")[0])
    for _ in range(limit):
        response = client.post(url, {"email": "amina@example.org"})
        assert response.status_code == 302 and response["Location"] == done

    response = client.post(url, {"email": "AMINA@example.org"})

    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    assert "Too many password reset requests." in response.content.decode()
    assert len(mail.outbox) == limit


def test_password_reset_is_limited_per_client_address(client):
    limit = int(signin.RESET_PER_ADDRESS.split("/")[0])
    url = "/en/accounts/password_reset/"
    for number in range(limit):
        assert client.post(url, {"email": f"person{number}@example.org"}).status_code == 302

    assert client.post(url, {"email": "someone@example.org"}).status_code == 429
    other = client.post(url, {"email": "someone@example.org"}, REMOTE_ADDR="198.51.100.9")
    assert other.status_code == 302


# Unlocking


def lock_out(client, username):
    for _ in range(ACCOUNT_LIMIT):
        sign_in(client, username, "wrong")
    assert sign_in(client, username, PASSWORD).status_code == 429


def test_staff_with_the_permission_unlock_an_account_from_the_admin(client, amina):
    lock_out(client, "amina")
    staff = make_user("helpdesk", is_superuser=True)
    client.force_login(staff)
    url = reverse("lms_signin_security")

    page = client.get(url, {"account": "amina@example.org"})
    assert page.status_code == 200
    assert "Locked" in page.content.decode()

    response = client.post(url, {"account": "amina@example.org", "action": "unlock"})
    assert response.status_code == 302
    client.logout()

    assert sign_in(client, "amina", PASSWORD).status_code == 302


def test_unlocking_an_address(client, amina):
    for number in range(ADDRESS_LIMIT):
        sign_in(client, f"guess{number}", "wrong")
    client.force_login(make_user("helpdesk", is_superuser=True))

    page = client.get(reverse("lms_signin_security"), {"address": "127.0.0.1"})
    assert "Locked" in page.content.decode()
    client.post(reverse("lms_signin_security"), {"address": "127.0.0.1", "action": "unlock"})
    client.logout()

    assert sign_in(client, "amina", PASSWORD).status_code == 302


def test_a_group_can_be_given_the_unlock_permission(client, amina):
    from django.contrib.auth.models import Group, Permission

    lock_out(client, "amina")
    helpdesk = Group.objects.create(name="Help desk")
    helpdesk.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="unlock_signin"),
    )
    client.force_login(make_user("helper", groups=["Help desk"]))

    client.post(reverse("lms_signin_security"), {"account": "amina", "action": "unlock"})
    client.logout()

    assert sign_in(client, "amina", PASSWORD).status_code == 302


@pytest.mark.parametrize("groups", [["Trainers"], ["Reviewers"]])
def test_staff_without_the_permission_cannot_unlock(client, amina, groups):
    lock_out(client, "amina")
    client.force_login(make_user(groups=groups))

    response = client.post(reverse("lms_signin_security"), {"account": "amina", "action": "unlock"})

    assert response.status_code in {302, 403}
    client.logout()
    assert sign_in(client, "amina", PASSWORD).status_code == 429


def test_the_users_listing_links_to_the_unlock_page(client, amina):
    client.force_login(make_user("helpdesk", is_superuser=True))

    page = client.get(reverse("wagtailusers_users:index")).content.decode()

    assert reverse("lms_signin_security") + "?account=amina" in page


def test_a_failed_sign_in_makes_a_fixed_number_of_queries(client, amina, django_assert_num_queries):
    # The account is looked up by the lockout check, the password check, the failure count
    # and the form's message; counting itself is in the cache. The page's header: the
    # catalogue and guide hub (asked once, then kept in the "pages" cache).
    with django_assert_num_queries(5):
        response = sign_in(client, "amina@example.org", "wrong")

    assert response.status_code == 200


def test_the_sign_in_security_page_makes_a_fixed_number_of_queries(
    client, amina, django_assert_num_queries
):
    client.force_login(make_user("helpdesk", is_superuser=True))
    url = reverse("lms_signin_security") + "?account=amina"
    client.get(url)

    with django_assert_num_queries(6):
        response = client.get(url)

    assert response.status_code == 200
