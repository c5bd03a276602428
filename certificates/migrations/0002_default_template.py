from django.db import migrations


def create_default_template(apps, schema_editor):
    CertificateTemplate = apps.get_model("certificates", "CertificateTemplate")
    if not CertificateTemplate.objects.filter(is_default=True).exists():
        CertificateTemplate.objects.create(
            name="Default",
            is_default=True,
            title="Certificate of completion",
            body="has completed the course {course} ({hours} hours) on {date}.",
            issuer="Migration and Social Work Learning programme",
        )


class Migration(migrations.Migration):
    dependencies = [("certificates", "0001_initial")]

    operations = [migrations.RunPython(create_default_template, migrations.RunPython.noop)]
