from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.images import get_image_model

        from lms.privacy import register_data_provider

        from .credentials import checks  # noqa: F401 - registers the signing key checks
        from .pdf.images import forget_image
        from .personal_data import certificates_provider

        image_model = get_image_model()
        post_save.connect(forget_image, sender=image_model, dispatch_uid="certificate_image_save")
        post_delete.connect(
            forget_image, sender=image_model, dispatch_uid="certificate_image_delete"
        )
        register_data_provider(certificates_provider)
