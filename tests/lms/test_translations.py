"""The interface is translated into the five languages of the region, completely and correctly.

The .po files are read with a small parser of our own (Django ships none), so these tests run
without GNU gettext installed; the compiled .mo files are read with the standard library.
"""

import ast
import gettext as gnu_gettext
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils.translation import gettext, override

TRANSLATED_LANGUAGES = ["ru", "uz", "ky", "kk", "tg"]
LOCALE_DIR = Path(settings.LOCALE_PATHS[0])
PLACEHOLDER = re.compile(r"%(?:\([^)]+\))?[-#0 +]*\d*(?:\.\d+)?[sdifr%]")

INTERFACE_STRINGS = ["Sign in", "My learning", "Skip to content", "Enrol in this course"]
SIGN_IN = {"ru": "Войти", "uz": "Kirish", "ky": "Кирүү", "kk": "Кіру", "tg": "Ворид шудан"}


def parse_po(path):
    """Entries of a .po file as dicts: msgctxt, msgid, msgid_plural, msgstr ({index: text}) and
    flags. Obsolete (#~) entries are skipped; the header is the entry whose msgid is empty."""
    entries, entry, field = [], None, None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            entry = None
            continue
        if line.startswith("#~"):
            continue
        if entry is None:
            entry = {"flags": set(), "msgstr": {}}
            entries.append(entry)
        if line.startswith("#,"):
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            _append(entry, field, ast.literal_eval(line))
        else:
            keyword, value = line.split(" ", 1)
            field = keyword
            _append(entry, field, ast.literal_eval(value), start=True)
    return [entry for entry in entries if "msgid" in entry]


def _append(entry, field, text, start=False):
    match = re.fullmatch(r"msgstr(?:\[(\d+)\])?", field)
    if match:
        index = int(match.group(1) or 0)
        entry["msgstr"][index] = ("" if start else entry["msgstr"][index]) + text
    else:
        entry[field] = ("" if start else entry[field]) + text


def catalogue(code):
    path = LOCALE_DIR / code / "LC_MESSAGES" / "django.po"
    entries = parse_po(path)
    header = next(entry for entry in entries if entry["msgid"] == "")
    messages = [entry for entry in entries if entry["msgid"] != ""]
    return header, messages


def header_fields(header):
    lines = header["msgstr"][0].splitlines()
    return dict(line.split(": ", 1) for line in lines if ": " in line)


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
@pytest.mark.parametrize("message", INTERFACE_STRINGS)
def test_interface_strings_are_translated(code, message):
    with override(code):
        translated = gettext(message)

    assert translated
    assert translated != message


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_sign_in_reads_as_expected(code):
    with override(code):
        assert gettext("Sign in") == SIGN_IN[code]


def test_english_stays_english():
    with override("en"):
        assert gettext("Sign in") == "Sign in"


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_catalogue_has_no_untranslated_or_fuzzy_entries(code):
    header, messages = catalogue(code)

    assert messages, f"{code}: the catalogue is empty"
    assert "fuzzy" not in header["flags"]
    fuzzy = [entry["msgid"] for entry in messages if "fuzzy" in entry["flags"]]
    untranslated = [
        entry["msgid"]
        for entry in messages
        if not entry["msgstr"] or not all(entry["msgstr"].values())
    ]
    assert fuzzy == [], f"{code}: fuzzy entries"
    assert untranslated == [], f"{code}: untranslated entries"


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_catalogue_header_and_plural_forms(code):
    header, messages = catalogue(code)
    fields = header_fields(header)
    nplurals = int(re.search(r"nplurals=(\d+)", fields["Plural-Forms"]).group(1))

    assert fields["Language"] == code
    assert "charset=UTF-8" in fields["Content-Type"]
    for entry in messages:
        if "msgid_plural" in entry:
            assert sorted(entry["msgstr"]) == list(range(nplurals)), entry["msgid"]


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_translations_keep_the_placeholders(code):
    _header, messages = catalogue(code)

    for entry in messages:
        source = entry.get("msgid_plural", entry["msgid"])
        for index, text in entry["msgstr"].items():
            original = entry["msgid"] if index == 0 and "msgid_plural" not in entry else source
            assert placeholders(text) == placeholders(original), (code, entry["msgid"], text)


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_compiled_catalogue_matches_the_po_file(code):
    """The .mo file was compiled from the current .po file: every translation is in it."""
    _header, messages = catalogue(code)
    with open(LOCALE_DIR / code / "LC_MESSAGES" / "django.mo", "rb") as mo_file:
        compiled = gnu_gettext.GNUTranslations(mo_file)._catalog

    for entry in messages:
        key = entry["msgid"]
        if "msgctxt" in entry:
            key = f"{entry['msgctxt']}\x04{key}"
        if "msgid_plural" in entry:
            for index, text in entry["msgstr"].items():
                assert compiled.get((key, index)) == text, (code, entry["msgid"])
        else:
            assert compiled.get(key) == entry["msgstr"][0], (code, entry["msgid"])


def test_uzbek_uses_the_modifier_letters_for_apostrophes():
    """Oʻzbekcha: ʻ (U+02BB) in oʻ and gʻ, ʼ (U+02BC) for the tutuq belgisi; never ' or ‘ ’."""
    _header, messages = catalogue("uz")

    for entry in messages:
        for text in entry["msgstr"].values():
            assert not re.search(r"['‘’`]", text), text
            assert not re.search(r"[ʻ](?<![oOgG]ʻ)", text), text


@pytest.mark.django_db
def test_login_page_is_in_russian(client):
    response = client.get("/ru/accounts/login/")

    assert response.status_code == 200
    assert "Войти" in response.content.decode()
