"""The demo site's importer, shared by every app's demo for `manage.py seed_demo`.

The content is Markdown with YAML front matter under demo/content/ (README, "Demo content"):
a folder per course, guide set or the site, a folder per language in it, English the source.
Reading turns it into DemoPage trees and refuses, naming the file, what the admin would refuse
and translations that do not follow the English files. Writing looks for what is there before
it creates anything: English pages by slug under their parent, translations by translation key
and locale; pages that exist are left as they are, so edits made in the admin survive a rerun.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import markdown
import yaml
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import override
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from wagtail.models import Locale, Page, Site

from lms.models import HomePage

CONTENT = Path(settings.BASE_DIR) / "demo" / "content"
SOURCE = "en"
# What the rich text features of lms.blocks and of the pages' introductions store.
BODY_TAGS = {"p", "b", "i", "a", "ul", "ol", "li", "h3", "h4", "hr", "br"}
INTRO_TAGS = {"p", "b", "i", "a", "br"}
_NAME = re.compile(r"^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$")
_FENCE = re.compile(r"^:::\s*(\S+)\s*(.*?)\s*$")


class DemoError(Exception):
    """The database is not ready for the demo site, or the demo content is inconsistent."""


@dataclass
class DemoPage:
    """A page to write: its type, its English fields (slug included), the fields of each
    translation, its subpages; `first` puts it before the subpages its parent already has."""

    model: type
    fields: dict
    path: Path  # the English file, for messages
    translations: dict = field(default_factory=dict)  # language code -> fields
    children: list = field(default_factory=list)
    first: bool = False

    @property
    def languages(self) -> list[str]:
        return [SOURCE, *self.translations]

    def text(self, code: str) -> dict:
        """The fields of the page in language `code`, as read."""
        return self.fields if code == SOURCE else self.translations[code]

    def put(self, code: str, fields: dict) -> None:
        """The fields of the page in language `code`."""
        (self.fields.update if code == SOURCE else self.translations.setdefault(code, {}).update)(
            fields
        )


def where(path: Path) -> str:
    return str(path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path)


def fail(path: Path, message: str):
    raise DemoError(f"{where(path)}: {message}")


# Files and folders -------------------------------------------------------------------------


def language_folders(folder: Path) -> dict[str, Path]:
    """The language folders of a course, a guide set or the site, English first, then in the
    order of WAGTAIL_CONTENT_LANGUAGES. Refuses a folder without English, a folder that is not
    a content language's code, and a language that has other files than English."""
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    found = {path.name: path for path in folder.iterdir() if path.is_dir()}
    if unknown := sorted(set(found) - set(codes)):
        fail(folder, f"{', '.join(unknown)} is not a language code ({', '.join(codes)}).")
    if SOURCE not in found:
        fail(folder, f"there is no {SOURCE}/ folder, the text every language translates.")
    english = _files(found[SOURCE])
    for code in found:
        files = _files(found[code])
        problems = [f"{name} is missing" for name in sorted(english - files)]
        problems += [f"{name} is not in {SOURCE}/" for name in sorted(files - english)]
        if problems:
            fail(found[code], f"a language has the files of {SOURCE}/: {'; '.join(problems)}.")
    return {code: found[code] for code in codes if code in found}


def _files(folder: Path) -> set[str]:
    paths = folder.rglob("*")
    return {p.relative_to(folder).as_posix() for p in paths if p.is_file() and p.name[0] != "."}


def numbered(folder: Path, *, allowed=(), directories: bool = False) -> list[tuple[str, Path]]:
    """(slug, path) of the pages in `folder`, folders or Markdown files named NN-slug, in the
    order of their numbers. Refuses anything else but the files in `allowed`, and two pages
    with one slug."""
    if not folder.is_dir():
        fail(folder, "this folder is missing.")
    entries = []
    for path in sorted(folder.iterdir()):
        if path.name[0] == "." or path.name in allowed:
            continue
        name = path.name if directories else path.name.removesuffix(".md")
        match = _NAME.match(name)
        wrong_kind = path.is_dir() != directories or not (directories or path.suffix == ".md")
        if match is None or wrong_kind:
            kind = "folders NN-slug" if directories else "files NN-slug.md"
            fail(path, f"this folder holds {kind} and {', '.join(allowed) or 'nothing else'}.")
        entries.append((int(match[1]), match[2], path))
    slugs = [slug for _number, slug, _path in entries]
    if twice := sorted({slug for slug in slugs if slugs.count(slug) > 1}):
        fail(folder, f"two pages have the slug {', '.join(twice)}.")
    return [(slug, path) for _number, slug, path in sorted(entries, key=lambda e: e[:2])]


def read_yaml(path: Path, text: str | None = None, *, line: int = 1):
    """The YAML in a file, or in `text`, which starts on line `line` of it."""
    if text is None and not path.is_file():
        fail(path, "this file is missing.")
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8") if text is None else text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f", line {line + mark.line}" if mark else ""
        raise DemoError(
            f"{where(path)}{at}: this is not valid YAML ({getattr(error, 'problem', error)}). "
            'A text with a colon and a space in it goes in quotes: title: "Pre-test: why?"'
        ) from error


def read_page(path: Path) -> tuple[dict, str, int]:
    """The front matter of a Markdown file, its text, and the line its text starts on."""
    if not path.is_file():
        fail(path, "this file is missing.")
    lines = path.read_text(encoding="utf-8").splitlines()
    ends = [number for number, line in enumerate(lines) if line.strip() == "---"]
    if ends[:1] != [0] or len(ends) < 2:
        fail(path, "a page starts with its front matter between two lines '---'.")
    front = read_yaml(path, "\n".join(lines[1 : ends[1]]), line=2) or {}
    return front, "\n".join(lines[ends[1] + 1 :]), ends[1] + 2


def fields(data, path: Path, *, required=(), optional=(), texts=(), what: str = "") -> dict:
    """`data`, refused when it lacks a required field or has an unknown one, most often a typo
    (`corect: true` would make a wrong answer); the fields in `texts` must be text, and have
    their spaces and line breaks made single spaces."""
    if not isinstance(data, dict):
        fail(path, f"{what}expected 'name: value' lines ({', '.join(required)}).")
    if missing := [name for name in required if data.get(name) in (None, "")]:
        fail(path, f"{what}{', '.join(missing)} is missing.")
    if unknown := sorted(set(data) - set(required) - set(optional)):
        known = ", ".join(dict.fromkeys([*required, *optional]))
        fail(path, f"{what}unknown field {', '.join(map(str, unknown))} (known: {known}).")
    for name in texts:
        if name in data and not isinstance(data[name], str):
            fail(path, f"{what}{name} is a text: put it in quotes.")
    return {name: plain(value) if name in texts else value for name, value in data.items()}


def plain(source: str) -> str:
    return " ".join(source.split())


def clean(model, values: dict, path: Path) -> dict:
    """`values` through the model fields' own checks (length, choices, ranges), and the
    StreamFields' through their blocks', as the admin checks them; messages in English, as
    the importer's own."""
    cleaned = {}
    for name, value in values.items():
        model_field = model._meta.get_field(name)
        try:
            if block := getattr(model_field, "stream_block", None):
                block.clean(block.to_python([{"type": t, "value": v} for t, v in value]))
                cleaned[name] = value
            else:
                cleaned[name] = model_field.clean(value, None)
        except ValidationError as error:
            with override(SOURCE):
                fail(path, f"{name}: {_messages(error, value)}")
    return cleaned


def _messages(error, blocks=None) -> str:
    nested = getattr(error, "block_errors", None)
    if not nested:
        return " ".join(error.messages)
    items = nested.items() if isinstance(nested, dict) else enumerate(nested)
    label = (lambda key: f"block {key + 1} ({blocks[key][0]})") if blocks else _number
    return "; ".join(f"{label(key)}: {_messages(e)}" for key, e in items if e is not None)


def _number(key) -> str:
    return str(key + 1) if isinstance(key, int) else key


def same_values(english: dict, translation: dict, path: Path, names) -> dict:
    """Refuses a translation that changes a value that is not text (a lesson's minutes, a
    guide's topic): translations copy it unchanged, or leave it out."""
    for name in names:
        if name in translation and translation[name] != english[name]:
            fail(path, f"{name} is the same in every language: {english[name]} in {SOURCE}/.")
    return {name: value for name, value in translation.items() if name not in names}


# Markdown ------------------------------------------------------------------------------------


class _WagtailHtml(Treeprocessor):
    """Rich text as Wagtail's editor stores it: <b> and <i>, no line breaks between elements."""

    BLOCKS = {"p", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "blockquote"}

    def run(self, root):
        for element in root.iter():
            element.tag = {"strong": "b", "em": "i"}.get(element.tag, element.tag)
            for name in ("text", "tail"):
                if value := getattr(element, name):
                    setattr(element, name, re.sub(r"\s+", " ", value))
            if element.tag in self.BLOCKS:
                element.tail = element.tail if (element.tail or "").strip() else None
                element.text = (element.text or "").lstrip() or None
                last = element[-1] if len(element) else None
                if last is not None:
                    last.tail = (last.tail or "").rstrip() or None
                elif element.text:
                    element.text = element.text.rstrip()


class _Wagtail(Extension):
    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(_WagtailHtml(md), "wagtail_html", 0)


_MARKDOWN = markdown.Markdown(extensions=[_Wagtail()])


def rich_text(source: str, path: Path, *, tags: set[str] = BODY_TAGS) -> str:
    """Markdown as Wagtail stores rich text. Refuses what the editor has no button for."""
    html = _MARKDOWN.reset().convert(source)
    if unknown := sorted(set(re.findall(r"<(\w+)", html)) - tags):
        fail(
            path,
            f"this text cannot hold <{'>, <'.join(unknown)}>: write paragraphs, **bold**, "
            "*italic*, [links](https://…) and lists; a heading block is a line '## Heading'; "
            "images are added in the admin.",
        )
    return html


@dataclass(frozen=True)
class Fence:
    """A block opened by '::: name title' on line `line` of `path`, holding `text`."""

    title: str
    text: str
    path: Path
    line: int

    def fail(self, message: str):
        raise DemoError(f"{where(self.path)}, line {self.line}: {message}")

    def yaml(self):
        return read_yaml(self.path, self.text, line=self.line + 1)


def body_blocks(source: str, path: Path, *, fences: dict[str, Callable], line: int = 1) -> list:
    """A page's Markdown text as StreamField blocks, (type, value): a line '## Title' is a
    heading; '::: name title' up to a line ':::' is built by `fences[name](Fence)`; the
    Markdown between them is a text block."""
    blocks, text, lines, number = [], [], source.splitlines(), 0

    def flush():
        if "".join(text).strip():
            blocks.append(("paragraph", rich_text("\n".join(text), path)))
        text.clear()

    while number < len(lines):
        current, at = lines[number], Fence("", "", path, line + number)
        fence = _FENCE.match(current)
        if current.startswith("## "):
            flush()
            blocks.append(("heading", plain(current[3:])))
        elif current.startswith("# "):
            at.fail("a heading starts with '## ' (the page's title is in its front matter).")
        elif current.strip() == ":::":
            at.fail("this ':::' closes no block.")
        elif fence:
            ends = (n for n in range(number + 1, len(lines)) if lines[n].strip() == ":::")
            end = next(ends, None)
            if fence[1] not in fences:
                at.fail(f"unknown block '::: {fence[1]}' (known: {', '.join(fences)}).")
            if end is None:
                at.fail(f"'::: {fence[1]}' is not closed by a line ':::'.")
            flush()
            inside = "\n".join(lines[number + 1 : end])
            blocks.append(fences[fence[1]](Fence(fence[2], inside, path, line + number)))
            number = end
        else:
            text.append(current)
        number += 1
    flush()
    return blocks


def _callout(kind: str) -> Callable:
    def build(fence: Fence) -> tuple:
        text = rich_text(fence.text, fence.path)
        return ("callout", {"kind": kind, "title": plain(fence.title), "text": text})

    return build


# '::: tip Title', '::: warning Title', '::: case-study Title': a callout, its title optional.
CALLOUTS = {"tip": _callout("tip"), "warning": _callout("warning")}
CALLOUTS["case-study"] = _callout("case_study")


def same_blocks(blocks: list, english: list, path: Path, english_path: Path) -> None:
    """Refuses a translation whose blocks are not those of the English page, in its order."""
    kinds, english_kinds = [kind for kind, _v in blocks], [kind for kind, _v in english]
    if kinds != english_kinds:
        fail(
            path,
            f"a translation has the blocks of {where(english_path)}, in its order: here "
            f"{', '.join(kinds)}; there {', '.join(english_kinds)}.",
        )


def site_page(name: str, model, *, root: Path = CONTENT) -> DemoPage:
    """One of the site's own pages (home, courses, guides) from site/<language>/<name>.md: its
    title, and its text as the introduction."""
    page = DemoPage(model, {"slug": name}, root / "site" / SOURCE / f"{name}.md")
    for code, folder in language_folders(root / "site").items():
        front, text, _line = read_page(folder / f"{name}.md")
        values = fields(front, folder / f"{name}.md", required=["title"], texts=["title"])
        page.put(code, {**values, "intro": rich_text(text, folder / f"{name}.md", tags=INTRO_TAGS)})
    return page


def check_languages(page: DemoPage) -> None:
    """Refuses a page in a language its parent is not in: Wagtail translates a page only under
    its translated parent."""
    for child in page.children:
        if missing := sorted(set(child.languages) - set(page.languages)):
            fail(
                child.path,
                f"this is in {', '.join(missing)}, and its parent, {where(page.path)}, is not.",
            )
        check_languages(child)


# Writing ---------------------------------------------------------------------------------------


def english_home_page() -> HomePage:
    """The default site's root, which must be the English home page `migrate` creates."""
    site = Site.objects.filter(is_default_site=True).first()
    english = site.root_page.specific if site else None
    if not isinstance(english, HomePage) or english.locale.language_code != "en":
        raise DemoError(
            "The default site's root must be the English home page created by `manage.py migrate`."
        )
    return english


def pages_build(parent: Page, page: DemoPage, *, summary, prepare=dict) -> Page:
    """Write `page` under `parent`, then its translations and its subpages, and return the
    English page. `prepare(fields)` makes the fields of one page, just before it is written."""
    english = english_child(parent, page.model(**prepare(page.fields)), summary, first=page.first)
    for code, fields in page.translations.items():
        translation(english, code, fields=prepare(fields), summary=summary, first=page.first)
    firsts = [child for child in page.children if child.first]
    # Each of them is moved to the front as it is made: make the last one first.
    for child in [*reversed(firsts), *(child for child in page.children if not child.first)]:
        pages_build(english, child, summary=summary, prepare=prepare)
    return english


def english_child(parent: Page, page: Page, summary, *, first: bool = False) -> Page:
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


def translation(source: Page, code: str, *, fields: dict, summary, first: bool = False) -> Page:
    """The translation of `source` into language `code`, made with Wagtail's copy for
    translation, filled with `fields` and published, unless it exists already. Child objects
    in `fields` (a quiz's questions) are written afresh rather than copied and replaced."""
    locale = Locale.objects.get(language_code=code)
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        summary.pages_existing += 1
        return existing
    children = [name for name in fields if source._meta.get_field(name).one_to_many]
    page = source.copy_for_translation(locale, exclude_fields=children)
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
    """Make a new page its parent's first child: a pre-test added to a course built before the
    demo had quizzes would otherwise come after the modules."""
    parent = page.get_parent()
    if parent.get_first_child().pk != page.pk:
        page.move(parent, pos="first-child")
        page.refresh_from_db(fields=["path", "url_path"])
