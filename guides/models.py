from django.db import models
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from lms.routing import TreeRoutingMixin

from .blocks import GuideBodyBlock, SourceBlock

# How long a proxy, a CDN or our own page cache may keep an anonymous guide page.
GUIDE_CACHE_SECONDS = 600


class Topic(models.TextChoices):
    BEFORE_YOU_LEAVE = "before_you_leave", _("Before you leave")
    DOCUMENTS = "documents", _("Documents and legal stay")
    WORK_AND_RIGHTS = "work_rights", _("Work contracts and rights")
    FRAUD_TRAFFICKING = "fraud_trafficking", _("Recruitment fraud and trafficking")
    EXTREMIST_RECRUITMENT = (
        "extremist_recruitment",
        _("Extremist recruitment: warning signs and where to turn"),
    )
    MONEY = "money", _("Money and remittances")
    HEALTH = "health", _("Health and psycho-social wellbeing")
    FAMILY = "family", _("The family left behind")
    COMING_HOME = "coming_home", _("Coming home")
    EMERGENCY = "emergency", _("Emergency contacts")


class TranslationFallbackMixin:
    def translation_fallback_urls(self, request):
        """Where the language switcher sends readers of languages this page is not translated
        into: a notice in their language listing the languages it exists in. One query."""
        return {
            hub.locale.language_code: hub.get_url(request)
            + hub.reverse_subpage("missing", args=[self.translation_key])
            for hub in GuideIndexPage.objects.live().select_related("locale")
        }


class PublicCachedPageMixin:
    """Anonymous readers get a response that proxies, CDNs and the site's page cache may keep
    (`Cache-Control: public`, Last-Modified); signed-in readers get a private one."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            if request.user.is_authenticated:
                patch_cache_control(response, private=True, no_cache=True)
            else:
                patch_cache_control(response, public=True, max_age=GUIDE_CACHE_SECONDS)
                if self.last_published_at:
                    response.headers.setdefault(
                        "Last-Modified", http_date(self.last_published_at.timestamp())
                    )
            patch_vary_headers(response, ["Cookie"])
            # The service worker keeps pages marked so for offline reading.
            response["X-Offline-Cacheable"] = "1"
        return response


class GuideIndexPage(PublicCachedPageMixin, RoutablePageMixin, TreeRoutingMixin, Page):
    """The guide hub of one language: destinations, topics and search."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["lms.HomePage"]
    subpage_types = ["guides.DestinationPage", "guides.GuidePage"]

    class Meta:
        verbose_name = _("guide hub")

    def get_context(self, request, *args, **kwargs):
        from .selectors import guide_hub

        context = super().get_context(request, *args, **kwargs)
        context.update(guide_hub(hub=self))
        return context

    @path("")
    def hub(self, request):
        return self.render(request)

    @path("search/")
    def search(self, request):
        from .views import search

        return search(request, hub=self)

    @path("missing/<uuid:translation_key>/")
    def missing(self, request, translation_key):
        from .views import missing_translation

        return missing_translation(request, hub=self, translation_key=translation_key)

    @path("offline/")
    def offline(self, request):
        from .views import offline

        return offline(request, hub=self)


class DestinationPage(
    TranslationFallbackMixin, PublicCachedPageMixin, RoutablePageMixin, TreeRoutingMixin, Page
):
    """A destination country and its guides."""

    country_code = models.CharField(
        _("country code"), max_length=2, help_text=_("ISO 3166 code, e.g. RU, KR, TR.")
    )
    intro = models.TextField(_("introduction"), blank=True, max_length=1000)

    content_panels = [*Page.content_panels, FieldPanel("country_code"), FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("country_code"), APIField("intro")]

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = ["guides.GuidePage"]

    class Meta:
        verbose_name = _("destination")

    def get_context(self, request, *args, **kwargs):
        from .selectors import destination_guides

        context = super().get_context(request, *args, **kwargs)
        context.update(destination_guides(destination=self))
        return context

    @path("")
    def destination(self, request):
        return self.render(request)

    @path("booklet/")
    def booklet(self, request):
        from .views import booklet

        return booklet(request, page=self)


class GuidePage(
    TranslationFallbackMixin, PublicCachedPageMixin, RoutablePageMixin, TreeRoutingMixin, Page
):
    """A practical guide on one topic, for one destination or for everyone."""

    topic = models.CharField(_("topic"), max_length=32, choices=Topic.choices)
    summary = models.TextField(_("summary"), max_length=500)
    body = StreamField(GuideBodyBlock(), verbose_name=_("body"))
    last_reviewed = models.DateField(_("last reviewed on"))
    reviewed_by = models.CharField(_("reviewed by"), max_length=200)
    sources = StreamField([("source", SourceBlock())], verbose_name=_("sources"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("topic"),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("reviewed_by"), FieldPanel("sources")],
            heading=_("Review and sources"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("topic"),
        index.FilterField("locale_id"),
    ]
    api_fields = [
        APIField("topic"),
        APIField("summary"),
        APIField("body"),
        APIField("last_reviewed"),
        APIField("reviewed_by"),
        APIField("sources"),
    ]

    parent_page_types = ["guides.DestinationPage", "guides.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    def get_context(self, request, *args, **kwargs):
        from .selectors import guide_context

        context = super().get_context(request, *args, **kwargs)
        context.update(guide_context(guide=self))
        return context

    @path("")
    def guide(self, request):
        return self.render(request)

    @path("pdf/")
    def pdf(self, request):
        from .views import booklet

        return booklet(request, page=self)
