"""Programme staff: the people who report to donors. They read the admin's reports, enrolments
and certificates, and change nothing: no page, quiz or learner record."""

from django.db import migrations

PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("courses", "quizattempt", "view_quizattempt"),
    ("courses", "enrolment", "view_enrolment"),
    ("certificates", "certificate", "view_certificate"),
]


def create_group(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group, _created = Group.objects.get_or_create(name="Programme staff")
    for app_label, model, codename in PERMISSIONS:
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename}
        )
        group.permissions.add(permission)


def remove_group(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name="Programme staff").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0006_backfill_graded_answers"),
        ("certificates", "0003_group_permissions"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
