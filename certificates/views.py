from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET

from lms.ratelimit import rate_limit

from .models import normalise_code
from .selectors import can_download, certificate_by_code, verification_data

# Codes cannot be guessed (about 79 random bits), and limiting lookups per client keeps anyone
# from trying: one budget for the form, the page and the JSON together.
VERIFY_RATE = "30/m"
LOOKUPS = "certificate-lookups"


@require_GET
def check(request):
    """The page a certificate's QR code opens. It verifies the signed summary in the URL's
    fragment on the phone (certificates/static/certificates/check.js), offline too once it has
    been visited; the server never sees the fragment and makes no query."""
    return render(request, "certificates/check.html")


@require_GET
@cache_control(max_age=0, no_cache=True)
def check_service_worker(request):
    """The check page's own service worker. Its scope is /certificates/check/ (where it is
    served), so the guides' worker keeps the rest of the site."""
    return HttpResponse(
        render_to_string("certificates/check_sw.js", request=request),
        content_type="application/javascript; charset=utf-8",
    )


@require_GET
@rate_limit(group=LOOKUPS, rate=VERIFY_RATE)
def verify_form(request):
    raw = request.GET.get("code", "")
    error = False
    if raw:
        code = normalise_code(raw[:64])
        if code is not None:
            # The certificate in the form's language: the prefixed address when the form was.
            namespace = request.resolver_match.namespace or "certificates"
            return redirect(f"{namespace}:verify", code=code)
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


@never_cache
@require_GET
def status_json(request, code):
    """Whether the owner's certificate is ready to download, for the completion screen, which
    asks again every few seconds while the PDF is being rendered in the task queue. Only its
    owner and staff may ask (404 for anyone else, as for the download)."""
    certificate = certificate_by_code(code)
    if certificate is None or not can_download(user=request.user, certificate=certificate):
        return JsonResponse({"error": "not_found"}, status=404)
    return JsonResponse({"status": certificate.status, "ready": certificate.is_ready})


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
