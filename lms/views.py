from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import Resolver404, resolve, translate_url
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.admin.views import account as wagtail_account

from . import signin
from .errors import too_many_requests, wait_message
from .forms import PROFILE_FIELDS, ProfileForm, SignInForm, SignUpForm
from .models import Profile
from .services import profile_update, user_sign_up


@never_cache
@require_GET
def healthz(request):
    """200 when the database answers, 503 otherwise: for load balancers and monitors."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def sign_up(request):
    if request.user.is_authenticated:
        return redirect("my_learning")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        user = user_sign_up(
            email=data["email"],
            password=data["password1"],
            profile={name: data[name] for name in PROFILE_FIELDS},
        )
        login(request, user, backend="lms.auth.UsernameOrEmailBackend")
        messages.success(request, _("Welcome! Your account is ready."))
        response = redirect(request.GET.get("next") if _is_safe_next(request) else "my_learning")
        return in_preferred_language(response, user=user)
    return render(request, "registration/sign_up.html", {"form": form})


def _is_safe_next(request):
    from django.utils.http import url_has_allowed_host_and_scheme

    target = request.GET.get("next")
    return bool(target) and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )


@login_required
def profile(request):
    instance = Profile.objects.filter(user=request.user).first()
    form = ProfileForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        profile_update(
            user=request.user, data={name: form.cleaned_data[name] for name in PROFILE_FIELDS}
        )
        messages.success(request, _("Your profile is saved."))
        return redirect("profile")
    return render(request, "registration/profile.html", {"form": form})


def rate_limited(request, exception):
    """Too many requests from one client (django-ratelimit's own decorator, which does not say
    for how long): 429, with JSON for JSON clients."""
    return too_many_requests(request, retry_after=60)


class LockoutStatusMixin:
    """Sign-in views: a locked-out attempt answers 429 with Retry-After, on the same page."""

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.locked_out_for:
            response.status_code = 429
            response["Retry-After"] = str(form.locked_out_for)
        return response


class SignInView(LockoutStatusMixin, auth_views.LoginView):
    form_class = SignInForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        return in_preferred_language(response, user=form.get_user())


def in_preferred_language(response, *, user):
    """Send a learner who just signed in (or up) on in the language of their profile: the
    redirect's address in that language, and the language cookie set, so that the next visit
    to "/" opens in it too. A page of the site (a course the learner was reading) stays as it
    is: its translation may not exist, and the learner chose it. One query (the profile)."""
    language = (
        Profile.objects.filter(user=user).values_list("preferred_language", flat=True).first()
    )
    if language not in dict(settings.LANGUAGES):
        return response
    location = response.get("Location")
    if location:
        try:
            match = resolve(urlsplit(location).path)
        except Resolver404:
            match = None
        if match is not None and match.url_name != "wagtail_serve":
            response["Location"] = translate_url(location, language)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


class AdminSignInView(LockoutStatusMixin, wagtail_account.LoginView):
    """Wagtail's sign-in page and template, with the lockout's message and status."""


class PasswordResetThrottleMixin:
    """Password reset mail is limited per client address and per email address typed
    (lms.signin); beyond, the form says when to try again and answers 429."""

    def form_valid(self, form):
        seconds = signin.password_reset_wait(self.request, form.cleaned_data["email"])
        if not seconds:
            return super().form_valid(form)
        form.add_error(None, _("Too many password reset requests.") + " " + wait_message(seconds))
        response = self.form_invalid(form)
        response.status_code = 429
        response["Retry-After"] = str(seconds)
        return response


class PasswordResetView(PasswordResetThrottleMixin, auth_views.PasswordResetView):
    pass


class AdminPasswordResetView(PasswordResetThrottleMixin, wagtail_account.PasswordResetView):
    pass
