"""Backup codes made before they were hashed (lms.two_factor) are replaced by their hashes, so
that they keep working and no plain code stays in the database. Hashes are 16 characters,
plain codes 8: those are the ones changed."""

from django.db import migrations
from django.db.models.functions import Length


def hash_plain_codes(apps, schema_editor):
    from lms.two_factor import backup_code_hash

    StaticToken = apps.get_model("otp_static", "StaticToken")
    for token in StaticToken.objects.annotate(length=Length("token")).exclude(length=16):
        token.token = backup_code_hash(token.token)
        token.save(update_fields=["token"])


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0006_personal_data"),
        ("otp_static", "0003_add_timestamps"),
    ]

    operations = [migrations.RunPython(hash_plain_codes, migrations.RunPython.noop)]
