"""Every phone number in the demo guides, written once for all languages.

Only emergency numbers, and a government helpline we are sure of, are real. The others are
obviously fictitious numbers in the right format, marked as examples: the site shows them with
"Example number: check before calling" until an editor puts in the checked number.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Number:
    number: str
    is_example: bool = True


# Real numbers.
EMERGENCY_RU = Number("112", is_example=False)  # Russia's single emergency number
POLICE_KR = Number("112", is_example=False)
FIRE_AMBULANCE_KR = Number("119", is_example=False)
IMMIGRATION_KR = Number("1345", is_example=False)  # Korea's Immigration Contact Center

# Examples, to be replaced by editors.
MIGRANT_LINE_RU = Number("+7 800 000-00-00")
ANTI_TRAFFICKING_RU = Number("+7 800 000-00-01")
EMBASSY_UZ_RU = Number("+7 495 000-00-02")
EMBASSY_KG_RU = Number("+7 495 000-00-03")
AGENCY_UZ = Number("+998 71 000-00-00")
MINISTRY_KG = Number("+996 312 000 000")
SUPPORT_CENTRE_KR = Number("+82 2-0000-0000")
EMBASSY_UZ_KR = Number("+82 2-0000-0001")
EMBASSY_KG_KR = Number("+82 2-0000-0002")
