"""Reads. Each function answers one question the interface asks, in a fixed number of queries
(pinned in the tests), one module per kind of question:

- access.py: who may read a course (the one rule), and a request's enrolment;
- outline.py: a course's modules, lessons and quizzes in order, and a learner's progress;
- dashboard.py: the catalogue and a learner's "My learning";
- quizzes.py: a learner's attempts at a quiz, and their review;
- gains.py: a learner's knowledge gain (pre-test against post-test).

The staff's reports aggregate in courses/reporting/.

The names below are the package's public reads, importable from `courses.selectors`.
"""

from .access import CourseAccess, can_read_course, course_access, enrolment_for, is_staff_for_course
from .dashboard import DashboardRow, course_list, dashboard_for_user
from .gains import Gain, learner_gain
from .outline import (
    Outline,
    OutlineItem,
    OutlineModule,
    OutlinePage,
    course_outline,
    done_lesson_keys,
    lesson_navigation,
    outline_pages,
    quiz_keys_done,
)
from .quizzes import (
    answers_visible,
    attempt_images,
    attempt_review,
    attempts_for,
    attempts_left,
    best_final_score,
    quiz_overview,
)

__all__ = [
    "CourseAccess",
    "DashboardRow",
    "Gain",
    "Outline",
    "OutlineItem",
    "OutlineModule",
    "OutlinePage",
    "answers_visible",
    "attempt_images",
    "attempt_review",
    "attempts_for",
    "attempts_left",
    "best_final_score",
    "can_read_course",
    "course_access",
    "course_list",
    "course_outline",
    "dashboard_for_user",
    "enrolment_for",
    "is_staff_for_course",
    "learner_gain",
    "lesson_navigation",
    "outline_pages",
    "done_lesson_keys",
    "quiz_keys_done",
    "quiz_overview",
]
