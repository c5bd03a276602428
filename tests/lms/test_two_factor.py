"""Two-step verification for staff: TOTP from an authenticator app plus backup codes, asked
after the password before the admin opens; required for staff when the setting is on, never
for learners."""

import re

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from lms import signin, two_factor
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db

ADMIN = "/admin/"
VERIFY = "/admin/two-factor/verify/"
SETUP = "/admin/two-factor/setup/"


def code_for(device, *, later=0):
    """What the app shows now (or `later` steps on: a code is accepted once only)."""
    device.refresh_from_db()
    code = totp(device.bin_key, device.step, device.t0, device.digits, device.drift + later)
    return f"{code:06d}"


def enrol(user):
    device = two_factor.two_factor_enrolment_start(user=user)
    codes = two_factor.two_factor_enrolment_confirm(
        user=user, device=device, token=code_for(device)
    )
    device.refresh_from_db()
    return device, codes


def stored_codes() -> set[str]:
    return set(StaticToken.objects.values_list("token", flat=True))


def sign_in_to_admin(client, user):
    response = client.post(
        "/admin/login/", {"username": user.username, "password": PASSWORD, "next": ADMIN}
    )
    assert response.status_code == 302
    return response


@pytest.fixture
def trainer():
    return make_user("trainer1", groups=["Trainers"])


@pytest.fixture
def required(settings):
    settings.STAFF_TWO_FACTOR_REQUIRED = True


def test_staff_with_an_app_type_its_code_after_the_password(client, trainer):
    device, _codes = enrol(trainer)
    sign_in_to_admin(client, trainer)

    response = client.get(ADMIN)
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY + "?next=")
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Two-step verification" in page.content.decode()

    response = client.post(VERIFY, {"token": code_for(device, later=1), "next": ADMIN})

    assert response.status_code == 302 and response["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200


def test_a_wrong_or_replayed_code_is_refused(client, trainer):
    device, _codes = enrol(trainer)
    used = code_for(device)  # enrolment used it
    sign_in_to_admin(client, trainer)

    for token in ["000000" if used != "000000" else "111111", used, "abc\x00", "9" * 40]:
        response = client.post(VERIFY, {"token": token})
        assert response.status_code == 200
        assert client.get(ADMIN).status_code == 302


def test_a_backup_code_works_once(client, trainer):
    _device, codes = enrol(trainer)
    sign_in_to_admin(client, trainer)

    response = client.post(VERIFY, {"token": codes[0].upper(), "next": ADMIN}, follow=True)

    assert response.status_code == 200
    assert "You used a backup code; 9 are left." in response.content.decode()
    client.logout()
    sign_in_to_admin(client, trainer)
    client.post(VERIFY, {"token": codes[0]})
    assert client.get(ADMIN).status_code == 302


def test_backup_codes_are_stored_only_as_keyed_hashes(client, trainer, settings):
    _device, codes = enrol(trainer)
    stored = stored_codes()

    assert len(stored) == 10 and not stored & set(codes)
    assert all(len(token) == 16 for token in stored)
    # The database alone is not enough: what is stored does not sign anyone in.
    sign_in_to_admin(client, trainer)
    client.post(VERIFY, {"token": sorted(stored)[0]})
    assert client.get(ADMIN).status_code == 302
    assert two_factor.backup_codes_left(trainer) == 10

    # After a key rotation the old key, kept as a fallback, still accepts the codes made with it.
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-key-after-the-rotation"
    # django-otp makes the next try wait a second after a wrong code; skip the wait.
    StaticDevice.objects.update(throttling_failure_count=0, throttling_failure_timestamp=None)
    response = client.post(VERIFY, {"token": codes[3], "next": ADMIN})
    assert response.status_code == 302 and response["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200
    assert two_factor.backup_codes_left(trainer) == 9


def test_the_migration_hashes_the_codes_stored_plain_before(trainer):
    from importlib import import_module

    from django.apps import apps

    _device, codes = enrol(trainer)
    device = StaticToken.objects.first().device
    StaticToken.objects.all().delete()
    StaticToken.objects.create(device=device, token="plaincod")
    StaticToken.objects.create(device=device, token=two_factor.backup_code_hash("hashedal"))
    migration = import_module("lms.migrations.0007_hash_backup_codes")

    migration.hash_plain_codes(apps, None)

    assert stored_codes() == {
        two_factor.backup_code_hash("plaincod"),
        two_factor.backup_code_hash("hashedal"),  # left as it was
    }
    assert two_factor.two_factor_check(user=trainer, token="PLAIN-COD") is not None


def test_wrong_codes_lock_the_account_out(client, trainer):
    device, _codes = enrol(trainer)
    sign_in_to_admin(client, trainer)

    for _ in range(int(signin.ACCOUNT_FAILURES.split("/")[0])):
        response = client.post(VERIFY, {"token": "00000000"})

    assert response.status_code == 429
    assert "Too many failed sign-in attempts." in response.content.decode()
    # Even the right code is refused now.
    assert client.post(VERIFY, {"token": code_for(device, later=1)}).status_code == 429
    assert client.get(ADMIN).status_code == 302


def test_when_required_staff_set_it_up_before_the_admin_opens(client, trainer, required):
    sign_in_to_admin(client, trainer)

    response = client.get(ADMIN)
    assert response.status_code == 302
    assert response["Location"].startswith(SETUP + "?next=")
    page = client.get(SETUP).content.decode()
    assert "<svg" in page  # the QR code, drawn by the site itself
    secret = re.search(r"<code data-secret>([A-Z2-7 ]+)</code>", page).group(1)
    device = TOTPDevice.objects.get(user=trainer, confirmed=False)
    assert secret.replace(" ", "") in device.config_url

    response = client.post(SETUP, {"token": "123456" if code_for(device) != "123456" else "1"})
    assert "This code is not right." in response.content.decode()
    # django-otp makes the next try wait a second after a wrong code; skip the wait.
    TOTPDevice.objects.update(throttling_failure_count=0, throttling_failure_timestamp=None)
    response = client.post(SETUP, {"token": code_for(device), "next": ADMIN})

    assert response.status_code == 200
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", response.content.decode())
    assert len(codes) == 10
    assert stored_codes() == {two_factor.backup_code_hash(code) for code in codes}
    assert client.get(ADMIN).status_code == 200
    # The codes are shown once: the page does not show them again.
    assert codes[0] not in client.get(reverse("lms_two_factor")).content.decode()


@pytest.mark.parametrize("kind", ["superuser", "Reviewers"])
def test_superusers_and_reviewers_are_required_too(client, required, kind):
    user = make_user("boss", is_superuser=True) if kind == "superuser" else make_user(groups=[kind])
    sign_in_to_admin(client, user)

    assert client.get(ADMIN)["Location"].startswith(SETUP)


def test_learners_are_never_asked(client, required):
    learner = make_user("learner1")
    response = client.post("/en/accounts/login/", {"username": "learner1", "password": PASSWORD})
    assert response.status_code == 302

    assert client.get(reverse("my_learning")).status_code == 200
    response = client.get(ADMIN)
    assert not response["Location"].startswith((SETUP, VERIFY))
    assert not TOTPDevice.objects.filter(user=learner).exists()


def test_when_not_required_staff_without_an_app_go_straight_in(client, trainer):
    sign_in_to_admin(client, trainer)

    assert client.get(ADMIN).status_code == 200


def test_the_site_sign_in_does_not_skip_the_second_step(client, trainer):
    enrol(trainer)
    client.post("/en/accounts/login/", {"username": "trainer1", "password": PASSWORD})

    assert client.get(ADMIN)["Location"].startswith(VERIFY)


def test_staff_turn_it_on_and_off_from_their_account(client, trainer):
    client.force_login(trainer)
    assert "Two-step verification" in client.get(reverse("wagtailadmin_account")).content.decode()
    assert "Set up two-step verification" in client.get(reverse("lms_two_factor")).content.decode()
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=trainer)
    client.post(SETUP, {"token": code_for(device)})

    response = client.post(reverse("lms_two_factor"), {"action": "backup_codes"})
    new_codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", response.content.decode())
    assert len(new_codes) == 10
    assert stored_codes() == {two_factor.backup_code_hash(code) for code in new_codes}

    client.post(reverse("lms_two_factor"), {"action": "disable"})
    assert not TOTPDevice.objects.filter(user=trainer).exists()
    assert not StaticToken.objects.exists()


def test_it_cannot_be_turned_off_when_required(client, trainer, settings):
    client.force_login(trainer)
    client.get(SETUP)
    client.post(SETUP, {"token": code_for(TOTPDevice.objects.get(user=trainer))})
    settings.STAFF_TWO_FACTOR_REQUIRED = True

    client.post(reverse("lms_two_factor"), {"action": "disable"})

    assert TOTPDevice.objects.filter(user=trainer, confirmed=True).exists()


def test_an_administrator_resets_it_after_a_lost_phone(client, trainer):
    enrol(trainer)
    admin = make_user("boss", is_superuser=True)
    client.force_login(admin)
    enrol(admin)
    client.post(VERIFY, {"token": code_for(TOTPDevice.objects.get(user=admin), later=1)})

    client.post(
        reverse("lms_signin_security"), {"account": "trainer1", "action": "reset_two_factor"}
    )

    assert not TOTPDevice.objects.filter(user=trainer).exists()
    client.logout()
    sign_in_to_admin(client, trainer)
    assert client.get(ADMIN).status_code == 200  # not required here: straight in


def test_only_a_superuser_resets_a_superusers_two_step_verification(client):
    from django.contrib.auth.models import Group, Permission

    boss = make_user("boss", is_superuser=True)
    enrol(boss)
    helpdesk = Group.objects.create(name="Help desk")
    helpdesk.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="unlock_signin"),
    )
    client.force_login(make_user("helper", groups=["Help desk"]))

    client.post(reverse("lms_signin_security"), {"account": "boss", "action": "reset_two_factor"})

    assert TOTPDevice.objects.filter(user=boss, confirmed=True).exists()


def test_the_qr_code_is_an_inline_svg_without_styles():
    svg = two_factor.qr_svg("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP")

    assert svg.startswith("<svg") and "style=" not in svg and "http" not in svg.split(">", 1)[0]


def test_the_verification_page_makes_a_fixed_number_of_queries(
    client, trainer, django_assert_num_queries
):
    enrol(trainer)
    sign_in_to_admin(client, trainer)

    with django_assert_num_queries(6):
        response = client.get(VERIFY)

    assert response.status_code == 200
