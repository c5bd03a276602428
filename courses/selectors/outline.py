"""What a course contains, in order, and how far a learner has come through it."""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils.translation import gettext as _
from wagtail.models import Page

from ..models import LessonPage, LessonProgress, ModulePage, QuizAttempt, QuizKind, QuizPage


@dataclass
class OutlineItem:
    """A lesson or a quiz in the outline. `done` means read for a lesson, passed for a quiz
    (attempted, for a pre-test); `counts` whether it is needed to complete the course. `page`
    is a plain Wagtail page (title, URL); `kind` the quiz's kind, None for a lesson."""

    page: Page
    done: bool
    counts: bool = True
    kind: str | None = None

    @property
    def is_quiz(self):
        return self.kind is not None

    @property
    def is_pre_test(self):
        return self.kind == QuizKind.PRE_TEST

    @property
    def kind_label(self):
        return QuizKind(self.kind).label if self.kind else ""

    @property
    def status_label(self):
        """What the outline says of a done item: a quiz is passed (a pre-test only taken)."""
        if not self.done:
            return ""
        return _("passed") if self.is_quiz and not self.is_pre_test else _("done")


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
    page: Page
    intro: str = ""
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


def outline_pages(*, course):
    """The published modules, lessons and quizzes of a course, in course order, as plain pages
    with what the outline needs of their own fields (`module_intro`, `quiz_kind`,
    `quiz_required`): one query, whatever the size of the course."""
    types = ContentType.objects.get_for_models(ModulePage, LessonPage, QuizPage).values()
    return (
        Page.objects.descendant_of(course)
        .live()
        .filter(depth__lte=course.depth + 2, content_type__in=[t.pk for t in types])
        .annotate(
            module_intro=F("modulepage__intro"),
            quiz_kind=F("quizpage__kind"),
            quiz_required=F("quizpage__required_for_completion"),
        )
        .order_by("path")
    )


def course_outline(*, course, enrolment=None) -> Outline:
    """Published modules, lessons and quizzes of a course in order, each marked done or not for
    the enrolment. Three queries (one without an enrolment), whatever the size of the course."""
    done = done_lesson_keys(enrolment=enrolment)
    attempted, passed = quiz_keys_done(enrolment=enrolment)
    module_type = ContentType.objects.get_for_model(ModulePage).pk
    entries, module = [], None
    for page in outline_pages(course=course):
        if page.content_type_id == module_type:
            module = OutlineModule(page=page, intro=page.module_intro or "")
            entries.append(module)
            continue
        key = page.translation_key
        if page.quiz_kind is None:
            item = OutlineItem(page=page, done=key in done)
        else:
            kind = page.quiz_kind
            item = OutlineItem(
                page=page,
                done=key in attempted if kind == QuizKind.PRE_TEST else key in passed,
                counts=bool(page.quiz_required) and kind != QuizKind.PRE_TEST,
                kind=kind,
            )
        if page.depth == course.depth + 1:
            entries.append(item)
            module = None
        elif module is not None and page.path.startswith(module.page.path):
            module.items.append(item)
    return Outline(entries=entries)


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
