"""Training groups: the completion rule of a group's participants, the groups a trainer may
manage, a group's roster, attendance grid and test figures."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Prefetch
from django.utils.crypto import salted_hmac
from wagtail.permission_policies.pages import PagePermissionPolicy

from ..models import (
    CODE_ALPHABET,
    Attendance,
    CoursePage,
    GroupMembership,
    TrainingGroup,
)
from .gains import _gains, _graded_test_attempts, _pre_post_keys_for
from .outline import course_outline

DAY_CODE_LENGTH = 4


def day_code(group: TrainingGroup, day) -> str:
    """The check-in code of one day of a group: the same all day for everyone, different each
    day and for each group, and not guessable from another day's (a keyed hash)."""
    digest = salted_hmac(
        "courses.attendance", f"{group.pk}:{group.join_code}:{day}", algorithm="sha256"
    ).digest()
    return "".join(CODE_ALPHABET[byte % len(CODE_ALPHABET)] for byte in digest[:DAY_CODE_LENGTH])


def _attendance_met(group: TrainingGroup, days_attended: int) -> bool:
    return days_attended * 100 >= group.attendance_percent * len(group.days)


def completion_met(*, enrolment, course) -> bool:
    """The rule of completion, one place for all of it: a learner in no group completes by the
    course's own rule (every published lesson done, every required quiz passed); a participant
    of a training group by the group's rule (attendance of a share of its days, with the
    course's rule, with its required quizzes only, or alone). Meeting the rule of any of
    their groups is enough. Two queries, and the outline's when it is needed."""
    memberships = list(
        GroupMembership.objects.filter(enrolment=enrolment)
        .select_related("group")
        .annotate(days_attended=Count("attendances"))
    )
    outline = None

    def online():
        nonlocal outline
        if outline is None:
            outline = course_outline(course=course, enrolment=enrolment)
        return outline

    if not memberships:
        return online().is_complete
    rule = TrainingGroup.Completion
    for membership in memberships:
        group = membership.group
        if group.completion == rule.ONLINE:
            met = online().is_complete
        elif not _attendance_met(group, membership.days_attended):
            met = False
        elif group.completion == rule.ATTENDANCE_AND_ONLINE:
            met = online().is_complete
        elif group.completion == rule.ATTENDANCE_AND_QUIZZES:
            met = all(item.done for item in online().counted if item.is_quiz)
        else:
            met = True
        if met:
            return True
    return False


def training_of(*, enrolment) -> TrainingGroup | None:
    """The training group a certificate names: the learner's latest group in the course."""
    membership = (
        GroupMembership.objects.filter(enrolment=enrolment)
        .select_related("group")
        .order_by("-group__starts_on", "-pk")
        .first()
    )
    return membership.group if membership else None


def courses_editable_by(user):
    """Courses whose pages the user may edit in the admin."""
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return (
        CoursePage.objects.filter(pk__in=editable.values("pk"))
        .select_related("locale")
        .order_by("title")
    )


def groups_for_trainer(user):
    """The training groups a member of staff may see and manage: those of courses they may
    edit (all of them for superusers)."""
    groups = TrainingGroup.objects.select_related("course__locale")
    if user.is_superuser:
        return groups
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return groups.filter(course__in=editable.values("pk"))


def memberships_of(group: TrainingGroup):
    """A group's participants with their names, enrolments and days attended, by name."""
    return (
        GroupMembership.objects.filter(group=group)
        .select_related("user__profile", "enrolment")
        .prefetch_related(
            Prefetch("attendances", queryset=Attendance.objects.only("membership_id", "day"))
        )
        .order_by("user__profile__full_name", "user__username")
    )


@dataclass
class RosterRow:
    membership: GroupMembership
    name: str
    email: str
    days: list  # (day, present) in the order of the group's days
    attended: int
    pre: Decimal | None = None
    post: Decimal | None = None
    certificate: object = None

    @property
    def attendance_percent(self):
        return round(100 * self.attended / len(self.days)) if self.days else 0


@dataclass
class TestFigures:
    """How many of a group have taken the pre-test and the post-test, and the group's means
    (the first pre-test attempt, the best post-test attempt: the knowledge gain's rule)."""

    participants: int = 0
    has_tests: bool = False
    pre_taken: int = 0
    post_taken: int = 0
    pre_mean: Decimal | None = None
    post_mean: Decimal | None = None
    both: int = 0
    pre_scores: dict = field(default_factory=dict)
    post_scores: dict = field(default_factory=dict)

    @property
    def gain(self):
        if self.pre_mean is None or self.post_mean is None:
            return None
        return self.post_mean - self.pre_mean


def _mean(values):
    values = list(values)
    if not values:
        return None
    return (sum(values) / len(values)).quantize(Decimal("0.1"))


def group_test_figures(*, group: TrainingGroup, enrolment_ids=None) -> TestFigures:
    """The group's pre-test and post-test figures, never anyone's answers. Three queries."""
    if enrolment_ids is None:
        enrolment_ids = list(
            GroupMembership.objects.filter(group=group).values_list("enrolment_id", flat=True)
        )
    figures = TestFigures(participants=len(enrolment_ids))
    keys = _pre_post_keys_for([group.course]).get(group.course.pk)
    if keys is None:
        return figures
    figures.has_tests = True
    attempts = list(_graded_test_attempts([keys]).filter(enrolment_id__in=enrolment_ids))
    pre_key, post_key = keys
    pre, post = {}, {}
    for attempt in sorted(attempts, key=lambda a: a.number):
        if attempt.quiz_key == pre_key:
            pre.setdefault(attempt.enrolment_id, attempt.percent)
        elif attempt.quiz_key == post_key:
            post[attempt.enrolment_id] = max(post.get(attempt.enrolment_id, 0), attempt.percent)
    gains = _gains(attempts, pre_key, post_key)
    figures.pre_taken, figures.post_taken, figures.both = len(pre), len(post), len(gains)
    figures.pre_mean, figures.post_mean = _mean(pre.values()), _mean(post.values())
    figures.pre_scores, figures.post_scores = pre, post
    return figures


@dataclass
class GroupReport:
    group: TrainingGroup
    days: list
    rows: list
    tests: TestFigures
    day_totals: list

    @property
    def certificates(self):
        return sum(1 for row in self.rows if row.certificate is not None)

    @property
    def completed(self):
        return sum(1 for row in self.rows if row.membership.enrolment.completed_at)


def group_report(*, group: TrainingGroup) -> GroupReport:
    """A group's page: roster with attendance per day, each participant's first pre-test and
    best post-test score, their current certificate, and the group's test figures. Six
    queries, whatever the size of the group."""
    from certificates.models import Certificate

    memberships = list(memberships_of(group))
    enrolment_ids = [m.enrolment_id for m in memberships]
    tests = group_test_figures(group=group, enrolment_ids=enrolment_ids)
    certificates = {
        c.enrolment_id: c
        for c in Certificate.objects.current().filter(enrolment_id__in=enrolment_ids)
    }
    days = group.days
    rows = []
    for membership in memberships:
        present = {a.day for a in membership.attendances.all()}
        profile = getattr(membership.user, "profile", None)
        rows.append(
            RosterRow(
                membership=membership,
                name=(profile.full_name if profile else "") or membership.user.username,
                email=membership.user.email,
                days=[(day, day in present) for day in days],
                attended=sum(1 for day in days if day in present),
                pre=tests.pre_scores.get(membership.enrolment_id),
                post=tests.post_scores.get(membership.enrolment_id),
                certificate=certificates.get(membership.enrolment_id),
            )
        )
    day_totals = [sum(1 for row in rows if row.days[index][1]) for index in range(len(days))]
    return GroupReport(group=group, days=days, rows=rows, tests=tests, day_totals=day_totals)


def membership_for(*, user, group: TrainingGroup):
    """The user's own membership of the group, with their days attended; None if they are not
    in it. A learner sees only this, never anyone else's."""
    if not user.is_authenticated:
        return None
    return (
        GroupMembership.objects.filter(group=group, user=user)
        .prefetch_related("attendances")
        .first()
    )
