"""Read-only content API (Wagtail API v2) for partner apps and messenger bots: published guide
pages only."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from .models import DestinationPage, GuideIndexPage, GuidePage

GUIDE_PAGE_TYPES = (GuideIndexPage, DestinationPage, GuidePage)


class GuidePagesAPIViewSet(PagesAPIViewSet):
    def get_base_queryset(self):
        return super().get_base_queryset().type(*GUIDE_PAGE_TYPES)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", GuidePagesAPIViewSet)
