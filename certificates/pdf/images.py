"""Images on certificates: the logo and signatures as small JPEG renditions, and the QR code.

Each image is read once per process and embedded as it is; which file an image id stands for is
kept in the cache (and dropped when the image is saved or deleted), so rendering a certificate
makes no query for its images."""

import io
import logging
import threading
from collections import OrderedDict

from django.core.cache import cache
from PIL import Image as PILImage
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

logger = logging.getLogger(__name__)

# Renditions flattened on white and kept as JPEG: ReportLab embeds a JPEG as it is, where other
# formats are decoded and compressed again for every PDF. Sizes give about 200 dpi as printed.
LOGO_SPEC = "max-640x220|bgcolor-ffffff|format-jpeg|jpegquality-85"
SIGNATURE_SPEC = "max-420x150|bgcolor-ffffff|format-jpeg|jpegquality-85"


def draw_qr(canvas: Canvas, value: str, x: float, y: float, size: float):
    """The QR code of `value`, encoded by ReportLab's QrCodeWidget and drawn as a one-pixel-per-
    module image.

    Drawn by the widget, the code costs about 40 ms, several times all the rest of a
    certificate: it tries all eight mask patterns and then draws a shape for each run of dark
    modules, in pure Python. Every mask is valid and read by every decoder (the choice only
    avoids patterns that look like finder marks), so we use one; and an image of n x n pixels
    is drawn at once. Its Interpolate flag is off, which tells viewers and printers not to
    smooth it, so the modules stay sharp."""
    widget = QrCodeWidget(value, barLevel="M", barBorder=0)
    code = widget.qr
    code.version = code.calculate_version()
    code.makeImpl(False, 0)
    count = code.getModuleCount()
    pixels = bytes(0 if dark else 255 for row in code.modules for dark in row)
    image = PILImage.frombytes("L", (count, count), pixels)
    canvas.drawImage(ImageReader(image), x, y, size, size)


# Images: one reader per image, file and rendition spec, kept for the process.
_images: OrderedDict = OrderedDict()
_images_lock = threading.Lock()
IMAGE_CACHE_SIZE = 32


class _JpegImage(ImageReader):
    """A JPEG that ReportLab embeds as it is, shared by all the PDFs of a process.

    canvas.drawImage names an image by a digest of getRGBData(), which for an ImageReader
    decodes the JPEG and hashes all its pixels, in every PDF; the JPEG's own bytes identify it
    as well, for a thirtieth of the work. (Embedding a JPEG never needs its pixels.) Each
    embedding reads its own copy of the bytes, so threads can share a reader."""

    def __init__(self, data: bytes):
        self._jpeg = data
        super().__init__(io.BytesIO(data))
        if getattr(self._image, "format", None) != "JPEG":
            raise ValueError("The rendition is not a JPEG.")
        self._dataA = None  # no transparency: flattened on white

    def getRGBData(self):
        return self._jpeg

    def _jpeg_fh(self):
        return io.BytesIO(self._jpeg)


def image_readers(wanted) -> dict:
    """Readers of downscaled renditions of Wagtail images, by (image id, rendition spec), for
    the (id, spec) pairs `wanted`; no query once the images are known (see image_files).
    Deleted images are absent, and so are images that cannot be read: a missing file must not
    stop a certificate."""
    wanted = {(pk, spec) for pk, spec in wanted if isinstance(pk, int)}
    if not wanted:
        return {}
    readers = {}
    for pk, (file_name, file_hash) in image_files({pk for pk, _spec in wanted}).items():
        for spec in sorted(spec for image_pk, spec in wanted if image_pk == pk):
            reader = _image_reader((pk, file_name, file_hash, spec))
            if reader is not None:
                readers[pk, spec] = reader
    return readers


# How long the cache may keep an image's file; saving or deleting the image drops it sooner.
IMAGE_FILE_SECONDS = 24 * 60 * 60


def image_cache_key(pk: int) -> str:
    return f"certificate-image:{pk}"


def image_files(pks) -> dict:
    """(file name, file hash) of each existing image among `pks`, from the shared cache; one
    query for those it does not know yet (deleted ones are remembered as absent too)."""
    keys = {image_cache_key(pk): pk for pk in pks}
    cached = cache.get_many(list(keys))
    files = {keys[key]: value for key, value in cached.items()}
    missing = set(pks) - set(files)
    if missing:
        from wagtail.images import get_image_model

        rows = (
            get_image_model().objects.filter(pk__in=missing).values_list("pk", "file", "file_hash")
        )
        found = {pk: (file_name, file_hash) for pk, file_name, file_hash in rows}
        fresh = {pk: found.get(pk) for pk in missing}
        cache.set_many(
            {image_cache_key(pk): value for pk, value in fresh.items()}, IMAGE_FILE_SECONDS
        )
        files.update(fresh)
    return {pk: value for pk, value in files.items() if value is not None}


def forget_image(sender, instance, **kwargs):
    """Receiver of the image model's post_save and post_delete: the next certificate reads the
    image's row again (a new file has a new name and hash, so a new rendition)."""
    cache.delete(image_cache_key(instance.pk))


def _image_reader(key):
    with _images_lock:
        if key in _images:
            _images.move_to_end(key)
            return _images[key]
    from wagtail.images import get_image_model

    pk, _file_name, _file_hash, spec = key
    try:
        rendition = get_image_model().objects.get(pk=pk).get_rendition(spec)
        with rendition.file.open("rb") as file:
            reader = _JpegImage(file.read())
    except Exception:
        logger.warning("Cannot use image %s on a certificate", pk, exc_info=True)
        return None
    with _images_lock:
        _images[key] = reader
        while len(_images) > IMAGE_CACHE_SIZE:
            _images.popitem(last=False)
    return reader
