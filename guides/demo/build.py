"""Writes the guides demo to the database.

Like the course demo (courses.demo.build), every step looks for what is already there before it
creates anything: English pages by slug under their parent, translations by translation key and
locale. Pages that exist are left as they are, so edits made in the admin survive a second run.
"""

from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import Locale, Page

from guides.models import DestinationPage, GuideIndexPage, GuidePage
from lms.demo import DemoError, english_child, english_home_page, translation
from lms.models import HomePage

from .destinations import DESTINATIONS, GENERAL
from .hub import HUB


@dataclass
class DemoDestinationSummary:
    page: DestinationPage
    guides: int
    languages: list[str]


@dataclass
class DemoGuidesSummary:
    pages_created: int = 0
    pages_existing: int = 0
    hub: GuideIndexPage | None = None
    hub_languages: list[str] = field(default_factory=list)
    destinations: list[DemoDestinationSummary] = field(default_factory=list)
    general_guides: int = 0


@transaction.atomic
def demo_guides_build() -> DemoGuidesSummary:
    """Create whatever is missing of the guides demo and publish it: a guide hub under the home
    page of every content language, the destinations and their guides in English, Russian,
    Uzbek and Kyrgyz, and the guides for everyone under the hub. Refuses (DemoError) a
    database without a home page in every content language (build the demo site first), and
    demo texts whose translations do not follow the English text guide by guide and block by
    block."""
    _check_translations()
    summary = DemoGuidesSummary()
    homes = _home_pages()
    hub = english_child(homes["en"], GuideIndexPage(slug="guides", **HUB["en"]), summary=summary)
    hubs = {"en": hub}
    for code, fields in HUB.items():
        if code == "en":
            continue
        if "{russian_hub}" in fields["intro"]:
            # A plain link: Wagtail turns a page link into the reader's own language version.
            link = f'<a href="{hubs["ru"].url}">'
            fields = {**fields, "intro": fields["intro"].replace("{russian_hub}", link)}
        hubs[code] = translation(hub, homes[code].locale, fields=fields, summary=summary)
    summary.hub = hub
    summary.hub_languages = list(hubs)

    for destination in DESTINATIONS:
        english = destination.texts["en"]
        page = english_child(
            hub,
            DestinationPage(
                slug=english["slug"],
                title=english["title"],
                intro=english["intro"],
                country_code=destination.country_code,
            ),
            summary=summary,
        )
        _guides(page, destination.texts, homes=homes, summary=summary)
        summary.destinations.append(
            DemoDestinationSummary(
                page=page, guides=len(english["guides"]), languages=list(destination.texts)
            )
        )
    _guides(hub, GENERAL, homes=homes, summary=summary)
    summary.general_guides = len(GENERAL["en"]["guides"])
    return summary


def _guides(parent: Page, texts: dict, *, homes: dict, summary: DemoGuidesSummary) -> None:
    """The guides of a destination (or of the hub) in English, then the translations of the
    destination and its guides: Wagtail translates a page only under its translated parent."""
    guides = [
        english_child(
            parent,
            GuidePage(
                slug=text["slug"],
                topic=text["topic"],
                last_reviewed=text["last_reviewed"],
                **_guide_fields(text),
            ),
            summary=summary,
        )
        for text in texts["en"]["guides"]
    ]
    for code, text in texts.items():
        if code == "en":
            continue
        locale = homes[code].locale
        if isinstance(parent, DestinationPage):
            translation(
                parent,
                locale,
                fields={"title": text["title"], "intro": text["intro"]},
                summary=summary,
            )
        for guide, guide_text in zip(guides, text["guides"], strict=True):
            translation(guide, locale, fields=_guide_fields(guide_text), summary=summary)


def _guide_fields(text: dict) -> dict:
    return {
        "title": text["title"],
        "summary": text["summary"],
        "body": text["body"],
        "reviewed_by": text["reviewed_by"],
        "sources": text["sources"],
    }


def _check_translations() -> None:
    for texts in [destination.texts for destination in DESTINATIONS] + [GENERAL]:
        english = texts["en"]["guides"]
        for code, text in texts.items():
            if [_kinds(guide) for guide in text["guides"]] != [_kinds(g) for g in english]:
                raise DemoError(
                    f"The {code} text of the guides {', '.join(g['slug'] for g in english)} has "
                    "other guides or blocks than the English one."
                )


def _kinds(guide: dict) -> list[str]:
    return [kind for kind, _value in guide["body"]]


def _home_pages() -> dict[str, HomePage]:
    english = english_home_page()
    homes = {"en": english}
    for code in HUB:
        if code == "en":
            continue
        locale = Locale.objects.filter(language_code=code).first()
        home = english.get_translation_or_none(locale) if locale else None
        if home is None:
            raise DemoError(f"There is no {code} home page: build the demo site first.")
        homes[code] = home
    return homes
