"""Graded answers for the attempts graded before they were recorded at grading time: read from
each attempt's snapshot, answers and results, as grading wrote them."""

from decimal import Decimal

from django.db import migrations

BATCH = 500


def backfill(apps, schema_editor):
    QuizAttempt = apps.get_model("courses", "QuizAttempt")
    GradedAnswer = apps.get_model("courses", "GradedAnswer")
    GradedAnswerChoice = apps.get_model("courses", "GradedAnswerChoice")
    attempts = (
        QuizAttempt.objects.filter(status="graded", percent__isnull=False)
        .exclude(pk__in=GradedAnswer.objects.values("attempt_id"))
        .only("pk", "quiz_key", "questions", "answers", "results", "percent")
        .order_by("pk")
    )
    answers, picks = [], []
    for attempt in attempts.iterator(chunk_size=BATCH):
        for question in attempt.questions or []:
            result = (attempt.results or {}).get(str(question["id"]), {})
            answers.append(
                GradedAnswer(
                    attempt_id=attempt.pk,
                    quiz_key=attempt.quiz_key,
                    question_id=question["id"],
                    correct=bool(result.get("correct")),
                    awarded=Decimal(str(result.get("awarded", "0"))),
                    points=question.get("points", 1),
                    attempt_percent=attempt.percent,
                )
            )
            offered = {choice["id"] for choice in question.get("choices", [])}
            chosen = set((attempt.answers or {}).get(str(question["id"]), []))
            picks.append(sorted(offered & chosen))
        if len(answers) >= BATCH:
            _save(GradedAnswer, GradedAnswerChoice, answers, picks)
            answers, picks = [], []
    _save(GradedAnswer, GradedAnswerChoice, answers, picks)


def _save(GradedAnswer, GradedAnswerChoice, answers, picks):
    if not answers:
        return
    GradedAnswer.objects.bulk_create(answers)
    GradedAnswerChoice.objects.bulk_create(
        GradedAnswerChoice(answer_id=answer.pk, choice_id=choice_id)
        for answer, chosen in zip(answers, picks, strict=True)
        for choice_id in chosen
    )


class Migration(migrations.Migration):
    dependencies = [("courses", "0005_graded_answers")]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
