"""Files embedded in a PDF (PDF 1.7, 7.11.4): the certificate carries its signed credential, so
that one file is both printable and verifiable. ReportLab's canvas has no call for it, so the
objects are built with its own PDF object classes (reportlab.pdfbase.pdfdoc)."""

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString
from reportlab.pdfgen.canvas import Canvas


def _mime_name(mime: str) -> str:
    # A MIME type as a PDF name: "/" is a delimiter there and is written #2F.
    return "/" + "".join(f"#{ord(char):02X}" if char in "/#" else char for char in mime)


def attach_file(canvas: Canvas, *, name: str, data: bytes, mime: str, description: str) -> None:
    """Embed `data` as the document's one attached file, listed by viewers as `name`."""
    document = canvas._doc
    stream = PDFStream(
        PDFDictionary(
            {
                "Type": PDFName("EmbeddedFile"),
                "Subtype": _mime_name(mime),
                "Params": PDFDictionary({"Size": len(data)}),
            }
        ),
        content=data,
    )
    reference = document.Reference(stream)
    filespec = PDFDictionary(
        {
            "Type": PDFName("Filespec"),
            "F": PDFString(name),
            "UF": PDFString(name),
            "Desc": PDFString(description),
            "AFRelationship": PDFName("Supplement"),
            "EF": PDFDictionary({"F": reference, "UF": reference}),
        }
    )
    document.Catalog.Names = PDFDictionary(
        {"EmbeddedFiles": PDFDictionary({"Names": PDFArray([PDFString(name), filespec])})}
    )
