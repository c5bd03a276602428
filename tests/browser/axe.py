"""Accessibility checks with axe-core (the npm package, installed by `npm ci` from
package.json) injected into a Playwright page."""

import json
import os
from pathlib import Path

import pytest

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


def axe_violations(page, *, context=None) -> list[dict]:
    """Run axe-core on the page as it is now (WCAG 2.1 A and AA rules plus best practices) and
    return its violations. Skips the test when axe-core is not installed, unless
    REQUIRE_BROWSER=1 (CI) makes that a failure."""
    if not AXE.exists():
        message = f"{AXE} is missing (run npm ci)"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    # Evaluated by the browser's devtools rather than added as a <script>, which the site's
    # Content-Security-Policy rightly refuses to run.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    options = {
        "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa", "best-practice"]}
    }
    result = page.evaluate(
        "([context, options]) => axe.run(context || document, options)", [context, options]
    )
    return result["violations"]


def assert_no_axe_violations(page, *, context=None):
    violations = axe_violations(page, context=context)
    summary = [
        {
            "id": violation["id"],
            "help": violation["help"],
            "nodes": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in violations
    ]
    assert not violations, f"axe-core violations on {page.url}:\n{json.dumps(summary, indent=1)}"
