from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class LmsConfig(AppConfig):
    default = True  # this module holds a second AppConfig (below)
    name = "lms"
    verbose_name = _("Site and accounts")

    def ready(self):
        from . import (
            signals,  # noqa: F401
            signin,  # noqa: F401  (connects the sign-in receivers)
        )
        from .account_data import account_provider
        from .csp import install_wagtail_nonces
        from .privacy import register_data_provider

        install_wagtail_nonces()
        register_data_provider(account_provider)


class LmsUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with our user views: opening a learner's account in the admin is
    written to the audit log."""

    user_viewset = "lms.admin_users.UserViewSet"
