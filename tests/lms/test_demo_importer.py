"""The demo importer (lms/demo.py, courses/demo, guides/demo) on the small content of
tests/fixtures/demo_content/: what it reads, each thing it refuses with a message naming the
file, and what it writes, once, in the languages that have folders."""

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from wagtail.models import Locale, Page

from courses.demo.build import demo_pages_build
from courses.demo.content import courses_read
from courses.demo.learner import learner_progress_build
from courses.models import CoursePage, LessonPage, ModulePage, QuizPage
from guides.demo.build import demo_guides_build
from guides.demo.content import guides_read
from guides.models import DestinationPage, GuidePage
from lms.demo import DemoError, rich_text, site_page
from lms.models import HomePage
from tests.factories import make_user

FIXTURE = Path(__file__).parents[1] / "fixtures" / "demo_content"
COURSE = "courses/01-first-steps"
LESSON = "01-basics/01-listening.md"
GUIDE = "guides/01-russia/en/01-documents.md"


@pytest.fixture
def content(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(FIXTURE, root)
    return root


def edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, (name, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def read_all(root: Path):
    site_page("home", HomePage, root=root)
    site_page("courses", HomePage, root=root)
    return courses_read(root=root), guides_read(root=root)


def test_a_lesson_becomes_the_blocks_of_the_lesson_editor():
    (course,) = courses_read(root=FIXTURE)
    lesson = course.children[1].children[0]

    assert (lesson.model, lesson.fields["slug"], lesson.fields["estimated_minutes"]) == (
        LessonPage,
        "listening",
        20,
    )
    assert lesson.fields["body"] == [
        ("heading", "Why listen"),
        (
            "paragraph",
            '<p>People tell you <b>what matters</b>, if you let them. Read <a href="https://'
            'example.org/guide">the guide</a>.</p><ul><li>one</li><li>two</li></ul>',
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Listen first",
                "text": "<p>Let the person <i>finish</i>.</p>",
            },
        ),
        (
            "callout",
            {"kind": "warning", "title": "", "text": "<p>Do not promise what you cannot do.</p>"},
        ),
        (
            "callout",
            {
                "kind": "case_study",
                "title": "Aigul, 34",
                "text": "<p>She came back from Moscow.</p>",
            },
        ),
        ("paragraph", "<h3>A subheading</h3><ol><li>first</li><li>second</li></ol>"),
        ("reflection", {"question": "Who listened to you last?", "hint": "Think of one person."}),
    ]
    russian = lesson.translations["ru"]
    assert russian["title"] == "Слушать" and "estimated_minutes" not in russian
    assert russian["body"][-1] == (
        "reflection",
        {"question": "Кто вас слушал в последний раз?", "hint": ""},
    )


def test_a_course_has_its_settings_its_quizzes_around_its_modules_and_its_translations():
    (course,) = courses_read(root=FIXTURE)

    assert course.model is CoursePage and course.languages == ["en", "ru"]
    assert {
        name: course.fields[name] for name in ("slug", "topic", "estimated_hours", "is_public")
    } == {
        "slug": "first-steps",
        "topic": "social_work",
        "estimated_hours": Decimal("1.5"),
        "is_public": True,
    }
    assert course.fields["summary"] == "A short course on listening."
    assert course.fields["learning_outcomes"] == [
        ("outcome", "Listen first."),
        ("outcome", "Refer: warmly."),
    ]
    assert [(page.model, page.fields["slug"], page.first) for page in course.children] == [
        (QuizPage, "pre-test", True),
        (ModulePage, "basics", False),
        (QuizPage, "post-test", False),
        (QuizPage, "final", False),
    ]
    pre, _module, post, final = course.children
    assert (pre.fields["kind"], pre.fields["max_attempts"], pre.fields["show_answers"]) == (
        "pre_test",
        1,
        "never",
    )
    assert (final.fields["pass_mark"], final.fields["questions_per_attempt"]) == (50, 2)
    assert pre.fields["title"] == "Pre-test: what do you know?"
    question = pre.fields["questions"][0]
    assert (question.key, question.kind, question.points, question.explanation) == (
        "listen-first",
        "single",
        2,
        "Listening comes first.",
    )
    assert question.choices == (("Advice", False), ("Listening", True))
    assert pre.fields["questions"][1].partial_credit
    for code in course.languages:
        assert post.text(code)["questions"] == pre.text(code)["questions"]
    assert [q.shape for q in final.text("ru")["questions"]] == [
        q.shape for q in final.fields["questions"]
    ]
    assert final.text("ru")["questions"][0].choices == (("Верно", True), ("Неверно", False))


def test_guides_have_their_checklists_phone_numbers_addresses_and_sources():
    hub = guides_read(root=FIXTURE)

    assert hub.languages == ["en", "ru", "kk"]
    assert 'href="/ru/guides/"' in hub.translations["kk"]["intro"]
    destination, everyone = hub.children
    assert (destination.model, destination.fields["country_code"]) == (DestinationPage, "RU")
    assert destination.languages == ["en", "ru"] and everyone.languages == ["en"]
    assert everyone.model is GuidePage and everyone.fields["sources"] == []
    guide = destination.children[0]
    body = dict(guide.fields["body"][2:])
    assert body["checklist"] == {
        "title": "Keep with you",
        "items": ["Passport", "Migration card with the purpose “work”"],
    }
    assert body["phone_numbers"]["numbers"] == [
        {
            "name": "Emergency",
            "number": "112",
            "hours": "24 hours",
            "languages": "",
            "is_example": False,
        },
        {
            "name": "Migrant support line",
            "number": "+7 800 000-00-00",
            "hours": "",
            "languages": "Russian, Uzbek",
            "is_example": True,
        },
    ]
    assert body["address"] == {
        "kind": "embassy",
        "name": "Embassy of Uzbekistan",
        "address": "Pogorelsky pereulok 12\nMoscow",
        "phone": "",
        "hours": "Check opening hours before you go.",
        "website": "",
    }
    assert guide.fields["sources"] == [
        (
            "source",
            {
                "title": "International Organization for Migration (IOM)",
                "url": "https://www.iom.int",
            },
        ),
        ("source", {"title": "Ministry of Internal Affairs", "url": ""}),
    ]
    assert (guide.fields["topic"], str(guide.fields["last_reviewed"])) == (
        "documents",
        "2026-10-12",
    )
    assert "topic" not in guide.translations["ru"]


def test_markdown_becomes_wagtails_rich_text():
    assert rich_text("One **two**\n*three* & four.\n\n- a\n  b\n- c", FIXTURE) == (
        "<p>One <b>two</b> <i>three</i> &amp; four.</p><ul><li>a b</li><li>c</li></ul>"
    )


# Each check, with the file it names and the words of its message. The file is changed in a
# copy of the fixture: (file, text in it, replacement, message).
REFUSALS = [
    # Folders, files and front matter.
    (f"{COURSE}/ru/course.md", None, "kz", "kz is not a language code"),
    ("guides/02-for-everyone/en/01-emergency.md", None, "no-english", "there is no en/ folder"),
    (
        f"{COURSE}/ru/01-basics/02-referral.md",
        None,
        "missing",
        "01-basics/02-referral.md is missing",
    ),
    (f"{COURSE}/ru/01-basics/02-referral.md", None, "extra", "03-extra.md is not in en/"),
    (
        f"{COURSE}/en/01-basics/02-referral.md",
        None,
        "badly-named",
        "this folder holds files NN-slug.md",
    ),
    (
        f"{COURSE}/en/01-basics/02-referral.md",
        None,
        "same-slug",
        "two pages have the slug listening",
    ),
    (f"{COURSE}/en/{LESSON}", "---\ntitle", "title", "a page starts with its front matter"),
    (
        f"{COURSE}/en/01-basics/module.md",
        None,
        "missing-everywhere",
        "module.md: this file is missing",
    ),
    (f"{COURSE}/course.yml", None, "missing-everywhere", "course.yml: this file is missing"),
    ("guides/02-for-everyone", None, "no-guides", "guides: this folder is missing"),
    (
        f"{COURSE}/en/{LESSON}",
        "title: Listening",
        "title: Listening: why",
        "line 2: this is not valid YAML",
    ),
    (f"{COURSE}/en/{LESSON}", "minutes: 20", "minutes: 20\ncolour: red", "unknown field colour"),
    (f"{COURSE}/en/{LESSON}", "minutes: 20\n", "", "minutes is missing"),
    (
        f"{COURSE}/en/{LESSON}",
        "title: Listening",
        "title: 2026",
        "title is a text: put it in quotes",
    ),
    (
        f"{COURSE}/en/{LESSON}",
        "title: Listening",
        "title: " + "x" * 256,
        "title: Ensure this value has at most 255",
    ),
    (
        f"{COURSE}/ru/{LESSON}",
        "minutes: 20",
        "minutes: 25",
        "minutes is the same in every language",
    ),
    # Blocks.
    (
        f"{COURSE}/en/{LESSON}",
        "## Why listen",
        "# Why listen",
        "line 6: a heading starts with '## '",
    ),
    (
        f"{COURSE}/en/{LESSON}",
        "## Why listen",
        "## Why listen\n:::",
        "line 7: this ':::' closes no block",
    ),
    (f"{COURSE}/en/{LESSON}", "::: tip", "::: note", "line 14: unknown block '::: note'"),
    (
        f"{COURSE}/en/{LESSON}",
        "Think of one person.\n:::",
        "Think.",
        "'::: reflection' is not closed",
    ),
    (f"{COURSE}/en/{LESSON}", "- one", "![A photo](photo.jpg)", "this text cannot hold <img>"),
    (
        f"{COURSE}/en/{LESSON}",
        "Think of one person.",
        "Think.\n\nAnd more.",
        "a reflection holds its question",
    ),
    (f"{COURSE}/ru/{LESSON}", "## Зачем слушать\n", "", "here paragraph, callout"),
    (
        f"{COURSE}/ru/course.md",
        "  - Сначала слушать.\n",
        "",
        "as many learning outcomes as en/course.md: 2",
    ),
    (f"{COURSE}/en/course.md", "outcomes:\n", "outcomes: many\nx:\n", "unknown field x"),
    (
        f"{COURSE}/ru/course.md",
        "outcomes:\n  - Сначала слушать.\n  - Направлять тепло.",
        "outcomes: many",
        "outcomes is a list of texts",
    ),
    (
        f"{COURSE}/course.yml",
        "topic: social_work",
        "topic: cooking",
        "topic: Value 'cooking' is not a valid",
    ),
    # Quizzes.
    (f"{COURSE}/course.yml", "quizzes:\n", "quizzes: many\nx:\n", "unknown field x"),
    (
        f"{COURSE}/course.yml",
        None,
        "quizzes-many",
        "quizzes holds a 'slug:' line per quiz",
    ),
    (f"{COURSE}/course.yml", None, "no-quiz-rules", "quizzes.yml: course.yml has no quizzes"),
    (
        f"{COURSE}/ru/quizzes.yml",
        "  same_questions_as: pre-test",
        "  questions: []",
        "post-test: questions is a list of '- key: …' questions",
    ),
    (
        f"{COURSE}/en/quizzes.yml",
        "        - text: Advice\n",
        "        - Advice\n",
        "question listen-first: expected 'name: value' lines (text)",
    ),
    (
        f"{COURSE}/course.yml",
        "    max_attempts: 1",
        "    max_attempts: 1\n    passmark: 60",
        "quiz pre-test: unknown field passmark",
    ),
    (
        f"{COURSE}/course.yml",
        "    show_answers: never",
        "    show_answers: sometimes",
        "show_answers: Value 'sometimes'",
    ),
    (
        f"{COURSE}/course.yml",
        "required_for_completion: false\n    max",
        "required_for_completion: true\n    max",
        "a pre-test never blocks",
    ),
    (
        f"{COURSE}/course.yml",
        "questions_per_attempt: 2",
        "questions_per_attempt: 4",
        "course.yml draws 4 questions of 3",
    ),
    (
        f"{COURSE}/en/quizzes.yml",
        "final:\n  title",
        "last:\n  title",
        "the quizzes of course.yml, in its order",
    ),
    (
        f"{COURSE}/en/quizzes.yml",
        "  same_questions_as: pre-test",
        "",
        "give either its questions or same_questions_as",
    ),
    (
        f"{COURSE}/en/quizzes.yml",
        "same_questions_as: pre-test",
        "same_questions_as: final",
        "names a quiz above",
    ),
    (
        f"{COURSE}/en/quizzes.yml",
        "key: warning-signs",
        "key: listen-first",
        "two questions have the key listen-first",
    ),
    (
        f"{COURSE}/en/quizzes.yml",
        "key: warning-signs",
        "key: Warning_Signs",
        "question 2: a key is made of small",
    ),
    (
        f"{COURSE}/en/quizzes.yml",
        '"False"\n',
        '"False"\n        - text: Maybe\n',
        "a true/false question has exactly two",
    ),
    (
        f"{COURSE}/en/quizzes.yml",
        "        - text: Giving a phone number\n",
        "",
        "a question needs at least two choices",
    ),
    (
        f"{COURSE}/en/quizzes.yml",
        "        - text: Advice\n",
        "        - text: Advice\n          correct: true\n",
        "question listen-first: mark exactly one",
    ),
    (
        f"{COURSE}/en/quizzes.yml",
        "weeks\n          correct: true\n        - text: Daily calls\n"
        "        - text: No money for food\n          correct: true",
        "weeks\n        - text: Daily calls\n        - text: No money for food",
        "warning-signs: mark at least one",
    ),
    (
        f"{COURSE}/en/quizzes.yml",
        "    - key: referral\n      type: single",
        "    - key: referral\n      type: single\n      partial_credit: true",
        "only a multiple-choice question gives partial",
    ),
    (
        f"{COURSE}/en/quizzes.yml",
        "- text: Listening\n          correct: true",
        '- text: Listening\n          correct: "yes"',
        "correct is true or false",
    ),
    (
        f"{COURSE}/en/quizzes.yml",
        "text: What comes first?",
        "text: What comes first?\n      hint: none",
        "unknown field hint",
    ),
    (f"{COURSE}/ru/quizzes.yml", "key: labels", "key: words", "final: the questions are those of"),
    (
        f"{COURSE}/ru/quizzes.yml",
        "        - text: Совет\n        - text: Слушание\n          correct: true",
        "        - text: Совет\n          correct: true\n        - text: Слушание",
        "question listen-first: the type, points, partial credit and right answers",
    ),
    (
        f"{COURSE}/ru/quizzes.yml",
        "      points: 2",
        "      points: 3",
        "question listen-first: the type, points",
    ),
    (
        f"{COURSE}/en/quizzes.yml",
        "  same_questions_as: pre-test",
        "  questions:\n    - key: other\n      type: single\n      text: Q\n      choices:\n"
        "        - text: A\n          correct: true\n        - text: B",
        "the pre-test and post-test ask different questions",
    ),
    # Guides.
    (
        "guides/01-russia/destination.yml",
        None,
        "missing-everywhere",
        "destination.md: a destination has a destination.yml",
    ),
    (
        GUIDE,
        "::: phones Help lines\n",
        "::: phones Help lines\nHelp:\n",
        "a phones block holds a list",
    ),
    (GUIDE, "::: checklist Keep with you", "::: checklist", "a checklist has a title"),
    (GUIDE, "- Passport", "Passport, and", "a checklist has a title"),
    (GUIDE, 'number: "112"', "number: 112", 'write the number in quotes: number: "112"'),
    (GUIDE, "  example: false\n", "", "say of every number whether it is an example"),
    (
        GUIDE,
        '"+7 800 000-00-00"',
        '"call me"',
        "body: block 4 (phone_numbers): numbers: 2: number: Digits",
    ),
    (
        GUIDE,
        "hours: Check",
        'phone: "+7 495 000 00 00"\nhours: Check',
        "an address has no phone: put it in a '::: phones' block",
    ),
    (GUIDE, "  - Moscow", "  - 12", "address is a list of its lines"),
    (
        "guides/02-for-everyone/en/01-emergency.md",
        "sources: []",
        "sources: IOM",
        "sources is a list",
    ),
    (
        "guides/01-russia/ru/01-documents.md",
        '"+7 800 000-00-00"',
        '"+7 800 000-00-09"',
        "the phone numbers, and examples, are those of",
    ),
    (
        "guides/01-russia/ru/01-documents.md",
        "- Паспорт\n",
        "",
        "the checklist 'Держите при себе' has the 2 items",
    ),
    (
        "guides/01-russia/ru/01-documents.md",
        "https://www.iom.int",
        "https://iom.example",
        "the sources are those of",
    ),
    (
        "guides/01-russia/ru/01-documents.md",
        "topic: documents",
        "topic: money",
        "topic is the same in every language",
    ),
    (
        "guides/01-russia/destination.yml",
        "RU",
        "RUS",
        "country_code: Ensure this value has at most 2",
    ),
    (
        "site/ru/guides.md",
        "title: Путеводители",
        "title: Путеводители\nintro: x",
        "unknown field intro",
    ),
]


@pytest.mark.parametrize(("name", "old", "new", "message"), REFUSALS)
def test_refuses_content_with_a_message_naming_the_file(content, name, old, new, message):
    path = content / name
    if old is not None:
        edit(content, name, old, new)
    elif new == "kz":
        path.parent.rename(path.parent.parent / "kz")
    elif new == "no-english":
        path.parent.rename(path.parent.parent / "ru")
    elif new == "missing":
        path.unlink()
    elif new == "missing-everywhere":
        for code in ("en", "ru"):
            Path(str(path).replace("/en/", f"/{code}/")).unlink(missing_ok=True)
    elif new == "no-guides":
        shutil.rmtree(path.parent)
    elif new in ("no-quiz-rules", "quizzes-many"):
        rest = "quizzes: many\n" if new == "quizzes-many" else ""
        path.write_text(path.read_text().split("quizzes:")[0] + rest)
    elif new == "extra":
        shutil.copy(path, path.parent / "03-extra.md")
    else:  # renamed in every language, so that the languages still have the same files
        for code in ("en", "ru"):
            renamed = Path(str(path).replace("/en/", f"/{code}/"))
            renamed.rename(
                renamed.parent / {"badly-named": "referral.md", "same-slug": "02-listening.md"}[new]
            )

    with pytest.raises(DemoError) as refused:
        read_all(content)

    assert message in str(refused.value)
    # The message starts with the file that has to change, or its folder.
    named = Path(str(refused.value).split(":")[0].split(", line")[0])
    assert named.exists() or named in (path, path.parent)
    assert path.parent.is_relative_to(named) or named.is_relative_to(path.parent.parent)


@pytest.mark.django_db
def test_builds_the_languages_that_have_folders_once_and_a_new_language_is_a_new_folder(content):
    first = demo_pages_build(root=content)
    guides = demo_guides_build(root=content)

    # home (there already) + 2 translations, catalogue in 3 languages, course: 1 + 3 quizzes + 1
    # module + 2 lessons in English and Russian.
    assert (first.pages_created, first.pages_existing) == (2 + 3 + 7 * 2, 1)
    # hub in 3 languages, the destination and its guide in 2, the guide for everyone in English.
    assert guides.pages_created == 3 + 2 * 2 + 1
    russian = CoursePage.objects.get(slug="first-steps", locale__language_code="ru")
    assert russian.title == "Первые шаги" and russian.live
    assert not CoursePage.objects.filter(locale__language_code="kk").exists()
    kazakh_hub = Page.objects.get(slug="guides", locale__language_code="kk")
    assert kazakh_hub.title == "Нұсқаулықтар"
    pages = Page.objects.count()

    again = demo_pages_build(root=content)
    assert (again.pages_created, demo_guides_build(root=content).pages_created) == (0, 0)
    assert Page.objects.count() == pages

    # A Kazakh translation of the course is a copy of its Russian folder, translated.
    shutil.copytree(content / COURSE / "ru", content / COURSE / "kk")
    edit(content, f"{COURSE}/kk/course.md", "title: Первые шаги", "title: Алғашқы қадамдар")
    assert demo_pages_build(root=content).pages_created == 7
    kazakh = CoursePage.objects.get(slug="first-steps", locale__language_code="kk")
    assert kazakh.title == "Алғашқы қадамдар"
    assert kazakh.get_parent().locale == Locale.objects.get(language_code="kk")
    lesson = LessonPage.objects.descendant_of(kazakh).get(slug="listening")
    assert [block.block_type for block in lesson.body][:3] == ["heading", "paragraph", "callout"]
    assert QuizPage.objects.child_of(kazakh).first().kind == "pre_test"


@pytest.mark.django_db
def test_a_course_in_a_language_the_site_is_not_in_is_refused_before_anything_is_written(content):
    shutil.copytree(content / COURSE / "ru", content / COURSE / "uz")
    pages = Page.objects.count()

    with pytest.raises(
        DemoError,
        match="course.yml: this is in uz, and its parent, .*site/en/courses.md, is not",
    ):
        demo_pages_build(root=content)

    assert Page.objects.count() == pages


@pytest.mark.django_db
def test_guides_need_the_home_pages_of_their_languages(content):
    pages = Page.objects.count()

    with pytest.raises(DemoError, match="There is no ru home page: build the demo site first"):
        demo_guides_build(root=content)

    assert Page.objects.count() == pages


@pytest.mark.django_db
def test_the_demo_learner_needs_her_courses(content):
    summary = demo_pages_build(root=content)

    with pytest.raises(DemoError, match="course effective-social-work-with-migrants, psycho"):
        learner_progress_build(user=make_user("dilnoza"), courses=summary.courses)
