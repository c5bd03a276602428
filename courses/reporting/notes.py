"""What programme reports' figures mean, in words for their readers: shown on the report
pages, printed in the PDF and at the end of exports, so a figure never travels without its
definition."""

from django.utils.translation import gettext as _

from .filters import DateBasis


def period_note(basis: str) -> str:
    if basis == DateBasis.ENROLMENT:
        return _(
            "Dates apply to enrolment: people enrolled are those who enrolled in the period; "
            "people who completed are those of them who have completed since. Knowledge gain "
            "is that of the people enrolled who took both tests."
        )
    return _(
        "Dates apply to completion: people enrolled are those whose enrolment was open at "
        "some time in the period; people who completed (people trained) are those who "
        "completed a course in the period. Knowledge gain is that of the people enrolled who "
        "took both tests."
    )


def people_note() -> str:
    return _(
        "Learners are counted as people: a person enrolled in several courses, or in several "
        "languages of one course, counts once in programme totals. Course enrolments and "
        "course completions count each course separately."
    )


def attempts_note() -> str:
    return _(
        "Knowledge gain compares each learner's first graded pre-test attempt with their best "
        "graded post-test attempt in the same course (its first pre-test and first post-test "
        "in course order, in any of its languages). Only learners with both count. Mean gain "
        "is in percentage points; normalised gain is (mean post-test − mean pre-test) ÷ "
        "(100 − mean pre-test), the share of the possible improvement made, left empty when "
        "the mean pre-test is 100; improved is the share of learners whose post-test is above "
        "their pre-test."
    )


def suppression_note(threshold: int) -> str:
    return _(
        "Breakdowns by country, gender, role and age group count only learners who agreed to "
        "reporting; the others are counted under “Not shared”. Figures from 1 to %(below)s "
        "are shown as “<%(threshold)s”; figures shown as “x” are %(threshold)s or more and "
        "hidden so that no total lets a small figure be worked out by subtraction. Means and "
        "rates are not shown where their count is hidden. A table with fewer than "
        "%(threshold)s people in all is not broken down."
    ) % {"threshold": threshold, "below": threshold - 1}


def report_notes(*, threshold: int, basis: str) -> list[str]:
    return [period_note(basis), people_note(), attempts_note(), suppression_note(threshold)]
