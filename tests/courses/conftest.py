import pytest

from tests.factories import make_user


@pytest.fixture
def officer(client):
    """A programme officer, signed in: sees the programme reports and nothing else."""
    user = make_user("officer", groups=["Programme staff"])
    client.force_login(user)
    return user
