"""Views behind the course pages' subpage URLs (RoutablePageMixin) and "My learning": thin,
each parses its input, calls a service or a selector and renders or redirects. Routes that
change something refuse anything but POST (require_POST)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from certificates.selectors import certificates_for_user, current_certificate
from lms.ratelimit import rate_limit

from .forms import CheckInForm, JoinCodeForm, QuizAnswersForm, SignInCodeForm
from .models import QuizAttempt, TrainingGroup
from .selectors.access import course_access
from .selectors.dashboard import course_versions, dashboard_for_user
from .selectors.outline import lesson_navigation
from .selectors.quizzes import answers_visible, attempt_images, attempt_review, quiz_overview
from .services import (
    SUBMISSION_GRACE,
    AttendanceError,
    EnrolmentError,
    JoinError,
    ProgressError,
    QuizError,
    attendance_check_in,
    enrolment_create,
    enrolment_leave,
    group_for_join_code,
    group_join,
    lesson_mark_complete,
    quiz_attempt_expire,
    quiz_attempt_start,
    quiz_attempt_submit,
    sign_in_code_use,
)


@require_POST
def enrol(request, *, course):
    course_url = course.get_url(request)
    if not request.user.is_authenticated:
        return redirect_to_login(course_url)
    try:
        enrolment_create(user=request.user, course=course, key=request.POST.get("key", "")[:64])
    except EnrolmentError as error:
        messages.error(request, error.message)
        return redirect(course_url)
    messages.success(request, gettext("You are enrolled. Welcome to the course!"))
    return redirect(course_url)


@require_POST
def leave(request, *, course):
    if not request.user.is_authenticated:
        return redirect_to_login(course.get_url(request))
    enrolment = course_access(request=request, course=course).enrolment
    if enrolment is not None:
        enrolment_leave(enrolment=enrolment)
    return redirect(course.get_url(request))


@require_POST
def complete_lesson(request, *, lesson, course):
    if not request.user.is_authenticated:
        raise PermissionDenied
    try:
        progress = lesson_mark_complete(user=request.user, lesson=lesson, course=course)
    except ProgressError as error:
        messages.error(request, error.message)
        return redirect(lesson.get_url(request))
    next_page = lesson
    if request.POST.get("next") == "1":
        following = lesson_navigation(
            lesson=lesson, course=course, enrolment=progress.enrolment, request=request
        )
        if following["next_item"] is not None:
            return redirect(following["next_item"].url)
        next_page = course
    return redirect(next_page.get_url(request))


def missing_translation(request, *, catalogue, translation_key):
    """A course not (yet) in the catalogue's language: the notice, in that language, with the
    versions that exist, Russian and English first. Once translated, its page instead."""
    versions = course_versions(translation_key=translation_key)
    here = next((v for v in versions if v.locale_id == catalogue.locale_id), None)
    if here is not None:
        return redirect(here.get_url(request))
    if not versions:
        raise Http404
    return render(
        request,
        "courses/missing_translation.html",
        {"page": catalogue, "versions": versions, "title": versions[0].title},
    )


@login_required
def my_learning(request):
    locale = Locale.objects.filter(language_code=get_language()).first()
    rows = dashboard_for_user(user=request.user, locale=locale)
    certificates = certificates_for_user(user=request.user)
    for row in rows:
        row.certificate = certificates.get(row.enrolment.pk)
    return render(request, "courses/my_learning.html", {"rows": rows})


# A quiz submission is a few hundred bytes per question; anything far larger is not a browser
# sending a quiz.
MAX_QUIZ_POST_BYTES = 64 * 1024


def _own_attempt(request, quiz, attempt_id):
    attempt = QuizAttempt.objects.filter(
        pk=attempt_id, user=request.user, quiz_key=quiz.translation_key
    ).first()
    if attempt is None:
        raise Http404
    return attempt


def _subpage_url(request, page, name, *args):
    return page.get_url(request) + page.reverse_subpage(name, args=args)


def _result_url(request, quiz, attempt):
    return _subpage_url(request, quiz, "result", attempt.pk)


def _attempt_url(request, quiz, attempt):
    return _subpage_url(request, quiz, "attempt", attempt.pk)


@require_POST
def quiz_start(request, *, quiz, course):
    if not request.user.is_authenticated:
        return redirect_to_login(quiz.get_url(request))
    try:
        attempt = quiz_attempt_start(user=request.user, quiz=quiz, course=course)
    except QuizError as error:
        messages.error(request, error.message)
        return redirect(quiz.get_url(request))
    return redirect(_attempt_url(request, quiz, attempt))


def quiz_attempt(request, *, quiz, course, attempt_id):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    attempt = _own_attempt(request, quiz, attempt_id)
    if attempt.is_graded:
        return redirect(_result_url(request, quiz, attempt))
    status = 200
    if request.method == "POST":
        if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_QUIZ_POST_BYTES:
            return HttpResponse(
                gettext("The submission is too large."), status=413, content_type="text/plain"
            )
        final = "save" not in request.POST
        form = QuizAnswersForm(request.POST, attempt=attempt, require_all=final)
        if form.is_valid() or attempt.is_past_time_limit(grace=SUBMISSION_GRACE):
            outcome = quiz_attempt_submit(
                user=request.user,
                attempt_id=attempt.pk,
                answers=form.answers() if form.is_valid() else attempt.answers,
                final=final,
            )
            if outcome.timed_out:
                messages.warning(
                    request,
                    gettext(
                        "The time limit had passed: your answers were not accepted and the "
                        "attempt was graded as it was last saved."
                    ),
                )
            if outcome.attempt.is_graded:
                return redirect(_result_url(request, quiz, outcome.attempt))
            messages.success(request, gettext("Your answers are saved."))
            return redirect(_attempt_url(request, quiz, outcome.attempt))
        status = 400
    elif attempt.is_past_time_limit(grace=SUBMISSION_GRACE):
        quiz_attempt_expire(attempt=attempt)
        messages.warning(
            request, gettext("The time limit has passed: the attempt was graded as it stood.")
        )
        return redirect(_result_url(request, quiz, attempt))
    else:
        form = QuizAnswersForm(attempt=attempt)
    images = attempt_images(attempt=attempt)
    for field in form.fields.values():
        field.image = images.get(field.question.get("image_id"))
    return render(
        request,
        "courses/quiz_attempt.html",
        {"page": quiz, "course": course, "attempt": attempt, "form": form},
        status=status,
    )


def quiz_result(request, *, quiz, course, attempt_id):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    attempt = _own_attempt(request, quiz, attempt_id)
    if not attempt.is_graded:
        return redirect(_attempt_url(request, quiz, attempt))
    enrolment = course_access(request=request, course=course).enrolment
    overview = quiz_overview(user=request.user, quiz=quiz, course=course, enrolment=enrolment)
    used = len(overview["attempts"]) + (1 if overview["open_attempt"] else 0)
    show_review = answers_visible(attempt=attempt, used=used)
    # The moment of completion: this attempt passed a requirement and the course is complete
    # (passing it was the last step, or the learner comes back to it); the certificate leads.
    completed = bool(
        attempt.passed
        and attempt.counts_for_completion
        and enrolment is not None
        and enrolment.is_complete
    )
    return render(
        request,
        "courses/quiz_result.html",
        {
            "page": quiz,
            "course": course,
            "attempt": attempt,
            "completed": completed,
            "certificate": current_certificate(enrolment=enrolment) if completed else None,
            "review": attempt_review(attempt=attempt) if show_review else None,
            **overview,
        },
    )


# Training groups: joining by code, checking in, signing in with a one-time code. ----------


def _join_page(request, *, group=None, form=None, error="", status=200):
    from .selectors.groups import membership_for

    membership = membership_for(user=request.user, group=group) if group else None
    attended = set()
    if membership is not None:
        attended = {attendance.day for attendance in membership.attendances.all()}
    today = timezone.localdate()
    context = {
        "group": group,
        "form": form or JoinCodeForm(),
        "error": error,
        "membership": membership,
        "days": [(day, day in attended) for day in group.days] if membership else [],
        "attended": len(attended),
        "check_in_today": membership is not None and today in group.days and today not in attended,
        "check_in_form": CheckInForm(),
        "course_url": group.course.get_url(request) if group else None,
    }
    return render(request, "courses/group_join.html", context, status=status)


@rate_limit(group="group-join", rate="300/m")
def group_join_form(request):
    """Where a participant types the join code: valid codes lead to the group's join page."""
    form = JoinCodeForm(request.GET or None)
    if form.is_bound and form.is_valid():
        try:
            group = group_for_join_code(form.cleaned_data["code"])
        except JoinError as error:
            form.add_error("code", error.message)
            return _join_page(request, form=form, status=400)
        return redirect("group_join_code", code=group.join_code)
    return _join_page(request, form=form, status=400 if form.is_bound else 200)


@rate_limit(group="group-join", rate="300/m")
def group_join_page(request, code):
    """The page the QR code opens: the group, and a way to join it (after signing up or in);
    for a participant, their own days attended and today's check-in. POST joins."""
    try:
        group = group_for_join_code(code)
    except JoinError as error:
        # Participants keep their page (their attendance, the day's check-in) after joining
        # closes or the code expires.
        group = _own_group(request, code)
        if group is not None:
            return _join_page(request, group=group)
        form = JoinCodeForm(initial={"code": code[:20]})
        return _join_page(request, form=form, error=error.message, status=400)
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect_to_login(request.path)
        try:
            group_join(user=request.user, code=group.join_code)
        except (JoinError, EnrolmentError) as error:
            return _join_page(request, group=group, error=error.message, status=400)
        messages.success(request, gettext("You have joined the training. Welcome!"))
        return redirect("group_join_code", code=group.join_code)
    return _join_page(request, group=group)


def _own_group(request, code):
    """The group of this code, if the user is in it (whether or not joining is open)."""
    from .models import JOIN_CODE_LENGTH
    from .services import normalise_code

    normalised = normalise_code(code, length=JOIN_CODE_LENGTH)
    if not normalised or not request.user.is_authenticated:
        return None
    return (
        TrainingGroup.objects.select_related("course")
        .filter(join_code=normalised, memberships__user=request.user)
        .first()
    )


@require_POST
@rate_limit(group="group-check-in", rate="60/m")
def group_check_in(request, code):
    """A participant checks in for today with the code the trainer shows."""
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("group_join"))
    from .models import JOIN_CODE_LENGTH
    from .services import normalise_code

    normalised = normalise_code(code, length=JOIN_CODE_LENGTH)
    group = TrainingGroup.objects.select_related("course").filter(join_code=normalised).first()
    if not normalised or group is None:
        raise Http404
    form = CheckInForm(request.POST)
    if not form.is_valid():
        return _join_page(request, group=group, error=gettext("Type today's code."), status=400)
    try:
        attendance_check_in(user=request.user, group=group, code=form.cleaned_data["code"])
    except AttendanceError as error:
        return _join_page(request, group=group, error=error.message, status=400)
    messages.success(request, gettext("You are checked in for today."))
    return redirect("group_join_code", code=group.join_code)


@rate_limit(group="code-sign-in", rate="30/m")
def code_sign_in(request):
    """Sign in once with the code on the slip a trainer handed out (for people without
    email). The code is used up; the participant can then set a password in their profile."""
    from django.contrib.auth import login

    form = SignInCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = sign_in_code_use(code=form.cleaned_data["code"])
        except JoinError as error:
            form.add_error("code", error.message)
        else:
            login(request, user, backend="lms.auth.UsernameOrEmailBackend")
            messages.success(request, gettext("You are signed in."))
            return redirect("my_learning")
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "courses/code_sign_in.html", {"form": form}, status=status)
