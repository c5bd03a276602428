"""Item analysis of quiz questions: pure functions over graded attempts' snapshots."""

from dataclasses import dataclass, field

# Kelley's classic split: the top and bottom 27% of learners by total score.
GROUP_SHARE = 0.27


@dataclass
class ChoiceStats:
    id: int
    text: str
    correct: bool
    chosen: int = 0
    share: float = 0.0


@dataclass
class QuestionStats:
    id: int
    text: str
    answered: int = 0
    correct: int = 0
    choices: dict = field(default_factory=dict)
    discrimination: float | None = None

    @property
    def share_correct(self):
        return self.correct / self.answered if self.answered else None


def question_statistics(attempts: list[dict]) -> list[QuestionStats]:
    """Per question: how many attempts were given it, the share answering it right, the share
    choosing each choice, and the discrimination index (share right among the top 27% of
    attempts by score minus the share right among the bottom 27%; None with fewer than four
    attempts). Each attempt is a dict with `percent`, `questions` (its snapshot), `answers` and
    `results`, and optionally `id`: attempts with the same score are ranked by it.

    This is the reference definition: the admin computes the same figures in SQL
    (courses/reporting/questions.py), and the tests check that both agree."""
    stats: dict[int, QuestionStats] = {}
    for attempt in attempts:
        chosen_by_question = attempt["answers"]
        for question in attempt["questions"]:
            item = stats.setdefault(question["id"], QuestionStats(question["id"], question["text"]))
            item.answered += 1
            if attempt["results"].get(str(question["id"]), {}).get("correct"):
                item.correct += 1
            chosen = set(chosen_by_question.get(str(question["id"]), []))
            for choice in question["choices"]:
                entry = item.choices.setdefault(
                    choice["id"], ChoiceStats(choice["id"], choice["text"], choice["correct"])
                )
                entry.chosen += choice["id"] in chosen
    for item in stats.values():
        for entry in item.choices.values():
            entry.share = entry.chosen / item.answered if item.answered else 0.0
    if len(attempts) >= 4:
        ranked = sorted(attempts, key=lambda attempt: (attempt["percent"], attempt.get("id", 0)))
        size = max(1, round(len(ranked) * GROUP_SHARE))
        lower, upper = ranked[:size], ranked[-size:]
        for item in stats.values():
            item.discrimination = _share_right(upper, item.id) - _share_right(lower, item.id)
    return list(stats.values())


def _share_right(group, question_id):
    given = [a for a in group if any(q["id"] == question_id for q in a["questions"])]
    if not given:
        return 0.0
    right = sum(1 for a in given if a["results"].get(str(question_id), {}).get("correct"))
    return right / len(given)
