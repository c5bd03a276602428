from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = _("Site and accounts")

    def ready(self):
        from . import (
            signals,  # noqa: F401
            signin,  # noqa: F401  (connects the sign-in receivers)
        )
        from .csp import install_wagtail_nonces

        install_wagtail_nonces()
