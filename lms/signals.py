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
    """Readers must see a change to the published pages at once: drop the "pages" cache, which
    holds what is made from them (anonymous guide pages, the language switcher's links). It
    has its own store, so nothing else is lost."""
    caches["pages"].clear()
