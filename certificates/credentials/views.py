"""The issuer's public documents: its DID document and its status lists. They are the same for
everyone and say nothing about a certificate, so they are not rate-limited; they may be cached
for a few minutes."""

from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from ..models import StatusList
from .services import did_document, status_list_document

JSON_LD = "application/ld+json"


@require_GET
@cache_control(public=True, max_age=300)
def did_json(request):
    return JsonResponse(did_document(), content_type="application/did+json")


@require_GET
@cache_control(public=True, max_age=60)
def status_list(request, number):
    status_list = StatusList.objects.filter(number=number).first()
    if status_list is None:
        return JsonResponse({"error": "not_found"}, status=404)
    return HttpResponse(status_list_document(status_list), content_type=JSON_LD)
