"""A labour migrant reads the pre-departure guides on a cheap phone over a weak connection,
without an account: the page is light and fits the screen, the checklist is remembered on the
phone, and the guides stay readable once the connection is gone."""

import pytest
from django.core.cache import caches
from playwright.sync_api import expect

from tests.factories import make_destination, make_guide, make_guide_hub

# The live server only sees committed data, so the test is transactional; serialized_rollback
# puts back what the data migrations made (locales, home page) after the flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 360, "height": 640}
PAGE_BUDGET_BYTES = 30 * 1024

DOCUMENTS = "Documents and legal stay"
DOCUMENTS_TEXT = "Register your address within seven working days of arrival."
# An apostrophe, which the page's HTML escapes, in a title the offline page lists.
MONEY = "Money and your family's budget"
MONEY_TEXT = "Send money home through a licensed bank, never through a stranger."
UNSAVED = "Work permits in Turkey"
SAVE_BUTTON = "Save these guides for offline reading"
SAVED_STATUS = "Saved: you can read these guides without a connection."
OFFLINE_TEXT = "This page is not saved on this phone."


def text_body(*paragraphs):
    return [("paragraph", f"<p>{text}</p>") for text in paragraphs]


@pytest.fixture
def guides():
    # The live server shares this process's local-memory page cache: start with it empty.
    caches["pages"].clear()
    hub = make_guide_hub()
    russia = make_destination("Russia", hub=hub, country_code="RU")
    documents = make_guide(
        russia,
        title=DOCUMENTS,
        topic="documents",
        body=[
            *text_body(
                DOCUMENTS_TEXT,
                "Keep the registration slip with your passport: the police may ask for both.",
                "Your employer must not keep your passport. If they do, call the hotline.",
            ),
            (
                "checklist",
                {
                    "title": "Before you leave",
                    "items": ["Passport", "Signed contract", "Medical certificate"],
                },
            ),
            (
                "phone_numbers",
                {
                    "title": "Key numbers",
                    "numbers": [
                        {
                            "name": "Migrant hotline",
                            "number": "+7 (800) 100-00-00",
                            "hours": "24/7",
                            "languages": "Russian, Uzbek, Tajik",
                        },
                        {"name": "Police", "number": "102"},
                    ],
                },
            ),
        ],
    )
    money = make_guide(
        russia, title=MONEY, slug="family-budget", topic="money", body=text_body(MONEY_TEXT)
    )
    make_guide(russia, title="Health", topic="health")
    turkey = make_destination("Turkey", hub=hub, country_code="TR")
    unsaved = make_guide(turkey, title=UNSAVED, topic="work_rights")
    return {"documents": documents, "money": money, "turkey": turkey, "unsaved": unsaved}


def open_and_measure(page, url):
    """Open `url` and return the bytes Chromium received for it and everything the page
    loaded: headers included, bodies as sent (compressed when the server compressed them),
    from DevTools' `encodedDataLength`. Also checks that the page itself came compressed."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    received = {}
    encodings = {}

    def on_response(event):
        headers = {name.lower(): value for name, value in event["response"]["headers"].items()}
        encodings[event["response"]["url"]] = headers.get("content-encoding", "")

    cdp.on("Network.responseReceived", on_response)
    cdp.on(
        "Network.loadingFinished",
        lambda event: received.__setitem__(event["requestId"], event["encodedDataLength"]),
    )
    page.goto(url, wait_until="networkidle")
    cdp.detach()
    assert encodings[page.url] == "gzip"
    return sum(received.values())


def wait_until_offline_ready(page):
    """Wait until the service worker is active, has kept this page, and controls it."""
    # A locator, not wait_for_function: its polling evaluates a string, which the
    # pages' Content-Security-Policy (no 'unsafe-eval') rightly refuses.
    expect(page.locator("html")).to_have_attribute("data-offline-ready", "1", timeout=30_000)
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    if not page.evaluate("!!navigator.serviceWorker.controller"):
        page.reload()
    assert page.evaluate("!!navigator.serviceWorker.controller")


def lose_connection(page):
    """Go offline, with the browser's HTTP cache emptied first (as a phone short of space
    does): what still reads, the service worker kept."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.clearBrowserCache")
    cdp.detach()
    page.context.set_offline(True)


def expect_guide_readable(page, title, text):
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_text(text)).to_be_visible()


def test_migrant_reads_guides_on_a_phone_online_and_offline(new_page, guides):
    documents = guides["documents"]
    phone = new_page(viewport=PHONE)

    # A text guide, with what it loads (CSS, the offline script; the page declares an empty
    # icon, so there is no favicon request), stays under 30 KB on the wire. The HTML comes
    # gzipped by GZipMiddleware as in production; the live server's static files handler sends
    # CSS and JS uncompressed where WhiteNoise sends them precompressed, so the figure is an
    # upper bound. Not counted: what the service worker fetches in the background once per
    # phone (sw.js, the offline page).
    transferred = open_and_measure(phone, documents.url)
    print(f"Guide page and what it loads: {transferred} bytes on the wire")  # noqa: T201
    assert transferred <= PAGE_BUDGET_BYTES
    expect_guide_readable(phone, DOCUMENTS, DOCUMENTS_TEXT)

    # Readable at 360 px: nothing to scroll sideways; phone numbers can be called with a tap.
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    hotline = phone.get_by_role("link", name="+7 (800) 100-00-00")
    expect(hotline).to_have_attribute("href", "tel:+78001000000")
    expect(phone.get_by_role("link", name="102", exact=True)).to_have_attribute("href", "tel:102")

    # A ticked checklist item is remembered on the phone.
    contract = phone.get_by_role("checkbox", name="Signed contract")
    contract.check()
    phone.reload()
    expect(contract).to_be_checked()
    expect(phone.get_by_role("checkbox", name="Passport")).not_to_be_checked()

    # While online, the reader saves the destination's guides for offline reading.
    wait_until_offline_ready(phone)
    phone.get_by_role("link", name="Russia").click()
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    phone.get_by_role("button", name=SAVE_BUTTON).click()
    expect(phone.get_by_role("status")).to_have_text(SAVED_STATUS)

    # The connection goes. The guide read before still reads, ticks and all…
    phone.goto(documents.url)
    lose_connection(phone)
    phone.reload()
    expect_guide_readable(phone, DOCUMENTS, DOCUMENTS_TEXT)
    expect(phone.get_by_role("checkbox", name="Signed contract")).to_be_checked()

    # …so does a saved guide never opened before…
    phone.goto(guides["money"].url)
    expect_guide_readable(phone, MONEY, MONEY_TEXT)

    # …and a page never saved explains what can be read without a connection.
    phone.goto(guides["unsaved"].url)
    expect(phone.get_by_role("heading", level=1)).to_have_text("You are offline")
    expect(phone.get_by_text(OFFLINE_TEXT)).to_be_visible()
    saved = phone.get_by_role("main").get_by_role("list")
    expect(saved.get_by_role("link")).to_have_text([DOCUMENTS, "Russia", MONEY, "Health"])
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    expect(phone.locator("html")).to_have_attribute("data-offline-ready", "1", timeout=30_000)

    # A second page never saved: the first is not listed as saved, since it is not.
    phone.goto(guides["turkey"].url)
    expect(phone.get_by_text(OFFLINE_TEXT)).to_be_visible()
    expect(saved.get_by_role("link")).to_have_text([DOCUMENTS, "Russia", MONEY, "Health"])
    saved.get_by_role("link", name=MONEY, exact=True).click()
    expect_guide_readable(phone, MONEY, MONEY_TEXT)


def test_guide_reads_without_javascript(new_page, guides):
    phone = new_page(viewport=PHONE, java_script_enabled=False)
    phone.goto(guides["documents"].url)
    expect_guide_readable(phone, DOCUMENTS, DOCUMENTS_TEXT)
    expect(phone.get_by_role("link", name="+7 (800) 100-00-00")).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    # The offline button needs the script: without it, it is not shown at all.
    phone.goto(guides["documents"].get_parent().url)
    expect(phone.get_by_role("heading", level=1)).to_have_text("Russia")
    expect(phone.get_by_role("button", name=SAVE_BUTTON)).to_be_hidden()
    assert phone.locator("[data-save-offline]").count() == 1
    assert phone.locator("[data-save-offline]").bounding_box() is None
