"""Programme figures grouped by training group and by place (a country and a region or city):
for each, the people enrolled and completed in the period, and the knowledge gain of those who
took both tests. Four queries, whatever the number of groups.

A person can be in several groups, so these tables have no totals: the programme's totals are
those of the other reports, each person counted once. With no totals, nothing can be worked out
by subtraction, so each small count is hidden on its own ("<5"), and a rate or mean is hidden
with the count it rests on."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Exists, OuterRef
from django.utils import formats
from django.utils.translation import gettext as _

from lms.models import Country

from ..models import GroupMembership, TrainingGroup
from ..selectors.gains import _pre_post_keys_for, gains_of_enrolments
from .report import Figure


@dataclass
class GroupedRow:
    label: str
    detail: str
    enrolled: Figure
    completed: Figure
    completion_rate: Figure
    both: Figure
    mean_pre: Figure
    mean_post: Figure
    mean_gain: Figure


@dataclass
class GroupedFigures:
    threshold: int
    groups: list
    places: list


def _mean(values):
    values = list(values)
    return sum(values) / len(values) if values else None


def _row(label, detail, people, threshold) -> GroupedRow:
    """`people`: user pk -> (completed, gain or None) of the people of a group or a place."""
    enrolled = len(people)
    completed = sum(1 for done, _gain in people.values() if done)
    gains = [gain for _done, gain in people.values() if gain is not None]

    def small(value):
        return 0 < value < threshold

    def count(value):
        return Figure(value, hidden=small(value), threshold=threshold)

    def derived(value, *bases):
        hidden = any(small(base) for base in bases)
        return Figure(value, hidden=hidden, threshold=threshold, is_count=False)

    rate = Decimal(100 * completed) / enrolled if enrolled else None
    return GroupedRow(
        label=label,
        detail=detail,
        enrolled=count(enrolled),
        completed=count(completed),
        completion_rate=derived(rate, enrolled, completed),
        both=count(len(gains)),
        mean_pre=derived(_mean(g.pre for g in gains), len(gains)),
        mean_post=derived(_mean(g.post for g in gains), len(gains)),
        mean_gain=derived(_mean(g.gain for g in gains), len(gains)),
    )


def grouped_figures(selection, *, threshold: int) -> GroupedFigures:
    """The figures of the selection's enrolments that belong to a training group."""
    completed = selection.completed().filter(pk=OuterRef("enrolment_id"))
    members = GroupMembership.objects.filter(enrolment__in=selection.enrolled().values("pk"))
    memberships = list(
        members.annotate(done=Exists(completed)).values_list(
            "group_id", "user_id", "enrolment_id", "done"
        )
    )
    groups = {
        group.pk: group
        for group in TrainingGroup.objects.filter(
            pk__in={group_id for group_id, *_rest in memberships}
        ).select_related("course")
    }
    courses = {group.course.pk: group.course for group in groups.values()}
    keys = _pre_post_keys_for(list(courses.values()))
    gains = gains_of_enrolments(set(keys.values()), members.values("enrolment_id"))

    by_group, by_place = {}, {}
    for group_id, user_id, enrolment_id, done in memberships:
        group = groups[group_id]
        person = (done, gains.get(enrolment_id))
        by_group.setdefault(group_id, {})[user_id] = person
        place = by_place.setdefault((group.country, group.city), {})
        # In two groups of one place: completed if either counts, the gain of the first.
        earlier = place.get(user_id)
        place[user_id] = (done or (earlier is not None and earlier[0]), (earlier or person)[1])

    countries = dict(Country.choices)
    group_rows = []
    for group in sorted(groups.values(), key=lambda g: (g.starts_on, g.name, g.pk)):
        days = formats.date_format(group.starts_on, "SHORT_DATE_FORMAT")
        if group.ends_on != group.starts_on:
            days = f"{days} – {formats.date_format(group.ends_on, 'SHORT_DATE_FORMAT')}"
        place = ", ".join(part for part in (group.venue, group.city) if part)
        detail = f"{group.course.title} · {place} · {days}"
        group_rows.append(_row(group.name, detail, by_group[group.pk], threshold))
    place_rows = [
        _row(city, str(countries.get(country, country)), people, threshold)
        for (country, city), people in sorted(by_place.items())
    ]
    return GroupedFigures(threshold=threshold, groups=group_rows, places=place_rows)


def grouped_table_rows(rows) -> list[dict]:
    return [
        {
            "label": row.label,
            "detail": row.detail,
            **{
                name: getattr(row, name).export_value
                for name in (
                    "enrolled",
                    "completed",
                    "completion_rate",
                    "both",
                    "mean_pre",
                    "mean_post",
                    "mean_gain",
                )
            },
        }
        for row in rows
    ]


def grouped_note(threshold: int) -> str:
    return _(
        "A person can take part in several training groups, so these tables have no totals: "
        "the programme's totals are in the other reports, each person counted once. Figures "
        "from 1 to %(below)s are shown as “<%(threshold)s”, and a rate or mean is not shown "
        "where the count it rests on is hidden."
    ) % {"below": threshold - 1, "threshold": threshold}
