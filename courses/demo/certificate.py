"""The demo's default certificate template: a logo and signatories, as an NGO's certificate
has them. The signatories are in demo/content/certificate.yml; the logo (an emblem, no text,
so it suits every language) and the signatures are drawn here with Pillow, so the demo ships
no image files. Only the default template is touched, and only once: a logo or signatories
an editor has set are left as they are."""

import io
import math
from pathlib import Path

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw
from wagtail.images import get_image_model

from certificates.models import CertificateTemplate, Signatory
from lms.demo import CONTENT, fail, fields, read_yaml

PRIMARY = (8, 67, 126)
ACCENT = (200, 162, 60)


def _png(image: Image.Image, name: str) -> ImageFile:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return ImageFile(buffer, name=name)


def draw_logo(size: int = 240) -> Image.Image:
    """An emblem: a ring in the primary colour around three figures under an arc (people
    on their way, and the programme that stands by them)."""
    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    margin = size // 24
    draw.ellipse((margin, margin, size - margin, size - margin), outline=PRIMARY, width=size // 16)
    middle = size / 2
    draw.arc(
        (size * 0.22, size * 0.2, size * 0.78, size * 0.76), 200, 340, fill=ACCENT, width=size // 20
    )
    for offset, height in ((-0.17, 0.8), (0, 1.0), (0.17, 0.8)):
        x = middle + offset * size
        head = size * 0.055 * height
        top = size * (0.62 - 0.2 * height)
        draw.ellipse((x - head, top - head, x + head, top + head), fill=PRIMARY)
        draw.polygon(
            [
                (x - size * 0.07 * height, size * 0.76),
                (x, top + head * 1.4),
                (x + size * 0.07 * height, size * 0.76),
            ],
            fill=PRIMARY,
        )
    return image


def draw_signature(seed: int, size=(600, 200)) -> Image.Image:
    """A hand-written-looking stroke: a few loops of a damped wave."""
    width, height = size
    image = Image.new("RGBA", size, (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = []
    for step in range(400):
        t = step / 399
        x = width * (0.06 + 0.86 * t)
        y = height * (
            0.55
            - 0.28 * math.sin(t * (9 + seed) * math.pi) * (1 - 0.6 * t)
            + 0.08 * math.sin(t * 3 * math.pi + seed)
        )
        points.append((x, y))
    draw.line(points, fill=(20, 30, 70), width=5, joint="curve")
    draw.line(
        [(width * 0.1, height * 0.82), (width * 0.7, height * 0.78)], fill=(20, 30, 70), width=3
    )
    return image


def read_signatories(root: Path) -> list[dict]:
    path = root / "certificate.yml"
    if not path.is_file():
        return []
    data = fields(
        read_yaml(path, path.read_text(encoding="utf-8")), path, required=("signatories",)
    )
    signatories = data["signatories"]
    if not isinstance(signatories, list) or not 1 <= len(signatories) <= 3:
        fail(path, "signatories: give one to three, each with a name and a role.")
    return [
        fields(item, path, required=("name", "role"), texts=("name", "role"), what="signatory: ")
        for item in signatories
    ]


def certificate_template_build(*, root: Path = CONTENT) -> CertificateTemplate | None:
    """Give the default certificate template the demo's logo and signatories, where it has
    none. Returns the template (None when there is no default template)."""
    signatories = read_signatories(root)
    template = CertificateTemplate.objects.filter(is_default=True).first()
    if template is None:
        return None
    Image_ = get_image_model()
    if template.logo_id is None:
        template.logo = Image_.objects.create(
            title="Demo programme emblem", file=_png(draw_logo(), "demo-emblem.png")
        )
        template.save(update_fields=["logo"])
    if not template.signatories.exists():
        for order, signatory in enumerate(signatories):
            signature = Image_.objects.create(
                title=f"Signature of {signatory['name']}",
                file=_png(draw_signature(order), f"demo-signature-{order + 1}.png"),
            )
            Signatory.objects.create(
                template=template,
                sort_order=order,
                name=signatory["name"],
                role=signatory["role"],
                signature=signature,
            )
    return template
