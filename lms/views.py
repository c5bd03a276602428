from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import DatabaseError, connection
from django.http import FileResponse, Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import Resolver404, resolve, translate_url
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from wagtail.admin.views import account as wagtail_account

from . import privacy, signin
from .errors import too_many_requests, wait_message
from .forms import PROFILE_FIELDS, CloseAccountForm, ProfileForm, SignInForm, SignUpForm
from .models import ConsentEvent, Profile
from .services import consent_set, profile_update, user_sign_up


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
    # The language of the page signed up on is the likeliest preference: offered first.
    form = SignUpForm(request.POST or None, initial={"preferred_language": request.LANGUAGE_CODE})
    if request.method == "POST" and form.is_valid():
        seconds = signin.sign_up_wait(request)
        if seconds:
            form.add_error(
                None,
                _("Too many accounts were created from this connection.")
                + " "
                + wait_message(seconds),
            )
            response = render(request, "registration/sign_up.html", {"form": form}, status=429)
            response["Retry-After"] = str(seconds)
            return response
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


@never_cache
@login_required
def my_data(request):
    """What we hold about the learner and why, their consent, their download and the way to
    close the account."""
    profile = Profile.objects.filter(user=request.user).first()
    context = {
        "profile": profile,
        "held": privacy.records_held(user=request.user),
        "consent_events": list(ConsentEvent.objects.filter(user=request.user)),
        "export": privacy.latest_data_export(user=request.user),
        "retention_days": settings.ACCOUNT_RETENTION_DAYS,
        "link_hours": settings.PERSONAL_DATA_EXPORT_LINK_HOURS,
    }
    return render(request, "registration/my_data.html", context)


@require_POST
@login_required
def my_data_export(request):
    privacy.data_export_request(user=request.user)
    messages.success(
        request, _("Your download is being prepared. It appears on this page when it is ready.")
    )
    return redirect("my_data")


@never_cache
@require_GET
@login_required
def my_data_download(request, token):
    export = privacy.data_export_for_download(user=request.user, token=token)
    if export is None:
        raise Http404
    return FileResponse(
        export.file.open("rb"),
        as_attachment=True,
        filename=f"my-data-{export.ready_at:%Y-%m-%d}.zip",
        content_type="application/zip",
    )


@require_POST
@login_required
def my_data_consent(request):
    given = request.POST.get("consent")
    if given not in ("give", "withdraw"):
        return HttpResponseBadRequest(_("Choose to give or to withdraw your consent."))
    consent_set(user=request.user, given=given == "give")
    if given == "give":
        messages.success(request, _("Thank you. Your profile facts are used in programme reports."))
    else:
        messages.success(
            request, _("Your consent is withdrawn. Reports count you under “not shared”.")
        )
    return redirect("my_data")


@never_cache
@login_required
def close_account(request):
    held = {item.key: item.count for item in privacy.records_held(user=request.user)}
    if not privacy.can_be_closed(request.user):
        return render(request, "registration/close_account_staff.html", status=403)
    form = CloseAccountForm(
        request.POST or None,
        request=request,
        has_certificates=held.get("certificates", 0) > 0,
    )
    if request.method == "POST" and form.is_valid():
        privacy.account_close(user=request.user, keep_certificates=form.keep_certificates)
        logout(request)
        return redirect("account_closed")
    return render(request, "registration/close_account.html", {"form": form})


def account_closed(request):
    return render(request, "registration/account_closed.html")
