from decimal import Decimal

import pytest

from courses.grading import grade_attempt, grade_question


def question(kind, points=2, correct=(1,), choices=(1, 2, 3, 4), partial=False, qid=10):
    return {
        "id": qid,
        "kind": kind,
        "points": points,
        "partial_credit": partial,
        "choices": [{"id": c, "text": str(c), "correct": c in correct} for c in choices],
    }


@pytest.mark.parametrize(("selected", "awarded"), [({1}, 2), ({2}, 0), (set(), 0), ({1, 2}, 0)])
def test_single_choice_scores_only_the_exact_answer(selected, awarded):
    assert grade_question(question("single"), selected).awarded == Decimal(awarded)


@pytest.mark.parametrize(("selected", "awarded"), [({1}, 1), ({2}, 0)])
def test_true_false_scores_only_the_exact_answer(selected, awarded):
    q = question("true_false", points=1, choices=(1, 2))
    assert grade_question(q, selected).awarded == Decimal(awarded)


@pytest.mark.parametrize(
    ("selected", "awarded"), [({1, 2}, 4), ({1}, 0), ({1, 2, 3}, 0), (set(), 0)]
)
def test_multiple_choice_all_or_nothing(selected, awarded):
    q = question("multiple", points=4, correct=(1, 2))
    assert grade_question(q, selected).awarded == Decimal(awarded)


@pytest.mark.parametrize(
    ("selected", "awarded"),
    [
        ({1, 2}, "4"),  # everything right
        ({1}, "2.00"),  # half the right choices
        ({1, 3}, "0.00"),  # one right, one wrong cancel out
        ({1, 2, 3}, "2.00"),  # two right, one wrong
        ({3, 4}, "0.00"),  # never below zero
    ],
)
def test_multiple_choice_partial_credit(selected, awarded):
    q = question("multiple", points=4, correct=(1, 2), partial=True)
    result = grade_question(q, selected)
    assert result.awarded == Decimal(awarded)
    assert result.correct is (selected == {1, 2})


def test_score_exactly_at_the_pass_mark_passes():
    questions = [question("single", points=1, qid=i) for i in range(1, 5)]
    answers = {"1": [1], "2": [1], "3": [1], "4": [2]}

    at_mark = grade_attempt(questions, answers, pass_mark=75)
    above_mark = grade_attempt(questions, answers, pass_mark=76)

    assert at_mark.percent == Decimal("75.00") and at_mark.passed
    assert not above_mark.passed


def test_points_weigh_questions_and_unanswered_score_zero():
    questions = [question("single", points=3, qid=1), question("single", points=1, qid=2)]

    grade = grade_attempt(questions, {"1": [1]}, pass_mark=70)

    assert (grade.awarded, grade.max_points, grade.percent) == (Decimal(3), 4, Decimal("75.00"))
    assert grade.passed
