"""The Wagtail admin works under the site's Content-Security-Policy: the page editor with its
StreamField and inline panels, the image chooser (with an upload), the date pickers and the
preview. The `new_page` fixture fails the test on any report of something the policy blocked."""

import io

import pytest
from PIL import Image as PILImage
from playwright.sync_api import expect
from wagtail.images.models import Image

from courses.models import QuizPage
from tests.factories import PASSWORD, make_course, make_quiz, make_user

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def admin_sign_in(page, username):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("link", name="Dashboard")).to_be_visible()


def png_file(tmp_path):
    path = tmp_path / "families.png"
    buffer = io.BytesIO()
    PILImage.new("RGB", (120, 80), (11, 92, 173)).save(buffer, format="PNG")
    path.write_bytes(buffer.getvalue())
    return path


def test_trainer_edits_with_the_chooser_inline_panels_date_picker_and_preview(
    page, tmp_path, settings
):
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    course = make_course(modules=1, lessons_per_module=1, title="Working with families")
    quiz = make_quiz(course, title="Check your understanding")
    make_user("trainer", groups=["Trainers"])
    admin_sign_in(page, "trainer")

    response = page.goto(f"/admin/pages/{course.pk}/edit/")
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src 'self' 'nonce-" in policy

    # The image chooser: open it, upload an image, and it is chosen.
    page.get_by_role("button", name="Choose an image").first.click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("tab", name="Upload").click()
    modal.get_by_label("File").set_input_files(str(png_file(tmp_path)))
    modal.get_by_label("Title").fill("Families")
    modal.get_by_role("button", name="Upload").click()
    expect(page.locator("[data-chooser-title]").first).to_have_text("Families")

    # The preview, in its side panel.
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text("Working with families")

    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("has been updated")).to_be_visible()
    course.refresh_from_db()
    assert course.get_latest_revision_as_object().cover_image == Image.objects.get()

    # An inline panel (the quiz's questions): a new question, with its own image chooser.
    page.goto(f"/admin/pages/{quiz.pk}/edit/")
    total = page.locator("#id_questions-TOTAL_FORMS")
    expect(total).to_have_value("3")
    page.get_by_role("button", name="Add question").click()
    expect(total).to_have_value("4")
    page.locator("#inline_child_questions-3").get_by_role("button", name="Choose an image").click()
    expect(page.locator(".modal-dialog")).to_be_visible()
    page.locator(".modal-dialog").get_by_role("button", name="Close").click()

    # A date picker (the explorer's filters start jQuery's date picker inline).
    page.goto(f"/admin/pages/{course.get_parent().pk}/")
    page.get_by_role("button", name="Show filters").click()
    page.get_by_role("button", name="Date updated").click()
    page.locator("#id_latest_revision_created_at_0").click()
    expect(page.locator(".xdsoft_datetimepicker:visible").first).to_be_visible()

    assert QuizPage.objects.get(pk=quiz.pk).questions.count() == 3
