"""Admin views for account security: two-step verification (set up, verify, manage) and the
staff page that unlocks a locked-out account or resets someone's two-step verification."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice
from wagtail.log_actions import log

from . import privacy, signin, two_factor
from .errors import wait_message
from .forms import StaffCloseAccountForm
from .models import Profile

UNLOCK_PERMISSION = "lms.unlock_signin"


class TokenForm(forms.Form):
    token = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=32,
        help_text=gettext_lazy(
            "The six digits your authenticator app shows, or one of your backup codes."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}
        ),
    )

    def code(self) -> str:
        return self.cleaned_data["token"]


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def _with_next(name: str, request) -> str:
    return reverse(name) + "?" + urlencode({"next": _next_url(request)})


@never_cache
@sensitive_post_parameters("token")
def two_factor_verify(request):
    """The second step after the password, for staff who set up two-step verification. Wrong
    codes count towards the account's sign-in lockout."""
    user = request.user
    if not two_factor.has_two_factor(user):
        return redirect(_with_next("lms_two_factor_setup", request))
    if user.is_verified():
        return redirect(_next_url(request))
    form = TokenForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        seconds = signin.lockout_seconds(request, user)
        device = None if seconds else two_factor.two_factor_check(user=user, token=form.code())
        if device is not None:
            request.session.cycle_key()
            otp_login(request, device)
            signin.reset_account(user)
            if isinstance(device, StaticDevice):
                messages.warning(
                    request,
                    _("You used a backup code; %(count)d are left. Make new ones if few remain.")
                    % {"count": two_factor.backup_codes_left(user)},
                )
            return redirect(_next_url(request))
        if not seconds:
            signin.record_failure(request, user)
            seconds = signin.lockout_seconds(request, user)
        if seconds:
            form.add_error(None, signin.lockout_message(seconds))
            status = 429
        else:
            # Shown above the form, as on the sign-in page.
            form.add_error(None, _("This code is not right. Check the time on your phone."))
    response = render(
        request,
        "lms/admin/two_factor_verify.html",
        {"form": form, "next": _next_url(request)},
        status=status,
    )
    if status == 429:
        response["Retry-After"] = str(seconds)
    return response


@never_cache
@sensitive_post_parameters("token")
def two_factor_setup(request):
    """Scan a QR code drawn here, type the code the app shows, and get the backup codes, once."""
    user = request.user
    if two_factor.has_two_factor(user) and not user.is_verified():
        return redirect(_with_next("lms_two_factor_verify", request))
    device = two_factor.two_factor_enrolment_start(user=user)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = two_factor.two_factor_enrolment_confirm(user=user, device=device, token=form.code())
        if codes is not None:
            request.session.cycle_key()
            device.refresh_from_db()
            otp_login(request, device)
            return render(
                request,
                "lms/admin/two_factor_backup_codes.html",
                {"codes": codes, "next": _next_url(request), "standalone": True},
            )
        form.add_error(None, _("This code is not right. Scan the QR code again and retry."))
    secret = device.config_url.split("secret=")[1].split("&")[0]
    return render(
        request,
        "lms/admin/two_factor_setup.html",
        {
            "form": form,
            "qr_svg": two_factor.qr_svg(device.config_url),
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "next": _next_url(request),
            "required": two_factor.required(),
        },
    )


@never_cache
def two_factor_manage(request):
    """The staff member's own two-step verification: status, new backup codes, turning off
    (when it is not required)."""
    user = request.user
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "backup_codes" and two_factor.has_two_factor(user):
            codes = two_factor.backup_codes_regenerate(user=user)
            return render(
                request,
                "lms/admin/two_factor_backup_codes.html",
                {"codes": codes, "next": reverse("lms_two_factor"), "standalone": False},
            )
        if action == "disable" and not two_factor.required():
            two_factor.two_factor_disable(user=user)
            messages.success(request, _("Two-step verification is turned off."))
        return redirect("lms_two_factor")
    return render(
        request,
        "lms/admin/two_factor_manage.html",
        {
            "page_title": _("Two-step verification"),
            "header_icon": "lock",
            "enabled": two_factor.has_two_factor(user),
            "backup_codes_left": two_factor.backup_codes_left(user),
            "required": two_factor.required(),
        },
    )


class SignInSecurityForm(forms.Form):
    account = forms.CharField(
        label=gettext_lazy("Account (username or email)"), max_length=254, required=False
    )
    address = forms.GenericIPAddressField(label=gettext_lazy("Client address (IP)"), required=False)


@never_cache
def signin_security(request):
    """For staff with the "unlock sign-in" permission: look an account or a client address
    up, unlock it, or reset an account's two-step verification (after a lost phone; only
    superusers may do that for a superuser)."""
    if not request.user.has_perm(UNLOCK_PERMISSION):
        raise PermissionDenied
    form = SignInSecurityForm(request.POST or request.GET or None)
    context = {"form": form, "page_title": _("Sign-in security"), "header_icon": "lock"}
    if form.is_valid():
        account, address = form.cleaned_data["account"], form.cleaned_data["address"]
        user = _user_named(account) if account else None
        if request.method == "POST":
            action = request.POST.get("action")
            return _signin_security_action(request, action, account, user, address)
        if account:
            status = signin.account_status(user or account)
            context["account_status"] = {**status, "wait": _wait(status), "user": user}
            if user is not None:
                context["account_status"]["two_factor"] = two_factor.has_two_factor(user)
        if address:
            status = signin.address_status(address)
            context["address_status"] = {**status, "wait": _wait(status)}
    return render(request, "lms/admin/signin_security.html", context)


def _user_named(typed):
    User = get_user_model()
    lookup = {"email__iexact": typed} if "@" in typed else {"username": typed}
    return User.objects.filter(**lookup).first()


def _wait(status) -> str:
    return wait_message(status["locked_for"]) if status["locked_for"] else ""


def _signin_security_action(request, action, account, user, address):
    query = {key: value for key, value in (("account", account), ("address", address)) if value}
    if action == "unlock" and account:
        signin.reset_account(user or account)
        messages.success(request, _("The account %(account)s is unlocked.") % {"account": account})
    elif action == "unlock" and address:
        signin.reset_address(address)
        messages.success(request, _("The address %(address)s is unlocked.") % {"address": address})
    elif action == "reset_two_factor" and user is not None:
        if user.is_superuser and not request.user.is_superuser:
            raise PermissionDenied
        two_factor.two_factor_disable(user=user)
        messages.success(
            request,
            _(
                "Two-step verification of %(account)s is reset: they set it up again at "
                "their next sign-in."
            )
            % {"account": account},
        )
    return redirect(reverse("lms_signin_security") + "?" + urlencode(query))


PERSONAL_DATA_PERMISSION = "lms.manage_personal_data"


def personal_data(request, user_id):
    """For staff with the "personal data" permission, at a learner's request: see what is
    held about them, download all of it, or close the account. Each of these is written to
    the audit log."""
    if not request.user.has_perm(PERSONAL_DATA_PERMISSION):
        raise PermissionDenied
    learner = get_object_or_404(get_user_model(), pk=user_id)
    can_close = privacy.can_be_closed(learner)
    form = StaffCloseAccountForm(request.POST or None)
    if request.method == "POST" and can_close and form.is_valid():
        privacy.account_close(
            user=learner, keep_certificates=form.keep_certificates, closed_by=request.user
        )
        messages.success(request, _("The account is closed and its personal data erased."))
        return redirect("lms_personal_data", user_id=learner.pk)
    if learner.closed_at is None and request.GET.get("download") == "zip":
        content = privacy.data_export_build(user=learner)
        log(
            instance=learner,
            action=privacy.EXPORT_LEARNER_DATA,
            user=request.user,
            data={"what": "personal data (ZIP)"},
        )
        response = HttpResponse(content, content_type="application/zip")
        response["Content-Disposition"] = f'attachment; filename="learner-{learner.pk}.zip"'
        return response
    if learner.closed_at is None and request.method == "GET":
        log(instance=learner, action=privacy.VIEW_LEARNER, user=request.user)
    context = {
        "learner": learner,
        "profile": Profile.objects.filter(user=learner).first(),
        "held": privacy.records_held(user=learner) if learner.closed_at is None else [],
        "form": form,
        "can_close": can_close,
        "page_title": _("Personal data"),
        "page_subtitle": "" if learner.closed_at else str(learner),
        "header_icon": "user",
    }
    return render(request, "lms/admin/personal_data.html", context)
