"""The figures of programme reports, aggregated in the database, each in one query whatever
the number of learners, courses or attempts.

Learners are people, and a course is its translation key (its translations are one course;
a person has one enrolment per course). Two grouped queries carry almost everything:

- `people_groups`: per course and per combination of the learner's profile facts, the
  enrolments, completions, and the people enrolled and completed. A window function marks
  each person's first row (ROW_NUMBER() OVER (PARTITION BY user)), so people add up across
  courses without COUNT(DISTINCT): every breakdown, every course and the programme totals
  are sums of these groups.
- `gain_groups`: the same groups for knowledge gain. Window functions number each
  enrolment's attempts, conditional aggregation picks its first pre-test and best post-test,
  and another window marks each person's first result.

Both are plain SQL around querysets compiled by the ORM (so filters stay querysets), and run
the same on PostgreSQL and SQLite (3.25+ has window functions).
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from types import SimpleNamespace
from typing import NamedTuple

from django.db import connection
from django.db.models import Case, Count, F, IntegerField, Value, When, Window
from django.db.models.functions import RowNumber, TruncMonth

from courses.models import QuizAttempt
from courses.selectors.gains import _pre_post_keys_for
from lms.models import Profile

from .dimensions import NOT_GIVEN, NOT_SHARED

TWO_PLACES = Decimal("0.01")
# The learner's profile facts a group is made of, read raw: consent and blanks are mapped to
# "not shared" and "not given" in Python (`category`), which keeps the grouping cheap.
PROFILE_FACTS = ("consent", "country", "gender", "role", "age_group")


def _decimal(value) -> Decimal:
    if value is None:
        return Decimal(0)
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _round(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(TWO_PLACES, ROUND_HALF_UP)


def percent(part, whole) -> Decimal | None:
    if not whole:
        return None
    return _round(Decimal(part * 100) / Decimal(whole))


def category(consent, value) -> str:
    """The category a learner falls in for one fact: theirs if they consented to reporting
    and gave it, "not given" if they consented and left it blank, "not shared" otherwise."""
    if not consent:
        return NOT_SHARED
    return value or NOT_GIVEN


class Group(NamedTuple):
    """Learners of one course with the same profile facts."""

    course_key: object
    consent: bool
    country: str
    gender: str
    role: str
    age_group: str

    def category(self, dimension: str) -> str:
        return category(self.consent, getattr(self, dimension))


@dataclass
class People:
    enrolments: int = 0
    completions: int = 0
    # People counted once across the groups summed: each person's first row is in one group.
    people_enrolled: int = 0
    people_completed: int = 0

    def __add__(self, other):
        return People(
            self.enrolments + other.enrolments,
            self.completions + other.completions,
            self.people_enrolled + other.people_enrolled,
            self.people_completed + other.people_completed,
        )

    @property
    def completion_rate(self) -> Decimal | None:
        """Percent of the people enrolled who completed."""
        return percent(self.people_completed, self.people_enrolled)


def _learners(enrolments, **extra):
    """Enrolment rows for the grouped queries; the learner's profile is joined there."""
    return enrolments.order_by().values("id", "user_id", "course_key", **extra)


def _run(sql, params) -> list:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _group(row) -> Group:
    return Group(row[0], bool(row[1]), row[2] or "", row[3] or "", row[4] or "", row[5] or "")


def _facts_sql():
    """The profile columns of a group, and the join that reads them (from enrolment rows `r`,
    straight to the profile: a learner without one has shared nothing)."""
    quote = connection.ops.quote_name
    columns = {field.name: f"p.{quote(field.column)}" for field in Profile._meta.concrete_fields}
    facts = ", ".join(
        columns[name] for name in ("reporting_consent", "country", "gender", "role", "age_group")
    )
    join = (
        f"LEFT OUTER JOIN {quote(Profile._meta.db_table)} p "
        f"ON p.{quote(Profile._meta.get_field('user').column)} = r.user_id"
    )
    return facts, join


def people_groups(selection) -> dict:
    """People enrolled and completed per Group (course and profile facts), as the Selection
    counts them. One query."""
    completed = Case(
        When(selection.completed_condition(), then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )
    inner, params = _learners(selection.enrolled(), completed=completed).query.sql_with_params()
    facts, join = _facts_sql()
    sql = f"""
        SELECT r.course_key, {facts},
               COUNT(*),
               SUM(r.completed),
               SUM(CASE WHEN r.person_row = 1 THEN 1 ELSE 0 END),
               SUM(CASE WHEN r.person_row = 1 THEN r.person_completed ELSE 0 END)
        FROM (
            SELECT e.*,
                   ROW_NUMBER() OVER (PARTITION BY e.user_id) AS person_row,
                   MAX(e.completed) OVER (PARTITION BY e.user_id) AS person_completed
            FROM ({inner}) e
        ) r
        {join}
        GROUP BY r.course_key, {facts}
    """  # noqa: S608 (compiled querysets and quoted names; values are parameters)
    result = {}
    for row in _run(sql, params):
        group = _group(row)
        figures = People(*(int(value or 0) for value in row[len(PROFILE_FACTS) + 1 :]))
        result[group] = result.get(group, People()) + figures
    return result


def people_completed_by_month(selection) -> dict:
    """People who completed a course, per month of completion (a person counts once a month).
    One query."""
    rows = (
        selection.completed()
        .order_by()
        .annotate(month=TruncMonth("completed_at"))
        .values("month")
        .annotate(people=Count("user", distinct=True))
    )
    return {_as_date(row["month"]): row["people"] for row in rows}


def _as_date(value):
    return value.date() if hasattr(value, "date") else value


@dataclass
class Gain:
    """Knowledge gain over a group of learners. A result is one learner's first pre-test and
    best post-test in one course; `learners` counts people (a person with results in two
    courses is one learner with two results)."""

    learners: int = 0
    results: int = 0
    sum_pre: Decimal = Decimal(0)
    sum_post: Decimal = Decimal(0)
    improved: int = 0

    def __add__(self, other: "Gain") -> "Gain":
        return Gain(
            self.learners + other.learners,
            self.results + other.results,
            self.sum_pre + other.sum_pre,
            self.sum_post + other.sum_post,
            self.improved + other.improved,
        )

    @property
    def mean_pre(self):
        return _round(self.sum_pre / self.results) if self.results else None

    @property
    def mean_post(self):
        return _round(self.sum_post / self.results) if self.results else None

    @property
    def mean_gain(self):
        return _round((self.sum_post - self.sum_pre) / self.results) if self.results else None

    @property
    def normalised_gain(self):
        """Hake's class-average normalised gain: (mean post − mean pre) / (100 − mean pre), the
        share of the possible improvement that was made. None when the mean pre-test is 100
        (nothing left to gain) or there are no results."""
        if not self.results:
            return None
        mean_pre = self.sum_pre / self.results
        if mean_pre >= 100:
            return None
        mean_post = self.sum_post / self.results
        return _round((mean_post - mean_pre) / (100 - mean_pre))

    @property
    def improved_share(self):
        """Percent of the results whose post-test is above the pre-test."""
        return percent(self.improved, self.results)


def pre_post_test_keys(courses) -> tuple[set, set]:
    """The translation keys of the pre-tests and of the post-tests that knowledge gain compares,
    for every translation of `courses` (ReportCourse): each course's first pre-test and first
    post-test in course order, as learners are shown (courses.selectors). One query."""
    pages = [
        SimpleNamespace(pk=pk, path=path, depth=depth)
        for course in courses
        for pk, path, depth in course.pages
    ]
    pairs = _pre_post_keys_for(pages).values() if pages else []
    pre = {pair[0] for pair in pairs}
    post = {pair[1] for pair in pairs}
    ambiguous = pre & post
    return pre - ambiguous, post - ambiguous


def gain_groups(population, *, pre_keys: set, post_keys: set) -> dict:
    """Knowledge gain of the enrolments in `population` per Group (course and profile facts).

    Which attempts count: per enrolment, its first graded attempt at the pre-test (lowest
    attempt number) and its best graded attempt at the post-test (highest score), only when it
    has both. One query."""
    if not pre_keys or not post_keys:
        return {}
    attempts = (
        QuizAttempt.objects.filter(
            status=QuizAttempt.Status.GRADED, quiz_key__in=[*pre_keys, *post_keys]
        )
        .order_by()
        .annotate(
            is_pre=Case(
                When(quiz_key__in=list(pre_keys), then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
        )
        .annotate(
            position=Window(
                RowNumber(),
                partition_by=[F("enrolment_id"), F("is_pre")],
                order_by=[F("number").asc()],
            )
        )
        .values("enrolment_id", "is_pre", "percent", "position")
    )
    attempts_sql, attempts_params = attempts.query.sql_with_params()
    learners_sql, learners_params = _learners(population).query.sql_with_params()
    facts, join = _facts_sql()
    sql = f"""
        SELECT r.course_key, {facts},
               SUM(CASE WHEN r.person_row = 1 THEN 1 ELSE 0 END), COUNT(*),
               SUM(r.pre), SUM(r.post), SUM(CASE WHEN r.post > r.pre THEN 1 ELSE 0 END)
        FROM (
            SELECT e.*, g.pre, g.post,
                   ROW_NUMBER() OVER (PARTITION BY e.user_id) AS person_row
            FROM (
                SELECT a.enrolment_id AS enrolment_id,
                       MAX(CASE WHEN a.is_pre = 1 AND a.position = 1 THEN a.percent END) AS pre,
                       MAX(CASE WHEN a.is_pre = 0 THEN a.percent END) AS post
                FROM ({attempts_sql}) a
                GROUP BY a.enrolment_id
            ) g
            INNER JOIN ({learners_sql}) e ON e.id = g.enrolment_id
            WHERE g.pre IS NOT NULL AND g.post IS NOT NULL
        ) r
        {join}
        GROUP BY r.course_key, {facts}
    """  # noqa: S608 (compiled querysets and quoted names; values are parameters)
    result = {}
    for row in _run(sql, [*attempts_params, *learners_params]):
        group = _group(row)
        learners, results, sum_pre, sum_post, improved = row[len(PROFILE_FACTS) + 1 :]
        gain = Gain(
            int(learners), int(results), _decimal(sum_pre), _decimal(sum_post), int(improved or 0)
        )
        result[group] = result.get(group, Gain()) + gain
    return result


def course_knowledge_gain(*, course) -> Gain:
    """Knowledge gain over every learner of a course, in all its languages and at any date:
    the same figures as the course's row of the knowledge gain report without a period.
    Two queries."""
    from courses.models import CoursePage, Enrolment

    translations = SimpleNamespace(
        pages=list(
            CoursePage.objects.live()
            .filter(translation_key=course.translation_key)
            .values_list("pk", "path", "depth")
        )
    )
    pre_keys, post_keys = pre_post_test_keys([translations])
    population = Enrolment.objects.filter(course_key=course.translation_key)
    groups = gain_groups(population, pre_keys=pre_keys, post_keys=post_keys)
    return sum(groups.values(), Gain())
