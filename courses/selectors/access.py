"""Who may read a course: one rule (can_read_course), asked once per request."""

from dataclasses import dataclass

from ..models import CoursePage, Enrolment


def enrolment_for(*, user, course) -> Enrolment | None:
    """The user's enrolment in the course (in any of its languages), active or left; None for
    anonymous users and people who never enrolled."""
    if course is None or not user.is_authenticated:
        return None
    return Enrolment.objects.filter(user=user, course_key=course.translation_key).first()


def is_staff_for_course(*, user, course) -> bool:
    """Staff may read every course they can edit in the admin, and superusers every course."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.has_perm("wagtailadmin.access_admin") and (
        course.permissions_for_user(user).can_edit()
    )


def _may_read(*, user, course, enrolment) -> bool:
    # Public courses ask nothing; active learners before staff, which costs permission queries.
    if course.is_public:
        return True
    if enrolment is not None and enrolment.is_active:
        return True
    return is_staff_for_course(user=user, course=course)


def can_read_course(*, user, course) -> bool:
    """The rule: whether the user may read the lessons and quizzes of the course. Anyone for a
    public course; for the others, learners with an active enrolment and staff who can edit
    the course."""
    return _may_read(user=user, course=course, enrolment=enrolment_for(user=user, course=course))


@dataclass(frozen=True)
class CourseAccess:
    """What a request may do in a course: its enrolment (None when it has none) and whether it
    may read the course's lessons and quizzes (can_read_course)."""

    course: CoursePage
    enrolment: Enrolment | None
    can_read: bool

    @property
    def is_enrolled(self):
        return self.enrolment is not None and self.enrolment.is_active


def course_access(*, request, course: CoursePage) -> CourseAccess:
    """The request's access to the course, by the rule of can_read_course: looked up once per
    request (serving the page, its context and its template all ask), in one query for a
    learner (their enrolment), none for an anonymous reader."""
    memo = request.__dict__.setdefault("_course_access", {})
    if course.pk not in memo:
        enrolment = enrolment_for(user=request.user, course=course)
        memo[course.pk] = CourseAccess(
            course=course,
            enrolment=enrolment,
            can_read=_may_read(user=request.user, course=course, enrolment=enrolment),
        )
    return memo[course.pk]
