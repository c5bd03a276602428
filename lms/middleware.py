from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

# Paths outside the language-prefixed URLs: their 404s are answers (an unknown certificate
# code, a page the API does not expose), not a sign that a language prefix is missing.
UNPREFIXED = ("/api/", "/certificates/", "/admin/", "/documents/", "/healthz", "/sitemap.xml")


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)


class StaffTwoFactorMiddleware:
    """Before the admin: staff who set up two-step verification enter a code once per session,
    and, with STAFF_TWO_FACTOR_REQUIRED, staff who have not set it up do so first. Sign-in,
    sign-out, password reset and the two-step pages themselves stay open. Needs django-otp's
    OTPMiddleware before it."""

    OPEN = {
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_password_reset",
        "wagtailadmin_password_reset_done",
        "wagtailadmin_password_reset_confirm",
        "wagtailadmin_password_reset_complete",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
        "lms_two_factor_verify",
        "lms_two_factor_setup",
    }

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        from django.contrib.auth.views import redirect_to_login

        from . import two_factor

        if not request.path_info.startswith("/admin/"):
            return None
        match = request.resolver_match
        if match is not None and match.url_name in self.OPEN:
            return None
        user = request.user
        if not two_factor.is_staff_account(user) or user.is_verified():
            return None
        if two_factor.has_two_factor(user):
            return redirect_to_login(request.get_full_path(), "lms_two_factor_verify")
        if two_factor.required():
            return redirect_to_login(request.get_full_path(), "lms_two_factor_setup")
        return None
