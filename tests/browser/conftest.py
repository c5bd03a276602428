"""Playwright driving Debian's Chromium against pytest-django's live server.

Browser tests are skipped when /usr/bin/chromium is missing, unless REQUIRE_BROWSER=1 asks
for them (CI), in which case a missing browser is an error. When a test fails, a screenshot
of each of its pages is saved under BROWSER_ARTIFACTS (default: the test's tmp_path) and
its path printed.
"""

import os
import threading
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
DEFAULT_VIEWPORT = {"width": 1280, "height": 900}
TIMEOUT_MS = 15_000


@pytest.hookimpl(tryfirst=True)  # before `-m` selects by marker and pytest-django sorts
def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    browser_items = [item for item in items if here in item.path.parents]
    for item in browser_items:
        item.add_marker(pytest.mark.browser)
    # Last, so the running browser (see below) is around for as few other tests as possible;
    # pytest-django's sort that follows is stable.
    items[:] = [item for item in items if item not in browser_items] + browser_items


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.browser_test_failed = report.failed
    return report


def serve_one_request_at_a_time(live_server):
    """On in-memory SQLite the live server's request threads share the test's one database
    connection, and requests served at once mix up each other's queries (IndexError deep in
    the ORM). Browsers do send requests at once (a service worker fetching a destination's
    guides in parallel), so the server takes them in turn, each to its end, closing included.
    On PostgreSQL every thread has its own connection and nothing changes."""
    if not live_server.thread.connections_override:
        return
    httpd = live_server.thread.httpd
    app = httpd.get_app()
    lock = threading.Lock()

    def one_at_a_time(environ, start_response):
        with lock:
            response = app(environ, start_response)
            try:
                return list(response)
            finally:
                if hasattr(response, "close"):
                    response.close()

    httpd.set_app(one_at_a_time)


@pytest.fixture(scope="session")
def browser(django_db_setup, live_server):
    # Depending on live_server closes Chromium first, so that no request of its is still
    # being served when the live server stops.
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is not installed (apt-get install chromium)"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"REQUIRE_BROWSER=1 but {message}", pytrace=False)
        pytest.skip(message)
    from django.db import connections
    from playwright.sync_api import sync_playwright

    serve_one_request_at_a_time(live_server)

    # Between its calls, Playwright's sync API marks an asyncio loop as running in this
    # thread. Django then refuses ORM calls from the test (they are still synchronous, so the
    # check does not apply), and asgiref hands Django a second set of database connections,
    # meant for async code, which lack what the test database setup stored on the first set
    # (the contents serialized_rollback restores): keep the first set in use.
    allow_async_unsafe = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    test_connections = {alias: connections[alias] for alias in connections}
    try:
        with sync_playwright() as playwright:
            for alias, connection in test_connections.items():
                connections[alias] = connection
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if allow_async_unsafe is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = allow_async_unsafe


@pytest.fixture
def new_page(request, browser, live_server, tmp_path):
    """Open a page in a fresh browser context (its own cookies: one person) against the live
    server: `new_page()`, `new_page(viewport={"width": 360, "height": 640})`, or
    `new_page(java_script_enabled=False)`."""
    contexts = []
    # Every journey doubles as a check of the Content-Security-Policy: Chromium reports what
    # the policy blocked on the console, and any such report fails the test.
    csp_violations = []

    def watch(page):
        def on_console(message):
            if "Content Security Policy" in message.text:
                csp_violations.append(f"{page.url}: {message.text}")

        page.on("console", on_console)

    def open_page(*, viewport=None, java_script_enabled=True):
        context = browser.new_context(
            base_url=live_server.url,
            viewport=viewport or DEFAULT_VIEWPORT,
            locale="en-GB",
            java_script_enabled=java_script_enabled,
        )
        context.set_default_timeout(TIMEOUT_MS)
        context.on("page", watch)
        contexts.append(context)
        return context.new_page()

    yield open_page
    failed = getattr(request.node, "browser_test_failed", False)
    artifacts = Path(os.environ.get("BROWSER_ARTIFACTS", tmp_path)) / request.node.name
    for number, context in enumerate(contexts, start=1):
        if failed:
            for page in context.pages:
                path = artifacts / f"context-{number}.png"
                page.screenshot(path=path, full_page=True)
                print(f"Screenshot of {page.url}: {path}")  # noqa: T201
        context.close()
    assert not csp_violations, "\n".join(csp_violations)


@pytest.fixture
def page(new_page):
    """A page at the default size, for a test with one person in it."""
    return new_page()
