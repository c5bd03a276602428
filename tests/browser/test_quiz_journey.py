"""A course with tests, as a learner goes through it in the browser: the pre-test, the
lessons, the post-test on the same questions, which shows what they learnt, and a final
assessment they fail once before passing it, which completes the course."""

import pytest
from playwright.sync_api import expect

from courses.models import Enrolment, QuizAttempt
from tests.browser.steps import sign_in_and_enrol
from tests.factories import make_course, make_quiz, make_user

# See test_course_journey.py: the live server only sees committed data.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

COURSE = "Supporting families of migrants"
# The pre-test and the post-test ask the same questions, so their scores can be compared.
POOL = [
    (
        "single",
        1,
        [
            ("Ask what the family needs", True),
            ("Offer money straight away", False),
            ("Decide for the family", False),
        ],
    ),
    (
        "multiple",
        1,
        [
            ("Listen without judging", True),
            ("Keep case notes confidential", True),
            ("Share case notes with neighbours", False),
        ],
    ),
    ("true_false", 1, [("True", True), ("False", False)]),
]
FINAL = [
    ("single", 1, [(f"Right answer {n}", True), (f"Wrong answer {n}", False)]) for n in (1, 2, 3, 4)
]


def answer(page, answers):
    """Tick the choices named in `answers` (question → labels) and submit."""
    for question, labels in answers.items():
        group = page.get_by_role("group", name=question)
        for label in labels:
            group.get_by_label(label, exact=True).check()
    page.get_by_role("button", name="Submit answers").click()


def final_answers(right):
    return {
        f"Question {n}": [f"Right answer {n}" if n <= right else f"Wrong answer {n}"]
        for n in (1, 2, 3, 4)
    }


def test_learner_takes_pre_test_lessons_post_test_and_passes_final_on_second_try(page):
    course = make_course(modules=1, lessons_per_module=2, title=COURSE)
    pre_test = make_quiz(
        course,
        title="What do you know already?",
        kind="pre_test",
        required_for_completion=False,
        max_attempts=1,
        questions=POOL,
    )
    pre_test.move(course, pos="first-child")  # before the module make_course has added
    make_quiz(course, title="What have you learnt?", kind="post_test", questions=POOL)
    make_quiz(
        course,
        title="Final assessment",
        kind="final",
        pass_mark=75,
        max_attempts=3,
        show_answers="after_passing",
        questions=FINAL,
    )
    make_user("gulnara", full_name="Gulnara Abdykadyrova")

    page.goto(course.url)
    sign_in_and_enrol(page, "gulnara")

    # The course starts with the pre-test. One answer of three is right.
    page.get_by_role("link", name="Start the course").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("What do you know already?")
    page.get_by_role("button", name="Start the quiz").click()
    answer(
        page,
        {
            "Question 1": ["Ask what the family needs"],
            "Question 2": ["Share case notes with neighbours"],
            "Question 3": ["False"],
        },
    )
    # A diagnostic test: a starting point, never a pass or a fail.
    expect(page.get_by_text("Your starting point: 33.3%")).to_be_visible()
    expect(page.get_by_text("Not passed", exact=False)).to_have_count(0)
    expect(page.get_by_text("0 attempts left")).to_be_visible()
    page.get_by_role("link", name="Back to the course").click()

    # The lessons, marked done as they are read; the last one leads on to the post-test. (The
    # pre-test does not count as a step, but it was a start.)
    expect(page.get_by_text("0 of 4 steps done")).to_be_visible()
    page.get_by_role("link", name="Continue where you left off").click()
    for lesson in ["Lesson 1.1", "Lesson 1.2"]:
        expect(page.get_by_role("heading", level=1)).to_have_text(lesson)
        page.get_by_role("button", name="Mark as done and continue").click()

    # The post-test asks the same questions; now every answer is right, and the result
    # compares it with the pre-test.
    expect(page.get_by_role("heading", level=1)).to_have_text("What have you learnt?")
    page.get_by_role("button", name="Start the quiz").click()
    answer(
        page,
        {
            "Question 1": ["Ask what the family needs"],
            "Question 2": ["Listen without judging", "Keep case notes confidential"],
            "Question 3": ["True"],
        },
    )
    expect(page.get_by_text("You scored 3 of 3 points (100%).")).to_be_visible()
    expect(page.get_by_text("Passed", exact=True)).to_be_visible()
    gain = "Your knowledge gain: 33.3% before, 100% after (66.7 points)."
    expect(page.get_by_text(gain)).to_be_visible()
    page.get_by_role("link", name="What have you learnt?").click()
    expect(page.get_by_text(gain)).to_be_visible()

    # The final assessment: failed first …
    page.get_by_role("link", name=COURSE).click()
    expect(page.get_by_text("You have completed this course.")).to_have_count(0)
    page.get_by_role("link", name="Continue where you left off").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Final assessment")
    expect(page.get_by_text("Pass mark: 75%")).to_be_visible()
    expect(page.get_by_text("3 attempts allowed")).to_be_visible()
    page.get_by_role("button", name="Start the quiz").click()
    answer(page, final_answers(right=2))
    expect(page.get_by_role("heading", level=1)).to_have_text("Result of attempt 1")
    expect(page.get_by_text("You scored 2 of 4 points (50%).")).to_be_visible()
    expect(page.get_by_text("Not passed: the pass mark is 75%.")).to_be_visible()
    expect(page.get_by_text("2 attempts left")).to_be_visible()
    # … and the correct answers stay hidden until the learner passes.
    expect(page.get_by_role("heading", name="Answers")).to_have_count(0)

    # … then passed.
    page.get_by_role("link", name="Back to the quiz").click()
    page.get_by_role("button", name="Try again").click()
    answer(page, final_answers(right=4))
    # Passing it completes the course: the screen says so first, the answers are folded below.
    expect(page.get_by_role("heading", level=1)).to_have_text("Course completed")
    expect(page.get_by_role("heading", level=2)).to_have_text("Final assessment: attempt 2")
    expect(page.get_by_text("You scored 4 of 4 points (100%).")).to_be_visible()
    expect(page.get_by_text("Passed", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="Download your certificate (PDF)")).to_be_visible()
    expect(page.get_by_role("link", name="Back to the quiz")).to_have_count(0)
    page.get_by_text("Your answers", exact=True).click()
    expect(page.locator(".review > li")).to_have_count(4)

    page.get_by_role("link", name="Back to the course").click()
    expect(page.get_by_text("You have completed this course.")).to_be_visible()
    expect(page.get_by_text("4 of 4 steps done")).to_be_visible()
    outline = page.get_by_role("region", name="Course outline")
    for quiz, badge in [
        ("What do you know already?", "done"),
        ("What have you learnt?", "passed"),
        ("Final assessment", "passed"),
    ]:
        expect(outline.get_by_role("listitem").filter(has_text=quiz)).to_contain_text(badge)
    # Completing by passing a quiz renders the certificate at once too (see
    # test_certificate_journey.py).
    expect(page.get_by_role("link", name="Download your certificate (PDF)")).to_be_visible()

    enrolment = Enrolment.objects.get(user__username="gulnara")
    assert enrolment.is_complete
    final_attempts = QuizAttempt.objects.filter(enrolment=enrolment, kind="final")
    assert sorted(final_attempts.values_list("number", "passed")) == [(1, False), (2, True)]
