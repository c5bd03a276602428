"""Reads for the quiz pages: a learner's attempts, what they may do next, and the review."""

from wagtail.images import get_image_model

from ..models import QuizAttempt, QuizKind, ShowAnswers
from .gains import learner_gain


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


def quiz_overview(*, user, quiz, course, enrolment) -> dict:
    """What the quiz page shows a learner with this enrolment in the course (None when they
    have none): their attempts, the open one, how many are left, whether they may start, and
    their knowledge gain when this is a pre-test or a post-test."""
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


def best_final_score(*, enrolment):
    """The best score at the course's final assessment or, when it has none, at its post-test;
    None when the learner took neither. One or two queries."""
    graded = QuizAttempt.objects.filter(enrolment=enrolment, status=QuizAttempt.Status.GRADED)
    for kind in (QuizKind.FINAL, QuizKind.POST_TEST):
        best = (
            graded.filter(kind=kind).order_by("-percent").values_list("percent", flat=True).first()
        )
        if best is not None:
            return best
    return None
