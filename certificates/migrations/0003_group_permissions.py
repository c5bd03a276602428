from django.db import migrations

GROUP_PERMISSIONS = {
    "Trainers": [
        ("certificate", "view_certificate"),
        ("certificate", "issue_certificates"),
        ("certificatetemplate", "add_certificatetemplate"),
        ("certificatetemplate", "change_certificatetemplate"),
        ("certificatetemplate", "view_certificatetemplate"),
    ],
    "Reviewers": [
        ("certificate", "view_certificate"),
        ("certificate", "issue_certificates"),
        ("certificate", "revoke_certificates"),
        ("certificatetemplate", "add_certificatetemplate"),
        ("certificatetemplate", "change_certificatetemplate"),
        ("certificatetemplate", "view_certificatetemplate"),
    ],
}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for group_name, permissions in GROUP_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        for model, codename in permissions:
            content_type, _created = ContentType.objects.get_or_create(
                app_label="certificates", model=model
            )
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": codename}
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0002_default_template"),
        ("courses", "0002_groups_and_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
