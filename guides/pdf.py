"""Guides as printable PDF booklets (ReportLab), for print-outs at pre-departure centres. Uses
the site's embedded font (lms/fonts.py), which covers all six languages."""

from io import BytesIO
from xml.sax.saxutils import escape

from bs4 import BeautifulSoup
from django.utils import formats, translation
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from lms.fonts import BOLD, REGULAR, register_fonts

ACCENT = colors.HexColor("#08437E")


def _styles():
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13, spaceAfter=4)
    return {
        "body": base,
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=BOLD,
            fontSize=18,
            leading=22,
            textColor=ACCENT,
            spaceAfter=8,
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=6,
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=3
        ),
        "h3": ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=10, spaceBefore=4),
        "meta": ParagraphStyle(
            "meta", parent=base, fontSize=8, leading=11, textColor=colors.HexColor("#4a4a4f")
        ),
        "box": ParagraphStyle(
            "box",
            parent=base,
            backColor=colors.HexColor("#eef4fb"),
            borderPadding=5,
            leftIndent=5,
            rightIndent=5,
            spaceBefore=6,
            spaceAfter=8,
        ),
    }


def _text(value) -> str:
    """Plain text, escaped for ReportLab: what editors typed never acts as markup."""
    return escape(" ".join(str(value or "").split()))


def _rich_text(html, styles):
    flowables = []
    soup = BeautifulSoup(str(html), "html.parser")
    for element in soup.find_all(["p", "h2", "h3", "h4", "ul", "ol"], recursive=False) or [soup]:
        if element.name in ("ul", "ol"):
            items = [
                ListItem(Paragraph(_text(li.get_text(" ")), styles["body"]), leftIndent=10)
                for li in element.find_all("li")
            ]
            flowables.append(
                ListFlowable(
                    items,
                    bulletType="bullet" if element.name == "ul" else "1",
                    bulletFontName=REGULAR,
                    bulletFontSize=8,
                    leftIndent=10,
                )
            )
        elif element.name in ("h2", "h3", "h4"):
            flowables.append(Paragraph(_text(element.get_text(" ")), styles["h3"]))
        else:
            text = _text(element.get_text(" "))
            if text:
                flowables.append(Paragraph(text, styles["body"]))
    return flowables


def _block(block, styles):
    kind, value = block.block_type, block.value
    if kind == "heading":
        return [Paragraph(_text(value), styles["h2"])]
    if kind == "paragraph":
        return _rich_text(value, styles)
    if kind == "callout":
        title = f"<b>{_text(value['title'])}</b><br/>" if value.get("title") else ""
        body = "<br/>".join(
            _text(p.get_text(" "))
            for p in BeautifulSoup(str(value["text"]), "html.parser").find_all(["p", "li"])
        )
        return [Paragraph(title + body, styles["box"])]
    if kind == "checklist":
        items = [Paragraph("[  ]  " + _text(item), styles["body"]) for item in value["items"]]
        return [KeepTogether([Paragraph(_text(value["title"]), styles["h2"]), *items])]
    if kind == "phone_numbers":
        rows = [Paragraph(_text(value["title"]), styles["h2"])] if value.get("title") else []
        for phone in value["numbers"]:
            details = "; ".join(_text(v) for v in (phone["hours"], phone["languages"]) if v)
            example = (
                f" <i>({_text(_('Example number: check before calling'))})</i>"
                if (phone["is_example"])
                else ""
            )
            rows.append(
                Paragraph(
                    f"<b>{_text(phone['name'])}</b>: {_text(phone['number'])}{example}"
                    + (f"<br/>{details}" if details else ""),
                    styles["body"],
                )
            )
        return [KeepTogether(rows)]
    if kind == "address":
        lines = [
            f"<b>{_text(value['name'])}</b>",
            *[_text(line) for line in str(value["address"]).splitlines() if line.strip()],
        ]
        lines += [_text(value[key]) for key in ("phone", "hours", "website") if value.get(key)]
        return [Paragraph("<br/>".join(lines), styles["box"])]
    if kind == "video":
        return [Paragraph(_text(value["video"].url if value.get("video") else ""), styles["meta"])]
    return []


def _guide(guide, styles):
    flowables = [
        Paragraph(_text(guide.title), styles["h1"]),
        Paragraph(_text(guide.summary), styles["body"]),
        Spacer(1, 2 * mm),
    ]
    for block in guide.body:
        flowables.extend(_block(block, styles))
    reviewed = _("Last reviewed on %(date)s by %(name)s.") % {
        "date": formats.date_format(guide.last_reviewed, "DATE_FORMAT"),
        "name": guide.reviewed_by,
    }
    flowables.append(Spacer(1, 3 * mm))
    flowables.append(Paragraph(_text(reviewed), styles["meta"]))
    for source in guide.sources:
        label = source.value["title"] + (f" – {source.value['url']}" if source.value["url"] else "")
        flowables.append(Paragraph(_text(label), styles["meta"]))
    return flowables


def render_guides_pdf(*, title: str, guides: list, language: str) -> bytes:
    """A booklet of one or more guides, in their language, as PDF bytes."""
    register_fonts()
    styles = _styles()
    buffer = BytesIO()
    with translation.override(language):
        document = SimpleDocTemplate(
            buffer,
            pagesize=A5,
            title=title,
            leftMargin=12 * mm,
            rightMargin=12 * mm,
            topMargin=12 * mm,
            bottomMargin=12 * mm,
        )
        story = []
        if len(guides) > 1:
            story.append(Paragraph(_text(title), styles["title"]))
            story.extend(Paragraph(_text(guide.title), styles["body"]) for guide in guides)
            story.append(PageBreak())
        for number, guide in enumerate(guides):
            if number:
                story.append(PageBreak())
            story.extend(_guide(guide, styles))

        def footer(canvas, doc):
            canvas.setFont(REGULAR, 7)
            canvas.setFillColor(colors.HexColor("#4a4a4f"))
            canvas.drawCentredString(A5[0] / 2, 6 * mm, f"{title} · {doc.page}")

        document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
