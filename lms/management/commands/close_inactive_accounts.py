from django.conf import settings
from django.core.management.base import BaseCommand

from lms.privacy import accounts_retention, data_exports_purge


class Command(BaseCommand):
    help = (
        "Apply the retention rule: warn by email learners whose accounts have had no activity "
        "and hold no certificate for ACCOUNT_RETENTION_DAYS, close those warned at least "
        "ACCOUNT_RETENTION_WARNING_DAYS ago, and delete expired data downloads."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Say what would be done; change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        result = accounts_retention(dry_run=dry_run)
        prefix = "Would warn" if dry_run else "Warned"
        self.stdout.write(
            f"{prefix} {len(result.warned)} account(s) inactive for "
            f"{settings.ACCOUNT_RETENTION_DAYS} days; "
            f"{'would close' if dry_run else 'closed'} {len(result.closed)} account(s) "
            f"warned {settings.ACCOUNT_RETENTION_WARNING_DAYS} days ago or more."
        )
        if dry_run:
            for pk in result.warned:
                self.stdout.write(f"  warn: account #{pk}")
            for pk in result.closed:
                self.stdout.write(f"  close: account #{pk}")
        else:
            purged = data_exports_purge()
            self.stdout.write(f"Deleted {purged} expired data download(s).")
