"""A lesson's whole life, as people do it in the browser: a trainer writes it and submits it
for review, a reviewer approves and so publishes it, and a new learner signs up, enrols and
works through the course to the end."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect
from wagtail.models import Workflow, WorkflowState

from courses.models import Enrolment, LessonPage
from tests.factories import PASSWORD, make_course, make_user

# The live server only sees committed data, so the test is transactional; the flush after a
# transactional test wipes what the data migrations made (groups, workflow, locales, home
# page), and serialized_rollback puts it back before the test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

COURSE = "Working with families"
NEW_LESSON = "Listening to families"
NEW_LESSON_TEXT = "Ask the family what they need before you offer anything."
LEARNER_EMAIL = "dilnoza@example.org"
LEARNER_PASSWORD = "Kind-words-open-doors-7"


def admin_sign_in(page, username):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("link", name="Dashboard")).to_be_visible()


def type_into_draftail(block, text):
    """Type into a rich text block. Draftail writes to the form a moment after the last key:
    a person is never quick enough to submit before that, Playwright is."""
    editor = block.get_by_role("textbox")
    editor.click()
    editor.press_sequentially(text)
    expect(block.locator('input[type="hidden"][name$="-value"]')).to_have_value(re.compile(text))


def test_trainer_writes_reviewer_publishes_learner_completes_course(new_page, settings):
    # Wagtail's autosave creates a new page in the background at a moment the test cannot
    # see coming, and a submit made while that first autosave is under way posts to the create
    # view again ("slug already in use"). People are too slow to run into it; Playwright is not.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    assert set(Group.objects.values_list("name", flat=True)) >= {"Trainers", "Reviewers"}
    assert Workflow.objects.filter(name="Course review", active=True).exists()
    course = make_course(modules=1, lessons_per_module=1, title=COURSE)
    make_user("trainer", groups=["Trainers"])
    make_user("reviewer", groups=["Reviewers"])

    # The trainer finds the module in the page explorer and adds a lesson to it.
    trainer = new_page()
    admin_sign_in(trainer, "trainer")
    trainer.goto("/admin/pages/")
    for parent in ["Home", "Courses", COURSE, "Module 1"]:
        trainer.get_by_role("link", name=f"Explore child pages of '{parent}'").click()
    trainer.get_by_role("link", name="Add child page").click()
    # Wagtail asks for the page type only when a module allows more than one.
    lesson_type = trainer.get_by_role("link", name="Lesson", exact=True)
    title_field = trainer.get_by_placeholder("Page title*")
    expect(lesson_type.or_(title_field)).to_be_visible()
    if lesson_type.is_visible():
        lesson_type.click()
    title_field.fill(NEW_LESSON)
    trainer.get_by_role("button", name="Insert a block").click()
    trainer.get_by_role("option", name="Text").click()
    type_into_draftail(trainer.locator('[data-contentpath="body"]'), NEW_LESSON_TEXT)

    # Trainers may only send it for review.
    trainer.get_by_role("button", name="More actions").click()
    submit = trainer.get_by_role("button", name="Submit to Course review")
    expect(submit).to_be_visible()
    expect(trainer.get_by_role("button", name=re.compile("Publish"))).to_have_count(0)
    submit.click()
    expect(
        trainer.get_by_text(f"Page '{NEW_LESSON}' created and submitted for moderation.")
    ).to_be_visible()

    lesson = LessonPage.objects.get(title=NEW_LESSON)
    assert not lesson.live
    assert lesson.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert lesson.current_workflow_state.workflow.name == "Course review"

    # The reviewer finds it on the dashboard, reads it and approves it, which publishes it.
    reviewer = new_page()
    admin_sign_in(reviewer, "reviewer")
    reviewer.get_by_role("region", name="Awaiting your review").get_by_role(
        "link", name=NEW_LESSON
    ).click()
    expect(reviewer.locator('[data-contentpath="body"]')).to_contain_text(NEW_LESSON_TEXT)
    reviewer.get_by_role("button", name="More actions").click()
    expect(reviewer.get_by_role("button", name="Publish", exact=True)).to_be_visible()
    reviewer.get_by_role("button", name="Approve and Publish").click()
    expect(reviewer.get_by_text(f"Page '{NEW_LESSON}' has been updated.")).to_be_visible()
    expect(reviewer.get_by_role("row").filter(has_text=NEW_LESSON)).to_contain_text(
        re.compile(r"\blive\b", re.IGNORECASE)
    )

    lesson.refresh_from_db()
    assert lesson.live
    assert lesson.current_workflow_state is None
    assert lesson.workflow_states.get().status == WorkflowState.STATUS_APPROVED

    # A learner signs up, enrols and works through the course.
    learner = new_page()
    learner.goto("/en/accounts/sign-up/")
    learner.get_by_label("Email").fill(LEARNER_EMAIL)
    learner.get_by_label(re.compile(r"^Password\W*$")).fill(LEARNER_PASSWORD)
    learner.get_by_label("Password again").fill(LEARNER_PASSWORD)
    learner.get_by_label("Full name").fill("Dilnoza Karimova")
    learner.get_by_label("without my name, in programme reports").check()
    learner.get_by_role("button", name="Create account").click()
    expect(learner.get_by_text("Welcome! Your account is ready.")).to_be_visible()

    learner.goto(course.url)
    learner.get_by_role("button", name="Enrol in this course").click()
    expect(learner.get_by_text("You are enrolled. Welcome to the course!")).to_be_visible()
    learner.get_by_role("link", name="Start the course").click()
    for lesson_title in ["Lesson 1.1", NEW_LESSON]:
        expect(learner.get_by_role("heading", level=1)).to_have_text(lesson_title)
        learner.get_by_role("button", name="Mark as done and continue").click()
    expect(learner.get_by_role("heading", level=1)).to_have_text(COURSE)
    expect(learner.get_by_text("You have completed this course.")).to_be_visible()

    learner.get_by_role("link", name="My learning").click()
    expect(learner.get_by_role("main").get_by_role("link", name=COURSE)).to_be_visible()
    expect(learner.get_by_role("main")).to_contain_text("Completed on")
    enrolment = Enrolment.objects.get(user__email=LEARNER_EMAIL)
    assert enrolment.is_complete
    assert enrolment.progress.count() == 2
