"""The figures of programme reports, aggregated in the database: each function is one query
(or a fixed few), whatever the number of learners, courses or attempts.

Learners are people: counts of people are COUNT(DISTINCT user); a course is its translation
key, so a course's translations are one row and a person counts once per course.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from types import SimpleNamespace

from django.db import connection
from django.db.models import Case, Count, F, IntegerField, Value, When, Window
from django.db.models.functions import RowNumber, TruncMonth

from courses.models import QuizAttempt
from courses.selectors import _pre_post_keys_for

from .dimensions import DIMENSIONS

TWO_PLACES = Decimal("0.01")


def _decimal(value) -> Decimal:
    if value is None:
        return Decimal(0)
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _round(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(TWO_PLACES, ROUND_HALF_UP)


@dataclass
class Headline:
    people_enrolled: int = 0
    people_completed: int = 0
    enrolments: int = 0
    completions: int = 0

    @property
    def completion_rate(self) -> Decimal | None:
        """Percent of the people enrolled who completed."""
        return percent(self.people_completed, self.people_enrolled)


def percent(part, whole) -> Decimal | None:
    if not whole:
        return None
    return _round(Decimal(part * 100) / Decimal(whole))


def headline(selection) -> Headline:
    """People enrolled and completed (each person once), enrolments and completions. One
    query."""
    completed = selection.completed_condition()
    figures = selection.enrolled().aggregate(
        people_enrolled=Count("user", distinct=True),
        people_completed=Count("user", distinct=True, filter=completed),
        enrolments=Count("pk"),
        completions=Count("pk", filter=completed),
    )
    return Headline(**figures)


def course_counts(selection) -> dict:
    """Per course key: {"enrolled", "completed"} (people, who are one enrolment each). One
    query."""
    rows = (
        selection.enrolled()
        .order_by()
        .values("course_key")
        .annotate(
            enrolled=Count("pk"), completed=Count("pk", filter=selection.completed_condition())
        )
    )
    return {row["course_key"]: row for row in rows}


def people_cube(selection) -> list[dict]:
    """People enrolled and completed per combination of country, gender, role and age group
    (as consented). A person has one combination, so any breakdown is a sum of these. One
    query."""
    dimensions = {name: dimension.expression() for name, dimension in DIMENSIONS.items()}
    return list(
        selection.enrolled()
        .order_by()
        .annotate(**dimensions)
        .values(*dimensions)
        .annotate(
            enrolled=Count("user", distinct=True),
            completed=Count("user", distinct=True, filter=selection.completed_condition()),
        )
    )


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


def gains(population, *, group_by: dict, pre_keys: set, post_keys: set) -> list[tuple]:
    """Knowledge gain of the enrolments in `population`, grouped by `group_by` (name → an
    expression on Enrolment, or None for a field of its own): a list of (group values, Gain).

    Which attempts count: per enrolment, its first graded attempt at the pre-test (lowest
    attempt number) and its best graded attempt at the post-test (highest score), only when it
    has both. Window functions number the attempts; conditional aggregation picks the two; the
    outer query groups. One query, on PostgreSQL and SQLite alike."""
    if not pre_keys or not post_keys:
        return []
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
    annotations = {name: expression for name, expression in group_by.items() if expression}
    learners = population.order_by().annotate(**annotations).values("id", "user_id", *group_by)
    attempts_sql, attempts_params = attempts.query.sql_with_params()
    learners_sql, learners_params = learners.query.sql_with_params()
    quote = connection.ops.quote_name
    groups = ", ".join(f"e.{quote(name)}" for name in group_by)
    select_groups = f"{groups}, " if groups else ""
    group_clause = f"GROUP BY {groups}" if groups else ""
    sql = f"""
        SELECT {select_groups}COUNT(DISTINCT e.user_id), COUNT(*), SUM(g.pre), SUM(g.post),
               SUM(CASE WHEN g.post > g.pre THEN 1 ELSE 0 END)
        FROM (
            SELECT a.enrolment_id AS enrolment_id,
                   MAX(CASE WHEN a.is_pre = 1 AND a.position = 1 THEN a.percent END) AS pre,
                   MAX(CASE WHEN a.is_pre = 0 THEN a.percent END) AS post
            FROM ({attempts_sql}) a
            GROUP BY a.enrolment_id
        ) g
        INNER JOIN ({learners_sql}) e ON e.id = g.enrolment_id
        WHERE g.pre IS NOT NULL AND g.post IS NOT NULL
        {group_clause}
    """  # noqa: S608 (the pieces are compiled querysets and quoted names, values are parameters)
    with connection.cursor() as cursor:
        cursor.execute(sql, [*attempts_params, *learners_params])
        rows = cursor.fetchall()
    count = len(group_by)
    return [
        (
            tuple(row[:count]),
            Gain(
                learners=row[count],
                results=row[count + 1],
                sum_pre=_decimal(row[count + 2]),
                sum_post=_decimal(row[count + 3]),
                improved=int(row[count + 4] or 0),
            ),
        )
        for row in rows
    ]


def course_knowledge_gain(*, course) -> Gain:
    """Knowledge gain over every learner of a course, in all its languages and at any date:
    the same figures as the course's row of the knowledge gain report without a period.
    Three queries."""
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
    found = gains(population, group_by={}, pre_keys=pre_keys, post_keys=post_keys)
    return found[0][1] if found else Gain()
