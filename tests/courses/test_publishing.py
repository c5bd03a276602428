import pytest
from wagtail.models import Page

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, QuizPage
from lms.models import HomePage
from tests.factories import lessons_of, make_course, make_user

pytestmark = pytest.mark.django_db


def test_page_types_nest_only_as_a_catalogue_of_courses_modules_and_lessons():
    assert CourseIndexPage.allowed_subpage_models() == [CoursePage]
    assert CoursePage.allowed_parent_page_models() == [CourseIndexPage]
    assert CoursePage.allowed_subpage_models() == [ModulePage, QuizPage]
    assert ModulePage.allowed_subpage_models() == [LessonPage, QuizPage]
    assert QuizPage.allowed_parent_page_models() == [CoursePage, ModulePage]
    assert QuizPage.allowed_subpage_models() == []
    assert LessonPage.allowed_subpage_models() == []
    assert CourseIndexPage.allowed_parent_page_models() == [HomePage]


def test_trainer_edits_but_cannot_publish_and_reviewer_publishes():
    course = make_course()
    lesson = lessons_of(course)[0]
    trainer = make_user(groups=["Trainers"])
    reviewer = make_user(groups=["Reviewers"])

    trainer_perms = lesson.permissions_for_user(trainer)
    reviewer_perms = lesson.permissions_for_user(reviewer)

    assert trainer_perms.can_edit() and trainer_perms.can_add_subpage() is False
    assert trainer_perms.can_publish() is False
    assert reviewer_perms.can_publish() is True
    assert course.permissions_for_user(trainer).can_add_subpage()


def lesson_form(title, action):
    return {
        "title": title,
        "slug": title.lower().replace(" ", "-"),
        "body-count": "1",
        "body-0-type": "paragraph",
        "body-0-value": '{"blocks":[{"key":"a","type":"unstyled","text":"Hello","depth":0,'
        '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-id": "",
        action: action,
    }


@pytest.mark.parametrize("action", ["action-publish", "action-submit"])
def test_trainer_in_the_admin_can_submit_for_review_but_not_publish(client, action):
    course = make_course()
    module = course.get_children().first()
    client.force_login(make_user(groups=["Trainers"]))

    response = client.post(
        f"/admin/pages/add/courses/lessonpage/{module.pk}/",
        lesson_form("Listening to children", action),
    )

    assert response.status_code == 302
    lesson = LessonPage.objects.get(slug="listening-to-children")
    assert not lesson.live
    if action == "action-submit":
        assert lesson.workflow_in_progress


def test_reviewer_in_the_admin_publishes(client):
    course = make_course()
    module = course.get_children().first()
    client.force_login(make_user(groups=["Reviewers"]))

    client.post(
        f"/admin/pages/add/courses/lessonpage/{module.pk}/",
        lesson_form("Safe spaces", "action-publish"),
    )

    assert LessonPage.objects.get(slug="safe-spaces").live


def test_moderation_workflow_is_attached_to_the_whole_tree():
    root = Page.objects.get(depth=1)
    workflow = root.get_workflow()
    assert workflow is not None and workflow.name == "Course review"
    task = workflow.tasks.first().specific
    assert [group.name for group in task.groups.all()] == ["Reviewers"]
    lesson = lessons_of(make_course())[0]
    assert lesson.get_workflow() == workflow
