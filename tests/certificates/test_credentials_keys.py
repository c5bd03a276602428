"""Where the signing key comes from: the environment, a file, a file development creates; the
commands that make and rotate keys; and the deployment check that refuses to go without one."""

import io
import json
import stat
import threading

import pytest
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.base import CommandError

from certificates.credentials.keys import (
    SigningKey,
    _load,
    secret_key_from_multibase,
    signing_key,
)
from certificates.credentials.services import did_document
from tests.certificates.credential_helpers import issued


@pytest.fixture
def no_key(settings):
    settings.CREDENTIAL_SIGNING_KEY = ""
    settings.CREDENTIAL_SIGNING_KEY_FILE = ""
    settings.CREDENTIAL_SIGNING_KEY_CREATE = False
    return settings


def deploy_messages():
    return {message.id for message in checks.run_checks(include_deployment_checks=True)}


def test_without_a_key_signing_is_refused_with_what_to_do(no_key):
    with pytest.raises(ImproperlyConfigured, match="credential_keys generate --file"):
        signing_key()


def test_development_creates_its_key_file_once_readable_by_its_owner_only(no_key, tmp_path):
    path = tmp_path / "keys" / "signing-key"
    no_key.CREDENTIAL_SIGNING_KEY_FILE = str(path)
    no_key.CREDENTIAL_SIGNING_KEY_CREATE = True

    first = signing_key()

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert SigningKey(secret_key_from_multibase(path.read_text())).kid == first.kid
    text = path.read_text()
    _load.cache_clear()  # as a new process would
    assert signing_key().kid == first.kid and path.read_text() == text


def test_processes_creating_the_key_at_once_end_up_with_one_key(no_key, tmp_path):
    path = tmp_path / "signing-key"
    barrier = threading.Barrier(6)
    kids = []

    def create():
        barrier.wait()
        kids.append(_load.__wrapped__("", str(path), True).kid)

    threads = [threading.Thread(target=create) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(set(kids)) == 1 and len(kids) == 6
    assert [entry.name for entry in tmp_path.iterdir()] == ["signing-key"]


def test_production_without_a_key_fails_the_deployment_check(no_key, tmp_path):
    assert "certificates.E001" in deploy_messages()

    path = tmp_path / "key"
    call_command("credential_keys", "generate", "--file", str(path), stdout=io.StringIO())
    no_key.CREDENTIAL_SIGNING_KEY_FILE = str(path)
    assert not {"certificates.E001", "certificates.E002", "certificates.W003"} & deploy_messages()

    path.chmod(0o644)
    assert "certificates.W003" in deploy_messages()
    path.write_text("not a key")
    assert "certificates.E002" in {message.id for message in checks.run_checks()}


def test_a_key_in_the_environment_passes_the_check(no_key):
    output = io.StringIO()
    call_command("credential_keys", "generate", stdout=output, stderr=io.StringIO())
    no_key.CREDENTIAL_SIGNING_KEY = output.getvalue().strip()

    assert not {"certificates.E001", "certificates.E002"} & deploy_messages()
    assert signing_key().public_key_multibase.startswith("z6Mk")


def test_generate_never_overwrites_a_key(tmp_path):
    path = tmp_path / "key"
    path.write_text("the old key\n")

    with pytest.raises(CommandError, match="exists"):
        call_command("credential_keys", "generate", "--file", str(path))
    assert path.read_text() == "the old key\n"


@pytest.mark.django_db
def test_list_shows_the_current_key_and_the_retired_ones(settings, client):
    issued()
    old = signing_key().kid
    output = io.StringIO()
    call_command("credential_keys", "generate", stdout=output, stderr=io.StringIO())
    settings.CREDENTIAL_SIGNING_KEY = output.getvalue().strip()
    issued()

    output = io.StringIO()
    call_command("credential_keys", "list", stdout=output)

    lines = output.getvalue().splitlines()
    assert lines[0].startswith(f"{old}  retired") and lines[1].startswith(
        f"{signing_key().kid}  current"
    )
    kids = [method["id"].split("#")[1] for method in did_document()["verificationMethod"]]
    assert kids == [signing_key().kid, old]
    with pytest.raises(CommandError):
        call_command("credential_keys", "revoke", "nosuchkey")
    assert json.loads(client.get("/.well-known/did.json").content)["id"] == "did:web:testserver"
