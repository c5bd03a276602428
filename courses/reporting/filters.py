"""The reporting period and filters every programme report takes, and the enrolments they
select.

A report starts from `Selection`, made by `ReportFilterForm` from the query string. The period
applies to one date, which the reader chooses:

- **completion date** (the default: what happened in the period): people *enrolled* are those
  whose enrolment was open at some time in the period (enrolled before it ended, and neither
  completed nor left before it began); people *completed* are those who completed a course in
  the period.
- **enrolment date** (a cohort): people *enrolled* are those who enrolled in the period;
  people *completed* are those of them who have completed since (up to today).

Knowledge gain is that of the people counted as enrolled who took both tests (whenever they
took them).

The other filters (course, topic, country, and later ones) narrow the enrolments first.
Each is a `ReportFilter` in `REPORT_FILTERS`: a form field, how it narrows an Enrolment
queryset and how it is printed on exports. Adding one (a training group, a place) is a
`register_report_filter(...)` call; no report changes.
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from courses.models import Enrolment, Topic
from lms.models import Country

from .catalogue import report_courses


class DateBasis:
    COMPLETION = "completion"
    ENROLMENT = "enrolment"
    CHOICES = [(COMPLETION, _("Completion date")), (ENROLMENT, _("Enrolment date"))]


class ReportFilter:
    """One filter of every programme report. Subclasses give the form field, how a chosen value
    narrows the enrolments, and the label printed on exports."""

    name = ""
    label = ""

    def form_field(self, *, courses) -> forms.Field:
        raise NotImplementedError

    def apply(self, enrolments, value):
        raise NotImplementedError

    def describe(self, value, field: forms.Field) -> str:
        choices = dict(getattr(field, "choices", ()))
        return str(choices.get(value, choices.get(str(value), value)))


class CourseFilter(ReportFilter):
    name = "course"
    label = _("Course")

    def form_field(self, *, courses):
        return forms.TypedChoiceField(
            label=self.label,
            required=False,
            choices=[("", _("All courses"))]
            + [(str(key), course.title) for key, course in courses.items()],
            coerce=str,
        )

    def apply(self, enrolments, value):
        return enrolments.filter(course_key=value)


class TopicFilter(ReportFilter):
    name = "topic"
    label = _("Topic")

    def form_field(self, *, courses):
        return forms.ChoiceField(
            label=self.label, required=False, choices=[("", _("All topics")), *Topic.choices]
        )

    def apply(self, enrolments, value):
        return enrolments.filter(course__topic=value)


class CountryFilter(ReportFilter):
    """Only learners who consented to reporting have a country as far as reports go, so the
    others never appear in a report filtered by country."""

    name = "country"
    label = _("Country")

    def form_field(self, *, courses):
        return forms.ChoiceField(
            label=self.label,
            required=False,
            choices=[("", _("All countries")), *Country.choices],
        )

    def apply(self, enrolments, value):
        return enrolments.filter(
            user__profile__reporting_consent=True, user__profile__country=value
        )


class TrainingFilter(ReportFilter):
    """Learners of one training group, or of every group held in one place (a country and a
    region or city): their enrolments in the group's course. One query for the choices."""

    name = "training"
    label = _("Training group or place")

    def form_field(self, *, courses):
        from courses.models import TrainingGroup

        groups = list(
            TrainingGroup.objects.order_by("country", "city", "-starts_on").values_list(
                "pk", "name", "country", "city", "starts_on"
            )
        )
        countries = dict(Country.choices)
        places = {}
        for _pk, _name, country, city, _start in groups:
            places.setdefault(f"p:{country}:{city}", f"{city}, {countries.get(country, country)}")
        return forms.ChoiceField(
            label=self.label,
            required=False,
            choices=[
                ("", _("All learners")),
                (_("Places"), list(places.items())),
                (
                    _("Training groups"),
                    [
                        (f"g:{pk}", f"{name} ({city}, {formats.date_format(start)})")
                        for pk, name, _country, city, start in groups
                    ],
                ),
            ],
        )

    def apply(self, enrolments, value):
        from django.db.models import Exists, OuterRef

        from courses.models import GroupMembership

        members = GroupMembership.objects.filter(enrolment=OuterRef("pk"))
        kind, _sep, rest = value.partition(":")
        if kind == "g":
            members = members.filter(group_id=int(rest))
        else:
            country, _sep, city = rest.partition(":")
            members = members.filter(group__country=country, group__city=city)
        return enrolments.filter(Exists(members))

    def describe(self, value, field):
        for _group, options in field.choices[1:]:
            for key, label in options:
                if key == value:
                    return str(label)
        return str(value)


REPORT_FILTERS: list[ReportFilter] = [
    CourseFilter(),
    TopicFilter(),
    CountryFilter(),
    TrainingFilter(),
]


def register_report_filter(report_filter: ReportFilter) -> None:
    """Add a filter to every programme report (its form, its queries and its exports)."""
    REPORT_FILTERS.append(report_filter)


@dataclass(frozen=True)
class Selection:
    """The enrolments a report is about: a period on one date (`basis`), and filter values."""

    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    basis: str = DateBasis.COMPLETION
    values: tuple = ()  # (ReportFilter, value, description) for the filters in use

    @property
    def start(self):
        if self.date_from is None:
            return None
        return timezone.make_aware(datetime.datetime.combine(self.date_from, datetime.time.min))

    @property
    def end(self):
        """The first moment after the period (its last day included)."""
        if self.date_to is None:
            return None
        day_after = self.date_to + datetime.timedelta(days=1)
        return timezone.make_aware(datetime.datetime.combine(day_after, datetime.time.min))

    def filtered(self):
        """Enrolments matching every filter, whatever their dates."""
        enrolments = Enrolment.objects.all()
        for report_filter, value, _description in self.values:
            enrolments = report_filter.apply(enrolments, value)
        return enrolments

    def _between(self, name) -> Q:
        condition = Q()
        if self.start is not None:
            condition &= Q(**{f"{name}__gte": self.start})
        if self.end is not None:
            condition &= Q(**{f"{name}__lt": self.end})
        return condition

    def completed_condition(self) -> Q:
        """Which of the `enrolled()` enrolments count as completed."""
        if self.basis == DateBasis.ENROLMENT:
            return Q(completed_at__isnull=False)
        return Q(completed_at__isnull=False) & self._between("completed_at")

    def enrolled_condition(self) -> Q:
        if self.basis == DateBasis.ENROLMENT:
            return self._between("enrolled_at")
        condition = Q()
        if self.end is not None:
            condition &= Q(enrolled_at__lt=self.end)
        if self.start is not None:
            still_open = Q(completed_at__gte=self.start) | Q(
                Q(completed_at__isnull=True),
                Q(left_at__isnull=True) | Q(left_at__gte=self.start),
            )
            condition &= still_open
        # A completion in the period counts as enrolled in it, whatever the other dates say.
        return condition | self.completed_condition() if condition else condition

    def enrolled(self):
        """The enrolments the report counts as enrolled."""
        return self.filtered().filter(self.enrolled_condition())

    def completed(self):
        return self.enrolled().filter(self.completed_condition())

    def knowledge_gain_population(self):
        """Whose knowledge gain the report shows: the people it counts as enrolled (those of
        them who took both tests, whenever they took them)."""
        return self.enrolled()

    @property
    def period_label(self) -> str:
        if self.date_from is None and self.date_to is None:
            return str(_("All dates"))
        start = formats.date_format(self.date_from) if self.date_from else "…"
        end = formats.date_format(self.date_to) if self.date_to else "…"
        return f"{start} – {end}"

    @property
    def basis_label(self) -> str:
        return str(dict(DateBasis.CHOICES)[self.basis])

    def describe(self) -> list[tuple[str, str]]:
        """What the report covers, line by line, as printed at the top of exports."""
        lines = [(_("Period"), self.period_label), (_("Dates apply to"), self.basis_label)]
        in_use = {report_filter.name: description for report_filter, _v, description in self.values}
        for report_filter in REPORT_FILTERS:
            lines.append((report_filter.label, in_use.get(report_filter.name, _("All"))))
        return lines


class ReportFilterForm(forms.Form):
    """The period and filters, from the query string. Invalid input is a form error."""

    date_from = forms.DateField(
        label=_("From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    date_to = forms.DateField(
        label=_("To"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    basis = forms.ChoiceField(
        label=_("Dates apply to"),
        choices=DateBasis.CHOICES,
        required=False,
        initial=DateBasis.COMPLETION,
    )

    def __init__(self, data=None, *, courses=None, **kwargs):
        super().__init__(data, **kwargs)
        self.courses = courses if courses is not None else report_courses()
        for report_filter in REPORT_FILTERS:
            self.fields[report_filter.name] = report_filter.form_field(courses=self.courses)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        for name in ("date_from", "date_to"):
            day = cleaned.get(name)
            if day is not None and not (
                datetime.date(2000, 1, 1) <= day <= datetime.date(2100, 1, 1)
            ):
                self.add_error(name, _("Choose a date between 2000 and 2100."))
        if start and end and start > end:
            self.add_error("date_to", _("The end of the period is before its start."))
        return cleaned

    def selection(self) -> Selection:
        """The Selection of a valid form."""
        data = self.cleaned_data
        values = []
        for report_filter in REPORT_FILTERS:
            value = data.get(report_filter.name)
            if value not in (None, ""):
                description = report_filter.describe(value, self.fields[report_filter.name])
                values.append((report_filter, value, description))
        return Selection(
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            basis=data.get("basis") or DateBasis.COMPLETION,
            values=tuple(values),
        )
