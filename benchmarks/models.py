from wagtail.models import Page


class BarePage(Page):
    """The yardstick of the page benchmarks: a Wagtail page with no fields of its own, no
    context and a minimal template, placed at the same depth as the page it is compared with."""

    template = "benchmarks/bare_page.html"
