"""StreamField blocks shared by lessons and guides."""

from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")


class ImageStructValue(blocks.StructValue):
    def alt_text(self):
        return self.get("alt_text") or self.get("caption") or ""


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        value_class = ImageStructValue
        label = _("Image")


class VideoStructValue(blocks.StructValue):
    @property
    def url(self) -> str:
        video = self.get("video")
        return video.url if video else ""

    @property
    def host(self) -> str:
        return (urlsplit(self.url).hostname or "").removeprefix("www.")


class VideoBlock(blocks.StructBlock):
    """A video on another site (YouTube, Vimeo …). The site's Content-Security-Policy allows no
    frames from other sites, and a player would make every reader's phone call that site, so
    lessons link to the video rather than embed it."""

    video = EmbedBlock(label=_("Video URL"), max_width=800)
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        value_class = VideoStructValue
        label = _("Embedded video")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document")


class CalloutValue(blocks.StructValue):
    def kind_label(self):
        return dict(CALLOUT_KINDS).get(self.get("kind"), "")


CALLOUT_KINDS = [
    ("tip", _("Tip")),
    ("warning", _("Warning")),
    ("case_study", _("Case study")),
]


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("Kind"), choices=CALLOUT_KINDS, default="tip")
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        template = "blocks/callout_block.html"
        value_class = CalloutValue
        label = _("Callout")
        preview_value = {"kind": "tip", "title": "Tip", "text": "<p>Listen first.</p>"}


class BaseBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="blocks/paragraph_block.html"
    )
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
