from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter

from . import admin_users, admin_views, privacy

hooks.register("before_delete_user", admin_users.refuse_learner_delete)
hooks.register("before_bulk_action", admin_users.refuse_learner_bulk_delete)


@hooks.register("register_admin_urls")
def register_security_urls():
    return [
        path("two-factor/", admin_views.two_factor_manage, name="lms_two_factor"),
        path("two-factor/setup/", admin_views.two_factor_setup, name="lms_two_factor_setup"),
        path("two-factor/verify/", admin_views.two_factor_verify, name="lms_two_factor_verify"),
        path("sign-in-security/", admin_views.signin_security, name="lms_signin_security"),
        path(
            "personal-data/<int:user_id>/",
            admin_views.personal_data,
            name="lms_personal_data",
        ),
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


@hooks.register("register_user_listing_buttons")
def personal_data_button(user, request_user):
    if request_user.has_perm(admin_views.PERSONAL_DATA_PERMISSION):
        yield Button(
            _("Personal data"),
            reverse("lms_personal_data", args=[user.pk]),
            icon_name="user",
            priority=95,
        )


@hooks.register("register_permissions")
def register_unlock_permission():
    return Permission.objects.filter(
        content_type__app_label="lms", codename__in=["unlock_signin", "manage_personal_data"]
    )


class ExportFormatter(LogFormatter):
    label = _("Export learner-level data")

    def format_message(self, log_entry):
        what = log_entry.data.get("what", "")
        query = log_entry.data.get("query", "")
        return _("Exported learner-level data: %(what)s") % {"what": what} + (
            f" ({query})" if query else ""
        )


@hooks.register("register_log_actions")
def register_personal_data_actions(actions):
    actions.register_action(
        privacy.VIEW_LEARNER, _("View a learner's data"), _("Viewed the learner's data")
    )
    actions.register_action(privacy.CLOSE_ACCOUNT, _("Close an account"), _("Closed the account"))
    actions.register_action(privacy.EXPORT_LEARNER_DATA)(ExportFormatter)
