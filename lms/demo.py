"""Helpers that every app's demo content uses to write its pages for `manage.py seed_demo`.

Each looks for what is already there before it creates anything: English pages by slug under
their parent, translations by translation key and locale. Pages that exist are left as they
are, so edits made in the admin survive a second run. `summary` is any object with
`pages_created` and `pages_existing` counters.
"""

from wagtail.models import Locale, Page, Site

from lms.models import HomePage


class DemoError(Exception):
    """The database is not ready for the demo site, or the demo content is inconsistent."""


def english_home_page() -> HomePage:
    """The default site's root, which must be the English home page `migrate` creates."""
    site = Site.objects.filter(is_default_site=True).first()
    english = site.root_page.specific if site else None
    if not isinstance(english, HomePage) or english.locale.language_code != "en":
        raise DemoError(
            "The default site's root must be the English home page created by `manage.py migrate`."
        )
    return english


def english_child(parent: Page, page: Page, *, summary, first: bool = False) -> Page:
    """`page` published under `parent`, unless a page of its type and slug is there already;
    `first` makes a new page its parent's first child."""
    existing = type(page).objects.child_of(parent).filter(slug=page.slug).first()
    if existing is not None:
        summary.pages_existing += 1
        return existing
    page.live = False
    parent.add_child(instance=page)
    if first:
        _move_first(page)
    summary.pages_created += 1
    return publish(page)


def translation(
    source: Page,
    locale: Locale,
    *,
    fields: dict,
    summary,
    first: bool = False,
    exclude_fields: list | None = None,
) -> Page:
    """The translation of `source` into `locale`, made with Wagtail's copy for translation,
    filled with `fields` and published, unless it exists already."""
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        summary.pages_existing += 1
        return existing
    page = source.copy_for_translation(locale, exclude_fields=exclude_fields)
    if first:
        _move_first(page)
    fill(page, fields)
    summary.pages_created += 1
    return publish(page)


def fill(page: Page, fields: dict) -> None:
    for name, value in fields.items():
        setattr(page, name, value)


def publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def _move_first(page: Page) -> None:
    """Make a new page its parent's first child. A pre-test added to a course built before the
    demo had quizzes would otherwise come after the modules."""
    parent = page.get_parent()
    if parent.get_first_child().pk != page.pk:
        page.move(parent, pos="first-child")
        page.refresh_from_db(fields=["path", "url_path"])
