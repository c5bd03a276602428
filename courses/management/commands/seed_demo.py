"""Fill a development or staging database with the demo site: a home page and a course
catalogue in every language, three programme courses with their pre-test, post-test and final
assessment, three demo accounts (the learner with one course completed and its certificate),
and the guides for migrants and families.

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

from courses.demo.build import DemoSummary, demo_site_build
from courses.demo.learner import DemoLearnerSummary
from guides.demo.build import DemoGuidesSummary, demo_guides_build
from lms.demo import DemoError


class Command(BaseCommand):
    help = (
        "Create the demo site (home pages, course catalogues, three courses with their quizzes, "
        "the guides for migrants) and the demo accounts trainer, reviewer and learner, who has "
        "completed a course. Never runs in production."
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
            course = item.page
            access = "public" if course.is_public else "enrolled learners only"
            enrolment = "enrolment open" if course.enrolment_open else "enrolment closed"
            if course.enrolment_key:
                enrolment += f", enrolment key {course.enrolment_key}"
            self.stdout.write(f"  {item.page.title}")
            self.stdout.write(
                f"    {item.page.url} · {', '.join(item.languages)} · {access} · {enrolment}"
            )
            self.stdout.write(f"    quizzes: {quizzes_line(item.quizzes)}")
        self.stdout.write("Accounts, all with the password you gave:")
        for account in summary.accounts:
            self.stdout.write(
                f"  {account.user.username:<9} {account.user.email:<21} {account.description}"
            )
        self.report_learner(summary.learner)

    def report_learner(self, learner: DemoLearnerSummary):
        self.stdout.write(
            f"The learner's courses ({learner.enrolments_created} enrolments created):"
        )
        for item in learner.courses:
            row = item.row
            language = row.course.locale.language_code
            state = "completed" if row.enrolment.is_complete else "in progress"
            line = f"  {row.course.title} ({language}): {state}, "
            line += f"{row.done_count} of {row.lesson_count} steps done"
            if item.gain is not None:
                gain = item.gain
                line += f", knowledge gain {gain.pre}% → {gain.post}% (+{gain.gain} points)"
            self.stdout.write(line)
            if row.certificate is not None:
                self.stdout.write(
                    f"    certificate {row.certificate.display_code}, verify at "
                    f"{settings.SITE_URL}{row.certificate.get_absolute_url()}"
                )

    def report_guides(self, guides: DemoGuidesSummary):
        destinations = ", ".join(
            f"{title} ({count} guides: {', '.join(languages)})"
            for title, count, languages in guides.destinations
        )
        self.stdout.write(
            f"Guides: {guides.pages_created} pages created, {guides.pages_existing} already "
            f"there; hub {guides.hub.url} in {', '.join(guides.hub_languages)}; {destinations} "
            f"and {guides.general_guides} guide for everyone "
            f"({', '.join(guides.general_languages)})."
        )


def quizzes_line(quizzes) -> str:
    """The quizzes in one line: "pre-test (7 questions), …, final assessment (8 of 10
    questions, pass mark 70%, 3 attempts)"."""
    parts = []
    for quiz in quizzes:
        total = quiz.questions.count()
        drawn = quiz.questions_per_attempt
        questions = f"{drawn} of {total}" if drawn and drawn < total else str(total)
        rules = ""
        if quiz.counts_for_completion:
            attempts = quiz.max_attempts or "unlimited"
            rules = f", pass mark {quiz.pass_mark}%, {attempts} attempts"
        parts.append(f"{quiz.get_kind_display().lower()} ({questions} questions{rules})")
    return ", ".join(parts)


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
