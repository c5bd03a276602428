"""Trainers (and Reviewers, who may edit courses too) manage the training groups of the courses
they may edit: the permission policy (courses/groups_admin.py) asks the page permissions too."""

from django.db import migrations

GROUPS = ["Trainers", "Reviewers"]
CODENAMES = ["add_traininggroup", "change_traininggroup", "delete_traininggroup"]
CODENAMES += ["view_traininggroup"]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="courses", model="traininggroup"
    )
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename}
        )[0]
        for codename in CODENAMES
    ]
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth.Permission")
    Permission.objects.filter(
        content_type__app_label="courses", codename__in=CODENAMES
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("courses", "0008_training_groups")]

    operations = [migrations.RunPython(grant, revoke)]
