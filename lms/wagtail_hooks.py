from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from . import admin_views


@hooks.register("register_admin_urls")
def register_security_urls():
    return [
        path("two-factor/", admin_views.two_factor_manage, name="lms_two_factor"),
        path("two-factor/setup/", admin_views.two_factor_setup, name="lms_two_factor_setup"),
        path("two-factor/verify/", admin_views.two_factor_verify, name="lms_two_factor_verify"),
        path("sign-in-security/", admin_views.signin_security, name="lms_signin_security"),
    ]


@hooks.register("register_account_menu_item")
def register_two_factor_account_item(request):
    return {
        "url": reverse("lms_two_factor"),
        "label": _("Two-step verification"),
        "help_text": _("A code from an app on your phone each time you sign in."),
    }


class SignInSecurityMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.UNLOCK_PERMISSION)


@hooks.register("register_settings_menu_item")
def register_signin_security_menu_item():
    return SignInSecurityMenuItem(
        _("Sign-in security"), reverse("lms_signin_security"), icon_name="lock", order=610
    )


@hooks.register("register_user_listing_buttons")
def unlock_button(user, request_user):
    if request_user.has_perm(admin_views.UNLOCK_PERMISSION):
        yield Button(
            _("Sign-in security"),
            reverse("lms_signin_security") + "?" + urlencode({"account": user.get_username()}),
            icon_name="lock",
            priority=90,
        )


@hooks.register("register_permissions")
def register_unlock_permission():
    return Permission.objects.filter(content_type__app_label="lms", codename="unlock_signin")
