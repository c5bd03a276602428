"""The apps' dependencies point one way (README, "Layout"): courses use certificates, never the
other way; guides stand beside courses; the shared base in lms is used by all and uses none.
Checked on the source, import by import."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The part of lms every app builds on. The rest of lms is the project that puts the apps
# together (settings, urls, the home page, the sitemap) and may import them.
SHARED_BASE = [
    "lms/auth.py",
    "lms/blocks.py",
    "lms/fonts.py",
    "lms/languages.py",
    "lms/forms.py",
    "lms/logging.py",
    "lms/middleware.py",
    "lms/permissions.py",
    "lms/privacy.py",
    "lms/account_data.py",
    "lms/ratelimit.py",
    "lms/routing.py",
    "lms/services.py",
    "lms/signals.py",
    "lms/templatetags/lms_tags.py",
]
APPS = {"courses", "certificates", "guides"}


def imported_apps(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names & APPS


def sources(app: str, *, skip=()):
    for path in sorted((ROOT / app).rglob("*.py")):
        relative = str(path.relative_to(ROOT))
        if "migrations" not in path.parts and not relative.startswith(skip):
            yield path


def offending(paths, forbidden):
    return [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in paths
        for name in sorted(imported_apps(path) & forbidden)
    ]


def test_certificates_import_nothing_from_courses():
    assert offending(sources("certificates"), {"courses", "guides"}) == []


def test_guides_import_nothing_from_certificates_or_courses():
    assert offending(sources("guides"), {"certificates"}) == []
    # The demo guides' importer (guides/demo) is being replaced by the Markdown one.
    assert offending(sources("guides", skip=("guides/demo/",)), {"courses"}) == []


@pytest.mark.parametrize("module", SHARED_BASE)
def test_the_shared_base_imports_no_app(module):
    assert offending([ROOT / module], APPS) == []
