"""Helpers that turn the demo's plain text into lesson body blocks.

Text is written in short paragraphs separated by blank lines. A paragraph whose lines start
with "- " becomes a bulleted list, one whose lines start with "1. " a numbered list; a line
that starts with neither continues the item above it. Inline <b> and <i> pass through.
"""

import re

_BULLET = re.compile(r"^- +")
_NUMBER = re.compile(r"^\d+\. +")


def rich_text(source: str) -> str:
    html = []
    for chunk in re.split(r"\n\s*\n", source.strip()):
        lines = [line.strip() for line in chunk.strip().splitlines()]
        for pattern, tag in ((_BULLET, "ul"), (_NUMBER, "ol")):
            if pattern.match(lines[0]):
                html.append(_list(tag, pattern, lines))
                break
        else:
            html.append(f"<p>{' '.join(lines)}</p>")
    return "".join(html)


def _list(tag: str, pattern: re.Pattern, lines: list[str]) -> str:
    items: list[str] = []
    for line in lines:
        if pattern.match(line):
            items.append(pattern.sub("", line))
        else:
            items[-1] += " " + line
    return f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"


def plain(source: str) -> str:
    return " ".join(source.split())


def heading(title: str) -> tuple:
    return ("heading", plain(title))


def text(source: str) -> tuple:
    return ("paragraph", rich_text(source))


def callout(kind: str, title: str, source: str) -> tuple:
    return ("callout", {"kind": kind, "title": plain(title), "text": rich_text(source)})


def tip(title: str, source: str) -> tuple:
    return callout("tip", title, source)


def warning(title: str, source: str) -> tuple:
    return callout("warning", title, source)


def case_study(title: str, source: str) -> tuple:
    return callout("case_study", title, source)


def reflection(question: str, hint: str = "") -> tuple:
    return ("reflection", {"question": plain(question), "hint": plain(hint)})
