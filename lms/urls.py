from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from certificates.credentials import views as credential_views
from courses import views as course_views
from guides import views as guide_views
from guides.api import api_router

from . import views
from .sitemaps import PublicPagesSitemap

handler400 = "lms.errors.bad_request"
handler403 = "lms.errors.permission_denied"
handler404 = "lms.errors.page_not_found"
handler500 = "lms.errors.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    # Wagtail's own sign-in and password reset, with lockout and throttling (lms.signin).
    path("admin/login/", views.AdminSignInView.as_view(), name="wagtailadmin_login"),
    path(
        "admin/password_reset/",
        views.AdminPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", set_language, name="set_language"),
    path("certificates/", include("certificates.urls")),
    path(".well-known/did.json", credential_views.did_json, name="did_document"),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PublicPagesSitemap}}, name="sitemap"),
    path("sw.js", guide_views.service_worker, name="service_worker"),
]

urlpatterns += i18n_patterns(
    path("accounts/sign-up/", views.sign_up, name="sign_up"),
    path("accounts/profile/", views.profile, name="profile"),
    path("accounts/my-data/", views.my_data, name="my_data"),
    path("accounts/my-data/export/", views.my_data_export, name="my_data_export"),
    path(
        "accounts/my-data/download/<str:token>/",
        views.my_data_download,
        name="my_data_download",
    ),
    path("accounts/my-data/consent/", views.my_data_consent, name="my_data_consent"),
    path("accounts/close/", views.close_account, name="close_account"),
    path("accounts/closed/", views.account_closed, name="account_closed"),
    path("accounts/login/", views.SignInView.as_view(), name="login"),
    path("accounts/password_reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("my-learning/", course_views.my_learning, name="my_learning"),
    path("join/", course_views.group_join_form, name="group_join"),
    path("join/<str:code>/", course_views.group_join_page, name="group_join_code"),
    path("join/<str:code>/check-in/", course_views.group_check_in, name="group_check_in"),
    path("accounts/code/", course_views.code_sign_in, name="code_sign_in"),
    # The verification pages in each language too, so that their language switcher has an
    # address per language; the unprefixed ones stay the printed (QR) addresses.
    path("certificates/", include("certificates.urls", namespace="certificates-localized")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
