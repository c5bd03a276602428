"""Fill a development or staging database with the demo site: a home page and a course
catalogue in every language, three programme courses, three demo accounts, and the guides for
migrants and families.

    DEMO_PASSWORD=... python manage.py seed_demo
    python manage.py seed_demo --password ...

Running it again creates nothing new; it only sets the demo accounts' password again.
"""

import logging
import os
from contextlib import contextmanager

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from courses.demo import DemoError
from courses.demo.build import DemoSummary, demo_site_build
from guides.demo.build import DemoGuidesSummary, demo_guides_build


class Command(BaseCommand):
    help = (
        "Create the demo site (home pages, course catalogues, three courses, the guides for "
        "migrants) and the demo accounts trainer, reviewer and learner. Never runs in production."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            default="",
            help="Password of the demo accounts. Defaults to the DEMO_PASSWORD environment "
            "variable, which keeps it out of the shell history and process list.",
        )

    def handle(self, *args, **options):
        if settings.ENVIRONMENT == "production":
            raise CommandError(
                "seed_demo does not run in production: it creates accounts whose password is "
                "shared with everyone who sees the demo."
            )
        password = options["password"] or os.environ.get("DEMO_PASSWORD", "")
        if not password:
            raise CommandError(
                "Give the demo accounts' password with --password PASSWORD or the "
                "DEMO_PASSWORD environment variable."
            )
        try:
            validate_password(password)
        except ValidationError as error:
            raise CommandError(
                "The demo password is too weak: " + " ".join(error.messages)
            ) from error
        try:
            with quiet_logs(enabled=options["verbosity"] < 2):
                summary = demo_site_build(password=password)
                guides = demo_guides_build()
        except DemoError as error:
            raise CommandError(str(error)) from error
        self.report(summary)
        self.report_guides(guides)

    def report(self, summary: DemoSummary):
        created_accounts = sum(1 for account in summary.accounts if account.created)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo site ready: {summary.pages_created} pages created, "
                f"{summary.pages_existing} already there; {created_accounts} accounts created, "
                f"{len(summary.accounts) - created_accounts} updated."
            )
        )
        self.stdout.write(f"Home page and course catalogue in: {', '.join(summary.languages)}")
        self.stdout.write("Courses:")
        for item in summary.courses:
            course = item.course
            access = "public" if course.is_public else "enrolled learners only"
            enrolment = "enrolment open" if course.enrolment_open else "enrolment closed"
            if course.enrolment_key:
                enrolment += f", enrolment key {course.enrolment_key}"
            self.stdout.write(f"  {item.page.title}")
            self.stdout.write(
                f"    {item.page.url} · {', '.join(item.languages)} · {access} · {enrolment}"
            )
        self.stdout.write("Accounts, all with the password you gave:")
        for account in summary.accounts:
            self.stdout.write(
                f"  {account.user.username:<9} {account.user.email:<21} {account.description}"
            )

    def report_guides(self, guides: DemoGuidesSummary):
        destinations = ", ".join(
            f"{item.page.title} ({item.guides} guides)" for item in guides.destinations
        )
        self.stdout.write(
            f"Guides: {guides.pages_created} pages created, {guides.pages_existing} already "
            f"there; hub {guides.hub.url} in {', '.join(guides.hub_languages)}; {destinations} "
            f"and {guides.general_guides} guide for everyone, in "
            f"{', '.join(guides.destinations[0].languages)}."
        )


@contextmanager
def quiet_logs(*, enabled: bool):
    """Keep Wagtail's and the task runner's line per page out of the summary."""
    loggers = [logging.getLogger(name) for name in ("wagtail", "django.tasks")] if enabled else []
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
