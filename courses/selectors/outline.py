"""What a course contains, in order, and how far a learner has come through it."""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db.models import F
from django.utils.translation import gettext as _
from wagtail.models import Page

from ..models import LessonPage, LessonProgress, ModulePage, QuizAttempt, QuizKind, QuizPage


@dataclass(frozen=True)
class OutlinePage:
    """What the outline needs of a published module, lesson or quiz, kept in the cache."""

    pk: int
    title: str
    path: str
    depth: int
    url_path: str
    translation_key: object
    is_module: bool = False
    intro: str = ""
    quiz_kind: str | None = None
    quiz_required: bool = False

    @property
    def specific(self):
        """The page itself, for code that needs more than the outline knows (one query)."""
        return Page.objects.get(pk=self.pk).specific


@dataclass
class OutlineItem:
    """A lesson or a quiz in the outline. `done` means read for a lesson, passed for a quiz
    (attempted, for a pre-test); `counts` whether it is needed to complete the course. `page`
    is its OutlinePage (title, pk); `kind` the quiz's kind, None for a lesson."""

    page: OutlinePage
    done: bool
    counts: bool = True
    kind: str | None = None
    url: str | None = None

    is_module = False

    @property
    def items(self):
        """An item at the top of the outline lists itself, as a module lists its items."""
        return [self]

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
    def css_class(self):
        """The outline's classes for the item: "done", "quiz", both or none."""
        return ("done" if self.done else "") + (" quiz" if self.is_quiz else "")

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
    page: OutlinePage
    intro: str = ""
    items: list[OutlineItem] = field(default_factory=list)
    url: str | None = None

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
        return [item for entry in self.entries for item in entry.items]

    @property
    def progress_key(self):
        """Which items are done, as a short string ("1" done, "0" not, in course order): what
        the cached outline on the course page varies by, with the reader's access."""
        return "".join("1" if item.done else "0" for item in self.items)

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
    def next_item(self):
        """Where to continue: the first item, in course order, that is not done yet."""
        return next((item for item in self.items if not item.done), None)

    @property
    def next_lesson(self):
        """The page of next_item."""
        item = self.next_item
        return item.page if item else None


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


# The outline of each course, in the "pages" cache: cleared whenever a page is saved,
# published, unpublished, moved or deleted (lms/signals.py), so it is never out of date; the
# timeout is only a safety net for changes made behind Django's back.
OUTLINE_KEY = "course-outline:{course}"
OUTLINE_SECONDS = 60 * 60


def outline_pages(*, course) -> list[OutlinePage]:
    """The published modules, lessons and quizzes of a course, in course order: one query,
    whatever the size of the course, then none until the pages change (see OUTLINE_KEY)."""
    key = OUTLINE_KEY.format(course=course.pk)
    pages = caches["pages"].get(key)
    if pages is None:
        types = ContentType.objects.get_for_models(ModulePage, LessonPage, QuizPage)
        rows = (
            Page.objects.descendant_of(course)
            .live()
            .filter(depth__lte=course.depth + 2, content_type__in=[t.pk for t in types.values()])
            .annotate(
                intro=F("modulepage__intro"),
                quiz_kind=F("quizpage__kind"),
                quiz_required=F("quizpage__required_for_completion"),
            )
            .order_by("path")
            .values(
                "pk",
                "title",
                "path",
                "depth",
                "url_path",
                "translation_key",
                "content_type",
                "intro",
                "quiz_kind",
                "quiz_required",
            )
        )
        module_type = types[ModulePage].pk
        pages = []
        for row in rows:
            content_type, intro = row.pop("content_type"), row.pop("intro")
            row["quiz_required"] = bool(row["quiz_required"])
            pages.append(
                OutlinePage(**row, is_module=content_type == module_type, intro=intro or "")
            )
        caches["pages"].set(key, pages, OUTLINE_SECONDS)
    return pages


def course_outline(*, course, enrolment=None, request=None) -> Outline:
    """Published modules, lessons and quizzes of a course in order, each marked done or not for
    the enrolment. Two queries for an enrolment (its lessons done, its quizzes taken) and none
    without, once the course's pages are in the cache (outline_pages).
    With the request, each entry has its `url`: the course's URL and the rest of the entry's
    path, as Wagtail would make it for a page under the course (same site, same language),
    without resolving it once per entry."""
    done = done_lesson_keys(enrolment=enrolment)
    attempted, passed = quiz_keys_done(enrolment=enrolment)
    course_url = course.get_url(request) if request is not None else None

    def url(page):
        return course_url + page.url_path[len(course.url_path) :] if course_url else None

    entries, module = [], None
    for page in outline_pages(course=course):
        if page.is_module:
            module = OutlineModule(page=page, intro=page.intro, url=url(page))
            entries.append(module)
            continue
        key = page.translation_key
        if page.quiz_kind is None:
            item = OutlineItem(page=page, done=key in done, url=url(page))
        else:
            kind = page.quiz_kind
            item = OutlineItem(
                page=page,
                done=key in attempted if kind == QuizKind.PRE_TEST else key in passed,
                counts=page.quiz_required and kind != QuizKind.PRE_TEST,
                kind=kind,
                url=url(page),
            )
        if page.depth == course.depth + 1:
            entries.append(item)
            module = None
        elif module is not None and page.path.startswith(module.page.path):
            module.items.append(item)
    return Outline(entries=entries)


def lesson_navigation(*, lesson, course, enrolment, request=None) -> dict:
    """Previous and next lessons (or quizzes) of the course around this one, as outline items
    (page, url), and whether it is done."""
    if course is None:
        outline = Outline([])
    else:
        outline = course_outline(course=course, enrolment=enrolment, request=request)
    items = outline.items
    ids = [item.page.pk for item in items]
    position = ids.index(lesson.pk) if lesson.pk in ids else None
    previous_item = items[position - 1] if position else None
    next_item = items[position + 1] if position is not None and position + 1 < len(items) else None
    done = any(item.done for item in items if item.page.pk == lesson.pk)
    return {
        "outline": outline,
        "previous_item": previous_item,
        "next_item": next_item,
        "lesson_done": done,
    }
