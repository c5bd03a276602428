from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from certificates.selectors import certificates_for_user

from .forms import QuizAnswersForm
from .models import QuizAttempt
from .selectors import (
    answers_visible,
    attempt_images,
    attempt_review,
    dashboard_for_user,
    enrolment_for,
    lesson_navigation,
    quiz_overview,
)
from .services import (
    SUBMISSION_GRACE,
    EnrolmentError,
    ProgressError,
    QuizError,
    enrolment_create,
    enrolment_leave,
    lesson_mark_complete,
    quiz_attempt_expire,
    quiz_attempt_start,
    quiz_attempt_submit,
)


@require_POST
def enrol(request, *, course):
    if not request.user.is_authenticated:
        return redirect_to_login(course.url)
    try:
        enrolment_create(user=request.user, course=course, key=request.POST.get("key", "")[:64])
    except EnrolmentError as error:
        messages.error(request, error.message)
        return redirect(course.url)
    messages.success(request, gettext("You are enrolled. Welcome to the course!"))
    return redirect(course.url)


@require_POST
def leave(request, *, course):
    if not request.user.is_authenticated:
        return redirect_to_login(course.url)
    enrolment = enrolment_for(user=request.user, course=course)
    if enrolment is not None:
        enrolment_leave(enrolment=enrolment)
    return redirect(course.url)


def complete_lesson(request, *, lesson, course):
    try:
        lesson_mark_complete(user=request.user, lesson=lesson, course=course)
    except ProgressError as error:
        messages.error(request, error.message)
        return redirect(lesson.url)
    next_url = lesson.url
    if request.POST.get("next") == "1":
        enrolment = enrolment_for(user=request.user, course=course)
        following = lesson_navigation(lesson=lesson, course=course, enrolment=enrolment)
        next_url = (following["next_lesson"] or course).url
    return redirect(next_url)


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


def _result_url(quiz, attempt):
    return quiz.url + f"attempts/{attempt.pk}/result/"


def _attempt_url(quiz, attempt):
    return quiz.url + f"attempts/{attempt.pk}/"


def quiz_start(request, *, quiz, course):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(quiz.url)
    try:
        attempt = quiz_attempt_start(user=request.user, quiz=quiz, course=course)
    except QuizError as error:
        messages.error(request, error.message)
        return redirect(quiz.url)
    return redirect(_attempt_url(quiz, attempt))


def quiz_attempt(request, *, quiz, course, attempt_id):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    attempt = _own_attempt(request, quiz, attempt_id)
    if attempt.is_graded:
        return redirect(_result_url(quiz, attempt))
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
                return redirect(_result_url(quiz, outcome.attempt))
            messages.success(request, gettext("Your answers are saved."))
            return redirect(_attempt_url(quiz, outcome.attempt))
        status = 400
    elif attempt.is_past_time_limit(grace=SUBMISSION_GRACE):
        quiz_attempt_expire(attempt=attempt)
        messages.warning(
            request, gettext("The time limit has passed: the attempt was graded as it stood.")
        )
        return redirect(_result_url(quiz, attempt))
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
        return redirect(_attempt_url(quiz, attempt))
    overview = quiz_overview(user=request.user, quiz=quiz, course=course)
    used = len(overview["attempts"]) + (1 if overview["open_attempt"] else 0)
    show_review = answers_visible(attempt=attempt, used=used)
    return render(
        request,
        "courses/quiz_result.html",
        {
            "page": quiz,
            "course": course,
            "attempt": attempt,
            "review": attempt_review(attempt=attempt) if show_review else None,
            **overview,
        },
    )
