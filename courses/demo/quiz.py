"""The rules of the demo courses' quizzes, and helpers that write their questions as plain data.

Every course has the same three quizzes: a pre-test before the modules and a post-test after
them, which ask the same questions so that the difference between a learner's two scores is
their knowledge gain, and a final assessment that decides completion. A question's choices are
listed in the order shown; the right ones are wrapped in `correct()`:

    single("Which …?", ["wrong", correct("right"), "wrong"], "Because …")
"""

from dataclasses import dataclass

from courses.models import Question, QuizKind, ShowAnswers

from . import DemoError

QUIZ_RULES = {
    "pre_test": {
        "slug": "pre-test",
        "kind": QuizKind.PRE_TEST,
        "required_for_completion": False,
        "max_attempts": 1,
        # The post-test asks the same questions: showing the answers now would spoil it.
        "show_answers": ShowAnswers.NEVER,
        "shuffle_questions": True,
        "shuffle_choices": True,
    },
    "post_test": {
        "slug": "post-test",
        "kind": QuizKind.POST_TEST,
        "required_for_completion": False,
        "max_attempts": 1,
        "show_answers": ShowAnswers.AFTER_EACH_ATTEMPT,
        "shuffle_questions": True,
        "shuffle_choices": True,
    },
    "final": {
        "slug": "final-assessment",
        "kind": QuizKind.FINAL,
        "required_for_completion": True,
        "pass_mark": 70,
        "max_attempts": 3,
        "show_answers": ShowAnswers.AFTER_PASSING,
        "shuffle_questions": True,
        "shuffle_choices": True,
        "questions_per_attempt": 8,
    },
}

# Titles and introductions, the same in every course. They count the questions: seven in the
# pre-test and post-test, eight drawn for each attempt at the final assessment.
QUIZ_TEXTS = {
    "en": {
        "pre_test": {
            "title": "Pre-test: what do you know already?",
            "intro": (
                "Seven questions on the topics of this course, to see what you know before you "
                "start. You have one attempt. The answers are not shown, because the post-test "
                "at the end of the course asks the same questions: comparing your two scores "
                "shows what you have learnt."
            ),
        },
        "post_test": {
            "title": "Post-test: what have you learnt?",
            "intro": (
                "The same seven questions as in the pre-test. Comparing your two scores shows "
                "how much you have learnt. You have one attempt, and afterwards you see the "
                "right answers with explanations. The post-test does not count towards "
                "completing the course."
            ),
        },
        "final": {
            "title": "Final assessment",
            "intro": (
                "Eight questions on the whole course, drawn from a larger set. Score 70% or "
                "more to pass, complete the course and receive your certificate. You have three "
                "attempts, each with its own questions in a new order. The right answers and "
                "explanations are shown once you have passed."
            ),
        },
    },
    "ru": {
        "pre_test": {
            "title": "Тест до курса: что вы уже знаете?",
            "intro": (
                "Семь вопросов по темам курса, чтобы понять, что вы знаете до начала обучения. "
                "У вас одна попытка. Правильные ответы не показываются, потому что тест после "
                "курса задаёт те же вопросы: сравнение двух результатов покажет, чему вы "
                "научились."
            ),
        },
        "post_test": {
            "title": "Тест после курса: чему вы научились?",
            "intro": (
                "Те же семь вопросов, что и в тесте до курса. Сравнение двух результатов "
                "показывает, насколько выросли ваши знания. У вас одна попытка, после неё вы "
                "увидите правильные ответы с объяснениями. Тест после курса не влияет на "
                "завершение курса."
            ),
        },
        "final": {
            "title": "Итоговая проверка знаний",
            "intro": (
                "Восемь вопросов по всему курсу, выбранных из большего набора. Наберите не "
                "меньше 70%, чтобы сдать проверку, завершить курс и получить сертификат. У вас "
                "три попытки, в каждой — свои вопросы в новом порядке. Правильные ответы и "
                "объяснения показываются, когда вы сдадите проверку."
            ),
        },
    },
    "uz": {
        "pre_test": {
            "title": "Kursdan oldingi test: nimalarni bilasiz?",
            "intro": (
                "Kurs mavzulari boʻyicha yettita savol: oʻqishni boshlashdan oldin nimalarni "
                "bilishingizni koʻrish uchun. Sizda bitta urinish bor. Toʻgʻri javoblar "
                "koʻrsatilmaydi, chunki kursdan keyingi test xuddi shu savollarni beradi: ikki "
                "natijangizni solishtirsangiz, nimalarni oʻrganganingiz koʻrinadi."
            ),
        },
        "post_test": {
            "title": "Kursdan keyingi test: nimalarni oʻrgandingiz?",
            "intro": (
                "Kursdan oldingi testdagi oʻsha yettita savol. Ikki natijangizni solishtirsangiz, "
                "qancha narsa oʻrganganingiz koʻrinadi. Sizda bitta urinish bor, undan soʻng "
                "toʻgʻri javoblarni izohlari bilan koʻrasiz. Bu test kursni tugatishda hisobga "
                "olinmaydi."
            ),
        },
        "final": {
            "title": "Yakuniy baholash",
            "intro": (
                "Butun kurs boʻyicha kattaroq toʻplamdan tanlangan sakkizta savol. Baholashdan "
                "oʻtish, kursni tugatish va sertifikat olish uchun kamida 70% toʻplang. Sizda "
                "uchta urinish bor, har birida oʻz savollari yangi tartibda beriladi. Toʻgʻri "
                "javoblar va izohlar baholashdan oʻtganingizdan keyin koʻrsatiladi."
            ),
        },
    },
    "ky": {
        "pre_test": {
            "title": "Курска чейинки тест: эмнени билесиз?",
            "intro": (
                "Курстун темалары боюнча жети суроо: окууну баштаганга чейин эмнени билериңизди "
                "көрүү үчүн. Сизде бир аракет бар. Туура жооптор көрсөтүлбөйт, анткени курстан "
                "кийинки тест ушул эле суроолорду берет: эки жыйынтыгыңызды салыштырсаңыз, "
                "эмнени үйрөнгөнүңүз көрүнөт."
            ),
        },
        "post_test": {
            "title": "Курстан кийинки тест: эмнени үйрөндүңүз?",
            "intro": (
                "Курска чейинки тесттеги ошол эле жети суроо. Эки жыйынтыгыңызды "
                "салыштырсаңыз, канчалык көп үйрөнгөнүңүз көрүнөт. Сизде бир аракет бар, андан "
                "кийин туура жоопторду түшүндүрмөлөрү менен көрөсүз. Бул тест курсту аяктоого "
                "эсептелбейт."
            ),
        },
        "final": {
            "title": "Жыйынтыктоочу баалоо",
            "intro": (
                "Бүт курс боюнча чоңураак топтомдон тандалган сегиз суроо. Баалоодон өтүү, "
                "курсту аяктоо жана сертификат алуу үчүн кеминде 70% топтоңуз. Сизде үч аракет "
                "бар, ар биринде өз суроолору жаңы тартипте берилет. Туура жооптор жана "
                "түшүндүрмөлөр баалоодон өткөндөн кийин көрсөтүлөт."
            ),
        },
    },
}

# Where each quiz goes in the course: the pre-test first, the others after the modules.
QUIZZES_BEFORE_MODULES = ["pre_test"]
QUIZZES_AFTER_MODULES = ["post_test", "final"]


@dataclass(frozen=True)
class Correct:
    text: str


def correct(text: str) -> Correct:
    return Correct(text)


@dataclass(frozen=True)
class DemoQuestion:
    kind: str
    text: str
    choices: tuple  # (text, is_correct) pairs, in the order shown
    explanation: str
    partial_credit: bool = False

    @property
    def shape(self) -> tuple:
        """What a translation must keep: the type, the scoring, and which choices are right."""
        return (self.kind, self.partial_credit, tuple(right for _text, right in self.choices))


def single(text: str, choices: list, explanation: str) -> DemoQuestion:
    return _question(Question.Kind.SINGLE, text, choices, explanation)


def multiple(
    text: str, choices: list, explanation: str, *, partial_credit: bool = False
) -> DemoQuestion:
    return _question(
        Question.Kind.MULTIPLE, text, choices, explanation, partial_credit=partial_credit
    )


def true_false(text: str, choices: list, explanation: str) -> DemoQuestion:
    return _question(Question.Kind.TRUE_FALSE, text, choices, explanation)


def _question(kind, text, choices, explanation, *, partial_credit=False) -> DemoQuestion:
    pairs = tuple(
        (choice.text, True) if isinstance(choice, Correct) else (choice, False)
        for choice in choices
    )
    right = sum(1 for _text, is_right in pairs if is_right)
    # The rules the quiz editor enforces (QuizPageForm), so the demo never holds a question
    # a trainer could not save.
    multiple_choice = kind == Question.Kind.MULTIPLE
    if kind == Question.Kind.TRUE_FALSE and len(pairs) != 2:
        raise DemoError(f"A true/false question has exactly two choices: {text}")
    if len(pairs) < 2 or (multiple_choice and right < 1) or (not multiple_choice and right != 1):
        raise DemoError(f"This question has the wrong number of right choices: {text}")
    if len(text) > 2000 or len(explanation) > 2000 or any(len(t) > 500 for t, _r in pairs):
        raise DemoError(f"This question or one of its choices is too long: {text}")
    return DemoQuestion(kind, text, pairs, explanation, partial_credit)
