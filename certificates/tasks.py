from django.tasks import task


@task
def render_certificate_task(certificate_id: int):
    """Sign a new certificate's verifiable credential, then render its PDF, which carries the
    credential and the signed summary in its QR code; in the background (immediately in
    development and tests). Without a signing key the PDF is rendered all the same."""
    from .credentials.services import credential_issue_if_configured
    from .models import Certificate
    from .services import certificate_render

    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is not None:
        credential_issue_if_configured(certificate=certificate)
        certificate_render(certificate=certificate)
