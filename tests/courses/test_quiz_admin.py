import pytest

from courses.models import QuizPage
from tests.factories import make_course, make_user

pytestmark = pytest.mark.django_db


def quiz_form(questions, **fields):
    """Admin form data for a new quiz: `questions` is a list of (kind, [(text, correct)])."""
    data = {
        "title": "Post-test",
        "slug": "post-test",
        "kind": "post_test",
        "pass_mark": "70",
        "show_answers": "after_attempt",
        "required_for_completion": "on",
        "questions-TOTAL_FORMS": str(len(questions)),
        "questions-INITIAL_FORMS": "0",
        "questions-MIN_NUM_FORMS": "1",
        "questions-MAX_NUM_FORMS": "1000",
        "action-publish": "action-publish",
        **fields,
    }
    for q, (kind, choices) in enumerate(questions):
        prefix = f"questions-{q}"
        data.update(
            {
                f"{prefix}-kind": kind,
                f"{prefix}-text": f"Question {q + 1}",
                f"{prefix}-points": "1",
                f"{prefix}-ORDER": str(q + 1),
                f"{prefix}-choices-TOTAL_FORMS": str(len(choices)),
                f"{prefix}-choices-INITIAL_FORMS": "0",
                f"{prefix}-choices-MIN_NUM_FORMS": "2",
                f"{prefix}-choices-MAX_NUM_FORMS": "1000",
            }
        )
        for c, (text, correct) in enumerate(choices):
            data[f"{prefix}-choices-{c}-text"] = text
            data[f"{prefix}-choices-{c}-ORDER"] = str(c + 1)
            if correct:
                data[f"{prefix}-choices-{c}-is_correct"] = "on"
    return data


@pytest.fixture
def reviewer_client(client):
    client.force_login(make_user(groups=["Reviewers"]))
    return client


def test_questions_with_nested_choices_are_written_on_the_quiz_page(reviewer_client):
    course = make_course()
    data = quiz_form(
        [
            ("single", [("Listen", True), ("Lecture", False)]),
            ("multiple", [("Consent", True), ("Privacy", True), ("Gossip", False)]),
            ("true_false", [("True", False), ("False", True)]),
        ]
    )

    response = reviewer_client.post(f"/admin/pages/add/courses/quizpage/{course.pk}/", data)

    assert response.status_code == 302
    quiz = QuizPage.objects.get(slug="post-test")
    assert quiz.live
    questions = list(quiz.questions.order_by("sort_order"))
    assert [q.kind for q in questions] == ["single", "multiple", "true_false"]
    assert [c.text for c in questions[1].choices.order_by("sort_order")] == [
        "Consent",
        "Privacy",
        "Gossip",
    ]
    assert quiz.latest_revision is not None


@pytest.mark.parametrize(
    ("questions", "message"),
    [
        ([("single", [("A", True), ("B", True)])], "Mark exactly one choice as correct."),
        ([("single", [("A", False), ("B", False)])], "Mark exactly one choice as correct."),
        ([("multiple", [("A", False), ("B", False)])], "Mark at least one choice as correct."),
        (
            [("true_false", [("T", True), ("F", False), ("Maybe", False)])],
            "A true/false question has exactly two choices.",
        ),
    ],
)
def test_questions_with_wrong_choices_are_refused(reviewer_client, questions, message):
    course = make_course()

    response = reviewer_client.post(
        f"/admin/pages/add/courses/quizpage/{course.pk}/", quiz_form(questions)
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not QuizPage.objects.exists()


def test_a_required_pre_test_is_refused(reviewer_client):
    course = make_course()
    data = quiz_form([("single", [("A", True), ("B", False)])], kind="pre_test")

    response = reviewer_client.post(f"/admin/pages/add/courses/quizpage/{course.pk}/", data)

    assert "A pre-test never blocks anyone from completing." in response.content.decode()
    assert not QuizPage.objects.exists()
