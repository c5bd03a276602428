from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from lms.ratelimit import rate_limit

from .models import normalise_code
from .selectors import can_download, certificate_by_code, verification_data

# Codes cannot be guessed (about 79 random bits), and limiting lookups per client keeps anyone
# from trying: one budget for the form, the page and the JSON together.
VERIFY_RATE = "30/m"
LOOKUPS = "certificate-lookups"


@require_GET
@rate_limit(group=LOOKUPS, rate=VERIFY_RATE)
def verify_form(request):
    raw = request.GET.get("code", "")
    error = False
    if raw:
        code = normalise_code(raw[:64])
        if code is not None:
            return redirect("certificates:verify", code=code)
        error = True
    return render(request, "certificates/verify_form.html", {"code": raw[:64], "error": error})


@require_GET
@rate_limit(group=LOOKUPS, rate=VERIFY_RATE)
def verify(request, code):
    certificate = certificate_by_code(code)
    if certificate is None:
        response = render(request, "certificates/verify_not_found.html", {"code": code[:64]})
        response.status_code = 404
        return response
    return render(
        request,
        "certificates/verify.html",
        {"certificate": certificate, "data": verification_data(certificate)},
    )


@require_GET
@rate_limit(group=LOOKUPS, rate=VERIFY_RATE)
def verify_json(request, code):
    certificate = certificate_by_code(code)
    if certificate is None:
        return JsonResponse({"error": "not_found", "status": "not_found"}, status=404)
    return JsonResponse(verification_data(certificate))


@never_cache
@require_GET
def download(request, code):
    """The PDF, for its owner and staff. A revoked or replaced certificate is no longer served:
    they get a 410 that says why (and, for a replaced one, where the new one is)."""
    certificate = certificate_by_code(code)
    if certificate is None or not can_download(user=request.user, certificate=certificate):
        raise Http404
    if certificate.is_revoked or certificate.is_replaced:
        return render(
            request, "certificates/unavailable.html", {"certificate": certificate}, status=410
        )
    if not certificate.pdf:
        raise Http404
    return FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=f"certificate-{certificate.display_code}.pdf",
        content_type="application/pdf",
    )


@require_GET
@rate_limit(group=LOOKUPS, rate=VERIFY_RATE)
def credential_json(request, code):
    """The certificate's signed Open Badges 3.0 credential: public, like the verification page,
    and saying no more than it does."""
    certificate = certificate_by_code(code)
    if certificate is None:
        return JsonResponse({"error": "not_found", "status": "not_found"}, status=404)
    if certificate.withdrawn:
        return JsonResponse({"error": "withdrawn", "status": "withdrawn"}, status=410)
    credential = getattr(certificate, "credential", None)
    if credential is None:
        return JsonResponse({"error": "not_ready", "status": certificate.status}, status=404)
    return HttpResponse(credential.document, content_type="application/ld+json")
