"""Steps that several journeys share."""

from playwright.sync_api import expect

from tests.factories import PASSWORD


def sign_in_and_enrol(page, username, password=PASSWORD):
    """From a course page, as a signed-out visitor: sign in through the link the course page
    offers, come back to the course and enrol."""
    page.get_by_role("link", name="Sign in to enrol").click()
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("button", name="Enrol in this course").click()
    expect(page.get_by_text("You are enrolled. Welcome to the course!")).to_be_visible()
