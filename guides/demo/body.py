"""Helpers that turn the guides' plain text into guide body blocks: those of the course demo
(headings, paragraphs, callouts) and the guide blocks (checklists, phone numbers, addresses)."""

from courses.demo.body import heading, plain, text, tip, warning

from .numbers import Number

__all__ = [
    "address",
    "checklist",
    "heading",
    "phone",
    "phones",
    "source",
    "text",
    "tip",
    "warning",
]


def checklist(title: str, items: list[str]) -> tuple:
    return ("checklist", {"title": plain(title), "items": [plain(item) for item in items]})


def phones(title: str, numbers: list[dict]) -> tuple:
    return ("phone_numbers", {"title": plain(title), "numbers": numbers})


def phone(name: str, number: Number, *, hours: str = "", languages: str = "") -> dict:
    return {
        "name": plain(name),
        "number": number.number,
        "hours": plain(hours),
        "languages": plain(languages),
        "is_example": number.is_example,
    }


def address(name: str, lines: list[str], *, hours: str = "", kind: str = "embassy") -> tuple:
    # No phone: the address block cannot mark a number as an example, and the embassies'
    # numbers are in the phone blocks, marked as examples until an editor checks them.
    return (
        "address",
        {
            "kind": kind,
            "name": plain(name),
            "address": "\n".join(plain(line) for line in lines),
            "phone": "",
            "hours": plain(hours),
            "website": "",
        },
    )


def source(title: str, url: str = "") -> tuple:
    return ("source", {"title": plain(title), "url": url})
