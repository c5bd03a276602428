"""Races in two-step verification, settled by the database (django-otp locks the device row):
run on PostgreSQL (DATABASE_URL), skipped on SQLite."""

import threading

import pytest

from lms import two_factor
from tests.courses.test_concurrency import run_in_parallel
from tests.factories import make_user
from tests.lms.test_two_factor import code_for, enrol

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def accepted_in_parallel(user, token):
    accepted = []
    lock = threading.Lock()

    def check():
        if two_factor.two_factor_check(user=user, token=token) is not None:
            with lock:
                accepted.append(token)

    assert run_in_parallel(check) == []
    return accepted


def test_a_backup_code_sent_many_times_at_once_is_accepted_once():
    user = make_user("trainer1", groups=["Trainers"])
    _device, codes = enrol(user)

    assert len(accepted_in_parallel(user, codes[0])) == 1
    assert two_factor.backup_codes_left(user) == 9


def test_an_app_code_sent_many_times_at_once_is_accepted_once():
    user = make_user("trainer1", groups=["Trainers"])
    device, _codes = enrol(user)

    assert len(accepted_in_parallel(user, code_for(device, later=1))) == 1
