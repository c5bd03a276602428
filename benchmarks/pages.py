"""Page benchmarks: `make bench`. How long our pages take against a bare Wagtail page at the
same depth of the same page tree, in the same database and process.

Each page is requested through Django's test client, DEBUG off, with the whole middleware stack,
as the reader it is meant for (a signed-in learner for courses, lessons and quizzes, an
anonymous reader for guides). Its yardstick is a `benchmarks.BarePage` (a Wagtail page with no
fields, no context and a ten-line template) at the same depth, requested by the same client, so
routing, sessions and middleware cost the same on both sides. Requests are interleaved: every
round asks each page and its bare page once, in a shuffled order, and the figure is the median
over the rounds of page time / bare time, which cancels the drift of a busy machine.

Prints one JSON object per line, e.g.
{"name": "lesson_page_learner", "value": 1.4, "unit": "x_bare_wagtail", "queries": 12, ...}
with the median milliseconds of both and their query counts. The database is Django's test
database: in memory on SQLite, or `test_<name>` next to DATABASE_URL's on PostgreSQL (created
and dropped by the script). With REDIS_URL the cache is Redis, as in production.
"""

import argparse
import datetime
import itertools
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 300
# The host name of the bare pages' own site (benchmarks/settings.py allows it).
BARE_HOST = "bare.testserver"

LESSON_BODY = [
    ("heading", "Why it matters"),
    (
        "paragraph",
        "<p>A returning migrant often meets the social worker at the hardest moment: debts, "
        "a broken contract, a family that expected money. <b>Listen first</b>; the plan comes "
        "later.</p>",
    ),
    (
        "paragraph",
        "<ul><li>Agree on what the person wants now.</li><li>Write down what is urgent: "
        "health, documents, housing.</li><li>Say what you can and cannot do.</li></ul>",
    ),
    (
        "callout",
        {
            "kind": "case_study",
            "title": "Case study",
            "text": "<p>Dilnoza came back from Russia without her passport. Her employer kept "
            "it. Together with her the worker called the consulate hotline.</p>",
        },
    ),
    ("heading", "Steps"),
    (
        "paragraph",
        "<ol><li>Assess.</li><li>Plan together.</li><li>Refer and follow up.</li></ol><p>Each "
        "step is written in the case file, with the person's consent.</p>",
    ),
    (
        "callout",
        {"kind": "tip", "title": "Tip", "text": "<p>Ask which language they prefer.</p>"},
    ),
    (
        "reflection",
        {
            "question": "Think of a person you worked with. What helped them trust you?",
            "hint": "Think of the first meeting.",
        },
    ),
]

GUIDE_BODY = [
    (
        "paragraph",
        "<p>Before you leave, make copies of every document and leave one set with your "
        "family. Never give your passport to an employer or an agency.</p>",
    ),
    (
        "checklist",
        {
            "title": "Take with you",
            "items": ["Passport", "Work contract", "Migration card", "Medical insurance"],
        },
    ),
    ("heading", "Registration"),
    (
        "paragraph",
        "<p>Register within seven working days of arrival. The employer or the landlord "
        "registers you; keep the tear-off slip.</p>",
    ),
    (
        "phone_numbers",
        {
            "title": "Where to call",
            "numbers": [
                {
                    "name": "Consulate hotline",
                    "number": "+7 495 000 00 00",
                    "hours": "24/7",
                    "languages": "Uzbek, Russian",
                    "is_example": False,
                },
                {
                    "name": "Migrants' legal aid",
                    "number": "+7 800 000 00 00",
                    "hours": "9-18",
                    "languages": "Russian",
                    "is_example": False,
                },
            ],
        },
    ),
    (
        "callout",
        {"kind": "warning", "title": "Warning", "text": "<p>Offers of easy money are a trap.</p>"},
    ),
]


def emit(**figures) -> None:
    print(json.dumps(figures), flush=True)


def build():
    """The page tree: a course with a pre-test, four modules of five lessons and a final
    assessment, in English and Russian, a learner half-way through it; a guide hub with a
    destination and its guides in both languages; bare pages at depths 3 to 6."""
    from wagtail.models import Locale, Page, Site

    from benchmarks.models import BarePage
    from courses.models import (
        Choice,
        CourseIndexPage,
        CoursePage,
        LessonPage,
        ModulePage,
        Question,
        QuizPage,
    )
    from courses.services import (
        enrolment_create,
        lesson_mark_complete,
        quiz_attempt_start,
        quiz_attempt_submit,
    )
    from guides.models import DestinationPage, GuideIndexPage, GuidePage
    from lms.models import HomePage, Profile

    home = HomePage.objects.get(locale__language_code="en")
    russian = Locale.objects.get(language_code="ru")
    home_ru = home.copy_for_translation(russian)
    home_ru.save_revision().publish()

    def quiz(parent, title, kind, questions=8):
        page = QuizPage(title=title, slug=title.lower().replace(" ", "-"), kind=kind)
        for number in range(questions):
            question = Question(kind="single", text=f"Question {number + 1}", sort_order=number)
            question.choices = [
                Choice(text=text, is_correct=index == 0, sort_order=index)
                for index, text in enumerate(["Right", "Wrong", "Also wrong", "Not at all"])
            ]
            question.sort_order = number
            page.questions.add(question)
        parent.add_child(instance=page)
        return QuizPage.objects.get(pk=page.pk)

    catalogue = home.add_child(instance=CourseIndexPage(title="Courses", slug="courses"))
    course = catalogue.add_child(
        instance=CoursePage(
            title="Case management for returning migrants",
            slug="case-management",
            summary="How to work with a returning migrant and their family, step by step.",
            topic="case_management",
            estimated_hours=12,
            learning_outcomes=[("outcome", f"Outcome {n}") for n in range(1, 5)],
        )
    )
    pre_test = quiz(course, "Pre-test", "pre_test")
    lessons = []
    for m in range(1, 5):
        module = course.add_child(
            instance=ModulePage(title=f"Module {m}", slug=f"module-{m}", intro="What it covers.")
        )
        for n in range(1, 6):
            lessons.append(
                module.add_child(
                    instance=LessonPage(
                        title=f"Lesson {m}.{n}",
                        slug=f"lesson-{m}-{n}",
                        estimated_minutes=15,
                        body=LESSON_BODY,
                    )
                )
            )
        if m == 2:
            module_quiz = quiz(module, "Module quiz", "practice")
    quiz(course, "Final assessment", "final")
    catalogue_ru = catalogue.copy_for_translation(russian)
    catalogue_ru.save_revision().publish()
    for page in [course, *course.get_descendants().specific().order_by("path")]:
        page.copy_for_translation(russian).save_revision().publish()

    hub = home.add_child(instance=GuideIndexPage(title="Guides", slug="guides"))
    destination = hub.add_child(
        instance=DestinationPage(title="Russia", slug="russia", country_code="RU")
    )
    guides = [
        destination.add_child(
            instance=GuidePage(
                title=f"Guide {n}",
                slug=f"guide-{n}",
                topic=topic,
                summary="What to know before you go.",
                body=GUIDE_BODY,
                last_reviewed=datetime.date(2026, 10, 1),
                reviewed_by="Programme legal adviser",
                sources=[("source", {"title": "Migration law", "url": "https://example.org"})],
            )
        )
        for n, topic in enumerate(["documents", "work_rights", "money", "health"], start=1)
    ]
    hub_ru = hub.copy_for_translation(russian)
    hub_ru.save_revision().publish()
    destination.copy_for_translation(russian).save_revision().publish()
    guides[0].copy_for_translation(russian).save_revision().publish()

    # The yardsticks: bare pages at depths 3 to 6 under a plain Wagtail root page of a site of
    # their own, so that Wagtail routes them as it routes any page (two queries a level).
    bare_root = Page.get_first_root_node().add_child(
        instance=Page(title="Bare site", slug="bare-site", locale=home.locale)
    )
    Site.objects.create(hostname=BARE_HOST, port=80, root_page=bare_root)
    bare, parent = {}, bare_root
    for depth in range(3, 7):
        parent = parent.add_child(instance=BarePage(title=f"Bare {depth}", slug=f"bare-{depth}"))
        bare[depth] = parent

    from django.contrib.auth import get_user_model

    learner = get_user_model().objects.create_user(username="learner", email="learner@example.org")
    Profile.objects.create(user=learner, full_name="Oʻgʻiloy Toʻxtayeva")
    enrolment_create(user=learner, course=course)
    attempt = quiz_attempt_start(user=learner, quiz=pre_test, course=course)
    quiz_attempt_submit(user=learner, attempt_id=attempt.pk, answers={})
    for lesson in lessons[:7]:
        lesson_mark_complete(user=learner, lesson=lesson, course=course)
    attempt = quiz_attempt_start(user=learner, quiz=module_quiz, course=course)
    quiz_attempt_submit(user=learner, attempt_id=attempt.pk, answers={})
    return {
        "learner": learner,
        "course": course,
        "lesson": lessons[7],
        "quiz": module_quiz,
        "guide": guides[1],
        "bare": bare,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.settings"
    sys.path.insert(0, str(ROOT))
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    import django

    django.setup()
    import logging

    from django.db import connection

    logging.getLogger("django.tasks").setLevel(logging.WARNING)
    # No setup_test_environment(): it instruments template rendering for the test client's
    # response.context, which would weigh on template-rich pages and not on the bare ones.
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        run(arguments, build())
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def run(arguments, tree) -> None:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    learner, anonymous = Client(), Client()
    learner.force_login(tree["learner"])
    bare = tree["bare"]

    # (name, client, page, whether each request must miss the page cache)
    cases = [
        ("guide_page", anonymous, tree["guide"], True),
        ("course_page", learner, tree["course"], False),
        ("lesson_page_learner", learner, tree["lesson"], False),
        ("quiz_page", learner, tree["quiz"], False),
    ]
    misses = itertools.count()

    def get(client, url, host, miss):
        if miss:
            # A URL the page cache has never seen: the page is made and then stored, as on a
            # reader's first visit; the other caches (the language switcher's) stay warm.
            url = f"{url}?miss={next(misses)}"
        started = time.perf_counter()
        response = client.get(url, headers={"host": host})
        elapsed = time.perf_counter() - started
        if response.status_code != 200:
            raise RuntimeError(f"{host}{url} answered {response.status_code}")
        return elapsed

    measured = []
    for name, client, page, miss in cases:
        yardstick = bare[page.depth]
        targets = {
            "page": (urlsplit(page.full_url).path, "testserver"),
            "bare": (urlsplit(yardstick.full_url).path, BARE_HOST),
        }
        for _warm in range(5):
            for url, host in targets.values():
                get(client, url, host, miss)
        counts = {}
        for key, (url, host) in targets.items():
            with CaptureQueriesContext(connection) as queries:
                get(client, url, host, miss)
            counts[key] = len(queries)
        measured.append(
            {"name": name, "client": client, "targets": targets, "miss": miss}
            | {"counts": counts, "depth": page.depth, "times": {"page": [], "bare": []}}
        )

    shuffle = random.Random(arguments.seed).shuffle
    for _round in range(arguments.rounds):
        shuffle(measured)
        for case in measured:
            order = list(case["targets"])
            shuffle(order)
            for key in order:
                url, host = case["targets"][key]
                case["times"][key].append(get(case["client"], url, host, case["miss"]))

    for case in sorted(measured, key=lambda case: case["name"]):
        times = case["times"]
        ratios = [page / bare for page, bare in zip(times["page"], times["bare"], strict=True)]
        emit(
            name=case["name"],
            value=round(statistics.median(ratios), 2),
            unit="x_bare_wagtail",
            queries=case["counts"]["page"],
            bare_queries=case["counts"]["bare"],
            depth=case["depth"],
            ms=round(statistics.median(times["page"]) * 1000, 2),
            bare_ms=round(statistics.median(times["bare"]) * 1000, 2),
            rounds=arguments.rounds,
            database=connection.vendor,
        )


if __name__ == "__main__":
    main()
