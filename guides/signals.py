from django.core.cache import caches
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished


@receiver(page_published)
@receiver(page_unpublished)
def clear_page_cache(sender, instance, **kwargs):
    """Readers must see a published change at once: drop the cached anonymous pages (the page
    cache has its own store, so nothing else is lost)."""
    caches["pages"].clear()
