from django.apps import AppConfig


class BenchmarksConfig(AppConfig):
    """Installed only by benchmarks/settings.py, for the page benchmarks' bare Wagtail page."""

    name = "benchmarks"
    default_auto_field = "django.db.models.BigAutoField"
