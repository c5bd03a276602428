from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from lms.blocks import BaseBodyBlock


class ReflectionQuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"), max_length=1000)
    hint = blocks.TextBlock(label=_("Hint"), required=False, max_length=1000)

    class Meta:
        icon = "help"
        template = "blocks/reflection_question_block.html"
        label = _("Reflection question")
        preview_value = {"question": "What helped the family trust you?"}


class LessonBodyBlock(BaseBodyBlock):
    reflection = ReflectionQuestionBlock()
