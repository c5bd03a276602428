"""The translations given to the project's catalogues with a change and not yet compiled into
them (tests/fixtures/pending_translations.json, in the format of the translators' JSON files):
`pending_translations` compiles them with msgfmt and puts them before the project's own
catalogues, so that tests read pages and certificates in each language whatever the compiled
catalogues have so far. Once the catalogues have them, nothing changes."""

import json
import subprocess
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "pending_translations.json"
ENTRIES = json.loads(FIXTURE.read_text(encoding="utf-8"))
LANGUAGES = ("ru", "uz", "ky", "kk", "tg")
PLURAL_FORMS = {
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<10 || n%100>=20) ? 1 : 2);",
    "uz": "nplurals=1; plural=0;",
    "ky": "nplurals=1; plural=0;",
    "kk": "nplurals=2; plural=(n!=1);",
    "tg": "nplurals=2; plural=(n != 1);",
}


def translated(msgid: str, language: str, context: str | None = None):
    entry = next(e for e in ENTRIES if e["msgid"] == msgid and e.get("msgctxt") == context)
    return entry[language]


def _po_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


@pytest.fixture
def pending_translations(settings, tmp_path):
    """The translations compiled with msgfmt, before the project's own catalogues."""
    for language in LANGUAGES:
        lines = [
            'msgid ""',
            'msgstr ""',
            _po_string("Content-Type: text/plain; charset=UTF-8\n"),
            _po_string(f"Plural-Forms: {PLURAL_FORMS[language]}\n"),
            "",
        ]
        for entry in ENTRIES:
            if entry.get("msgctxt"):
                lines.append(f"msgctxt {_po_string(entry['msgctxt'])}")
            lines.append(f"msgid {_po_string(entry['msgid'])}")
            if entry.get("msgid_plural"):
                lines.append(f"msgid_plural {_po_string(entry['msgid_plural'])}")
                for index, form in enumerate(entry[language]):
                    lines.append(f"msgstr[{index}] {_po_string(form)}")
            else:
                lines.append(f"msgstr {_po_string(entry[language])}")
            lines.append("")
        folder = tmp_path / "locale" / language / "LC_MESSAGES"
        folder.mkdir(parents=True)
        (folder / "django.po").write_text("\n".join(lines), encoding="utf-8")
        subprocess.run(  # noqa: S603 (a fixed tool on our own file)
            ["msgfmt", "--check", "-o", folder / "django.mo", folder / "django.po"],  # noqa: S607
            check=True,
        )
    settings.LOCALE_PATHS = [tmp_path / "locale", *settings.LOCALE_PATHS]
