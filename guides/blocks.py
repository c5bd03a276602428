import re

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks

from lms.blocks import BaseBodyBlock

phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 ()-]{2,24}$", _("Digits, spaces, brackets and dashes, with an optional +.")
)


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item"), max_length=300), label=_("Items"))

    class Meta:
        icon = "tick"
        template = "guides/blocks/checklist_block.html"
        label = _("Checklist")
        preview_value = {"title": "Before you leave", "items": ["Passport", "Contract"]}


class PhoneValue(blocks.StructValue):
    def tel_href(self):
        """The number for a tel: link: digits and a leading +, nothing else."""
        number = self.get("number") or self.get("phone") or ""
        return "tel:" + ("+" if number.strip().startswith("+") else "") + re.sub(r"\D", "", number)


class PhoneNumberBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Service"), max_length=200)
    number = blocks.CharBlock(label=_("Number"), max_length=25, validators=[phone_validator])
    hours = blocks.CharBlock(
        label=pgettext_lazy("opening hours", "Hours"), max_length=100, required=False
    )
    languages = blocks.CharBlock(label=_("Languages"), max_length=200, required=False)
    is_example = blocks.BooleanBlock(
        label=_("Example number, to be replaced"),
        required=False,
        help_text=_("Shown with a warning until an editor puts in the real number."),
    )

    class Meta:
        icon = "mobile-alt"
        value_class = PhoneValue
        label = _("Phone number")


class PhoneNumbersBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200, required=False)
    numbers = blocks.ListBlock(PhoneNumberBlock(), label=_("Numbers"))

    class Meta:
        icon = "mobile-alt"
        template = "guides/blocks/phone_numbers_block.html"
        label = _("Key phone numbers")


ADDRESS_KINDS = [
    ("embassy", _("Embassy")),
    ("consulate", _("Consulate")),
    ("office", _("Office")),
]


class AddressValue(PhoneValue):
    def kind_label(self):
        return dict(ADDRESS_KINDS).get(self.get("kind"), "")


class AddressBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("Kind"), choices=ADDRESS_KINDS, default="embassy")
    name = blocks.CharBlock(label=pgettext_lazy("office", "Name"), max_length=200)
    address = blocks.TextBlock(label=_("Address"), max_length=500)
    phone = blocks.CharBlock(
        label=_("Phone"), max_length=25, required=False, validators=[phone_validator]
    )
    hours = blocks.CharBlock(label=_("Opening hours"), max_length=200, required=False)
    website = blocks.URLBlock(label=_("Website"), required=False)

    class Meta:
        icon = "site"
        template = "guides/blocks/address_block.html"
        value_class = AddressValue
        label = _("Embassy or consulate address")


class GuideBodyBlock(BaseBodyBlock):
    checklist = ChecklistBlock()
    phone_numbers = PhoneNumbersBlock()
    address = AddressBlock()


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=300)
    url = blocks.URLBlock(label=_("Link"), required=False)

    class Meta:
        icon = "link"
        label = _("Source")
