"""Grading: pure functions over the snapshot an attempt was given. No database."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

SINGLE = "single"
MULTIPLE = "multiple"
TRUE_FALSE = "true_false"


@dataclass(frozen=True)
class QuestionResult:
    question_id: int
    awarded: Decimal
    points: int
    correct: bool


def grade_question(question: dict, selected: set[int]) -> QuestionResult:
    """Score one question of a snapshot. Single choice and true/false: all points for exactly
    the correct choice. Multiple choice: all points for exactly the correct set, or, with partial
    credit, points × (right picks − wrong picks) / number of right choices, never below zero."""
    correct = {choice["id"] for choice in question["choices"] if choice["correct"]}
    points = question["points"]
    exact = selected == correct
    if exact:
        awarded = Decimal(points)
    elif question["kind"] == MULTIPLE and question.get("partial_credit") and correct:
        right = len(selected & correct)
        wrong = len(selected - correct)
        fraction = max(Decimal(0), Decimal(right - wrong) / Decimal(len(correct)))
        awarded = (Decimal(points) * fraction).quantize(Decimal("0.01"), ROUND_HALF_UP)
    else:
        awarded = Decimal(0)
    return QuestionResult(question["id"], awarded, points, exact)


@dataclass(frozen=True)
class Grade:
    awarded: Decimal
    max_points: int
    percent: Decimal
    passed: bool
    results: list[QuestionResult]


def grade_attempt(questions: list[dict], answers: dict, pass_mark: int) -> Grade:
    """Grade a whole attempt. `answers` maps question ids (as strings, as stored in JSON) to
    lists of choice ids; unanswered questions score zero. A score equal to the pass mark
    passes."""
    results = [
        grade_question(question, set(answers.get(str(question["id"]), [])))
        for question in questions
    ]
    awarded = sum((result.awarded for result in results), Decimal(0))
    max_points = sum(result.points for result in results)
    percent = (
        (awarded * 100 / max_points).quantize(Decimal("0.01"), ROUND_HALF_UP)
        if max_points
        else Decimal(0)
    )
    return Grade(awarded, max_points, percent, percent >= pass_mark, results)
