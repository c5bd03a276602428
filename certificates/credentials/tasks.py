from django.tasks import task


@task
def issue_credential_task(certificate_id: int):
    """Issue a certificate's verifiable credential in the background (immediately in
    development and tests)."""
    from ..models import Certificate
    from .services import credential_issue

    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is not None:
        credential_issue(certificate=certificate)
