"""The demo accounts: a trainer, a reviewer and a learner, all with the password given to
`seed_demo`. What the learner has done in her courses is built by learner.py."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from lms.demo import DemoError
from lms.models import Country, Gender, Role
from lms.services import profile_update

LEARNER = "learner"

ACCOUNTS = [
    {
        "username": "trainer",
        "first_name": "Aigul",
        "last_name": "Sadykova",
        "group": "Trainers",
        "description": "writes courses in /admin/ and submits them for review",
    },
    {
        "username": "reviewer",
        "first_name": "Timur",
        "last_name": "Rakhimov",
        "group": "Reviewers",
        "description": "reviews and publishes courses in /admin/",
    },
    {
        "username": LEARNER,
        "first_name": "Dilnoza",
        "last_name": "Karimova",
        "group": None,
        "description": (
            "learner Dilnoza Karimova (UZ, social worker): completed the social work course in "
            "Uzbek, with her certificate; started the psycho-social course in Russian"
        ),
        "profile": {
            "full_name": "Dilnoza Karimova",
            "country": Country.UZBEKISTAN,
            "role": Role.SOCIAL_WORKER,
            "gender": Gender.WOMAN,
            "preferred_language": "uz",
            "reporting_consent": True,
        },
    },
]


@dataclass
class DemoAccount:
    user: object
    created: bool
    description: str

    @property
    def is_learner(self):
        return self.user.username == LEARNER


def accounts_build(*, password: str) -> list[DemoAccount]:
    """Create the demo accounts or bring them back to their demo state: active, in their
    group, with the given password and, for the learner, her profile. Refuses (DemoError)
    when the Trainers and Reviewers groups are missing."""
    names = {account["group"] for account in ACCOUNTS if account["group"]}
    groups = {group.name: group for group in Group.objects.filter(name__in=names)}
    if missing := names - set(groups):
        raise DemoError(
            f"Groups {', '.join(sorted(missing))} are missing: run `manage.py migrate` first."
        )
    built = []
    for account in ACCOUNTS:
        user, created = get_user_model().objects.get_or_create(
            username=account["username"],
            defaults={
                "email": f"{account['username']}@example.org",
                "first_name": account["first_name"],
                "last_name": account["last_name"],
            },
        )
        user.is_active = True
        user.set_password(password)
        user.save()
        if account["group"]:
            user.groups.add(groups[account["group"]])
        if "profile" in account:
            profile_update(user=user, data=account["profile"])
        built.append(DemoAccount(user=user, created=created, description=account["description"]))
    return built
