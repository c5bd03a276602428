from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from lms.privacy import register_data_provider

        from .personal_data import courses_provider

        register_data_provider(courses_provider)
