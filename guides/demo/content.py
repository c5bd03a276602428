"""Reads the demo guides from demo/content/ (README, "Demo content"): the guide hub from
site/<language>/guides.md, then the guide sets of guides/:

    01-russia/destination.yml           country_code, the same in every language
    01-russia/en/destination.md         title; the text is the introduction
    01-russia/en/01-documents-and-legal-stay.md     a guide
    03-for-everyone/en/01-extremist-recruitment.md  no destination.yml: a guide in the hub

Beside the lessons' blocks a guide has '::: checklist Title' (a bulleted list), '::: phones
Title' (YAML: name, number, example, hours, languages) and '::: address' (YAML: name,
address, kind, hours, website). A translation keeps the English guide's blocks, phone numbers
and example marks, checklist lengths and sources' links.
"""

import re
from html import unescape
from pathlib import Path

from guides.models import DestinationPage, GuideIndexPage, GuidePage
from lms.demo import (
    CALLOUTS,
    CONTENT,
    SOURCE,
    DemoPage,
    Fence,
    body_blocks,
    clean,
    fail,
    fields,
    language_folders,
    numbered,
    plain,
    read_page,
    read_yaml,
    rich_text,
    same_blocks,
    same_values,
    site_page,
    where,
)

GUIDE = ["title", "summary", "reviewed_by", "sources"]
SHARED = ["topic", "last_reviewed"]  # the same in every language
PHONE = ["name", "number", "example", "hours", "languages"]
ADDRESS = ["name", "address", "kind", "hours", "website"]


def guides_read(*, root: Path = CONTENT) -> DemoPage:
    """The guide hub with its destinations and guides. Refuses (DemoError, naming the file)
    what the admin would refuse, and translations that do not follow the English guides."""
    hub = site_page("guides", GuideIndexPage, root=root)
    for slug, folder in numbered(root / "guides", directories=True):
        settings = folder / "destination.yml"
        if not settings.exists():
            hub.children += _guides(folder, None)
            continue
        data = fields(read_yaml(settings), settings, required=["country_code"])
        values = {"slug": slug, **clean(DestinationPage, data, settings)}
        hub.children.append(_guides(folder, DemoPage(DestinationPage, values, settings)))
    return hub


def _guides(folder: Path, destination: DemoPage | None):
    guides = []
    for code, language in language_folders(folder).items():
        path = language / "destination.md"
        if destination:
            front, text, _line = read_page(path)
            front = fields(front, path, required=["title"], texts=["title"])
            destination.put(code, clean(DestinationPage, {**front, "intro": plain(text)}, path))
        elif path.exists():
            fail(path, "a destination has a destination.yml, with its country_code, beside en/.")
        entries = numbered(language, allowed=["destination.md"] if destination else [])
        for index, (slug, path) in enumerate(entries):
            if code == SOURCE:
                guides.append(DemoPage(GuidePage, {"slug": slug}, path))
            guides[index].put(code, _guide(path, code, guides[index]))
    if destination is None:
        return guides
    destination.children = guides
    return destination


def _guide(path: Path, code: str, guide: DemoPage) -> dict:
    front, text, line = read_page(path)
    texts = ["title", "summary", "reviewed_by", "topic"]
    if code == SOURCE:
        front = fields(front, path, required=GUIDE + SHARED, texts=texts)
    else:
        front = fields(front, path, required=GUIDE, optional=SHARED, texts=texts)
        front = same_values(guide.fields, front, path, SHARED)
    fences = {**CALLOUTS, "checklist": _checklist, "phones": _phones, "address": _address}
    front["body"] = body_blocks(text, path, fences=fences, line=line)
    front["sources"] = _sources(front["sources"], path)
    values = clean(GuidePage, front, path)
    if code != SOURCE:
        _same_guide(values, guide, path)
    return values


def _sources(data, path: Path) -> list[tuple]:
    if not isinstance(data, list):
        fail(path, "sources is a list of '- title: …', each with an optional url.")
    source = {"required": ["title"], "optional": ["url"], "texts": ["title"], "what": "sources: "}
    sources = [{"url": "", **fields(item, path, **source)} for item in data]
    return [("source", item) for item in sources]


def _checklist(fence: Fence) -> tuple:
    """'::: checklist Title' holding a bulleted list of plain text, one thing to tick per item."""
    html = rich_text(fence.text, fence.path)
    if not fence.title or not re.fullmatch(r"<ul>(<li>[^<]*</li>)+</ul>", html):
        fence.fail("a checklist has a title after '::: checklist', then '- item' lines of text.")
    items = [unescape(item) for item in re.findall(r"<li>([^<]*)</li>", html)]
    return ("checklist", {"title": plain(fence.title), "items": items})


def _phones(fence: Fence) -> tuple:
    """'::: phones Title' holding YAML: a list of numbers, each said to be an example or not."""
    data = fence.yaml()
    if not isinstance(data, list) or not data:
        fence.fail("a phones block holds a list of '- name: …' numbers.")
    numbers = []
    for item in data:
        what = f"the phones of line {fence.line}: "
        item = fields(
            item,
            fence.path,
            required=PHONE[:2],
            optional=PHONE[2:],
            what=what,
            texts=["name", *PHONE[3:]],
        )
        if not isinstance(item["number"], str):
            fence.fail(f'write the number in quotes: number: "{item["number"]}".')
        if not isinstance(item.get("example"), bool):
            fence.fail(
                "say of every number whether it is an example to be replaced (example: true) "
                "or checked and real (example: false)."
            )
        number = {"hours": "", "languages": "", **item, "number": item["number"].strip()}
        number["is_example"] = number.pop("example")
        numbers.append(number)
    return ("phone_numbers", {"title": plain(fence.title), "numbers": numbers})


def _address(fence: Fence) -> tuple:
    """'::: address' holding YAML: name, address (its lines), kind, hours and website. No
    phone: that goes in a phones block, where it is marked as an example or not."""
    if isinstance(data := fence.yaml(), dict) and "phone" in data:
        fence.fail("an address has no phone: put it in a '::: phones' block, marked as an example.")
    what, texts = f"the address of line {fence.line}: ", ["name", "kind", "hours", "website"]
    data = fields(
        data, fence.path, required=ADDRESS[:2], optional=ADDRESS[2:], texts=texts, what=what
    )
    lines = data["address"] if isinstance(data["address"], list) else [data["address"]]
    if not all(isinstance(line, str) for line in lines):
        fence.fail("address is a list of its lines, each a text.")
    address = "\n".join(plain(line) for line in lines)
    values = {"kind": "embassy", "phone": "", "hours": "", "website": "", **data}
    return ("address", {**values, "address": address})


def _same_guide(values: dict, guide: DemoPage, path: Path) -> None:
    english, there = guide.fields, where(guide.path)
    same_blocks(values["body"], english["body"], path, guide.path)
    for (kind, value), (_kind, original) in zip(values["body"], english["body"], strict=True):
        if kind == "phone_numbers" and _numbers(value) != _numbers(original):
            numbers = f"{value['title']}': {_numbers(original)}"
            fail(path, f"the phone numbers, and examples, are those of {there}: '{numbers}.")
        if kind == "checklist" and len(value["items"]) != len(original["items"]):
            count = len(original["items"])
            fail(path, f"the checklist '{value['title']}' has the {count} items of {there}.")
    urls = [value["url"] for _kind, value in values["sources"]]
    if urls != [value["url"] for _kind, value in english["sources"]]:
        fail(path, f"the sources are those of {there}, with the same links in the same order.")


def _numbers(value: dict) -> list:
    return [(number["number"], number["is_example"]) for number in value["numbers"]]
