"""Question statistics of a quiz, in all its languages, in SQL over the graded answers
(GradedAnswer, GradedAnswerChoice) written when attempts are graded. Six queries, whatever
the number of attempts.

- **Facility** (share right): of the attempts that were given the question (questions drawn
  at random from a pool are given to some attempts only), the share that answered it right.
- **Discrimination**: the share right among the top 27% of all graded attempts by score minus
  the share right among the bottom 27% (Kelley's groups; ties broken by attempt order), each
  among the attempts of the group that were given the question. Shown from four attempts on.
- **Choices**: the share of the attempts given the question that picked each choice.
Each figure says how many attempts it rests on.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Max, Q

from courses.models import GradedAnswer, GradedAnswerChoice, QuizAttempt
from courses.statistics import GROUP_SHARE

MIN_ATTEMPTS_FOR_DISCRIMINATION = 4
LANGUAGE_ORDER = [code for code, _name in settings.LANGUAGES]


@dataclass
class ChoiceFigures:
    id: int
    text: str
    correct: bool
    chosen: int = 0
    share: float = 0.0


@dataclass
class QuestionFigures:
    id: int
    text: str
    language: str = ""
    answered: int = 0
    correct: int = 0
    upper_given: int = 0
    upper_correct: int = 0
    lower_given: int = 0
    lower_correct: int = 0
    choices: dict = field(default_factory=dict)
    discrimination: float | None = None
    order: tuple = ()

    @property
    def share_correct(self):
        return self.correct / self.answered if self.answered else None


@dataclass
class QuizFigures:
    attempts: int
    group_size: int | None
    questions: list


def quiz_question_figures(*, quiz) -> QuizFigures:
    """Item analysis over every graded attempt at a quiz, in all its languages."""
    graded = QuizAttempt.objects.filter(
        quiz_key=quiz.translation_key, status=QuizAttempt.Status.GRADED
    )
    total = graded.count()
    answers = GradedAnswer.objects.filter(quiz_key=quiz.translation_key)
    group_size = None
    # Named apart from GradedAnswer's own fields, which the filters refer to.
    counts = {"n_answered": Count("pk"), "n_correct": Count("pk", filter=Q(correct=True))}
    if total >= MIN_ATTEMPTS_FOR_DISCRIMINATION:
        group_size = max(1, round(total * GROUP_SHARE))
        lowest = graded.order_by("percent", "pk").values_list("percent", "pk")[group_size - 1]
        highest = graded.order_by("-percent", "-pk").values_list("percent", "pk")[group_size - 1]
        lower = Q(attempt_percent__lt=lowest[0]) | Q(
            attempt_percent=lowest[0], attempt_id__lte=lowest[1]
        )
        upper = Q(attempt_percent__gt=highest[0]) | Q(
            attempt_percent=highest[0], attempt_id__gte=highest[1]
        )
        counts.update(
            n_upper_given=Count("pk", filter=upper),
            n_upper_correct=Count("pk", filter=upper & Q(correct=True)),
            n_lower_given=Count("pk", filter=lower),
            n_lower_correct=Count("pk", filter=lower & Q(correct=True)),
        )
    rows = answers.order_by().values("question_id").annotate(**counts)
    figures = {
        row["question_id"]: QuestionFigures(id=row["question_id"], text="", **_counts(row))
        for row in rows
    }
    picks = (
        GradedAnswerChoice.objects.filter(answer__quiz_key=quiz.translation_key)
        .order_by()
        .values("answer__question_id", "choice_id")
        .annotate(chosen=Count("pk"))
    )
    chosen = {(row["answer__question_id"], row["choice_id"]): row["chosen"] for row in picks}
    _add_texts(figures, answers, chosen)
    for item in figures.values():
        if group_size is not None:
            item.discrimination = _share(item.upper_correct, item.upper_given) - _share(
                item.lower_correct, item.lower_given
            )
    questions = sorted(figures.values(), key=lambda item: item.order)
    return QuizFigures(attempts=total, group_size=group_size, questions=questions)


def _counts(row):
    return {name[2:]: value for name, value in row.items() if name.startswith("n_")}


def _share(part, whole) -> float:
    return part / whole if whole else 0.0


def _add_texts(figures, answers, chosen):
    """Question and choice texts, and which choices are right, as the latest attempt given
    each question was shown them: one query for the snapshots."""
    latest = answers.order_by().values("question_id").annotate(latest=Max("attempt_id"))
    snapshots = QuizAttempt.objects.filter(pk__in=latest.values("latest")).values(
        "questions", "quiz__locale__language_code"
    )
    seen = set()
    for snapshot in snapshots:
        language = snapshot["quiz__locale__language_code"] or ""
        for position, question in enumerate(snapshot["questions"]):
            item = figures.get(question["id"])
            if item is None or question["id"] in seen:
                continue
            seen.add(question["id"])
            item.text = question["text"]
            item.language = language
            item.order = (_language_position(language), position, question["id"])
            for choice in question["choices"]:
                count = chosen.get((question["id"], choice["id"]), 0)
                item.choices[choice["id"]] = ChoiceFigures(
                    id=choice["id"],
                    text=choice["text"],
                    correct=choice["correct"],
                    chosen=count,
                    share=count / item.answered if item.answered else 0.0,
                )
    for item in figures.values():
        if item.id not in seen:
            item.order = (len(LANGUAGE_ORDER) + 1, 0, item.id)


def _language_position(code):
    return LANGUAGE_ORDER.index(code) if code in LANGUAGE_ORDER else len(LANGUAGE_ORDER)
