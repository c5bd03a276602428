"""Benchmarks: `make bench`. Prints one JSON object per line: {"name", "value", "unit"}.

certificate_render: certificates rendered per second, by one process pinned to one core, each
with a logo and two signature images, as a task worker renders them once warm (fonts cached,
renditions made); certificate_render_cpu is the same per second of CPU time, steadier on a
busy machine. certificate_first_render is a worker's first certificate (font instances already
on disk). python_reference is how long this machine takes for sum(range(10**6)), best of five,
to compare figures from different machines. The database is a temporary SQLite file and media
go to a temporary folder; both are removed afterwards.
"""

import argparse
import io
import json
import logging
import math
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CERTIFICATES = 1000


def reference() -> float:
    started = time.perf_counter()
    sum(range(10**6))
    return time.perf_counter() - started


def emit(name: str, value: float, unit: str) -> None:
    print(json.dumps({"name": name, "value": round(value, 1), "unit": unit}), flush=True)


def png(draw, size) -> io.BytesIO:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", size, (255, 255, 255, 0))
    draw(ImageDraw.Draw(image), size)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    buffer.seek(0)
    return buffer


def draw_logo(canvas, size):
    from PIL import ImageFont

    width, height = size
    canvas.ellipse((10, 10, height - 10, height - 10), fill=(8, 67, 126, 255))
    canvas.ellipse((60, 60, height - 60, height - 60), fill=(200, 162, 60, 255))
    font = ImageFont.load_default(size=64)
    canvas.text((height + 20, 50), "Social Work", font=font, fill=(8, 67, 126, 255))
    canvas.text((height + 20, 130), "Academy", font=font, fill=(60, 60, 60, 255))


def draw_signature(seed):
    def draw(canvas, size):
        width, height = size
        points = [
            (
                30 + (width - 60) * t / 200,
                height / 2 + math.sin(t / (7 + seed)) * height / 3 * math.cos(t / (23 + seed)),
            )
            for t in range(201)
        ]
        canvas.line(points, fill=(20, 30, 90, 255), width=6, joint="curve")

    return draw


def make_image(title, buffer):
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"{title}.png")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=CERTIFICATES)
    parser.add_argument("--sample", type=Path, help="write the first certificate's PDF here")
    arguments = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="lms-bench-"))
    try:
        run(arguments, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def run(arguments, workdir: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ["MEDIA_ROOT"] = str(workdir / "media")
    os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"
    sys.path.insert(0, str(ROOT))
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    logging.getLogger("django.tasks").setLevel(logging.WARNING)

    from certificates.models import Certificate, CertificateTemplate, new_code
    from certificates.pdf import render_certificate_pdf

    logo = make_image("logo", png(draw_logo, (900, 260)))
    signatures = [
        make_image(f"signature-{seed}", png(draw_signature(seed), (600, 200))) for seed in (1, 4)
    ]
    template = CertificateTemplate.objects.create(
        name="Benchmark",
        logo=logo,
        issuer="Social Work Academy of Central Asia, Ministry of Labour and Social Protection",
    )
    people = [
        ("Гульнара Абдыкадырова", "ru"),
        ("Әйгерім Қасымқызы Нұрғали", "kk"),
        ("Нурсулуу Өмүрбекова", "ky"),
        ("Ҷамшед Раҳмонзода Ғуломӣ", "tg"),
        ("Oʻgʻiloy Toʻxtayeva", "uz"),
        ("Aigerim Nurlanovna", "en"),
    ]
    certificates = [
        Certificate(
            code=new_code(),
            name=people[index % len(people)][0],
            language=people[index % len(people)][1],
            course_title="Psycho-social support and trauma healing",
            hours=Decimal("12.5"),
            completed_on=date(2026, 3, 5),
            score=Decimal("92.50") if index % 2 else None,
            issuer=template.issuer,
            title=template.title,
            body=template.body,
            signatories=[
                {
                    "name": "Dr. Aigul Sarsenova",
                    "role": "Programme director",
                    "signature_id": signatures[0].pk,
                },
                {"name": "Timur Karimov", "role": "Lead trainer", "signature_id": signatures[1].pk},
            ],
        )
        for index in range(arguments.count)
    ]

    # A worker's first certificate registers the fonts and makes the renditions; the first in
    # each language also loads its translations and URLs. A worker pays that once.
    started = time.perf_counter()
    first = render_certificate_pdf(certificates[0], template=template)
    emit("certificate_first_render", (time.perf_counter() - started) * 1000, "ms")
    if arguments.sample:
        arguments.sample.write_bytes(first)
    for certificate in certificates[: len(people)]:
        render_certificate_pdf(certificate, template=template)

    sizes = []
    started, started_cpu = time.perf_counter(), time.process_time()
    for certificate in certificates:
        sizes.append(len(render_certificate_pdf(certificate, template=template)))
    elapsed, elapsed_cpu = time.perf_counter() - started, time.process_time() - started_cpu
    emit("certificate_render", len(certificates) / elapsed, "certificates/s")
    emit("certificate_render_cpu", len(certificates) / elapsed_cpu, "certificates/s")
    emit("certificate_pdf_size_mean", statistics.fmean(sizes), "bytes")
    emit("certificate_pdf_size_max", max(sizes), "bytes")

    emit("python_reference", min(reference() for _ in range(5)) * 1000, "ms")


if __name__ == "__main__":
    main()
