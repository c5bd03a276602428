"""The "pages" cache holds what is made from the page tree: anonymous guide pages, the language
switcher's links and course outlines. It is cleared whole whenever a page changes, so none of
them is ever out of date (it has its own store, so nothing else is lost)."""

from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(post_delete, sender=Page)
@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def clear_page_cache(sender, instance, **kwargs):
    """Readers must see a change to the pages at once."""
    caches["pages"].clear()


@receiver(post_save)
def clear_page_cache_on_page_save(sender, instance, **kwargs):
    """Saving a page clears it too: pages made live in code (add_child, imports) are never
    "published", and a draft's title shows in the admin's previews of a course."""
    if isinstance(instance, Page):
        caches["pages"].clear()
