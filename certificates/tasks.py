from django.tasks import task


@task
def render_certificate_task(certificate_id: int):
    """Render a certificate's PDF in the background (immediately in development and tests)."""
    from .models import Certificate
    from .services import certificate_render

    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is not None:
        certificate_render(certificate=certificate)
