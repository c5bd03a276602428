"""Which language a reader is offered when something is not written in theirs."""

# Most of the programme's professionals read Russian; English is every course's source.
FALLBACK_LANGUAGES = ("ru", "en")


def fallback_languages(language: str) -> list[str]:
    """The reader's language, then Russian, then English, each once."""
    return [language, *(code for code in FALLBACK_LANGUAGES if code != language)]
