from django.urls import path, re_path

from . import views
from .credentials import views as credential_views

app_name = "certificates"

urlpatterns = [
    path("check/", views.check, name="check"),
    path("check/sw.js", views.check_service_worker, name="check_service_worker"),
    path("verify/", views.verify_form, name="verify_form"),
    # A code is at most 64 characters of anything here; the view decides whether it is one.
    re_path(r"^verify/(?P<code>[^/]{1,64})\.json$", views.verify_json, name="verify_json"),
    re_path(r"^verify/(?P<code>[^/]{1,64})/$", views.verify, name="verify"),
    re_path(
        r"^verify/(?P<code>[^/]{1,64})/credential\.json$",
        views.credential_json,
        name="credential",
    ),
    path("status/<int:number>.json", credential_views.status_list, name="status_list"),
    re_path(r"^(?P<code>[^/]{1,64})/status\.json$", views.status_json, name="status"),
    re_path(r"^(?P<code>[^/]{1,64})/download/$", views.download, name="download"),
]
