"""What the guides demo builds: the destinations, each with its texts by language, and the
guides for everyone under the hub. The English text comes first; it fixes the slugs, topics and
review dates, and the order of the guides, and every translation follows it guide by guide."""

from dataclasses import dataclass

from . import (
    content_general_en,
    content_general_ky,
    content_general_ru,
    content_general_uz,
    content_korea_en,
    content_korea_ky,
    content_korea_ru,
    content_korea_uz,
    content_russia_en,
    content_russia_ky,
    content_russia_ru,
    content_russia_uz,
)

# The languages the guides are written in; the hub is in every content language (hub.py).
GUIDE_LANGUAGES = ("en", "ru", "uz", "ky")


@dataclass(frozen=True)
class DemoDestination:
    country_code: str
    texts: dict  # language code -> destination text; "en" first


RUSSIA = DemoDestination(
    country_code="RU",
    texts={
        "en": content_russia_en.DESTINATION,
        "ru": content_russia_ru.DESTINATION,
        "uz": content_russia_uz.DESTINATION,
        "ky": content_russia_ky.DESTINATION,
    },
)

SOUTH_KOREA = DemoDestination(
    country_code="KR",
    texts={
        "en": content_korea_en.DESTINATION,
        "ru": content_korea_ru.DESTINATION,
        "uz": content_korea_uz.DESTINATION,
        "ky": content_korea_ky.DESTINATION,
    },
)

DESTINATIONS = [RUSSIA, SOUTH_KOREA]

# Guides for everyone, directly under the hub: language code -> {"guides": [...]}.
GENERAL = {
    "en": content_general_en.GENERAL,
    "ru": content_general_ru.GENERAL,
    "uz": content_general_uz.GENERAL,
    "ky": content_general_ky.GENERAL,
}
