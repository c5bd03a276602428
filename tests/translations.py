"""What the project's catalogues give a string in a language, for tests that read translated
pages and certificates."""

from django.utils import translation

LANGUAGES = ("ru", "uz", "ky", "kk", "tg")


def translated(msgid: str, language: str, context: str | None = None) -> str:
    with translation.override(language):
        if context:
            return translation.pgettext(context, msgid)
        return translation.gettext(msgid)
