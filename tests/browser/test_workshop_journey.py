"""A workshop as it runs in the room: a trainer creates a training group in the admin and prints
its join sheet; two participants join on their phones with the code and take the pre-test; the
trainer ticks who was there on both days; the participants take the post-test and receive
certificates that name the place of the training, and find the group in My learning. The join
page, the attendance page and My learning pass axe-core at 360 px (screenshots are saved under
BROWSER_ARTIFACTS)."""

import datetime
import os
import re
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from courses.models import TrainingGroup
from tests.browser.axe import assert_no_axe_violations
from tests.certificates.pdf_helpers import qr_codes, text_of
from tests.factories import PASSWORD, make_course, make_quiz, make_user

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 360, "height": 740}
COURSE = "Psycho-social support in the community"
PEOPLE = [("aziza@example.org", "Азиза Юсупова"), ("bakyt@example.org", "Bakyt Osmonov")]


def take_quiz(page, title, *, right):
    page.get_by_role("region", name="Course outline").get_by_role("link", name=title).click()
    page.get_by_role("button", name="Start the quiz").click()
    for question in page.locator("main").get_by_role("group").all():
        question.get_by_label("right" if right else "wrong", exact=True).check()
    page.get_by_role("button", name="Submit answers").click()
    # A pre-test gives a starting point; a test that completes the course, the completion.
    expect(
        page.locator("main")
        .get_by_text(re.compile(r"^(You scored|Your starting point|Course completed)"))
        .first
    ).to_be_visible()
    page.get_by_role("link", name="Back to the course").first.click()


def test_a_workshop_from_join_sheet_to_certificates(new_page, live_server, settings, tmp_path):
    folder = Path(os.environ.get("BROWSER_ARTIFACTS", tmp_path)) / "workshop"
    folder.mkdir(parents=True, exist_ok=True)

    def artifact(name) -> Path:
        return folder / name

    settings.SITE_URL = live_server.url
    course = make_course(modules=1, lessons_per_module=2, title=COURSE)
    make_quiz(course, kind="pre_test", pass_mark=0, title="Pre-test")
    make_quiz(
        course, kind="post_test", pass_mark=50, required_for_completion=True, title="Post-test"
    )
    make_user("trainer", groups=["Trainers"])
    today = timezone.localdate()
    tomorrow = today + datetime.timedelta(days=1)

    # The trainer creates the group in the admin.
    trainer = new_page()
    trainer.goto("/admin/login/")
    trainer.get_by_label("Username").fill("trainer")
    trainer.get_by_label("Password").fill(PASSWORD)
    trainer.get_by_role("button", name="Sign in").click()
    trainer.get_by_role("link", name="Training groups").click()
    trainer.get_by_role("link", name="Add training group").first.click()
    trainer.locator("#id_course").select_option(label=COURSE)
    trainer.locator("#id_name").fill("Karaganda, December")
    trainer.locator("#id_country").select_option("KZ")
    trainer.locator("#id_city").fill("Karaganda")
    trainer.locator("#id_venue").fill("Regional library")
    trainer.locator("#id_starts_on").fill(today.isoformat())
    trainer.locator("#id_ends_on").fill(tomorrow.isoformat())
    trainer.locator("#id_completion").select_option("attendance_and_quizzes")
    trainer.get_by_role("button", name="Create").click()
    trainer.get_by_role("link", name="Karaganda, December").click()
    group = TrainingGroup.objects.get()
    expect(trainer.locator(".join-code").first).to_have_text(group.join_code)

    # … and prints the join sheet: its QR code leads to the group's join page.
    sheet = trainer.request.get(f"/admin/training-groups/{group.pk}/join-sheet/")
    assert sheet.headers["content-type"] == "application/pdf"
    artifact("join-sheet.pdf").write_bytes(sheet.body())
    assert " ".join(group.join_code) in text_of(sheet.body())
    assert qr_codes(sheet.body()) == [f"{live_server.url}/en/join/{group.join_code}/"]

    # Two participants join on their phones by typing the code, and take the pre-test.
    phones = []
    for number, (email, name) in enumerate(PEOPLE):
        phone = new_page(viewport=PHONE)
        phones.append(phone)
        phone.goto("/en/join/")
        phone.get_by_label("Join code").fill(group.join_code.lower())
        phone.get_by_role("button", name="Continue").click()
        expect(phone.get_by_role("heading", level=1)).to_have_text(COURSE)
        expect(phone.get_by_text("Regional library, Karaganda, Kazakhstan")).to_be_visible()
        if number == 0:
            phone.screenshot(path=artifact("join-page-360.png"), full_page=True)
            assert_no_axe_violations(phone)
        phone.get_by_role("link", name="Create an account").click()
        phone.get_by_label("Email").fill(email)
        phone.get_by_label(re.compile(r"^Password\W*$")).fill("a-workshop-password-2026")
        phone.get_by_label("Password again").fill("a-workshop-password-2026")
        phone.get_by_label("Full name").fill(name)
        phone.get_by_role("button", name="Create account").click()
        phone.get_by_role("button", name="Join the training").click()
        expect(phone.get_by_text("You have joined the training. Welcome!")).to_be_visible()
        if number == 0:
            phone.screenshot(path=artifact("joined-360.png"), full_page=True)
            assert_no_axe_violations(phone)
        phone.get_by_role("link", name="Go to the course").click()
        take_quiz(phone, "Pre-test", right=False)

    # The trainer watches the tests in the room: two took the pre-test, no names shown.
    trainer.goto(f"/admin/training-groups/{group.pk}/tests/")
    figures = trainer.locator(".live-figures")
    expect(figures.locator("div").filter(has_text="Took the pre-test")).to_contain_text("2")
    expect(figures).not_to_contain_text("Азиза")

    # The trainer ticks attendance on a phone, for both days.
    tablet = new_page(viewport=PHONE)
    tablet.goto("/admin/login/")
    tablet.get_by_label("Username").fill("trainer")
    tablet.get_by_label("Password").fill(PASSWORD)
    tablet.get_by_role("button", name="Sign in").click()
    tablet.goto(f"/admin/training-groups/{group.pk}/attendance/")
    for day_number in range(2):
        days = tablet.get_by_role("navigation", name="Days of the training")
        days.get_by_role("link").nth(day_number).click()
        for _email, name in PEOPLE:
            tablet.get_by_label(name).check()
        if day_number == 0:
            tablet.screenshot(path=artifact("attendance-360.png"), full_page=True)
            assert_no_axe_violations(tablet)
        tablet.get_by_role("button", name="Save attendance").click()
        expect(tablet.get_by_text("Attendance saved: 2 present.")).to_be_visible()

    # The participants take the post-test, which completes the course for them.
    for phone in phones:
        take_quiz(phone, "Post-test", right=True)
        expect(phone.get_by_text("You have completed this course.")).to_be_visible()
        with phone.expect_download() as download_info:
            phone.get_by_role("link", name="Download your certificate (PDF)").click()
        text = " ".join(text_of(Path(download_info.value.path()).read_bytes()).split())
        assert "Training held at Regional library, Karaganda, Kazakhstan" in text

    # My learning names the group; its link leads back to the participant's own days.
    phone = phones[0]
    phone.goto("/en/my-learning/")
    group_line = phone.locator("main").get_by_text("Training group:")
    expect(group_line).to_contain_text("Karaganda, December, Regional library, Karaganda")
    phone.screenshot(path=artifact("my-learning-360.png"), full_page=True)
    assert_no_axe_violations(phone)
    group_line.get_by_role("link", name="Karaganda, December").click()
    expect(phone.get_by_text("You attended 2 days.")).to_be_visible()

    # The group's page shows both with their certificates.
    trainer.goto(f"/admin/training-groups/{group.pk}/")
    table = trainer.get_by_role("table", name="Participants")
    for _email, name in PEOPLE:
        expect(table.get_by_role("row").filter(has_text=name)).to_contain_text("100")
