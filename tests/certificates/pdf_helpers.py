"""Reading certificate PDFs the way people do: the text a reader extracts, the page as an image,
and the QR codes a phone would find on it."""

import io

import pypdfium2
import zxingcpp
from PIL import Image as PILImage
from pypdf import PdfReader


def text_of(data: bytes) -> str:
    """The PDF's text as a reader extracts it, whitespace collapsed."""
    return " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())


def render_page(data: bytes, dpi=200) -> PILImage.Image:
    document = pypdfium2.PdfDocument(data)
    try:
        return document[0].render(scale=dpi / 72).to_pil()
    finally:
        document.close()


def qr_codes(data: bytes) -> list[str]:
    """The text of each QR code found on the rendered first page."""
    return [
        code.text
        for code in zxingcpp.read_barcodes(render_page(data))
        if code.format == zxingcpp.BarcodeFormat.QRCode
    ]


def attachments_of(data: bytes) -> dict[str, bytes]:
    """The files embedded in the PDF, by name, as pypdf reads them."""
    return {name: contents[0] for name, contents in PdfReader(io.BytesIO(data)).attachments.items()}
