"""Small helpers that build the page tree and accounts the tests need."""

import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from lms.models import HomePage, Profile

_counter = itertools.count(1)
PASSWORD = "a-long-test-password-42"


def make_user(username=None, *, email=None, groups=(), full_name="Aigerim Nurlanovna", **extra):
    username = username or f"user{next(_counter)}"
    user = get_user_model().objects.create_user(
        username=username, email=email or f"{username}@example.org", password=PASSWORD, **extra
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    Profile.objects.create(user=user, full_name=full_name)
    return user


def home_page(language_code="en"):
    locale = Locale.objects.get(language_code=language_code)
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        english = HomePage.objects.get(locale__language_code="en")
        home = english.copy_for_translation(locale)
        home.save_revision().publish()
    return home


def make_catalogue(language_code="en"):
    home = home_page(language_code)
    catalogue = CourseIndexPage.objects.child_of(home).first()
    if catalogue is None and language_code != "en":
        catalogue = make_catalogue("en").copy_for_translation(home.locale)
        catalogue.save_revision().publish()
    elif catalogue is None:
        catalogue = home.add_child(instance=CourseIndexPage(title="Courses", slug="courses"))
    return catalogue


def make_course(*, modules=2, lessons_per_module=2, live=True, catalogue=None, **fields):
    catalogue = catalogue or make_catalogue()
    number = next(_counter)
    defaults = {
        "title": f"Course {number}",
        "slug": f"course-{number}",
        "summary": "A course.",
        "topic": "social_work",
        "estimated_hours": 4,
    }
    defaults.update(fields)
    course = catalogue.add_child(instance=CoursePage(live=live, **defaults))
    for m in range(modules):
        module = course.add_child(
            instance=ModulePage(title=f"Module {m + 1}", slug=f"module-{m + 1}")
        )
        for n in range(lessons_per_module):
            module.add_child(
                instance=LessonPage(
                    title=f"Lesson {m + 1}.{n + 1}",
                    slug=f"lesson-{m + 1}-{n + 1}",
                    body=[("paragraph", f"<p>Text of lesson {m + 1}.{n + 1}</p>")],
                )
            )
    return course


def lessons_of(course):
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def root_page():
    return Page.objects.get(depth=1)


def translate_course(course, language_code):
    """Translate a course and its modules and lessons, publishing every copy."""
    locale = Locale.objects.get(language_code=language_code)
    make_catalogue(language_code)
    copies = {}
    for page in [course, *course.get_descendants().specific().order_by("path")]:
        copy = page.copy_for_translation(locale)
        copy.title = f"{page.title} ({language_code})"
        copy.save_revision().publish()
        copies[page.pk] = copy
    return CoursePage.objects.get(pk=copies[course.pk].pk)


def make_quiz(parent, *, questions=None, title=None, **fields):
    """A published quiz under a course or module. `questions` is a list of
    (kind, points, [(choice text, correct), ...]) tuples; by default three single-choice
    questions worth one point each, whose correct choice is "right"."""
    from courses.models import Choice, Question, QuizPage

    number = next(_counter)
    questions = questions or [
        ("single", 1, [("right", True), ("wrong", False), ("also wrong", False)]) for _ in range(3)
    ]
    quiz = QuizPage(
        title=title or f"Quiz {number}",
        slug=f"quiz-{number}",
        **fields,
    )
    for order, (kind, points, choices, *partial) in enumerate(questions):
        question = Question(
            kind=kind,
            text=f"Question {order + 1}",
            points=points,
            sort_order=order,
            partial_credit=bool(partial and partial[0]),
        )
        question.choices = [
            Choice(text=text, is_correct=correct, sort_order=index)
            for index, (text, correct) in enumerate(choices)
        ]
        quiz.questions.add(question)
    parent.add_child(instance=quiz)
    return QuizPage.objects.get(pk=quiz.pk)


def answer(attempt, pick):
    """Form data answering each question of an attempt: `pick(question)` returns the chosen
    choice dicts."""
    data = {}
    for question in attempt.questions:
        data[f"q-{question['id']}"] = [str(choice["id"]) for choice in pick(question)]
    return data


def right(question):
    return [choice for choice in question["choices"] if choice["correct"]]


def wrong(question):
    return [next(choice for choice in question["choices"] if not choice["correct"])]


def make_guide_hub(language_code="en"):
    from guides.models import GuideIndexPage

    home = home_page(language_code)
    hub = GuideIndexPage.objects.child_of(home).first()
    if hub is None and language_code != "en":
        hub = make_guide_hub("en").copy_for_translation(home.locale)
        hub.save_revision().publish()
        hub = GuideIndexPage.objects.get(pk=hub.pk)
    elif hub is None:
        hub = home.add_child(instance=GuideIndexPage(title="Guides", slug="guides"))
    return hub


def make_destination(title="Russia", *, hub=None, country_code="RU"):
    from guides.models import DestinationPage

    hub = hub or make_guide_hub()
    return hub.add_child(
        instance=DestinationPage(
            title=title, slug=title.lower().replace(" ", "-"), country_code=country_code
        )
    )


def make_guide(parent, *, title="Documents", topic="documents", body=None, **fields):
    import datetime

    from guides.models import GuidePage

    number = next(_counter)
    defaults = {
        "title": title,
        "slug": f"{title.lower().replace(' ', '-')}-{number}",
        "topic": topic,
        "summary": f"Summary of {title}",
        "body": body
        if body is not None
        else [("paragraph", f"<p>What to know about {title}.</p>")],
        "last_reviewed": datetime.date(2026, 10, 1),
        "reviewed_by": "Programme legal adviser",
    }
    defaults.update(fields)
    guide = parent.add_child(instance=GuidePage(**defaults))
    if guide.live:
        guide.save_revision().publish()
    return GuidePage.objects.get(pk=guide.pk)


def translate_page(page, language_code, **changes):
    """Translate one page (its parent must be translated already) and publish it."""
    locale = Locale.objects.get(language_code=language_code)
    copy = page.specific.copy_for_translation(locale)
    for name, value in changes.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return type(page.specific).objects.get(pk=copy.pk)
