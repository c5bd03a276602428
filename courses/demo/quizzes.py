"""The demo courses' quizzes: their rules in course.yml, their texts and questions in each
language's quizzes.yml (README, "Demo content"). A question has a key, the same in every
language; a translation keeps the keys, types, points and right answers of the English file."""

import re
from dataclasses import dataclass
from pathlib import Path

from courses.models import Choice, Question, QuizKind, QuizPage
from lms.demo import SOURCE, DemoPage, clean, fail, fields, read_yaml, where

RULES = """pass_mark max_attempts required_for_completion show_answers shuffle_questions
    shuffle_choices questions_per_attempt time_limit_minutes before_modules""".split()
QUIZ = ["intro", "questions", "same_questions_as"]
QUESTION = ["points", "partial_credit", "explanation"]
_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class DemoQuestion:
    key: str
    kind: str
    text: str
    choices: tuple  # (text, is_correct) pairs, in the order shown
    explanation: str
    points: int = 1
    partial_credit: bool = False

    @property
    def shape(self) -> tuple:
        """What a translation keeps: key, type, scoring, and which choices are right."""
        right = tuple(is_correct for _text, is_correct in self.choices)
        return (self.key, self.kind, self.points, self.partial_credit, right)

    def build(self, sort_order: int) -> Question:
        """A new Question, with its choices, for one quiz page."""
        names = ["kind", "text", "explanation", "points", "partial_credit"]
        question = Question(**{name: getattr(self, name) for name in names}, sort_order=sort_order)
        question.choices = [
            Choice(text=text, is_correct=right, sort_order=index)
            for index, (text, right) in enumerate(self.choices)
        ]
        return question


def quiz_rules(data, path: Path) -> dict[str, dict]:
    """The rules of each quiz by slug, as QuizPage fields, checked as the quiz editor checks
    them; `before_modules: true` puts the quiz before the course's modules."""
    if not isinstance(data, dict):
        fail(path, "quizzes holds a 'slug:' line per quiz, with its rules below it.")
    rules = {}
    for slug, values in data.items():
        what = f"quiz {slug}: "
        values = fields(values, path, required=["kind"], optional=RULES, what=what)
        first = values.pop("before_modules", False)
        values = clean(QuizPage, values, path)
        if values["kind"] == QuizKind.PRE_TEST and values.get("required_for_completion"):
            fail(path, f"{what}a pre-test never blocks anyone from completing.")
        rules[slug] = {"slug": slug, **values, "first": first is True}
    return rules


def quizzes_read(path: Path, code: str, *, rules: dict, quizzes: dict) -> dict[str, DemoPage]:
    """The quizzes of the course in language `code`, English first: `quizzes` holds what was
    read before. Refuses a file whose quizzes are not those of course.yml, a question the quiz
    editor would refuse, a pre-test and post-test that ask different questions, and a
    translation whose questions or right answers are not those of the English file."""
    if not rules:
        if path.exists():
            fail(path, "course.yml has no quizzes for these questions.")
        return {}
    data = read_yaml(path)
    if not isinstance(data, dict) or list(data) != list(rules):
        fail(path, f"this file holds the quizzes of course.yml, in its order: {', '.join(rules)}.")
    parsed = {}
    for slug, quiz in data.items():
        texts = ["title", "intro", "same_questions_as"]
        quiz = fields(quiz, path, required=["title"], optional=QUIZ, texts=texts, what=f"{slug}: ")
        if ("questions" in quiz) == ("same_questions_as" in quiz):
            fail(path, f"{slug}: give either its questions or same_questions_as: <a quiz above>.")
        if source := quiz.pop("same_questions_as", None):
            if source not in parsed:
                fail(path, f"{slug}: same_questions_as names a quiz above with its own questions.")
            quiz["questions"] = parsed[source]
        else:
            quiz["questions"] = parsed[slug] = _questions(quiz["questions"], path, slug)
        texts = clean(QuizPage, {"title": quiz["title"], "intro": quiz.get("intro", "")}, path)
        quiz = {**texts, "questions": quiz["questions"]}
        if code == SOURCE:
            values = {key: value for key, value in rules[slug].items() if key != "first"}
            quizzes[slug] = DemoPage(QuizPage, values, path, first=rules[slug]["first"])
        else:
            _same_questions(quiz["questions"], quizzes[slug], path, slug)
        quizzes[slug].put(code, quiz)
    _check_rules(quizzes, code, path)
    return quizzes


def _questions(data, path: Path, slug: str) -> list[DemoQuestion]:
    if not isinstance(data, list) or not data:
        fail(path, f"{slug}: questions is a list of '- key: …' questions.")
    questions = [
        _question(item, path, f"{slug}, question {number}: ")
        for number, item in enumerate(data, start=1)
    ]
    keys = [question.key for question in questions]
    if twice := sorted({key for key in keys if keys.count(key) > 1}):
        fail(path, f"{slug}: two questions have the key {', '.join(twice)}.")
    return questions


def _question(item, path: Path, what: str) -> DemoQuestion:
    required, texts = ["key", "type", "text", "choices"], ["key", "type", "text", "explanation"]
    item = fields(item, path, required=required, optional=QUESTION, texts=texts, what=what)
    if not _KEY.match(item["key"]):
        fail(path, f"{what}a key is made of small letters, digits and dashes: family-strategy.")
    what = f"{what.split(',')[0]}, question {item['key']}: "
    values = {"kind": item["type"], "text": item["text"], "explanation": "", "points": 1}
    values = {"partial_credit": False, **values, **{n: item[n] for n in QUESTION if n in item}}
    values = clean(Question, values, path)
    choices = list(item["choices"]) if isinstance(item["choices"], list) else [None]
    for index, choice in enumerate(choices):
        choice = fields(
            choice, path, required=["text"], optional=["correct"], texts=["text"], what=what
        )
        if not isinstance(choice.get("correct", False), bool):
            fail(path, f"{what}correct is true or false.")
        text = clean(Choice, {"text": choice["text"]}, path)["text"]
        choices[index] = (text, choice.get("correct", False))
    # The rules the quiz editor enforces (QuizPageForm): the demo holds no question a trainer
    # could not save.
    kind, right = values["kind"], sum(1 for _text, is_correct in choices if is_correct)
    if kind == Question.Kind.TRUE_FALSE and len(choices) != 2:
        fail(path, f"{what}a true/false question has exactly two choices.")
    if len(choices) < 2:
        fail(path, f"{what}a question needs at least two choices.")
    if kind != Question.Kind.MULTIPLE and right != 1:
        fail(path, f"{what}mark exactly one choice correct: true.")
    if right < 1:
        fail(path, f"{what}mark at least one choice correct: true.")
    if values["partial_credit"] and kind != Question.Kind.MULTIPLE:
        fail(path, f"{what}only a multiple-choice question gives partial credit.")
    return DemoQuestion(item["key"], choices=tuple(choices), **values)


def _same_questions(questions: list, english: DemoPage, path: Path, slug: str) -> None:
    there = where(english.path)
    keys = [question.key for question in english.fields["questions"]]
    if [question.key for question in questions] != keys:
        fail(path, f"{slug}: the questions are those of {there}, in order: {', '.join(keys)}.")
    for question, original in zip(questions, english.fields["questions"], strict=True):
        if question.shape != original.shape:
            fail(
                path,
                f"{slug}, question {question.key}: the type, points, partial credit and right "
                f"answers (the choices marked correct: true) are those of {there}.",
            )


def _check_rules(quizzes: dict, code: str, path: Path) -> None:
    texts = {quiz.fields["kind"]: quiz.text(code) for quiz in quizzes.values()}
    pre, post = texts.get(QuizKind.PRE_TEST), texts.get(QuizKind.POST_TEST)
    # The knowledge gain compares the two scores, so both tests ask the same questions.
    if pre and post and pre["questions"] != post["questions"]:
        fail(
            path,
            "the pre-test and post-test ask different questions: give the post-test "
            "same_questions_as: <the pre-test>.",
        )
    for quiz in quizzes.values():
        drawn, pool = quiz.fields.get("questions_per_attempt"), len(quiz.fields["questions"])
        if drawn and drawn > pool:
            fail(path, f"{quiz.fields['slug']}: course.yml draws {drawn} questions of {pool}.")
