"""Reads. Each function answers one question the interface asks, in a fixed number of queries."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from .models import (
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    QuizAttempt,
    QuizKind,
    QuizPage,
    ShowAnswers,
)


def course_list(*, locale: Locale):
    """Published courses of one language, in catalogue order, with their cover images."""
    return (
        CoursePage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("cover_image")
        .order_by("path")
    )


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


def can_read_course(*, user, course) -> bool:
    """Whether the user may read the lessons of the course: anyone for a public course, active
    learners and staff otherwise."""
    if course.is_public:
        return True
    enrolment = enrolment_for(user=user, course=course)
    if enrolment is not None and enrolment.is_active:
        return True
    return is_staff_for_course(user=user, course=course)


@dataclass
class OutlineItem:
    """A lesson or a quiz in the outline. `done` means read for a lesson, passed for a quiz
    (attempted, for a pre-test); `counts` whether it is needed to complete the course."""

    page: Page
    done: bool
    counts: bool = True

    @property
    def is_quiz(self):
        return isinstance(self.page, QuizPage)


class ProgressMixin:
    """Progress over `items`: the steps that count towards completion, how many are done."""

    @property
    def counted(self):
        return [item for item in self.items if item.counts]

    @property
    def done_count(self):
        return sum(1 for item in self.counted if item.done)

    @property
    def percent(self):
        counted = self.counted
        return round(100 * self.done_count / len(counted)) if counted else 0


@dataclass
class OutlineModule(ProgressMixin):
    page: ModulePage
    items: list[OutlineItem] = field(default_factory=list)

    is_module = True


@dataclass
class Outline(ProgressMixin):
    """A course's modules, lessons and quizzes in course order. Course-level quizzes (a pre-test
    before the modules, a final assessment after them) are entries of their own."""

    entries: list

    @property
    def modules(self):
        return [entry for entry in self.entries if isinstance(entry, OutlineModule)]

    @property
    def items(self):
        items = []
        for entry in self.entries:
            items.extend(entry.items if isinstance(entry, OutlineModule) else [entry])
        return items

    @property
    def lessons(self):
        return [item for item in self.items if not item.is_quiz]

    @property
    def lesson_count(self):
        return len(self.counted)

    @property
    def is_started(self):
        """Whether the learner has done anything yet, a pre-test included."""
        return any(item.done for item in self.items)

    @property
    def is_complete(self):
        counted = self.counted
        return bool(counted) and all(item.done for item in counted)

    @property
    def next_lesson(self):
        """Where to continue: the first item, in course order, that is not done yet."""
        return next((item.page for item in self.items if not item.done), None)


def done_lesson_keys(*, enrolment) -> set:
    if enrolment is None:
        return set()
    return set(
        LessonProgress.objects.filter(enrolment=enrolment).values_list("lesson_key", flat=True)
    )


def quiz_keys_done(*, enrolment) -> tuple[set, set]:
    """Keys of the quizzes the enrolment has a graded attempt at, and of those it passed."""
    if enrolment is None:
        return set(), set()
    attempted, passed = set(), set()
    for key, did_pass in QuizAttempt.objects.filter(
        enrolment=enrolment, status=QuizAttempt.Status.GRADED
    ).values_list("quiz_key", "passed"):
        attempted.add(key)
        if did_pass:
            passed.add(key)
    return attempted, passed


def course_outline(*, course, enrolment=None) -> Outline:
    """Published modules, lessons and quizzes of a course in order, each marked done or not for
    the enrolment. Five queries, whatever the size of the course."""
    modules = list(ModulePage.objects.child_of(course).live().order_by("path"))
    lessons = LessonPage.objects.descendant_of(course).live().order_by("path")
    quizzes = QuizPage.objects.descendant_of(course).live().order_by("path")
    done = done_lesson_keys(enrolment=enrolment)
    attempted, passed = quiz_keys_done(enrolment=enrolment)
    by_path = {module.path: OutlineModule(page=module) for module in modules}
    entries = dict(by_path)
    items = []
    for lesson in lessons:
        items.append((lesson.path, OutlineItem(page=lesson, done=lesson.translation_key in done)))
    for quiz in quizzes:
        key = quiz.translation_key
        is_done = key in attempted if quiz.kind == QuizKind.PRE_TEST else key in passed
        items.append(
            (quiz.path, OutlineItem(page=quiz, done=is_done, counts=quiz.counts_for_completion))
        )
    step = ModulePage.steplen
    for item_path, item in sorted(items, key=lambda pair: pair[0]):
        parent_path = item_path[: len(item_path) - step]
        if parent_path in by_path:
            by_path[parent_path].items.append(item)
        elif parent_path == course.path:
            entries[item_path] = item
    return Outline(entries=[entries[key] for key in sorted(entries)])


def lesson_navigation(*, lesson, course, enrolment) -> dict:
    """Previous and next lessons of the course around this one, and whether it is done."""
    outline = course_outline(course=course, enrolment=enrolment) if course else Outline([])
    pages = [item.page for item in outline.items]
    ids = [page.pk for page in pages]
    position = ids.index(lesson.pk) if lesson.pk in ids else None
    previous_lesson = pages[position - 1] if position else None
    next_lesson = (
        pages[position + 1] if position is not None and position + 1 < len(pages) else None
    )
    done = any(item.done for item in outline.items if item.page.pk == lesson.pk)
    return {
        "outline": outline,
        "previous_lesson": previous_lesson,
        "next_lesson": next_lesson,
        "lesson_done": done,
    }


@dataclass
class DashboardRow:
    enrolment: Enrolment
    course: CoursePage
    lesson_count: int
    done_count: int
    gain: "Gain | None" = None
    certificate: object = None

    @property
    def percent(self):
        return round(100 * self.done_count / self.lesson_count) if self.lesson_count else 0


def dashboard_for_user(*, user, locale: Locale | None = None) -> list[DashboardRow]:
    """The user's enrolments with their progress, newest first, each course shown in the
    reader's language where a translation is published. A fixed number of queries."""
    enrolments = list(
        Enrolment.objects.filter(user=user).select_related("course").order_by("-enrolled_at")
    )
    if not enrolments:
        return []
    keys = [enrolment.course_key for enrolment in enrolments]
    localized = {}
    if locale is not None:
        localized = {
            page.translation_key: page
            for page in CoursePage.objects.live().filter(translation_key__in=keys, locale=locale)
        }
    courses = {e.pk: localized.get(e.course_key, e.course) for e in enrolments}
    paths = Q()
    for course in courses.values():
        paths |= Q(path__startswith=course.path, depth__gt=course.depth)
    counted = [
        *LessonPage.objects.live().filter(paths).values_list("path", "translation_key"),
        *QuizPage.objects.live()
        .filter(paths, required_for_completion=True)
        .exclude(kind=QuizKind.PRE_TEST)
        .values_list("path", "translation_key"),
    ]
    counted_keys = {pk: set() for pk in courses}
    for path, key in counted:
        for enrolment_pk, course in courses.items():
            if path.startswith(course.path):
                counted_keys[enrolment_pk].add(key)
    done = {}
    for enrolment_pk, key in LessonProgress.objects.filter(enrolment__in=enrolments).values_list(
        "enrolment_id", "lesson_key"
    ):
        done.setdefault(enrolment_pk, set()).add(key)
    for enrolment_pk, key in QuizAttempt.objects.filter(
        enrolment__in=enrolments, passed=True
    ).values_list("enrolment_id", "quiz_key"):
        done.setdefault(enrolment_pk, set()).add(key)
    gains = _dashboard_gains(enrolments=enrolments, courses=courses)
    return [
        DashboardRow(
            enrolment=enrolment,
            course=courses[enrolment.pk],
            lesson_count=len(counted_keys[enrolment.pk]),
            done_count=len(counted_keys[enrolment.pk] & done.get(enrolment.pk, set())),
            gain=gains.get(enrolment.pk),
        )
        for enrolment in enrolments
    ]


def _dashboard_gains(*, enrolments, courses) -> dict:
    """Knowledge gain per enrolment, for the courses with a pre-test and a post-test: two
    queries for all of them."""
    test_keys = _pre_post_keys_for(list(courses.values()))
    keys = {pk: test_keys[course.pk] for pk, course in courses.items() if course.pk in test_keys}
    if not keys:
        return {}
    attempts = {}
    for attempt in _graded_test_attempts(keys.values()).filter(enrolment_id__in=list(keys)):
        attempts.setdefault(attempt.enrolment_id, []).append(attempt)
    gains = {}
    for enrolment_pk, (pre, post) in keys.items():
        gain = _gains(attempts.get(enrolment_pk, []), pre, post).get(enrolment_pk)
        if gain is not None:
            gains[enrolment_pk] = gain
    return gains


def attempts_for(*, user, quiz) -> list:
    """The user's attempts at a quiz (in any of its languages), newest first."""
    if not user.is_authenticated:
        return []
    return list(QuizAttempt.objects.filter(user=user, quiz_key=quiz.translation_key))


def attempts_left(*, quiz_max_attempts, used: int):
    """None for unlimited, otherwise how many attempts remain."""
    if quiz_max_attempts is None:
        return None
    return max(0, quiz_max_attempts - used)


def answers_visible(*, attempt, used: int) -> bool:
    """Whether the review of a graded attempt may show the correct answers, by the rule the
    attempt started under."""
    if not attempt.is_graded:
        return False
    rule = attempt.show_answers
    if rule == ShowAnswers.AFTER_EACH_ATTEMPT:
        return True
    if rule == ShowAnswers.AFTER_PASSING:
        return bool(attempt.passed)
    if rule == ShowAnswers.AFTER_LAST_ATTEMPT:
        return attempts_left(quiz_max_attempts=attempt.max_attempts, used=used) == 0
    return False


def quiz_overview(*, user, quiz, course) -> dict:
    """What the quiz page shows a learner: their attempts, the open one, how many are left,
    whether they may start, and their knowledge gain when this is a post-test."""
    enrolment = enrolment_for(user=user, course=course)
    attempts = attempts_for(user=user, quiz=quiz)
    open_attempt = next((a for a in attempts if not a.is_graded), None)
    left = attempts_left(quiz_max_attempts=quiz.max_attempts, used=len(attempts))
    can_start = (
        enrolment is not None
        and enrolment.is_active
        and (open_attempt is not None or left is None or left > 0)
    )
    return {
        "enrolment": enrolment,
        "attempts": [a for a in attempts if a.is_graded],
        "open_attempt": open_attempt,
        "attempts_left": left,
        "can_start": can_start,
        "gain": learner_gain(enrolment=enrolment, course=course)
        if quiz.kind in (QuizKind.PRE_TEST, QuizKind.POST_TEST)
        else None,
    }


def attempt_images(*, attempt) -> dict:
    """The images of an attempt's questions that still exist, by id, in one query."""
    image_ids = [q["image_id"] for q in attempt.questions if q.get("image_id")]
    return get_image_model().objects.in_bulk(image_ids) if image_ids else {}


def attempt_review(*, attempt) -> list[dict]:
    """The questions of a graded attempt with the learner's answers and, per question, the
    points awarded: what the result page lists."""
    images = attempt_images(attempt=attempt)
    review = []
    for question in attempt.questions:
        chosen = set(attempt.answers.get(str(question["id"]), []))
        result = attempt.results.get(str(question["id"]), {})
        review.append(
            {
                **question,
                "image": images.get(question.get("image_id")),
                "choices": [
                    {**choice, "chosen": choice["id"] in chosen} for choice in question["choices"]
                ],
                "awarded": result.get("awarded"),
                "is_correct": result.get("correct", False),
            }
        )
    return review


@dataclass
class Gain:
    pre: Decimal
    post: Decimal

    @property
    def gain(self):
        return self.post - self.pre


def _pre_post_keys_for(courses) -> dict:
    """Per course pk, for the courses that have both: the translation keys of its first
    pre-test and first post-test in course order. One query, whatever the number of courses."""
    if not courses:
        return {}
    within = Q()
    for course in courses:
        within |= Q(path__startswith=course.path, depth__gt=course.depth)
    found = {}
    for path, kind, key in (
        QuizPage.objects.live()
        .filter(within, kind__in=[QuizKind.PRE_TEST, QuizKind.POST_TEST])
        .order_by("path")
        .values_list("path", "kind", "translation_key")
    ):
        for course in courses:
            if path.startswith(course.path):
                found.setdefault(course.pk, {}).setdefault(kind, key)
    return {
        pk: (kinds[QuizKind.PRE_TEST], kinds[QuizKind.POST_TEST])
        for pk, kinds in found.items()
        if len(kinds) == 2
    }


def _graded_test_attempts(key_pairs):
    """Graded attempts at any of the (pre-test, post-test) key pairs, with what gains need."""
    keys = {key for pair in key_pairs for key in pair}
    return QuizAttempt.objects.filter(status=QuizAttempt.Status.GRADED, quiz_key__in=keys).only(
        "quiz_key", "percent", "number", "enrolment_id"
    )


def _gains(attempts, pre_key, post_key) -> dict:
    """Per enrolment: the first graded pre-test score and the best graded post-test score."""
    pre, post = {}, {}
    for attempt in sorted(attempts, key=lambda a: a.number):
        if attempt.quiz_key == pre_key:
            pre.setdefault(attempt.enrolment_id, attempt.percent)
        elif attempt.quiz_key == post_key:
            best = post.get(attempt.enrolment_id)
            post[attempt.enrolment_id] = max(best, attempt.percent) if best else attempt.percent
    return {key: Gain(pre[key], post[key]) for key in pre.keys() & post.keys()}


def learner_gain(*, enrolment, course) -> Gain | None:
    """A learner's knowledge gain in a course: their first pre-test score and their best
    post-test score, in percent. None until they have both."""
    if enrolment is None or course is None:
        return None
    keys = _pre_post_keys_for([course]).get(course.pk)
    if keys is None:
        return None
    attempts = _graded_test_attempts([keys]).filter(enrolment=enrolment)
    return _gains(attempts, *keys).get(enrolment.pk)
