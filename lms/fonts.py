"""Fonts for every PDF the site makes (certificates, guide booklets): Noto Sans, registered with
ReportLab once per process.

The font package ships Noto Sans as a variable font only, and ReportLab ignores variation
axes (it would print every weight as the default instance), so we cut static Regular and Bold
instances with fontTools. That takes seconds, so the instances are kept on disk, in
CERTIFICATE_FONT_CACHE (default: <tempdir>/lms-fonts), and only the first render on a machine
pays for it. Noto Sans covers Cyrillic including Kazakh, Kyrgyz and Tajik letters, and the
Uzbek Latin okina (U+02BB) and its stand-in U+2018; `missing_characters` tells what it lacks.
"""

import importlib.metadata
import importlib.resources
import io
import json
import logging
import os
import tempfile
import threading
from pathlib import Path

from django.conf import settings
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

logger = logging.getLogger(__name__)

# ReportLab wraps every binary stream (fonts, images) in ASCII85 unless told not to, a relic of
# 7-bit mail: it makes PDFs a quarter bigger and, in pure Python, costs more than all the rest
# of a certificate. The setting is ReportLab's, for the whole process, so it is made here, where
# every PDF of ours starts; every PDF reader reads binary streams.
rl_config.useA85 = 0

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
PACKAGE = "fontpkg_noto_sans"
DISTRIBUTION = "fontpkg-noto-sans"
# Raise when the way instances are made changes, so caches of older ones are not used.
INSTANCE_REVISION = 1
WEIGHTS = {REGULAR: 400, BOLD: 700}
WIDTH = 100
# Tables ReportLab never reads; dropping them before instancing makes it several times faster.
UNUSED_TABLES = ("GSUB", "GPOS", "GDEF")

_lock = threading.Lock()
_registered = False
_covered: frozenset[int] = frozenset()


def register_fonts() -> None:
    """Register NotoSans and NotoSans-Bold with ReportLab (once per process), making and caching
    their static instances if needed."""
    global _registered, _covered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        fonts = {name: _load(name) for name in WEIGHTS}
        for font in fonts.values():
            pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
        _covered = frozenset(fonts[REGULAR].face.charToGlyph) & frozenset(
            fonts[BOLD].face.charToGlyph
        )
        _registered = True


def missing_characters(text: str) -> set[str]:
    """The characters of `text` that the fonts have no glyph for (ReportLab draws
    them as an empty box). Spaces and line breaks count as covered."""
    register_fonts()
    return {char for char in text if ord(char) not in _covered and not char.isspace()}


def _variable_font():
    """The upright variable font file of the package, as a Traversable."""
    root = importlib.resources.files(PACKAGE)
    metadata = json.loads((root / "metadata.json").read_text(encoding="utf-8"))
    entry = next(
        item for item in metadata["files"] if item.get("style") == "normal" and item.get("variable")
    )
    return root.joinpath(*entry["path"].split("/"))


def _cache_dir() -> Path:
    default = Path(tempfile.gettempdir()) / "lms-fonts"
    return Path(getattr(settings, "CERTIFICATE_FONT_CACHE", None) or default)


def _cache_path(name: str) -> Path:
    version = importlib.metadata.version(DISTRIBUTION)
    weight = WEIGHTS[name]
    return _cache_dir() / f"{name}-wght{weight}-wdth{WIDTH}-{version}-r{INSTANCE_REVISION}.ttf"


def _load(name: str) -> TTFont:
    path = _cache_path(name)
    if path.is_file():
        try:
            return TTFont(name, str(path))
        except Exception:  # unreadable or damaged: make it again
            logger.warning("Cannot read cached PDF font %s", path, exc_info=True)
    return TTFont(name, _static_instance(name, path))


def _static_instance(name: str, path: Path):
    """A path to (or, if nothing can be written, a file object of) a new static instance."""
    data = _make_instance(WEIGHTS[name])
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Several processes may make the same instance at once: each writes its own temporary
        # file and renames it into place, so no reader ever sees half a font.
        with tempfile.NamedTemporaryFile(
            dir=path.parent, prefix=f".{name}-", suffix=".tmp", delete=False
        ) as file:
            temporary = file.name
            file.write(data)
        # Readable by every account on the machine: the web and task processes may differ.
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError:
        logger.warning("Cannot cache PDF font in %s; using it from memory", path.parent)
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)
        return io.BytesIO(data)
    return str(path)


def _make_instance(weight: int) -> bytes:
    from fontTools.ttLib import TTFont as FontToolsFont
    from fontTools.varLib.instancer import instantiateVariableFont

    with importlib.resources.as_file(_variable_font()) as source:
        font = FontToolsFont(source)
        for tag in UNUSED_TABLES:
            if tag in font:
                del font[tag]
        # Names such as "Noto Sans Bold" come from the STAT table.
        instance = instantiateVariableFont(
            font, {"wght": weight, "wdth": WIDTH}, updateFontNames="STAT" in font
        )
        buffer = io.BytesIO()
        instance.save(buffer)
    return buffer.getvalue()
