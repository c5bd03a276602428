"""What the demo learner has done: one course completed, with its certificate, and one started.

Her progress is made by the same services a learner's clicks call (enrolment_create,
lesson_mark_complete, quiz_attempt_start, quiz_attempt_submit), so completion, the knowledge
gain and the certificate come about exactly as for anyone. She studies in the language she
would choose: the social work course in Uzbek, the psycho-social course in Russian (it has no
Uzbek text). A course she is already enrolled in is left as it is, whether an earlier run or
someone trying the demo as her got there first.
"""

from dataclasses import dataclass, field

from wagtail.models import Locale

from certificates.selectors import certificates_for_user
from courses.models import (
    CoursePage,
    Enrolment,
    LessonPage,
    ModulePage,
    Question,
    QuizAttempt,
    QuizPage,
)
from courses.selectors import DashboardRow, Gain, dashboard_for_user, learner_gain
from courses.services import (
    enrolment_create,
    lesson_mark_complete,
    quiz_attempt_start,
    quiz_attempt_submit,
)
from lms.demo import DemoError

SOCIAL_WORK = "effective-social-work-with-migrants"
PSYCHOSOCIAL = "psychosocial-support-and-trauma-healing"


@dataclass
class DemoLearnerCourse:
    row: DashboardRow  # as "My learning" shows it, with its certificate
    gain: Gain | None


@dataclass
class DemoLearnerSummary:
    user: object
    enrolments_created: int = 0
    courses: list[DemoLearnerCourse] = field(default_factory=list)


def learner_progress_build(*, user, courses: list) -> DemoLearnerSummary:
    """Enrol the demo learner in the Uzbek social work course and take her through it: a
    modest pre-test, every lesson, a better post-test, a failed and then a passed final
    assessment, which completes the course and issues her certificate. Then enrol her in the
    Russian psycho-social course with its pre-test and first module done. Courses she is
    already enrolled in are not touched. Refuses (DemoError) when a course lacks a translation
    or a quiz, or when the completed course ends without completion."""
    pages = {item.page.slug: item.page for item in courses}
    if missing := [slug for slug in (SOCIAL_WORK, PSYCHOSOCIAL) if slug not in pages]:
        raise DemoError(f"The demo learner's course {', '.join(missing)} is not in demo/content/.")
    summary = DemoLearnerSummary(user=user)
    plans = [
        (SOCIAL_WORK, "uz", _complete_social_work),
        (PSYCHOSOCIAL, "ru", _start_psychosocial),
    ]
    for slug, language_code, plan in plans:
        page = pages[slug].get_translation_or_none(Locale.objects.get(language_code=language_code))
        if page is None:
            raise DemoError(f"The {language_code} translation of {slug} is missing.")
        if not Enrolment.objects.filter(user=user, course_key=page.translation_key).exists():
            enrolment_create(user=user, course=page, key=page.enrolment_key)
            plan(user=user, course=page)
            summary.enrolments_created += 1
    certificates = certificates_for_user(user=user)
    for row in dashboard_for_user(user=user):
        row.certificate = certificates.get(row.enrolment.pk)
        gain = learner_gain(enrolment=row.enrolment, course=row.course)
        summary.courses.append(DemoLearnerCourse(row=row, gain=gain))
    return summary


def _complete_social_work(*, user, course: CoursePage) -> None:
    # Answers are given by position among the attempt's questions in the quiz's own order:
    # everything right except the positions listed, so every score is known in advance.
    _take(user, course, "pre_test", wrong={1, 3, 4, 6})  # 3 of 7: 42.86%
    for lesson in LessonPage.objects.descendant_of(course).live().order_by("path"):
        lesson_mark_complete(user=user, lesson=lesson, course=course)
    _take(user, course, "post_test", wrong={4}, partly={1})  # 5.67 of 7 (partial credit): 81%
    _take(user, course, "final", wrong={4, 5, 6, 7})  # 4 of 8: 50%, not passed
    _take(user, course, "final", wrong={7})  # 7 of 8: 87.5%, passed
    if not Enrolment.objects.get(user=user, course_key=course.translation_key).is_complete:
        raise DemoError(f"The demo learner did not complete {course.slug}.")


def _start_psychosocial(*, user, course: CoursePage) -> None:
    _take(user, course, "pre_test", wrong={0, 2, 5})  # 4 of 7: 57.14%
    first_module = ModulePage.objects.child_of(course).live().order_by("path").first()
    for lesson in LessonPage.objects.child_of(first_module).live().order_by("path"):
        lesson_mark_complete(user=user, lesson=lesson, course=course)


def _take(user, course: CoursePage, kind: str, *, wrong=frozenset(), partly=frozenset()):
    quiz = QuizPage.objects.child_of(course).live().filter(kind=kind).order_by("path").first()
    if quiz is None:
        raise DemoError(f"{course.slug} ({course.locale.language_code}) has no {kind}.")
    attempt = quiz_attempt_start(user=user, quiz=quiz, course=course)
    quiz_attempt_submit(
        user=user, attempt_id=attempt.pk, answers=_answers(quiz, attempt, wrong, partly)
    )


def _answers(quiz: QuizPage, attempt: QuizAttempt, wrong, partly) -> dict:
    """The answers to an attempt, as the quiz form stores them. A wrong answer is one wrong
    choice; a partly right one is every right choice but one, for partial credit."""
    order = {
        pk: index
        for index, pk in enumerate(
            quiz.questions.order_by("sort_order").values_list("pk", flat=True)
        )
    }
    answers = {}
    given = sorted(attempt.questions, key=lambda question: order[question["id"]])
    for position, question in enumerate(given):
        right = [choice["id"] for choice in question["choices"] if choice["correct"]]
        if position in wrong:
            chosen = [next(c["id"] for c in question["choices"] if not c["correct"])]
        elif position in partly:
            if question["kind"] != Question.Kind.MULTIPLE or len(right) < 2:
                raise DemoError(f"Only a multiple-choice question can be partly right: {quiz}")
            chosen = right[:-1]
        else:
            chosen = right
        answers[str(question["id"])] = chosen
    return answers
