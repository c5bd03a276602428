from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PublicPagesSitemap(Sitemap):
    """Every public page in every language (Wagtail's own sitemap covers one language's tree).
    The modules, lessons and quizzes of courses that are not public are left out."""

    def items(self):
        from courses.models import CoursePage

        private = Q()
        for path, depth in CoursePage.objects.filter(is_public=False).values_list("path", "depth"):
            private |= Q(path__startswith=path, depth__gt=depth)
        pages = Page.objects.live().public().filter(depth__gt=1)
        if private:
            pages = pages.exclude(private)
        return pages.order_by("path").defer_streamfields().specific()
