from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from lms import models as lms_models
from lms.routing import TreeRoutingMixin, load_specific_fields, routed_ancestor

from .blocks import LessonBodyBlock


class Audience(models.TextChoices):
    PROFESSIONALS = "professionals", _("Professionals")
    MIGRANTS_AND_FAMILIES = "migrants", _("Migrants and families")
    EVERYONE = "everyone", _("Everyone")


class Topic(models.TextChoices):
    SOCIAL_WORK = "social_work", _("Effective social work")
    PSYCHOSOCIAL = "psychosocial", _("Psycho-social support and trauma healing")
    CASE_MANAGEMENT = "case_management", _("Case management")
    PRE_DEPARTURE = "pre_departure", _("Pre-departure orientation")
    OTHER = "other", _("Other")


class CourseIndexPage(RoutablePageMixin, TreeRoutingMixin, Page):
    """The course catalogue of one language, with the courses not yet translated into it."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["lms.HomePage"]
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from .selectors.dashboard import course_catalogue

        context = super().get_context(request, *args, **kwargs)
        context.update(course_catalogue(locale_id=self.locale_id))
        return context

    @path("")
    def catalogue(self, request):
        return self.render(request)

    @path("missing/<uuid:translation_key>/")
    def missing(self, request, translation_key):
        from .views import missing_translation

        return missing_translation(request, catalogue=self, translation_key=translation_key)


class CourseTranslationFallbackMixin:
    """Where the language switcher sends readers of a language a course page is not in: the
    course in their language where only this page is missing, otherwise a notice in their
    language (their catalogue's "missing" page) that offers the versions that exist."""

    def translation_fallback_urls(self, request):
        course = self if isinstance(self, CoursePage) else self.get_course()
        if course is None:
            return {}
        urls = {
            catalogue.locale.language_code: catalogue.get_url(request)
            + catalogue.reverse_subpage("missing", args=[course.translation_key])
            for catalogue in CourseIndexPage.objects.live().select_related("locale")
        }
        if course is not self:
            urls.update(
                {
                    translation.locale.language_code: translation.get_url(request)
                    for translation in CoursePage.objects.live()
                    .filter(translation_key=course.translation_key)
                    .select_related("locale")
                }
            )
        return urls


class CourseContentMixin(CourseTranslationFallbackMixin):
    """Modules, lessons and quizzes: served only to those who may read their course
    (courses.selectors.access.can_read_course, asked once per request)."""

    def get_course(self):
        """The live course this page belongs to, or None. Free when the page was routed (its
        parents are cached), one query otherwise."""
        course = routed_ancestor(self, CoursePage)
        if course is None:
            return CoursePage.objects.ancestor_of(self).live().first()
        return load_specific_fields(course) if course.live else None

    def serve(self, request, *args, **kwargs):
        from .selectors.access import course_access

        course = self.get_course()
        if course is None or not course_access(request=request, course=course).can_read:
            if not request.user.is_authenticated:
                from django.contrib.auth.views import redirect_to_login

                return redirect_to_login(request.get_full_path())
            response = TemplateResponse(
                request, "courses/not_enrolled.html", {"course": course, "page": self}
            )
            response.status_code = 403
            return response
        request.course = course
        return super().serve(request, *args, **kwargs)

    def course_for(self, request):
        """The course of the page being served (set by serve), or found."""
        return getattr(request, "course", None) or self.get_course()


class CoursePage(CourseTranslationFallbackMixin, RoutablePageMixin, TreeRoutingMixin, Page):
    summary = models.TextField(_("summary"), max_length=600)
    audience = models.CharField(
        _("audience"), max_length=16, choices=Audience.choices, default=Audience.PROFESSIONALS
    )
    topic = models.CharField(_("topic"), max_length=32, choices=Topic.choices)
    estimated_hours = models.DecimalField(
        _("estimated hours"),
        max_digits=5,
        decimal_places=1,
        validators=[MinValueValidator(0.5), MaxValueValidator(500)],
        help_text=_("Printed on certificates."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    learning_outcomes = StreamField(
        [("outcome", blocks.CharBlock(label=_("Outcome"), max_length=300))],
        verbose_name=_("learning outcomes"),
        blank=True,
    )
    is_public = models.BooleanField(
        _("public"),
        default=False,
        help_text=_("Anyone can read a public course without an account."),
    )
    enrolment_open = models.BooleanField(_("enrolment open"), default=True)
    enrolment_key = models.CharField(
        _("enrolment key"),
        max_length=64,
        blank=True,
        help_text=_("If set, learners must type this key to enrol."),
    )
    certificate_template = models.ForeignKey(
        "certificates.CertificateTemplate",
        verbose_name=_("certificate template"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty for the default template."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("topic"),
                FieldPanel("estimated_hours"),
                FieldPanel("cover_image"),
            ],
            heading=_("About the course"),
        ),
        FieldPanel("learning_outcomes"),
        MultiFieldPanel(
            [FieldPanel("is_public"), FieldPanel("enrolment_open"), FieldPanel("enrolment_key")],
            heading=_("Access and enrolment"),
        ),
        FieldPanel("certificate_template"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.FilterField("audience"),
        index.FilterField("topic"),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage", "courses.QuizPage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def get_context(self, request, *args, **kwargs):
        from certificates.selectors import current_certificate

        from .selectors.access import course_access
        from .selectors.outline import course_outline

        context = super().get_context(request, *args, **kwargs)
        access = course_access(request=request, course=self)
        context["enrolment"] = access.enrolment
        context["outline"] = course_outline(
            course=self, enrolment=access.enrolment, request=request
        )
        context["can_read"] = access.can_read
        # Certificates are issued on completion: before it there is none to look for.
        completed = access.enrolment is not None and access.enrolment.is_complete
        context["certificate"] = (
            current_certificate(enrolment=access.enrolment) if completed else None
        )
        return context

    @path("")
    def course(self, request):
        return self.render(request)

    @path("enrol/")
    def enrol(self, request):
        from .views import enrol

        return enrol(request, course=self)

    @path("leave/")
    def leave(self, request):
        from .views import leave

        return leave(request, course=self)


class ModulePage(CourseContentMixin, TreeRoutingMixin, Page):
    intro = models.TextField(_("introduction"), blank=True, max_length=1000)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "courses.QuizPage"]

    class Meta:
        verbose_name = _("module")

    def serve(self, request, *args, **kwargs):
        # A module has no page of its own: its lessons are listed on the course page.
        course = self.get_course()
        if course is None:
            return super().serve(request, *args, **kwargs)
        return redirect(course.get_url(request) + f"#module-{self.pk}")


class LessonPage(CourseContentMixin, RoutablePageMixin, TreeRoutingMixin, Page):
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
    )

    content_panels = [*Page.content_panels, FieldPanel("estimated_minutes"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def get_context(self, request, *args, **kwargs):
        from .selectors.access import course_access
        from .selectors.outline import lesson_navigation

        context = super().get_context(request, *args, **kwargs)
        course = self.course_for(request)
        enrolment = course_access(request=request, course=course).enrolment if course else None
        context["course"] = course
        context["enrolment"] = enrolment
        context.update(
            lesson_navigation(lesson=self, course=course, enrolment=enrolment, request=request)
        )
        return context

    @path("")
    def lesson(self, request):
        return self.render(request)

    @path("complete/")
    def complete(self, request):
        from .views import complete_lesson

        return complete_lesson(request, lesson=self, course=request.course)


class Enrolment(models.Model):
    """A learner's place in a course. One per learner and course in all its languages: the
    course is identified by its Wagtail translation key, so switching language keeps progress."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        LEFT = "left", _("Left")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="enrolments",
        help_text=_("The course page, in the language the learner enrolled in."),
    )
    course_key = models.UUIDField(editable=False)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.ACTIVE)
    enrolled_at = models.DateTimeField(default=timezone.now)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The trainer who enrolled the learner, if not the learner."),
    )
    left_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        permissions = [("enrol_learners", _("Can enrol learners in bulk"))]
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="one_enrolment_per_course"),
        ]
        indexes = [models.Index(fields=["course_key", "status"])]

    def __str__(self):
        return f"{self.user} – {self.course}"

    @property
    def is_active(self):
        return self.status == self.Status.ACTIVE

    @property
    def is_complete(self):
        return self.completed_at is not None


class LessonProgress(models.Model):
    """A lesson a learner has done. One row per enrolment and lesson (in any language)."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="progress")
    lesson = models.ForeignKey(LessonPage, null=True, on_delete=models.SET_NULL, related_name="+")
    lesson_key = models.UUIDField()
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "lesson_key"], name="one_progress_per_lesson"
            ),
        ]

    def __str__(self):
        return f"{self.enrolment} – {self.lesson_key}"


class QuizKind(models.TextChoices):
    PRACTICE = "practice", _("Practice quiz")
    PRE_TEST = "pre_test", _("Pre-test")
    POST_TEST = "post_test", _("Post-test")
    FINAL = "final", _("Final assessment")


class ShowAnswers(models.TextChoices):
    NEVER = "never", _("Never")
    AFTER_EACH_ATTEMPT = "after_attempt", _("After each attempt")
    AFTER_PASSING = "after_passing", _("After passing")
    AFTER_LAST_ATTEMPT = "after_last", _("After the last attempt")


class QuizPageForm(WagtailAdminPageForm):
    """Checks each question's choices: two or more, and the right number marked correct."""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == QuizKind.PRE_TEST and cleaned.get("required_for_completion"):
            self.add_error(
                "required_for_completion", _("A pre-test never blocks anyone from completing.")
            )
        for question_form in self.formsets["questions"].forms:
            if not question_form.is_valid() or question_form.cleaned_data.get("DELETE"):
                continue
            choices = [
                form.cleaned_data
                for form in question_form.formsets["choices"].forms
                if form.is_valid() and form.cleaned_data and not form.cleaned_data.get("DELETE")
            ]
            kind = question_form.cleaned_data.get("kind")
            correct = sum(1 for choice in choices if choice.get("is_correct"))
            if kind == Question.Kind.TRUE_FALSE and len(choices) != 2:
                question_form.add_error(None, _("A true/false question has exactly two choices."))
            elif len(choices) < 2:
                question_form.add_error(None, _("A question needs at least two choices."))
            if kind in (Question.Kind.SINGLE, Question.Kind.TRUE_FALSE) and correct != 1:
                question_form.add_error(None, _("Mark exactly one choice as correct."))
            elif kind == Question.Kind.MULTIPLE and correct < 1:
                question_form.add_error(None, _("Mark at least one choice as correct."))
        return cleaned


class QuizPage(CourseContentMixin, RoutablePageMixin, TreeRoutingMixin, Page):
    """A quiz inside a course or module. Its questions are written on the page itself, so they
    have drafts, revisions, preview and moderation like any page."""

    intro = models.TextField(_("introduction"), blank=True, max_length=2000)
    kind = models.CharField(
        _("kind"), max_length=16, choices=QuizKind.choices, default=QuizKind.PRACTICE
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Leave empty for unlimited attempts."),
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=False)
    shuffle_choices = models.BooleanField(_("shuffle choices"), default=False)
    questions_per_attempt = models.PositiveSmallIntegerField(
        _("questions per attempt"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(200)],
        help_text=_("Draw this many questions at random from the pool; empty for all."),
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
    )
    required_for_completion = models.BooleanField(
        _("required to complete the course"), default=True
    )
    show_answers = models.CharField(
        _("show correct answers"),
        max_length=16,
        choices=ShowAnswers.choices,
        default=ShowAnswers.AFTER_EACH_ATTEMPT,
    )

    base_form_class = QuizPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("pass_mark"),
                FieldPanel("max_attempts"),
                FieldPanel("required_for_completion"),
                FieldPanel("show_answers"),
            ],
            heading=_("Rules"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_choices"),
                FieldPanel("questions_per_attempt"),
                FieldPanel("time_limit_minutes"),
            ],
            heading=_("Drawing and timing"),
        ),
        InlinePanel("questions", heading=_("Questions"), label=_("Question"), min_num=1),
    ]

    parent_page_types = ["courses.CoursePage", "courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    @property
    def is_pre_test(self):
        return self.kind == QuizKind.PRE_TEST

    @property
    def counts_for_completion(self):
        return self.required_for_completion and not self.is_pre_test

    def get_context(self, request, *args, **kwargs):
        from .selectors.access import course_access
        from .selectors.quizzes import quiz_overview

        context = super().get_context(request, *args, **kwargs)
        course = self.course_for(request)
        enrolment = course_access(request=request, course=course).enrolment if course else None
        context["course"] = course
        context.update(
            quiz_overview(user=request.user, quiz=self, course=course, enrolment=enrolment)
        )
        return context

    @path("")
    def quiz(self, request):
        return self.render(request)

    @path("start/")
    def start(self, request):
        from .views import quiz_start

        return quiz_start(request, quiz=self, course=request.course)

    @path("attempts/<int:attempt_id>/")
    def attempt(self, request, attempt_id):
        from .views import quiz_attempt

        return quiz_attempt(request, quiz=self, course=request.course, attempt_id=attempt_id)

    @path("attempts/<int:attempt_id>/result/")
    def result(self, request, attempt_id):
        from .views import quiz_result

        return quiz_result(request, quiz=self, course=request.course, attempt_id=attempt_id)


class Question(Orderable, ClusterableModel):
    class Kind(models.TextChoices):
        SINGLE = "single", _("Single choice")
        MULTIPLE = "multiple", _("Multiple choice (all that apply)")
        TRUE_FALSE = "true_false", _("True or false")

    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="questions")
    kind = models.CharField(_("type"), max_length=16, choices=Kind.choices, default=Kind.SINGLE)
    text = models.TextField(_("question"), max_length=2000)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    points = models.PositiveSmallIntegerField(
        _("points"), default=1, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    partial_credit = models.BooleanField(
        _("partial credit"),
        default=False,
        help_text=_("Multiple choice only: give part of the points for a partly right answer."),
    )
    explanation = models.TextField(
        _("explanation"),
        blank=True,
        max_length=2000,
        help_text=_("Shown with the correct answer, when answers are shown."),
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("text"),
        FieldPanel("image"),
        FieldPanel("points"),
        FieldPanel("partial_credit"),
        FieldPanel("explanation"),
        InlinePanel("choices", heading=_("Choices"), label=_("Choice"), min_num=2),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question")

    def __str__(self):
        return self.text[:80]


class Choice(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("choice"), max_length=500)
    is_correct = models.BooleanField(_("correct"), default=False)

    panels = [FieldPanel("text"), FieldPanel("is_correct")]

    class Meta(Orderable.Meta):
        verbose_name = _("choice")

    def __str__(self):
        return self.text


class QuizAttempt(models.Model):
    """One try at a quiz. It stores the rules it is judged by and the questions, choices and
    order it was given, so later edits to the quiz never change its score or its review."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        GRADED = "graded", _("Graded")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="quiz_attempts")
    quiz = models.ForeignKey(
        QuizPage, null=True, on_delete=models.SET_NULL, related_name="attempts"
    )
    quiz_key = models.UUIDField(help_text=_("The quiz in all its languages."))
    quiz_title = models.CharField(max_length=255)
    number = models.PositiveSmallIntegerField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.IN_PROGRESS)
    # The rules and content at the start of the attempt.
    kind = models.CharField(max_length=16, choices=QuizKind.choices)
    pass_mark = models.PositiveSmallIntegerField()
    max_attempts = models.PositiveSmallIntegerField(null=True, blank=True)
    show_answers = models.CharField(max_length=16, choices=ShowAnswers.choices)
    counts_for_completion = models.BooleanField()
    questions = models.JSONField()
    answers = models.JSONField(default=dict, blank=True)
    started_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(null=True, blank=True)
    graded_at = models.DateTimeField(null=True, blank=True)
    timed_out = models.BooleanField(default=False)
    score = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    max_score = models.PositiveIntegerField(null=True, blank=True)
    percent = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(null=True)
    results = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz_key", "number"], name="attempt_number_unique"
            ),
            models.UniqueConstraint(
                fields=["user", "quiz_key"],
                condition=models.Q(status="in_progress"),
                name="one_open_attempt_per_quiz",
            ),
            models.CheckConstraint(
                condition=models.Q(number__gte=1), name="attempt_number_positive"
            ),
            models.CheckConstraint(
                condition=models.Q(max_attempts__isnull=True)
                | models.Q(number__lte=models.F("max_attempts")),
                name="attempt_number_within_limit",
            ),
            models.CheckConstraint(
                condition=models.Q(percent__isnull=True)
                | models.Q(percent__gte=0, percent__lte=100),
                name="attempt_percent_range",
            ),
        ]
        indexes = [models.Index(fields=["quiz_key", "status"])]

    def __str__(self):
        return f"{self.quiz_title} #{self.number} – {self.user}"

    @property
    def is_graded(self):
        return self.status == self.Status.GRADED

    def is_past_time_limit(self, *, grace=timedelta(0)) -> bool:
        """Whether the attempt's time limit, if it has one, plus `grace` has passed."""
        return self.expires_at is not None and timezone.now() > self.expires_at + grace


class GradedAnswer(models.Model):
    """One question of a graded attempt and how it was answered: written once, when the
    attempt is graded, so that question statistics (facility, discrimination, choices) are
    plain SQL over rows instead of reading every attempt's JSON. The attempt stays the record;
    these rows are derived from it and never change (an attempt is graded once)."""

    attempt = models.ForeignKey(
        QuizAttempt, on_delete=models.CASCADE, related_name="answers_graded"
    )
    quiz_key = models.UUIDField()
    question_id = models.PositiveBigIntegerField(help_text=_("The question's id in the snapshot."))
    correct = models.BooleanField()
    awarded = models.DecimalField(max_digits=7, decimal_places=2)
    points = models.PositiveIntegerField()
    # The attempt's score, copied here because discrimination ranks attempts by it.
    attempt_percent = models.DecimalField(max_digits=5, decimal_places=2)

    class Meta:
        verbose_name = _("graded answer")
        verbose_name_plural = _("graded answers")
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question_id"], name="one_graded_answer_per_question"
            ),
        ]
        indexes = [models.Index(fields=["quiz_key", "question_id"])]

    def __str__(self):
        return f"{self.attempt_id} – {self.question_id}"


class GradedAnswerChoice(models.Model):
    """A choice a learner picked in a graded answer."""

    answer = models.ForeignKey(GradedAnswer, on_delete=models.CASCADE, related_name="choices")
    choice_id = models.PositiveBigIntegerField()

    class Meta:
        verbose_name = _("picked choice")
        verbose_name_plural = _("picked choices")
        constraints = [
            models.UniqueConstraint(fields=["answer", "choice_id"], name="one_pick_per_choice"),
        ]

    def __str__(self):
        return f"{self.answer_id} – {self.choice_id}"


# Training groups: in-person, blended and online-cohort trainings of a course. -------------

# Join and sign-in codes: capitals and digits that are not mistaken for each other when read
# off a projector or a sheet of paper (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
JOIN_CODE_LENGTH = 6


def new_join_code() -> str:
    import secrets

    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


class TrainingGroup(models.Model):
    """A workshop or cohort of a course: where and when it is held, who trains, how people
    join it (its join code) and what completing the course asks of its participants."""

    class Mode(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        BLENDED = "blended", _("Blended (workshop and online lessons)")
        ONLINE = "online", _("Online cohort")

    class Completion(models.TextChoices):
        ONLINE = "online", _("The course's own rule: every lesson and required quiz")
        ATTENDANCE_AND_ONLINE = (
            "attendance_and_online",
            _("Attendance, and every lesson and required quiz"),
        )
        ATTENDANCE_AND_QUIZZES = (
            "attendance_and_quizzes",
            _("Attendance, and every required quiz (lessons not needed)"),
        )
        ATTENDANCE = "attendance", _("Attendance only")

    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="training_groups",
    )
    name = models.CharField(_("name"), max_length=120)
    mode = models.CharField(_("mode"), max_length=16, choices=Mode.choices, default=Mode.IN_PERSON)
    country = models.CharField(_("country"), max_length=8, choices=lms_models.Country.choices)
    city = models.CharField(_("region or city"), max_length=100)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("trainers"), blank=True, related_name="+"
    )
    join_code = models.CharField(
        _("join code"), max_length=JOIN_CODE_LENGTH, unique=True, default=new_join_code
    )
    joining_open = models.BooleanField(_("joining open"), default=True)
    join_until = models.DateField(
        _("join until"),
        null=True,
        blank=True,
        help_text=_("The last day the join code works. Empty: the training's last day."),
    )
    completion = models.CharField(
        _("completion rule"),
        max_length=24,
        choices=Completion.choices,
        default=Completion.ATTENDANCE_AND_QUIZZES,
    )
    attendance_percent = models.PositiveSmallIntegerField(
        _("attendance needed (%)"),
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("The share of the training's days a participant must attend."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("training group")
        verbose_name_plural = _("training groups")
        ordering = ["-starts_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="training_ends_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(attendance_percent__gte=1, attendance_percent__lte=100),
                name="training_attendance_percent_range",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def days(self) -> list:
        """Every day of the training, the first to the last."""
        count = (self.ends_on - self.starts_on).days + 1
        return [self.starts_on + timedelta(days=n) for n in range(count)]

    @property
    def last_join_day(self):
        return self.join_until or self.ends_on

    @property
    def dates(self) -> str:
        """The first day, or the first and last, in the active language's date format."""
        start = formats.date_format(self.starts_on)
        if self.ends_on == self.starts_on:
            return start
        return f"{start} – {formats.date_format(self.ends_on)}"

    @property
    def place(self) -> str:
        """Venue, city and country, as printed on the handouts and shown to participants."""
        parts = (self.venue, self.city, str(self.get_country_display()))
        return ", ".join(part for part in parts if part)

    @property
    def needs_attendance(self):
        return self.completion != self.Completion.ONLINE


class GroupMembership(models.Model):
    """A participant of a training group, with the enrolment in its course."""

    group = models.ForeignKey(TrainingGroup, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_memberships"
    )
    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="group_memberships"
    )
    joined_at = models.DateTimeField(default=timezone.now)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("group membership")
        verbose_name_plural = _("group memberships")
        constraints = [
            models.UniqueConstraint(fields=["group", "user"], name="one_membership_per_group"),
        ]

    def __str__(self):
        return f"{self.user} – {self.group}"


class Attendance(models.Model):
    """A participant was present on a day of the training: one row per person and day."""

    class Method(models.TextChoices):
        TRAINER = "trainer", _("Ticked by a trainer")
        CHECK_IN = "check_in", _("Checked in with the day's code")

    membership = models.ForeignKey(
        GroupMembership, on_delete=models.CASCADE, related_name="attendances"
    )
    day = models.DateField()
    method = models.CharField(max_length=8, choices=Method.choices)
    recorded_at = models.DateTimeField(default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["membership", "day"], name="one_attendance_per_day"),
        ]

    def __str__(self):
        return f"{self.membership} – {self.day}"


class SignInCode(models.Model):
    """A one-time sign-in code for a participant without an email address, printed on the
    trainer's sheet. Only its hash is kept; printing the sheet again makes new codes."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sign_in_code"
    )
    code_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("sign-in code")
        verbose_name_plural = _("sign-in codes")

    def __str__(self):
        return str(self.user)
