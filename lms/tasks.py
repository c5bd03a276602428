from django.tasks import task


@task
def build_data_export_task(export_id: int):
    """Build a learner's personal data export (immediately in development and tests)."""
    from .privacy import data_export_run

    data_export_run(export_id=export_id)


@task
def accounts_retention_task():
    """Apply the retention rule (lms.privacy.accounts_retention); see README, "Personal data"."""
    from .privacy import accounts_retention

    result = accounts_retention()
    return {"warned": len(result.warned), "closed": len(result.closed)}
