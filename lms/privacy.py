"""Personal data: what each app holds about a learner, its export, the closing of an account
and the retention rule.

Each app registers a `DataProvider` (in its AppConfig.ready) for the records it keeps: how to
export them, how to erase what is personal in them when an account is closed, and which
accounts have been active in them. This module orchestrates and imports no app, so the
dependencies still point one way (README, "Layout").
"""

import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from .models import DataExport

CLOSE_ACCOUNT = "lms.close_account"
VIEW_LEARNER = "lms.view_learner_data"
EXPORT_LEARNER_DATA = "lms.export_learner_data"


class PersonalDataError(ValidationError):
    """The action on personal data is refused; the message says why."""


@dataclass
class ExportPart:
    """One app's share of a learner's export: JSON-ready records and files (path -> bytes)."""

    records: dict | list
    files: dict[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class Closure:
    """How an account is closed: `keep_certificates` keeps issued certificates verifiable
    (name, course and date stay on the public verification page); otherwise they are
    withdrawn at the holder's request."""

    keep_certificates: bool
    closed_by: object = None


@dataclass(frozen=True)
class Held:
    """A kind of record held about a learner and how many: shown on the "My data" page."""

    key: str
    label: str
    count: int


@dataclass(frozen=True)
class DataProvider:
    """What an app holds about learners.

    - export(user) -> ExportPart, written as `<name>.json` (and its files) in the ZIP;
    - erase(user, closure): anonymise or delete what is personal in its records, keeping the
      records themselves when they count in programme figures;
    - active_since(users, since) -> the users among `users` with activity in its records
      since `since`; keep_forever(users) -> the users the retention rule must never close;
    - summary(user) -> list of Held, in one query.
    """

    name: str
    export: Callable[..., ExportPart]
    erase: Callable | None = None
    active_since: Callable[[QuerySet, object], QuerySet] | None = None
    keep_forever: Callable[[QuerySet], QuerySet] | None = None
    summary: Callable[..., list[Held]] | None = None
    order: int = 100


_providers: dict[str, DataProvider] = {}


def register_data_provider(provider: DataProvider) -> None:
    _providers[provider.name] = provider


def data_providers() -> list[DataProvider]:
    return sorted(_providers.values(), key=lambda provider: (provider.order, provider.name))


def records_held(*, user) -> list[Held]:
    """What each app holds about the learner, counted: one query per app that keeps records."""
    return [
        held
        for provider in data_providers()
        if provider.summary is not None
        for held in provider.summary(user)
    ]


# Export ---------------------------------------------------------------------------------------


def export_link_lifetime() -> timedelta:
    return timedelta(hours=settings.PERSONAL_DATA_EXPORT_LINK_HOURS)


def data_export_build(*, user) -> bytes:
    """The learner's whole export as ZIP bytes: README.txt, one JSON file per app and the
    files (certificate PDFs) the apps add. Refuses nothing."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        names = []
        for provider in data_providers():
            part = provider.export(user)
            archive.writestr(
                f"{provider.name}.json",
                json.dumps(part.records, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
            )
            names.append(f"{provider.name}.json")
            for path, content in part.files.items():
                archive.writestr(path, content)
                names.append(path)
        archive.writestr(
            "README.txt",
            _("Everything we hold about your account, as of %(date)s.")
            % {"date": timezone.now().isoformat(timespec="seconds")}
            + "\n\n"
            + "\n".join(names)
            + "\n",
        )
    return buffer.getvalue()


@transaction.atomic
def data_export_request(*, user) -> DataExport:
    """Ask for a new export of the learner's data: built after the commit by the task queue.
    While one is still being prepared (asked for within the hour), that one is returned
    instead of a second."""
    pending = DataExport.objects.filter(
        user=user,
        status=DataExport.Status.PENDING,
        requested_at__gt=timezone.now() - timedelta(hours=1),
    ).first()
    if pending is not None:
        return pending
    export = DataExport.objects.create(user=user)

    def enqueue():
        from .tasks import build_data_export_task

        build_data_export_task.enqueue(export.pk)

    transaction.on_commit(enqueue)
    return export


def data_export_run(*, export_id: int) -> DataExport | None:
    """Build a requested export and open its link for `PERSONAL_DATA_EXPORT_LINK_HOURS`.
    Does nothing for an export that is gone (its account was closed) or already built."""
    export = DataExport.objects.select_related("user").filter(pk=export_id).first()
    if export is None or export.status != DataExport.Status.PENDING:
        return export
    try:
        content = data_export_build(user=export.user)
    except Exception:
        DataExport.objects.filter(pk=export.pk).update(status=DataExport.Status.FAILED)
        raise
    now = timezone.now()
    export.file.save("export.zip", ContentFile(content), save=False)
    export.size = len(content)
    export.status = DataExport.Status.READY
    export.ready_at = now
    export.expires_at = now + export_link_lifetime()
    export.save(update_fields=["file", "size", "status", "ready_at", "expires_at"])
    return export


def data_export_for_download(*, user, token: str) -> DataExport | None:
    """The learner's own export behind a link, while the link has not expired; None for
    anyone else's, an expired one, one not built yet or a malformed token."""
    if not user.is_authenticated or not token or len(token) > 64:
        return None
    export = DataExport.objects.filter(user=user, token=token).first()
    if export is None or not export.is_downloadable():
        return None
    return export


def data_exports_purge(*, now=None) -> int:
    """Delete expired exports and their files. Returns how many."""
    now = now or timezone.now()
    expired = list(DataExport.objects.filter(expires_at__lte=now))
    for export in expired:
        if export.file:
            export.file.delete(save=False)
        export.delete()
    return len(expired)


def latest_data_export(*, user) -> DataExport | None:
    """The learner's most recent export, if any (one query)."""
    return DataExport.objects.filter(user=user).first()


# Closing an account ---------------------------------------------------------------------------


def staff_accounts() -> QuerySet:
    """Accounts that can open the admin, and so read other people's records: superusers,
    Django staff, and everyone given "Can access Wagtail admin", directly or through a group
    (Trainers, Reviewers, Programme officers). They are never closed, warned or erased by the
    rules here; they are removed in Settings -> Users. Unlike `user.has_perm`, this also holds
    for a staff account that is switched off."""
    access_admin = Q(content_type__app_label="wagtailadmin", codename="access_admin")
    granted = Permission.objects.filter(access_admin)
    return get_user_model().objects.filter(
        Q(is_staff=True)
        | Q(is_superuser=True)
        | Q(pk__in=granted.values("user"))
        | Q(pk__in=granted.values("group__user"))
    )


def is_learner(user) -> bool:
    """Not a staff account (see `staff_accounts`). One query."""
    return not staff_accounts().filter(pk=user.pk).exists()


def can_be_closed(user) -> bool:
    """Learners' accounts can be closed, once; staff accounts are removed in Settings -> Users."""
    return user.closed_at is None and is_learner(user)


@transaction.atomic
def account_close(*, user, keep_certificates: bool, closed_by=None):
    """Close a learner's account: every app erases what is personal in its records (the
    records stay, so programme figures do not change), then the account itself is made
    anonymous and can no longer sign in. Logged in the audit log. Refuses staff accounts and
    accounts already closed."""
    user = get_user_model().objects.select_for_update().get(pk=user.pk)
    if user.closed_at is not None:
        raise PersonalDataError(_("This account is already closed."), code="closed")
    if not can_be_closed(user):
        raise PersonalDataError(
            _("Staff accounts are not closed here; remove them in Settings → Users."),
            code="staff",
        )
    closure = Closure(keep_certificates=keep_certificates, closed_by=closed_by)
    # The account itself (provider "account", order 0) goes last, once the others have used it.
    for provider in reversed(data_providers()):
        if provider.erase is not None:
            provider.erase(user, closure)
    log(
        instance=user,
        action=CLOSE_ACCOUNT,
        user=closed_by,
        data={
            "by": "staff" if closed_by is not None else "learner",
            "certificates": "kept" if keep_certificates else "withdrawn",
        },
    )
    return user


# Retention ------------------------------------------------------------------------------------


@dataclass
class RetentionResult:
    warned: list[int] = field(default_factory=list)
    closed: list[int] = field(default_factory=list)


def inactive_accounts(*, now) -> QuerySet:
    """Learners' accounts with no activity (sign-in, sign-up or anything an app records) for
    `ACCOUNT_RETENTION_DAYS` and nothing an app keeps forever (a certificate)."""
    since = now - timedelta(days=settings.ACCOUNT_RETENTION_DAYS)
    users = (
        get_user_model()
        .objects.filter(closed_at__isnull=True, date_joined__lt=since)
        .exclude(last_login__gte=since)
        .exclude(pk__in=staff_accounts().values("pk"))
    )
    for provider in data_providers():
        if provider.active_since is not None:
            users = users.exclude(pk__in=provider.active_since(users, since).values("pk"))
        if provider.keep_forever is not None:
            users = users.exclude(pk__in=provider.keep_forever(users).values("pk"))
    return users


def accounts_retention(*, now=None, dry_run: bool = False) -> RetentionResult:
    """Apply the retention rule: warn, by email, the learners whose accounts are inactive
    (see `inactive_accounts`) and close those warned at least `ACCOUNT_RETENTION_WARNING_DAYS`
    ago and still inactive. A warned learner who comes back is warned again next time.
    With `dry_run`, only say what would be done."""
    from .emails import send_retention_warning

    now = now or timezone.now()
    inactive = inactive_accounts(now=now)
    result = RetentionResult()
    warned_before = now - timedelta(days=settings.ACCOUNT_RETENTION_WARNING_DAYS)
    result.closed = list(
        inactive.filter(retention_warned_at__lte=warned_before).values_list("pk", flat=True)
    )
    result.warned = list(
        inactive.filter(retention_warned_at__isnull=True).values_list("pk", flat=True)
    )
    if dry_run:
        return result
    # Came back since their warning: the warning no longer stands.
    get_user_model().objects.filter(retention_warned_at__isnull=False).exclude(
        pk__in=inactive.values("pk")
    ).update(retention_warned_at=None)
    closes_on = now + timedelta(days=settings.ACCOUNT_RETENTION_WARNING_DAYS)
    for user in get_user_model().objects.filter(pk__in=result.warned).select_related("profile"):
        send_retention_warning(user=user, closes_on=closes_on)
        get_user_model().objects.filter(pk=user.pk).update(retention_warned_at=now)
    for user in get_user_model().objects.filter(pk__in=result.closed):
        account_close(user=user, keep_certificates=False)
    return result
