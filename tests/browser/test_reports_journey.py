"""A programme officer prepares a donor report: signs in to the admin, opens the programme
dashboard from the Reports menu, sets the reporting period, looks at the charts and downloads
the PDF report and the spreadsheet. The dashboard and report pages pass axe-core on a phone
and on a desktop, in English and in Russian."""

import datetime
import io
import os
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect
from pypdf import PdfReader
from wagtail.users.models import UserProfile

from courses.models import Enrolment, GroupMembership, TrainingGroup
from tests.browser.axe import assert_no_axe_violations
from tests.courses.reporting_helpers import enrol, make_learner, take, with_tests
from tests.factories import PASSWORD, make_course, make_user

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 360, "height": 740}
COURSE = "Psycho-social support"


def programme():
    """Twenty-six learners of one course, with both tests: twenty-four completed it in the first
    quarter of 2026, two (from Tajikistan) never finished."""
    course = make_course(modules=1, lessons_per_module=1, title=COURSE)
    pre, post = with_tests(course)
    people = (
        [("KG", "woman")] * 8
        + [("KG", "man")] * 5
        + [("UZ", "woman")] * 5
        + [("UZ", "man")] * 6
        + [("TJ", "woman")] * 2
    )
    for number, (country, gender) in enumerate(people):
        learner = make_learner(country=country, gender=gender, role="social_worker")
        completed = f"2026-0{1 + number % 3}-15" if number < 24 else None
        enrol(learner, course, on="2025-12-01", completed=completed)
        take(learner, pre, course, 1)
        take(learner, post, course, 3)
    return course


def admin_sign_in(page, username):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def test_a_programme_officer_downloads_the_report_for_a_quarter(new_page):
    programme()
    make_user("officer", groups=["Programme staff"])
    page = new_page()
    admin_sign_in(page, "officer")

    page.get_by_role("button", name="Reports").click()
    page.get_by_role("link", name="Programme dashboard").click()
    expect(page.get_by_role("heading", name="Programme dashboard")).to_be_visible()

    page.get_by_label("From", exact=True).fill("2026-01-01")
    page.get_by_label("To", exact=True).fill("2026-03-31")
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_role("heading", name="Headline figures", exact=False)).to_contain_text(
        "2026"
    )
    headline = page.locator(".report-headline")
    expect(headline.locator("div").filter(has_text="People trained")).to_contain_text("24")
    expect(headline.locator("div").filter(has_text="People enrolled")).to_contain_text("26")
    charts = page.get_by_role("img")
    expect(charts.filter(has_text="People trained per month")).to_be_visible()
    expect(page.locator("svg.programme-chart")).to_have_count(3)
    for summary in page.get_by_text("The figures as a table").all():
        summary.click()
    expect(page.get_by_role("table", name="People trained per month")).to_contain_text("Feb 2026")
    # Every completion is in a group of five or more: the chart draws them all.
    completions = page.get_by_role("table", name="Completions by country and gender")
    expect(completions).to_contain_text("Kyrgyzstan")
    expect(completions).not_to_contain_text("<5")
    assert_no_axe_violations(page, context="main")

    page.get_by_label("Language of the PDF report").select_option("ru")
    with page.expect_download() as pdf_download:
        page.get_by_role("button", name="Download the PDF report").click()
    pdf = pdf_download.value
    assert pdf.suggested_filename.endswith("-ru.pdf")
    text = " ".join(
        " ".join(p.extract_text().split())
        for p in PdfReader(io.BytesIO(Path(pdf.path()).read_bytes())).pages
    )
    assert "Обучено человек (завершили курс) 24" in text
    assert "Кыргызстан" in text

    with page.expect_download() as xlsx_download:
        page.get_by_role("link", name="Download XLSX").click()
    assert xlsx_download.value.suggested_filename.endswith(".xlsx")
    workbook = load_workbook(io.BytesIO(Path(xlsx_download.value.path()).read_bytes()))
    headline_rows = [row[:2] for row in workbook["Headline figures"].iter_rows(values_only=True)]
    assert ("Period", "Jan. 1, 2026 – March 31, 2026") in headline_rows
    assert ("People enrolled", 26) in headline_rows


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("viewport", [PHONE, None], ids=["phone", "desktop"])
def test_report_pages_have_no_axe_violations(new_page, tmp_path, language, viewport):
    course = programme()
    group = TrainingGroup.objects.create(
        course=course,
        name="Karaganda, March",
        country="KZ",
        city="Karaganda",
        starts_on=datetime.date(2026, 3, 2),
        ends_on=datetime.date(2026, 3, 3),
    )
    for enrolment in Enrolment.objects.filter(course=course)[:6]:
        GroupMembership.objects.create(group=group, user=enrolment.user, enrolment=enrolment)
    officer = make_user("officer", groups=["Programme staff"])
    profile = UserProfile.get_for_user(officer)
    profile.preferred_language = language
    profile.save()
    page = new_page(viewport=viewport)
    admin_sign_in(page, "officer")
    artifacts = Path(os.environ.get("BROWSER_ARTIFACTS", tmp_path)) / "reports"
    artifacts.mkdir(parents=True, exist_ok=True)
    size = "phone" if viewport else "desktop"
    quarter = "?date_from=2026-01-01&date_to=2026-03-31"
    post_test = course.get_children().specific().filter(title__startswith="Quiz").last()

    for name, url in [
        ("dashboard", f"/admin/learning-reports/programme/{quarter}"),
        ("indicators", f"/admin/learning-reports/indicators/{quarter}"),
        ("knowledge-gain", f"/admin/learning-reports/knowledge-gain/{quarter}"),
        ("training-groups", f"/admin/learning-reports/training-groups/{quarter}"),
        ("questions", f"/admin/learning-reports/quizzes/{post_test.pk}/"),
    ]:
        page.goto(url)
        expect(page.locator("main")).to_be_visible()
        assert_no_axe_violations(page, context="main")
        # The admin scrolls inside its layout: a tall window shows the whole report.
        width = (viewport or {"width": 1280})["width"]
        page.set_viewport_size({"width": width, "height": 3200 if viewport else 2400})
        page.screenshot(path=artifacts / f"{name}-{size}-{language}.png")
        page.set_viewport_size(viewport or {"width": 1280, "height": 900})
