"""What programme reports break learners down by: country, gender, role and age group, from
their profiles, and only for learners who consented to reporting."""

from dataclasses import dataclass

from django.db.models import Case, CharField, F, Q, Value, When
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from lms.models import AgeGroup, Country, Gender, Role

NOT_GIVEN = "not_given"
NOT_SHARED = "not_shared"
NOT_GIVEN_LABEL = _("Not given")
NOT_SHARED_LABEL = _("Not shared")
PROFILE = "user__profile__"


@dataclass(frozen=True)
class Dimension:
    """A fact of a learner's profile that reports break down by. Learners who did not consent
    to reporting are "not shared" in every dimension; those who consented but left the field
    empty are "not given"."""

    name: str
    label: str | Promise
    choices: tuple

    def expression(self, prefix: str = PROFILE):
        """The category of each row's learner, as an SQL expression (`prefix` leads from the
        queried model to the learner's profile)."""
        consented = Q(**{f"{prefix}reporting_consent": True})
        return Case(
            When(consented & Q(**{f"{prefix}{self.name}": ""}), then=Value(NOT_GIVEN)),
            When(consented, then=F(f"{prefix}{self.name}")),
            default=Value(NOT_SHARED),
            output_field=CharField(),
        )

    @property
    def categories(self) -> list[tuple[str, str]]:
        """Every category in the order reports list them, with its label."""
        return [*self.choices, (NOT_GIVEN, NOT_GIVEN_LABEL), (NOT_SHARED, NOT_SHARED_LABEL)]

    @property
    def labels(self) -> dict:
        return dict(self.categories)


COUNTRY = Dimension("country", _("Country"), tuple(Country.choices))
GENDER = Dimension("gender", _("Gender"), tuple(Gender.choices))
ROLE = Dimension("role", _("Role"), tuple(Role.choices))
AGE_GROUP = Dimension("age_group", _("Age group"), tuple(AgeGroup.choices))
DIMENSIONS = {dimension.name: dimension for dimension in (COUNTRY, GENDER, ROLE, AGE_GROUP)}
# The donor tables: each of these by gender.
ROW_DIMENSIONS = (COUNTRY, ROLE, AGE_GROUP)
COLUMN_DIMENSION = GENDER
