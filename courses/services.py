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
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _

from certificates.models import Certificate
from certificates.services import (
    CertificateError,
    CertificateSnapshot,
    certificate_issue,
    certificate_replace,
    printed_gender,
    printed_name,
)

from .grading import grade_attempt
from .models import (
    CODE_ALPHABET,
    Attendance,
    CoursePage,
    Enrolment,
    GradedAnswer,
    GradedAnswerChoice,
    GroupMembership,
    LessonPage,
    LessonProgress,
    QuizAttempt,
    QuizPage,
    SignInCode,
    TrainingGroup,
)
from .selectors.groups import completion_met, day_code, training_of
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
    course is done and every required quiz passed (pre-tests never count), or, for a
    participant of a training group, when the group's rule is met (attendance: see
    selectors.groups.completion_met); it is then completed and its certificate issued
    (enrolment_complete). A completed enrolment stays complete when lessons are added later."""
    if enrolment.completed_at is not None:
        return enrolment
    if completion_met(enrolment=enrolment, course=course):
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
    training = training_of(enrolment=enrolment)
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
        **training_fields(training, language=course.locale.language_code),
        gender=printed_gender(enrolment.user),
    )


def training_fields(training, *, language: str) -> dict:
    """What a certificate says of the training group it was earned in: the place (venue, city,
    country, in the certificate's language) and the first and last days."""
    if training is None:
        return {}
    with translation.override(language):
        country = str(training.get_country_display())
    place = ", ".join(part for part in (training.venue, training.city, country) if part)
    return {
        "training_place": place,
        "training_starts_on": training.starts_on,
        "training_ends_on": training.ends_on,
    }


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
        "gender": printed_gender(certificate.user),
        "completed_on": certificate.completed_on,
        "score": certificate.score,
        "training_place": certificate.training_place,
        "training_starts_on": certificate.training_starts_on,
        "training_ends_on": certificate.training_ends_on,
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


# Training groups --------------------------------------------------------------------------


class JoinError(ValidationError):
    """The join code is refused; the message says why, in words for the participant."""


class AttendanceError(ValidationError):
    """Attendance cannot be recorded; the message says why."""


def normalise_code(raw: str, *, length: int) -> str:
    """A code as typed (lower case, spaces, dashes) in its stored form; "" when it cannot be
    one (wrong length, letters the codes never use)."""
    code = "".join((raw or "").split()).replace("-", "").upper()[: length + 1]
    if len(code) != length or any(char not in CODE_ALPHABET for char in code):
        return ""
    return code


def group_for_join_code(code: str, *, today: date | None = None) -> TrainingGroup:
    """The group a join code opens. Refuses (JoinError) a code no group has, a group whose
    joining is closed or whose last day to join has passed, and a course not published."""
    from .models import JOIN_CODE_LENGTH

    normalised = normalise_code(code, length=JOIN_CODE_LENGTH)
    group = (
        TrainingGroup.objects.select_related("course").filter(join_code=normalised).first()
        if normalised
        else None
    )
    if group is None:
        raise JoinError(_("No training group has this code. Check it and try again."), code="wrong")
    if not group.joining_open:
        raise JoinError(_("Joining this training group is closed."), code="closed")
    if (today or timezone.localdate()) > group.last_join_day:
        raise JoinError(_("This join code has expired."), code="expired")
    if not group.course.live:
        raise JoinError(_("This course is not published."), code="not_live")
    return group


def _membership_get_or_create(*, group, user, added_by=None) -> tuple[GroupMembership, bool]:
    enrolment = _enrolment_get_or_create(user=user, course=group.course, enrolled_by=added_by)
    # The unique constraint settles parallel joins of one person (a double tap, a retry over
    # a slow connection): one membership, the others get it.
    return GroupMembership.objects.get_or_create(
        group=group, user=user, defaults={"enrolment": enrolment, "added_by": added_by}
    )


@transaction.atomic
def group_join(*, user, code: str) -> GroupMembership:
    """Enrol a participant in the course of the group whose join code they typed or scanned,
    and in the group, in one step; joining again changes nothing. The course's own enrolment
    key and closed enrolment do not apply: the join code is the trainer's invitation.
    Refuses wrong, closed and expired codes (JoinError)."""
    group = group_for_join_code(code)
    membership, _created = _membership_get_or_create(group=group, user=user)
    return membership


@dataclass
class ParticipantsResult:
    added: list = field(default_factory=list)
    already: list = field(default_factory=list)
    unknown_emails: list = field(default_factory=list)
    created: list = field(default_factory=list)  # accounts made for names without email


@transaction.atomic
def group_participants_add(
    *, group: TrainingGroup, emails: list[str], names: list[str], added_by
) -> ParticipantsResult:
    """Add participants on a trainer's behalf: existing accounts by email (unknown emails are
    reported, not created: such people join with the code), and people without email by
    name, for whom an account without email or password is made; they sign in with a
    one-time code from the sheet the trainer prints (sign_in_codes_issue)."""
    result = ParticipantsResult()
    wanted = {email.strip().lower(): email.strip() for email in emails if email.strip()}
    users = {
        user.email_lower: user
        for user in get_user_model()
        .objects.annotate(email_lower=Lower("email"))
        .filter(email_lower__in=list(wanted))
    }
    for email_lower, email in wanted.items():
        user = users.get(email_lower)
        if user is None:
            result.unknown_emails.append(email)
            continue
        _membership, created = _membership_get_or_create(group=group, user=user, added_by=added_by)
        (result.added if created else result.already).append(user)
    for name in names:
        name = " ".join(name.split())
        if not name:
            continue
        user = get_user_model().objects.create_user(
            username=f"p-{secrets.token_hex(5)}", email="", password=None
        )
        from lms.services import profile_update

        profile_update(user=user, data={"full_name": name})
        _membership_get_or_create(group=group, user=user, added_by=added_by)
        result.created.append(user)
        result.added.append(user)
    return result


SIGN_IN_CODE_LENGTH = 8


def _code_hash(code: str) -> str:
    import hashlib

    return hashlib.sha256(f"sign-in:{code}".encode()).hexdigest()


@transaction.atomic
def sign_in_codes_issue(*, group: TrainingGroup) -> list[tuple[str, str]]:
    """New one-time sign-in codes for the group's participants who have no email address, as
    (name, code) by name, for the sheet the trainer prints. Codes printed before stop working:
    only the newest sheet counts. Only the codes' hashes are stored."""
    memberships = (
        GroupMembership.objects.filter(group=group, user__email="")
        .select_related("user__profile")
        .order_by("user__profile__full_name")
    )
    sheet = []
    for membership in memberships:
        code = "".join(_random.choice(CODE_ALPHABET) for _ in range(SIGN_IN_CODE_LENGTH))
        SignInCode.objects.update_or_create(
            user=membership.user,
            defaults={"code_hash": _code_hash(code), "created_at": timezone.now()},
        )
        sheet.append((printed_name(membership.user), code))
    return sheet


@transaction.atomic
def sign_in_code_use(*, code: str):
    """The account a one-time sign-in code belongs to; the code is used up. Refuses codes that
    are wrong or used (JoinError). Staff accounts never sign in this way."""
    normalised = normalise_code(code, length=SIGN_IN_CODE_LENGTH)
    found = (
        SignInCode.objects.select_for_update()
        .select_related("user")
        .filter(code_hash=_code_hash(normalised))
        .first()
        if normalised
        else None
    )
    if found is None or found.user.is_staff or not found.user.is_active:
        raise JoinError(_("This sign-in code is not valid, or has been used."), code="wrong")
    user = found.user
    found.delete()
    return user


def _check_day(group: TrainingGroup, day: date):
    if day not in group.days:
        raise AttendanceError(_("That day is not a day of this training."), code="not_a_day")


@transaction.atomic
def attendance_record(
    *, group: TrainingGroup, day: date, present: set[int], recorded_by
) -> list[GroupMembership]:
    """The trainer's tick list for one day: exactly the participants in `present` (membership
    ids of the group) are recorded as present that day; ticks taken off are removed. Parallel
    submissions settle through the unique constraint (one row per person and day). Completes
    the enrolments whose group rule is now met. Refuses days outside the training and
    memberships of other groups (AttendanceError)."""
    _check_day(group, day)
    memberships = {m.pk: m for m in GroupMembership.objects.filter(group=group)}
    if not present <= memberships.keys():
        raise AttendanceError(_("Someone ticked is not in this group."), code="not_member")
    Attendance.objects.filter(membership__group=group, day=day).exclude(
        membership_id__in=present
    ).delete()
    Attendance.objects.bulk_create(
        [
            Attendance(
                membership_id=pk, day=day, method=Attendance.Method.TRAINER, recorded_by=recorded_by
            )
            for pk in sorted(present)
        ],
        ignore_conflicts=True,
    )
    _complete_by_attendance(group=group, membership_ids=present)
    return [memberships[pk] for pk in sorted(present)]


@transaction.atomic
def attendance_check_in(*, user, group: TrainingGroup, code: str, day: date | None = None):
    """A participant checks in with the day's code (shown by the trainer). Checking in again
    changes nothing. Refuses people not in the group, wrong codes and days outside the
    training (AttendanceError)."""
    day = day or timezone.localdate()
    _check_day(group, day)
    membership = GroupMembership.objects.filter(group=group, user=user).first()
    if membership is None:
        raise AttendanceError(_("Join the group first."), code="not_member")
    from .selectors.groups import DAY_CODE_LENGTH

    typed = normalise_code(code, length=DAY_CODE_LENGTH)
    if not typed or not constant_time_compare(typed, day_code(group, day)):
        raise AttendanceError(_("That is not today's code."), code="wrong_code")
    attendance, _created = Attendance.objects.get_or_create(
        membership=membership, day=day, defaults={"method": Attendance.Method.CHECK_IN}
    )
    _complete_by_attendance(group=group, membership_ids={membership.pk})
    return attendance


def _complete_by_attendance(*, group: TrainingGroup, membership_ids):
    if not group.needs_attendance or not membership_ids:
        return
    enrolments = Enrolment.objects.filter(
        group_memberships__pk__in=membership_ids, completed_at__isnull=True
    )
    for enrolment in enrolments:
        enrolment_update_completion(enrolment=enrolment, course=group.course)
