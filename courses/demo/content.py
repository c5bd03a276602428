"""Reads the demo courses from demo/content/courses/ (README, "Demo content"):

01-effective-social-work-with-migrants/
    course.yml                         settings and quiz rules, the same in every language
    en/course.md                       title and outcomes; the text is the summary
    en/quizzes.yml                     the quizzes' texts and questions (quizzes.py)
    en/01-migration-and-families/module.md        title; the text is the introduction
    en/01-migration-and-families/01-why-people-migrate.md   title, minutes; the lesson
    ru/…                               the same files, translated
"""

import re
from pathlib import Path

from courses.models import CoursePage, LessonPage, ModulePage
from lms.demo import (
    CALLOUTS,
    CONTENT,
    SOURCE,
    DemoPage,
    Fence,
    body_blocks,
    clean,
    fail,
    fields,
    language_folders,
    numbered,
    plain,
    read_page,
    read_yaml,
    same_blocks,
    same_values,
)

from .quizzes import quiz_rules, quizzes_read

SETTINGS = ["audience", "is_public", "enrolment_open", "enrolment_key", "quizzes"]
FENCES = {**CALLOUTS}


def courses_read(*, root: Path = CONTENT) -> list[DemoPage]:
    """Every course under courses/, in the order of their numbers, with its quizzes, modules
    and lessons. Refuses (DemoError, naming the file) what the admin would refuse, and
    translations that do not have the English files, blocks, questions and right answers."""
    return [_course(slug, folder) for slug, folder in numbered(root / "courses", directories=True)]


def _course(slug: str, folder: Path) -> DemoPage:
    path = folder / "course.yml"
    settings = fields(
        read_yaml(path), path, required=["topic", "estimated_hours"], optional=SETTINGS
    )
    rules = quiz_rules(settings.pop("quizzes", None) or {}, path)
    settings["estimated_hours"] = str(settings["estimated_hours"])  # a Decimal, not a float
    course = DemoPage(CoursePage, {"slug": slug, **clean(CoursePage, settings, path)}, path)
    modules, quizzes = [], {}
    for code, language in language_folders(folder).items():
        course.put(code, _course_text(language / "course.md", code, course))
        quizzes = quizzes_read(language / "quizzes.yml", code, rules=rules, quizzes=quizzes)
        entries = numbered(language, allowed=["course.md", "quizzes.yml"], directories=True)
        for index, (module_slug, module_folder) in enumerate(entries):
            if code == SOURCE:
                modules.append(DemoPage(ModulePage, {"slug": module_slug}, module_folder))
            _module(module_folder, code, modules[index])
    before = [quiz for quiz in quizzes.values() if quiz.first]
    course.children = [*before, *modules, *(quiz for quiz in quizzes.values() if not quiz.first)]
    return course


def _course_text(path: Path, code: str, course: DemoPage) -> dict:
    front, text, _line = read_page(path)
    front = fields(front, path, required=["title", "outcomes"], texts=["title"])
    outcomes = front["outcomes"]
    if not isinstance(outcomes, list) or not all(isinstance(item, str) for item in outcomes):
        fail(path, "outcomes is a list of texts, one '- outcome' a line.")
    if code != SOURCE and len(outcomes) != len(course.fields["learning_outcomes"]):
        count = len(course.fields["learning_outcomes"])
        fail(path, f"a translation has as many learning outcomes as {SOURCE}/course.md: {count}.")
    values = {"title": front["title"], "summary": plain(text)}
    values["learning_outcomes"] = [("outcome", plain(outcome)) for outcome in outcomes]
    return clean(CoursePage, values, path)


def _module(folder: Path, code: str, module: DemoPage) -> None:
    path = folder / "module.md"
    front, text, _line = read_page(path)
    front = fields(front, path, required=["title"], texts=["title"])
    module.put(code, clean(ModulePage, {"title": front["title"], "intro": plain(text)}, path))
    for index, (slug, path) in enumerate(numbered(folder, allowed=["module.md"])):
        if code == SOURCE:
            module.children.append(DemoPage(LessonPage, {"slug": slug}, path))
        module.children[index].put(code, _lesson(path, code, module.children[index]))


def _lesson(path: Path, code: str, lesson: DemoPage) -> dict:
    front, text, line = read_page(path)
    required = ["title", "minutes"] if code == SOURCE else ["title"]
    front = fields(front, path, required=required, optional=["minutes"], texts=["title"])
    if code != SOURCE:
        front = same_values(
            {"minutes": lesson.fields["estimated_minutes"]}, front, path, ["minutes"]
        )
    values = {"title": front["title"], "body": body_blocks(text, path, fences=FENCES, line=line)}
    if code == SOURCE:
        values["estimated_minutes"] = front["minutes"]
    else:
        same_blocks(values["body"], lesson.fields["body"], path, lesson.path)
    return clean(LessonPage, values, path)


def _reflection(fence: Fence) -> tuple:
    """'::: reflection': the question, then after a blank line an optional hint."""
    paragraphs = [plain(part) for part in re.split(r"\n\s*\n", fence.text.strip()) if part]
    if fence.title or not 1 <= len(paragraphs) <= 2:
        fence.fail("a reflection holds its question, then after a blank line an optional hint.")
    return ("reflection", {"question": paragraphs[0], "hint": "".join(paragraphs[1:])})


FENCES["reflection"] = _reflection
