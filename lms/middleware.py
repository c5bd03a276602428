from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

# Paths outside the language-prefixed URLs: their 404s are answers (an unknown certificate
# code, a page the API does not expose), not a sign that a language prefix is missing.
UNPREFIXED = ("/api/", "/certificates/", "/admin/", "/documents/", "/healthz", "/sitemap.xml")


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)
