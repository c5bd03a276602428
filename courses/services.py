"""Writes. Every rule about enrolment, progress and completion lives here, called by views,
the admin, management commands and tests alike. Completing a course issues its certificate
through certificates.services, with the snapshot built here: certificates never call back."""

import secrets
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _

from certificates.models import Certificate
from certificates.services import (
    CertificateError,
    CertificateSnapshot,
    certificate_issue,
    certificate_replace,
    printed_name,
)

from .grading import grade_attempt
from .models import (
    CoursePage,
    Enrolment,
    GradedAnswer,
    GradedAnswerChoice,
    LessonPage,
    LessonProgress,
    QuizAttempt,
    QuizPage,
)
from .selectors.outline import course_outline
from .selectors.quizzes import best_final_score


class EnrolmentError(ValidationError):
    """The learner cannot enrol; the message says why, in words for the learner."""


class ProgressError(ValidationError):
    """Progress cannot be recorded; the message says why."""


@transaction.atomic
def enrolment_create(*, user, course: CoursePage, key: str = "") -> Enrolment:
    """Enrol a learner in a published course that is open for enrolment, checking the key when
    the course has one (in any case, spaces around it ignored). Enrolling again changes
    nothing; a learner who left comes back with their history. Refuses draft and closed
    courses and wrong keys (EnrolmentError)."""
    if not course.live:
        raise EnrolmentError(_("This course is not published."), code="not_live")
    if not course.enrolment_open:
        raise EnrolmentError(_("Enrolment in this course is closed."), code="closed")
    if course.enrolment_key and not constant_time_compare(
        enrolment_key_normalise(key), enrolment_key_normalise(course.enrolment_key)
    ):
        raise EnrolmentError(_("The enrolment key is not correct."), code="wrong_key")
    return _enrolment_get_or_create(user=user, course=course)


def enrolment_key_normalise(key: str | None) -> str:
    """An enrolment key as compared: trimmed, in any case (keys are read out in workshops and
    typed on phones that capitalise the first letter), compatibility forms folded (a key
    typed in full-width digits is the same key)."""
    return unicodedata.normalize("NFKC", key or "").strip().casefold()


def _enrolment_get_or_create(*, user, course, enrolled_by=None) -> Enrolment:
    # get_or_create settles a race between two requests through the unique constraint.
    enrolment, created = Enrolment.objects.get_or_create(
        user=user,
        course_key=course.translation_key,
        defaults={"course": course, "enrolled_by": enrolled_by},
    )
    if not created and not enrolment.is_active:
        enrolment.status = Enrolment.Status.ACTIVE
        enrolment.left_at = None
        enrolment.save(update_fields=["status", "left_at"])
    return enrolment


@transaction.atomic
def enrolment_leave(*, enrolment: Enrolment) -> Enrolment:
    """Leave a course. Progress and completion are kept, so coming back resumes."""
    if enrolment.is_active:
        enrolment.status = Enrolment.Status.LEFT
        enrolment.left_at = timezone.now()
        enrolment.save(update_fields=["status", "left_at"])
    return enrolment


@transaction.atomic
def lesson_mark_complete(*, user, lesson: LessonPage, course: CoursePage) -> LessonProgress:
    """Record that a learner has done a lesson, once, and complete the enrolment when it was the
    last one. Refuses learners without an active enrolment in the lesson's course."""
    enrolment = (
        Enrolment.objects.select_for_update()
        .filter(user=user, course_key=course.translation_key)
        .first()
    )
    if enrolment is None or not enrolment.is_active:
        raise ProgressError(_("Enrol in the course to keep track of your progress."))
    progress, _created = LessonProgress.objects.get_or_create(
        enrolment=enrolment, lesson_key=lesson.translation_key, defaults={"lesson": lesson}
    )
    enrolment_update_completion(enrolment=enrolment, course=course)
    return progress


def enrolment_update_completion(*, enrolment: Enrolment, course: CoursePage) -> Enrolment:
    """The rule of completion: the enrolment is complete when every published lesson of the
    course is done and every required quiz passed (pre-tests never count); it is then completed
    and its certificate issued (enrolment_complete). A completed enrolment stays complete when
    lessons are added later."""
    if enrolment.completed_at is not None:
        return enrolment
    if course_outline(course=course, enrolment=enrolment).is_complete:
        enrolment_complete(enrolment=enrolment)
        enrolment.refresh_from_db(fields=["completed_at"])
    return enrolment


@transaction.atomic
def enrolment_complete(*, enrolment: Enrolment, issued_by=None, completed_on: date | None = None):
    """Record that the learner completed the course, once, and issue the certificate (once):
    called by the completion rule above, and by trainers after an attendance-based training
    (certificates_issue_manual), whose word is the rule there. `completed_on` is the date
    printed when it is not the day of completion. Returns the certificate."""
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.completed_at is None:
        enrolment.completed_at = timezone.now()
        enrolment.save(update_fields=["completed_at"])
    return certificate_issue_for(
        enrolment=enrolment, issued_by=issued_by, completed_on=completed_on
    )


def certificate_snapshot(*, enrolment: Enrolment, completed_on: date | None = None):
    """What the certificate of a completed enrolment prints: the learner's name as printed now,
    the course (in the language of enrolment) with its hours and template, the completion
    date, and the best final-assessment score (or post-test score)."""
    course = CoursePage.objects.select_related("locale").get(pk=enrolment.course_id)
    return CertificateSnapshot(
        user=enrolment.user,
        enrolment_id=enrolment.pk,
        course_id=course.pk,
        name=printed_name(enrolment.user),
        course_title=course.title,
        language=course.locale.language_code,
        hours=course.estimated_hours,
        completed_on=completed_on or timezone.localdate(enrolment.completed_at),
        score=best_final_score(enrolment=enrolment),
        template=course.certificate_template,
    )


def certificate_issue_for(*, enrolment: Enrolment, issued_by=None, completed_on=None):
    """Issue the certificate of a completed enrolment (idempotent: see certificate_issue).
    Refuses enrolments that are not complete (CertificateError)."""
    if enrolment.completed_at is None:
        raise CertificateError(_("The course is not completed yet."), code="not_complete")
    snapshot = certificate_snapshot(enrolment=enrolment, completed_on=completed_on)
    return certificate_issue(snapshot=snapshot, issued_by=issued_by)


@transaction.atomic
def certificate_reissue(*, certificate: Certificate, issued_by=None) -> Certificate:
    """Issue a new certificate in place of this one, with the learner's name as it is now (after
    they corrected it) and the course's current title, hours and template; the date and score
    stay. When the course is gone, what the old certificate said is kept. The old one stays
    verifiable as replaced. Refuses revoked and replaced certificates, and learners whose
    account is gone."""
    if certificate.user is None:
        raise CertificateError(_("The learner's account no longer exists."), code="no_user")
    course = (
        CoursePage.objects.select_related("locale", "certificate_template")
        .filter(pk=certificate.course_id)
        .first()
    )
    kept = {
        "user": certificate.user,
        "enrolment_id": certificate.enrolment_id,
        "name": printed_name(certificate.user),
        "completed_on": certificate.completed_on,
        "score": certificate.score,
    }
    if course is None:
        snapshot = CertificateSnapshot(
            **kept,
            course_id=None,
            course_title=certificate.course_title,
            language=certificate.language,
            hours=certificate.hours,
            template=certificate.template,
            wording={
                "issuer": certificate.issuer,
                "title": certificate.title,
                "body": certificate.body,
                "signatories": certificate.signatories,
            },
        )
    else:
        snapshot = CertificateSnapshot(
            **kept,
            course_id=course.pk,
            course_title=course.title,
            language=course.locale.language_code,
            hours=course.estimated_hours,
            template=course.certificate_template,
        )
    return certificate_replace(certificate=certificate, snapshot=snapshot, issued_by=issued_by)


@dataclass
class BulkEnrolmentResult:
    enrolled: list = field(default_factory=list)
    already_enrolled: list = field(default_factory=list)
    unknown_emails: list = field(default_factory=list)


@transaction.atomic
def enrolments_bulk_create(
    *, course: CoursePage, emails: list[str], enrolled_by
) -> BulkEnrolmentResult:
    """Enrol existing accounts, found by email (case-insensitively), in a course on a trainer's
    behalf, whether or not the course is open or has a key. Unknown emails are reported, not
    created: accounts belong to the people themselves."""
    result = BulkEnrolmentResult()
    wanted = {email.strip().lower(): email.strip() for email in emails if email.strip()}
    users = {
        user.email_lower: user
        for user in get_user_model()
        .objects.annotate(email_lower=Lower("email"))
        .filter(email_lower__in=list(wanted))
    }
    active_before = set(
        Enrolment.objects.filter(
            course_key=course.translation_key, status=Enrolment.Status.ACTIVE
        ).values_list("user_id", flat=True)
    )
    for email_lower, email in wanted.items():
        user = users.get(email_lower)
        if user is None:
            result.unknown_emails.append(email)
        elif user.pk in active_before:
            result.already_enrolled.append(user)
        else:
            _enrolment_get_or_create(user=user, course=course, enrolled_by=enrolled_by)
            result.enrolled.append(user)
    return result


@dataclass
class ManualIssueResult:
    issued: list = field(default_factory=list)
    already: list = field(default_factory=list)
    unknown_emails: list = field(default_factory=list)


@transaction.atomic
def certificates_issue_manual(
    *, course: CoursePage, emails: list[str], issued_by, completed_on: date | None = None
) -> ManualIssueResult:
    """For in-person, attendance-based trainings: enrol existing accounts, record the course as
    completed and issue their certificates, with `completed_on` (the training date) printed on
    new ones. Unknown emails are reported, not created."""
    bulk = enrolments_bulk_create(course=course, emails=emails, enrolled_by=issued_by)
    result = ManualIssueResult(unknown_emails=bulk.unknown_emails)
    users = [*bulk.enrolled, *bulk.already_enrolled]
    enrolments = Enrolment.objects.filter(user__in=users, course_key=course.translation_key)
    had = set(
        Certificate.objects.current()
        .filter(enrolment__in=enrolments)
        .values_list("enrolment_id", flat=True)
    )
    for enrolment in enrolments.select_related("user__profile"):
        certificate = enrolment_complete(
            enrolment=enrolment, issued_by=issued_by, completed_on=completed_on
        )
        (result.already if enrolment.pk in had else result.issued).append(certificate)
    return result


class QuizError(ValidationError):
    """The quiz action is refused; the message says why, in words for the learner."""


_random = secrets.SystemRandom()


def _quiz_snapshot(quiz: QuizPage) -> list[dict]:
    """The questions and choices an attempt is given, drawn and shuffled as the quiz says."""
    questions = list(quiz.questions.all().prefetch_related("choices").order_by("sort_order"))
    if quiz.questions_per_attempt and quiz.questions_per_attempt < len(questions):
        drawn = {q.pk for q in _random.sample(questions, quiz.questions_per_attempt)}
        questions = [q for q in questions if q.pk in drawn]
    if quiz.shuffle_questions:
        _random.shuffle(questions)
    snapshot = []
    for question in questions:
        choices = [
            {"id": choice.pk, "text": choice.text, "correct": choice.is_correct}
            for choice in sorted(question.choices.all(), key=lambda c: c.sort_order or 0)
        ]
        if quiz.shuffle_choices and question.kind != question.Kind.TRUE_FALSE:
            _random.shuffle(choices)
        snapshot.append(
            {
                "id": question.pk,
                "kind": question.kind,
                "text": question.text,
                "image_id": question.image_id,
                "points": question.points,
                "partial_credit": question.partial_credit,
                "explanation": question.explanation,
                "choices": choices,
            }
        )
    return snapshot


@transaction.atomic
def quiz_attempt_start(*, user, quiz: QuizPage, course: CoursePage) -> QuizAttempt:
    """Start an attempt, or return the unfinished one to resume it. An unfinished attempt whose
    time is up is graded as it stood first. Refuses learners who are not enrolled, quizzes with
    no questions and learners with no attempts left (QuizError)."""
    enrolment = (
        Enrolment.objects.select_for_update()
        .filter(user=user, course_key=course.translation_key, status=Enrolment.Status.ACTIVE)
        .first()
    )
    if enrolment is None:
        raise QuizError(_("Enrol in the course to take its quizzes."), code="not_enrolled")
    attempts = QuizAttempt.objects.filter(user=user, quiz_key=quiz.translation_key)
    open_attempt = attempts.filter(status=QuizAttempt.Status.IN_PROGRESS).first()
    if open_attempt is not None:
        if not open_attempt.is_past_time_limit():
            return open_attempt
        _grade(open_attempt, timed_out=True)
    used = attempts.count()
    if quiz.max_attempts is not None and used >= quiz.max_attempts:
        raise QuizError(_("You have no attempts left for this quiz."), code="no_attempts_left")
    questions = _quiz_snapshot(quiz)
    if not questions:
        raise QuizError(_("This quiz has no questions yet."), code="empty")
    now = timezone.now()
    return QuizAttempt.objects.create(
        user=user,
        enrolment=enrolment,
        quiz=quiz,
        quiz_key=quiz.translation_key,
        quiz_title=quiz.title,
        number=used + 1,
        kind=quiz.kind,
        pass_mark=quiz.pass_mark,
        max_attempts=quiz.max_attempts,
        show_answers=quiz.show_answers,
        counts_for_completion=quiz.counts_for_completion,
        questions=questions,
        started_at=now,
        expires_at=now + timedelta(minutes=quiz.time_limit_minutes)
        if quiz.time_limit_minutes
        else None,
    )


# Answers that arrive this soon after the time limit still count: the page was submitted in
# time but the request took a moment over a slow connection.
SUBMISSION_GRACE = timedelta(seconds=30)


def _grade(attempt: QuizAttempt, *, timed_out=False) -> QuizAttempt:
    grade = grade_attempt(attempt.questions, attempt.answers, attempt.pass_mark)
    attempt.status = QuizAttempt.Status.GRADED
    attempt.graded_at = timezone.now()
    attempt.timed_out = timed_out
    attempt.score = grade.awarded
    attempt.max_score = grade.max_points
    attempt.percent = grade.percent
    attempt.passed = grade.passed
    attempt.results = {
        str(result.question_id): {"awarded": str(result.awarded), "correct": result.correct}
        for result in grade.results
    }
    attempt.save()
    _record_graded_answers(attempt, grade)
    return attempt


def _record_graded_answers(attempt: QuizAttempt, grade) -> None:
    """One row per question of the graded attempt and one per choice picked, for question
    statistics: two queries, whatever the number of questions."""
    results = {result.question_id: result for result in grade.results}
    answers = []
    picks = []
    for question in attempt.questions:
        result = results[question["id"]]
        answers.append(
            GradedAnswer(
                attempt=attempt,
                quiz_key=attempt.quiz_key,
                question_id=question["id"],
                correct=result.correct,
                awarded=result.awarded,
                points=result.points,
                attempt_percent=attempt.percent,
            )
        )
        offered = {choice["id"] for choice in question["choices"]}
        picks.append(sorted(offered & set(attempt.answers.get(str(question["id"]), []))))
    GradedAnswer.objects.bulk_create(answers)
    GradedAnswerChoice.objects.bulk_create(
        GradedAnswerChoice(answer=answer, choice_id=choice_id)
        for answer, chosen in zip(answers, picks, strict=True)
        for choice_id in chosen
    )


@dataclass
class SubmissionOutcome:
    attempt: QuizAttempt
    timed_out: bool = False
    already_graded: bool = False


@transaction.atomic
def quiz_attempt_submit(
    *, user, attempt_id: int, answers: dict, final: bool = True
) -> SubmissionOutcome:
    """Store the answers of an unfinished attempt and, when `final`, grade it — once: a replayed
    or double-clicked submission returns the graded attempt unchanged. After the time limit the
    answers are not accepted and the attempt is graded as it stood. Refuses other users'
    attempts (QuizAttempt.DoesNotExist). Answers must already be validated against the attempt
    (QuizAnswersForm)."""
    attempt = QuizAttempt.objects.select_for_update().get(pk=attempt_id, user=user)
    if attempt.is_graded:
        return SubmissionOutcome(attempt, timed_out=attempt.timed_out, already_graded=True)
    if attempt.is_past_time_limit(grace=SUBMISSION_GRACE):
        _grade(attempt, timed_out=True)
    else:
        attempt.answers = answers
        if final:
            _grade(attempt)
        else:
            attempt.save(update_fields=["answers"])
            return SubmissionOutcome(attempt)
    if attempt.counts_for_completion and attempt.passed and attempt.quiz_id:
        course = CoursePage.objects.ancestor_of(attempt.quiz).live().first()
        if course is not None:
            enrolment_update_completion(enrolment=attempt.enrolment, course=course)
    return SubmissionOutcome(attempt, timed_out=attempt.timed_out)


@transaction.atomic
def quiz_attempt_expire(*, attempt: QuizAttempt) -> QuizAttempt:
    """Grade an unfinished attempt whose time is up, as it stood. Does nothing otherwise."""
    attempt = QuizAttempt.objects.select_for_update().get(pk=attempt.pk)
    if not attempt.is_graded and attempt.is_past_time_limit(grace=SUBMISSION_GRACE):
        _grade(attempt, timed_out=True)
    return attempt
