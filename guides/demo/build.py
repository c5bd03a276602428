"""Writes the guides demo, read by content.py, to the database (see lms.demo.pages_build)."""

from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from guides.models import DestinationPage, GuideIndexPage
from lms.demo import CONTENT, DemoError, check_languages, english_home_page, pages_build

from .content import guides_read


@dataclass
class DemoGuidesSummary:
    pages_created: int = 0
    pages_existing: int = 0
    hub: GuideIndexPage | None = None
    hub_languages: list[str] = field(default_factory=list)
    destinations: list = field(default_factory=list)  # (title, number of guides, languages)
    general_guides: int = 0
    general_languages: list[str] = field(default_factory=list)  # of the guides for everyone


@transaction.atomic
def demo_guides_build(*, root: Path = CONTENT) -> DemoGuidesSummary:
    """Create whatever is missing of the guides demo and publish it: a guide hub under the home
    page of every language of site/, the destinations of guides/ with their guides, and the
    guides for everyone directly in the hub, each in the languages it is written in. Reads and
    checks all the content first. Refuses (DemoError) content that content.py refuses, guides in
    a language the hub is not in, and a database without a home page in every language of the
    hub (build the demo site first)."""
    hub = guides_read(root=root)
    check_languages(hub)
    english = english_home_page()
    for code in hub.translations:
        if not english.get_translations().filter(locale__language_code=code).exists():
            raise DemoError(f"There is no {code} home page: build the demo site first.")
    summary = DemoGuidesSummary(hub_languages=hub.languages)
    summary.hub = pages_build(english, hub, summary=summary)
    for child in hub.children:
        if child.model is DestinationPage:
            summary.destinations.append(
                (child.fields["title"], len(child.children), child.languages)
            )
        else:
            summary.general_guides += 1
            summary.general_languages = list(
                dict.fromkeys([*summary.general_languages, *child.languages])
            )
    return summary
