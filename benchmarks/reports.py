"""Benchmarks of programme reports and exports at programme scale: `make bench` runs this
after benchmarks/run.py. Prints one JSON object per line: {"name", "value", "unit", ...}.

It needs PostgreSQL (DATABASE_URL=postgres://…, a database of its own: the data set is left
there to be reused). It builds, unless the database already holds it, a programme of 50,000
learners (profiles with country, gender, role and age group, 85% consenting), 100,000
enrolments in four courses with Russian translations, and 100,000 graded attempts at their
pre-tests and post-tests (post-tests draw 7 of 10 questions from a pool), with their graded
answers, 60,000 certificates, and 2,000 two-day training groups of 25 people (half the
enrolments) with their attendance, written with COPY. Then it measures, through Django's test
client as a signed-in staff member:

- report_*: each report page (median of three, warm), with the rows it rests on, its number
  of queries, the seconds spent in SQL (sql_s) and the process's CPU seconds (cpu_s), which
  a busy machine inflates less than the wall time;
- export_*: each export, read to its last byte, in a fresh process each, with the peak
  resident memory above the process's baseline (peak_mb) and its CPU seconds (cpu_s).

`--measure NAME` runs one measurement (used for exports); `--rebuild` drops the data set and
builds it again. Measurements that the code under test does not have (a report URL it does
not know) are skipped, so the same script measures an older checkout too.
"""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEARNERS = 50_000
ENROLMENTS = 100_000
ATTEMPTS = 100_000
COURSES = 4
STAFF = "bench-officer"
SEED = 2026

COUNTRIES = ["KZ", "KG", "UZ", "TJ", "other", ""]
COUNTRY_WEIGHTS = [20, 25, 30, 20, 3, 2]
GENDERS = ["woman", "man", "undisclosed", ""]
GENDER_WEIGHTS = [60, 35, 3, 2]
ROLES = [
    "social_worker",
    "psychologist",
    "local_government",
    "ngo_staff",
    "community_leader",
    "teacher",
    "migrant_family",
    "other",
    "",
]
AGES = ["18_24", "25_34", "35_44", "45_54", "55_plus", "under_18", "undisclosed", ""]
AGE_WEIGHTS = [15, 30, 25, 15, 8, 1, 3, 3]

# Report pages: (name, URL name, query string). Exports: (name, URL name or path, query).
PAGES = [
    ("report_programme_dashboard", "courses_reports:programme", {}),
    ("report_programme_dashboard_period", "courses_reports:programme", "period"),
    ("report_donor_indicators", "courses_reports:indicators", {}),
    ("report_knowledge_gain", "courses_reports:knowledge_gain", {}),
    ("report_knowledge_gain_period", "courses_reports:knowledge_gain", "period"),
    ("report_training_summary", "courses_reports:training_summary", {}),  # before this work
    ("report_question_statistics", "courses_reports:question_stats", "quiz"),
    ("report_quiz_attempts", "courses_reports:quiz_attempts", {}),
    ("listing_enrolments", "enrolments:index", {}),
    ("report_training_groups", "courses_reports:training_groups", {}),
]
EXPORTS = [
    ("export_quiz_attempts_csv", "courses_reports:quiz_attempts", {"export": "csv"}),
    ("export_quiz_attempts_xlsx", "courses_reports:quiz_attempts", {"export": "xlsx"}),
    ("export_enrolments_csv", "enrolments:index", {"export": "csv"}),
    ("export_enrolments_xlsx", "enrolments:index", {"export": "xlsx"}),
    ("export_certificates_csv", "certificates_admin:index", {"export": "csv"}),
    ("export_certificates_xlsx", "certificates_admin:index", {"export": "xlsx"}),
    ("export_programme_report_pdf", "courses_reports:programme", {"export": "pdf"}),
    ("export_programme_report_xlsx", "courses_reports:programme", {"export": "xlsx"}),
    ("export_donor_indicators_csv", "courses_reports:indicators", {"export": "csv"}),
    ("export_knowledge_gain_csv", "courses_reports:knowledge_gain", {"export": "csv"}),
    ("export_training_summary_csv", "courses_reports:training_summary", {"export": "csv"}),
    ("export_question_statistics_csv", "courses_reports:question_stats", "quiz-csv"),
    ("export_training_groups_csv", "courses_reports:training_groups", {"export": "csv"}),
]
PERIOD = {"date_from": "2026-01-01", "date_to": "2026-03-31"}


def emit(name, value, unit, **extra):
    print(json.dumps({"name": name, "value": round(value, 3), "unit": unit, **extra}), flush=True)


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")  # Django's test client
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", help="run one measurement (an export) and print it")
    parser.add_argument("--rebuild", action="store_true", help="build the data set again")
    arguments = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        print(
            "benchmarks/reports.py needs DATABASE_URL=postgres://… (a database of its own); "
            "skipped.",
            file=sys.stderr,
        )
        return
    setup_django()
    if arguments.measure:
        measure_export(arguments.measure)
        return
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    if arguments.rebuild or not data_set_exists():
        started = time.perf_counter()
        build_data_set(fresh=arguments.rebuild)
        emit("bench_data_set_build", time.perf_counter() - started, "s")
    elif not groups_exist():  # a data set built before training groups were measured
        build_groups(random.Random(SEED))
    measure_pages()
    for name, _url, _query in EXPORTS:
        result = subprocess.run(  # noqa: S603 (this script, with one of its own names)
            [sys.executable, __file__, "--measure", name],
            capture_output=True,
            text=True,
            check=False,
            env=os.environ,
        )
        sys.stdout.write(result.stdout)
        if result.returncode:
            sys.stderr.write(result.stderr[-2000:])


# --- the data set ------------------------------------------------------------------------


def data_set_exists() -> bool:
    from courses.models import Enrolment, QuizAttempt

    return (
        Enrolment.objects.count() >= ENROLMENTS
        and QuizAttempt.objects.filter(status="graded").count() >= ATTEMPTS
    )


def build_data_set(*, fresh: bool):
    from django.db import connection

    if fresh:
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
    generator = random.Random(SEED)
    courses = build_courses()
    users = build_users(generator)
    enrolments = build_enrolments(generator, users, courses)
    build_attempts(generator, enrolments, courses)
    build_certificates(generator, enrolments, courses)
    build_groups(generator)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def build_courses():
    """Four published courses, each with a pre-test (7 questions) and a post-test drawing 7 of
    10, translated into Russian. Returns, per course: its pages, quizzes and questions."""
    from wagtail.models import Locale

    from courses.models import Choice, CourseIndexPage, CoursePage, Question, QuizPage
    from lms.models import HomePage

    home = HomePage.objects.get(locale__language_code="en")
    catalogue = CourseIndexPage.objects.child_of(home).first() or home.add_child(
        instance=CourseIndexPage(title="Courses", slug="courses")
    )
    russian = Locale.objects.get(language_code="ru")
    ru_home = HomePage.objects.filter(locale=russian).first()
    if ru_home is None:
        ru_home = home.copy_for_translation(russian)
        ru_home.save_revision().publish()
    ru_catalogue = CourseIndexPage.objects.filter(locale=russian).first()
    if ru_catalogue is None:
        ru_catalogue = catalogue.copy_for_translation(russian)
        ru_catalogue.save_revision().publish()
    topics = ["social_work", "psychosocial", "case_management", "pre_departure"]
    built = []
    for number in range(COURSES):
        course = catalogue.add_child(
            instance=CoursePage(
                title=f"Programme course {number + 1}",
                slug=f"programme-course-{number + 1}",
                summary="A course of the programme.",
                topic=topics[number],
                estimated_hours=Decimal(6),
            )
        )
        quizzes = {}
        for kind, size, drawn in (("pre_test", 7, None), ("post_test", 10, 7)):
            quiz = QuizPage(
                title=f"{kind} {number + 1}",
                slug=f"{kind.replace('_', '-')}-{number + 1}",
                kind=kind,
                required_for_completion=kind != "pre_test",
                questions_per_attempt=drawn,
            )
            for position in range(size):
                question = Question(
                    text=f"Question {position + 1} of {kind} {number + 1}: what helps most?",
                    sort_order=position,
                )
                question.choices = [
                    Choice(text=f"Answer {letter}", is_correct=letter == "A", sort_order=index)
                    for index, letter in enumerate("ABCD")
                ]
                quiz.questions.add(question)
            course.add_child(instance=quiz)
            quizzes[kind] = QuizPage.objects.get(pk=quiz.pk)
        translated = course.copy_for_translation(russian, copy_parents=False)
        translated.title = f"Курс программы {number + 1}"
        translated.save_revision().publish()
        for quiz in quizzes.values():
            quiz.copy_for_translation(russian).save_revision().publish()
        built.append(
            {
                "pages": [course, CoursePage.objects.get(pk=translated.pk)],
                "key": course.translation_key,
                "quizzes": {
                    kind: (quiz, snapshot_questions(quiz)) for kind, quiz in quizzes.items()
                },
            }
        )
    return built


def snapshot_questions(quiz):
    return [
        {
            "id": question.pk,
            "kind": question.kind,
            "text": question.text,
            "image_id": None,
            "points": question.points,
            "partial_credit": False,
            "explanation": "",
            "choices": [
                {"id": choice.pk, "text": choice.text, "correct": choice.is_correct}
                for choice in question.choices.order_by("sort_order")
            ],
        }
        for question in quiz.questions.order_by("sort_order")
    ]


def copy_rows(model, columns, rows):
    """COPY rows (tuples in the order of `columns`) into the model's table."""
    from django.db import connection

    table = model._meta.db_table
    with connection.cursor() as cursor:
        raw = cursor.cursor
        with raw.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)


def next_ids(model, count):
    from django.db import connection

    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")  # noqa: S608
        start = cursor.fetchone()[0] + 1
    return range(start, start + count)


def reset_sequence(model):
    from django.db import connection

    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
            f"(SELECT MAX(id) FROM {table}))"
        )


def moment(generator, start, end):
    return start + timedelta(seconds=generator.randrange(int((end - start).total_seconds())))


def build_users(generator):
    from django.contrib.auth import get_user_model

    from lms.models import Profile

    User = get_user_model()
    ids = list(next_ids(User, LEARNERS))
    now = datetime(2026, 6, 30, tzinfo=UTC)
    copy_rows(
        User,
        [
            "id",
            "password",
            "is_superuser",
            "username",
            "first_name",
            "last_name",
            "email",
            "is_staff",
            "is_active",
            "date_joined",
        ],
        (
            (i, "!", False, f"learner{i}", "", "", f"learner{i}@example.org", False, True, now)
            for i in ids
        ),
    )
    reset_sequence(User)
    profile_ids = next_ids(Profile, LEARNERS)
    copy_rows(
        Profile,
        [
            "id",
            "user_id",
            "full_name",
            "country",
            "region",
            "organisation",
            "role",
            "gender",
            "age_group",
            "preferred_language",
            "reporting_consent",
            "reporting_consent_at",
            "updated_at",
        ],
        (
            (
                profile_id,
                user_id,
                f"Гульнара Абдыкадырова {user_id}",
                generator.choices(COUNTRIES, COUNTRY_WEIGHTS)[0],
                "",
                "",
                generator.choice(ROLES),
                generator.choices(GENDERS, GENDER_WEIGHTS)[0],
                generator.choices(AGES, AGE_WEIGHTS)[0],
                "ru",
                (consent := generator.random() < 0.85),
                now if consent else None,
                now,
            )
            for profile_id, user_id in zip(profile_ids, ids, strict=True)
        ),
    )
    reset_sequence(Profile)
    return ids


def build_enrolments(generator, users, courses):
    """Two enrolments per learner, in two different courses, in English or Russian."""
    from courses.models import Enrolment

    start, end = datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC)
    rows = []
    ids = iter(next_ids(Enrolment, ENROLMENTS))
    for user_id in users:
        for course in generator.sample(courses, 2):
            enrolled = moment(generator, start, end)
            completed = (
                enrolled + timedelta(days=generator.randint(2, 90))
                if generator.random() < 0.6
                else None
            )
            page = generator.choice(course["pages"])
            rows.append(
                (
                    next(ids),
                    user_id,
                    page.pk,
                    course["key"],
                    "active" if generator.random() < 0.95 else "left",
                    enrolled,
                    None,
                    None,
                    completed,
                    course,
                )
            )
    copy_rows(
        Enrolment,
        [
            "id",
            "user_id",
            "course_id",
            "course_key",
            "status",
            "enrolled_at",
            "enrolled_by_id",
            "left_at",
            "completed_at",
        ],
        (row[:-1] for row in rows),
    )
    reset_sequence(Enrolment)
    return rows


def build_attempts(generator, enrolments, courses):
    """45,000 enrolments with a pre-test and a post-test, 10,000 of them with a second
    post-test: 100,000 graded attempts, and their graded answers."""
    from courses.grading import grade_attempt
    from courses.models import GradedAnswer, GradedAnswerChoice, QuizAttempt

    tested = generator.sample(enrolments, 45_000)
    again = set(generator.sample(range(len(tested)), ATTEMPTS - 2 * len(tested)))
    attempt_ids = iter(next_ids(QuizAttempt, ATTEMPTS))
    answer_ids = iter(next_ids(GradedAnswer, ATTEMPTS * 7))
    attempts, answers, picks = [], [], []
    for index, enrolment in enumerate(tested):
        enrolment_id, user_id, _page, _key, _status, enrolled, *_rest, course = enrolment
        ability = generator.uniform(0.2, 0.7)
        tries = [("pre_test", 1, ability), ("post_test", 1, min(0.95, ability + 0.25))]
        if index in again:
            tries.append(("post_test", 2, min(0.97, ability + 0.3)))
        for kind, number, skill in tries:
            quiz, pool = course["quizzes"][kind]
            questions = generator.sample(pool, 7) if kind == "post_test" else pool
            chosen = {}
            for question in questions:
                right = generator.random() < skill
                choice = next(c for c in question["choices"] if c["correct"] == right)
                chosen[str(question["id"])] = [choice["id"]]
            grade = grade_attempt(questions, chosen, quiz.pass_mark)
            attempt_id = next(attempt_ids)
            started = enrolled + timedelta(days=1 if kind == "pre_test" else 10 + number)
            attempts.append(
                (
                    attempt_id,
                    user_id,
                    enrolment_id,
                    quiz.pk,
                    quiz.translation_key,
                    quiz.title,
                    number,
                    "graded",
                    kind,
                    quiz.pass_mark,
                    None,
                    quiz.show_answers,
                    kind != "pre_test",
                    json.dumps(questions, ensure_ascii=False),
                    json.dumps(chosen),
                    started,
                    None,
                    started + timedelta(minutes=12),
                    False,
                    grade.awarded,
                    grade.max_points,
                    grade.percent,
                    grade.passed,
                    json.dumps(
                        {
                            str(r.question_id): {"awarded": str(r.awarded), "correct": r.correct}
                            for r in grade.results
                        }
                    ),
                )
            )
            for result in grade.results:
                answer_id = next(answer_ids)
                answers.append(
                    (
                        answer_id,
                        attempt_id,
                        quiz.translation_key,
                        result.question_id,
                        result.correct,
                        result.awarded,
                        result.points,
                        grade.percent,
                    )
                )
                picks.extend(
                    (answer_id, choice_id) for choice_id in chosen[str(result.question_id)]
                )
    copy_rows(
        QuizAttempt,
        [
            "id",
            "user_id",
            "enrolment_id",
            "quiz_id",
            "quiz_key",
            "quiz_title",
            "number",
            "status",
            "kind",
            "pass_mark",
            "max_attempts",
            "show_answers",
            "counts_for_completion",
            "questions",
            "answers",
            "started_at",
            "expires_at",
            "graded_at",
            "timed_out",
            "score",
            "max_score",
            "percent",
            "passed",
            "results",
        ],
        attempts,
    )
    reset_sequence(QuizAttempt)
    copy_rows(
        GradedAnswer,
        [
            "id",
            "attempt_id",
            "quiz_key",
            "question_id",
            "correct",
            "awarded",
            "points",
            "attempt_percent",
        ],
        answers,
    )
    reset_sequence(GradedAnswer)
    copy_rows(GradedAnswerChoice, ["answer_id", "choice_id"], picks)


def build_certificates(generator, enrolments, courses):
    from certificates.models import Certificate, new_code

    completed = [row for row in enrolments if row[8] is not None]
    ids = iter(next_ids(Certificate, len(completed)))
    copy_rows(
        Certificate,
        [
            "id",
            "code",
            "status",
            "user_id",
            "enrolment_id",
            "course_id",
            "name",
            "course_title",
            "language",
            "hours",
            "completed_on",
            "score",
            "issuer",
            "signatories",
            "title",
            "body",
            "issued_at",
            "revoke_reason",
            "pdf",
            "gender",
            "training_place",
            "withdrawn",
            "site_url",
        ],
        (
            (
                next(ids),
                new_code(),
                "valid",
                row[1],
                row[0],
                row[2],
                f"Гульнара Абдыкадырова {row[1]}",
                "Programme course",
                "ru",
                Decimal(6),
                row[8].date(),
                Decimal("85.71"),
                "Social Work Academy",
                "[]",
                "Certificate",
                "",
                row[8],
                "",
                "",
                "",
                "",
                False,
                "",
            )
            for row in completed
        ),
    )
    reset_sequence(Certificate)


def groups_exist() -> bool:
    from courses.models import TrainingGroup

    return TrainingGroup.objects.exists()


def build_groups(generator):
    """Half the enrolments took part in workshops: 2,000 training groups of 25 people (in
    the four courses, in all four countries, in 2025 and 2026), each held over two days, and
    each participant present on each day with a chance of 90%."""
    from django.db import connection

    from courses.models import (
        Attendance,
        Enrolment,
        GroupMembership,
        TrainingGroup,
        new_join_code,
    )

    size = 25
    chosen = list(
        Enrolment.objects.order_by("id").values_list("id", "user_id", "course_id", "enrolled_at")
    )
    chosen = sorted(generator.sample(chosen, len(chosen) // 2), key=lambda row: (row[2], row[0]))
    by_course = {}
    for row in chosen:
        by_course.setdefault(row[2], []).append(row)
    groups, memberships, days = [], [], []
    group_ids = iter(next_ids(TrainingGroup, len(chosen) // size + len(by_course)))
    membership_ids = iter(next_ids(GroupMembership, len(chosen)))
    codes = set()
    for course_id, rows in by_course.items():
        for offset in range(0, len(rows), size):
            members = rows[offset : offset + size]
            group_id = next(group_ids)
            starts = members[0][3].date()
            country = generator.choice(["KZ", "KG", "UZ", "TJ"])
            code = new_join_code()
            while code in codes:
                code = new_join_code()
            codes.add(code)
            groups.append(
                (
                    group_id,
                    course_id,
                    f"Workshop {group_id}",
                    "in_person",
                    country,
                    f"City {generator.randint(1, 40)}",
                    "",
                    starts,
                    starts + timedelta(days=1),
                    code,
                    False,
                    "attendance_and_quizzes",
                    80,
                    members[0][3],
                )
            )
            for enrolment_id, user_id, _course, enrolled in members:
                membership_id = next(membership_ids)
                memberships.append((membership_id, group_id, user_id, enrolment_id, enrolled))
                for day in (starts, starts + timedelta(days=1)):
                    if generator.random() < 0.9:
                        days.append((membership_id, day, "trainer", enrolled))
    copy_rows(
        TrainingGroup,
        [
            "id",
            "course_id",
            "name",
            "mode",
            "country",
            "city",
            "venue",
            "starts_on",
            "ends_on",
            "join_code",
            "joining_open",
            "completion",
            "attendance_percent",
            "created_at",
        ],
        groups,
    )
    copy_rows(
        GroupMembership, ["id", "group_id", "user_id", "enrolment_id", "joined_at"], memberships
    )
    copy_rows(Attendance, ["membership_id", "day", "method", "recorded_at"], days)
    for model in (TrainingGroup, GroupMembership, Attendance):
        reset_sequence(model)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


# --- measurements ------------------------------------------------------------------------


def staff_client():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client

    user, created = get_user_model().objects.get_or_create(
        username=STAFF, defaults={"email": f"{STAFF}@example.org"}
    )
    if created:
        for name in ("Reviewers", "Programme staff"):
            group = Group.objects.filter(name=name).first()
            if group is not None:
                user.groups.add(group)
    client = Client()
    client.force_login(user)
    return client


def resolve(url_name, query):
    """The URL and query string of a measurement, or None when this code has no such URL."""
    from django.urls import NoReverseMatch, reverse

    from courses.models import QuizPage

    try:
        if query in ("quiz", "quiz-csv"):
            quiz = QuizPage.objects.filter(kind="post_test", locale__language_code="en").first()
            if quiz is None:
                return None
            url = reverse(url_name, args=[quiz.pk])
            return url, ({"export": "csv"} if query == "quiz-csv" else {})
        return reverse(url_name), (PERIOD if query == "period" else query)
    except NoReverseMatch:
        return None


def measure_pages():
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    from courses.models import Enrolment, QuizAttempt

    rows = {"enrolments": Enrolment.objects.count(), "attempts": QuizAttempt.objects.count()}
    client = staff_client()
    client.get("/admin/")
    for name, url_name, query in PAGES:
        target = resolve(url_name, query)
        if target is None:
            continue
        url, params = target
        client.get(url, params)  # warm: caches, the first request's imports
        times, cpu, sql = [], [], []
        for _ in range(3):
            reset_queries()
            with CaptureQueriesContext(connection) as queries:
                started, started_cpu = time.perf_counter(), time.process_time()
                response = client.get(url, params)
                times.append(time.perf_counter() - started)
                cpu.append(time.process_time() - started_cpu)
            sql.append(sum(float(query["time"]) for query in queries.captured_queries))
        emit(
            name,
            statistics.median(times),
            "s",
            status=response.status_code,
            cpu_s=round(statistics.median(cpu), 3),
            sql_s=round(statistics.median(sql), 3),
            queries=len(queries.captured_queries),
            rows=rows["attempts" if "question" in name or "attempts" in name else "enrolments"],
        )


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def measure_export(name):
    """One export, read to the end, timed, with the peak memory above the baseline."""
    url_name, query = next((u, q) for n, u, q in EXPORTS if n == name)
    target = resolve(url_name, query)
    if target is None:
        return
    url, params = target
    client = staff_client()
    client.get("/admin/")
    baseline = rss_mb()
    peak = baseline
    running = True

    def sample():
        nonlocal peak
        while running:
            peak = max(peak, rss_mb())
            time.sleep(0.005)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started, started_cpu = time.perf_counter(), time.process_time()
    size = 0
    lines = 0
    try:
        response = client.get(url, params)
        if response.status_code == 200 and response.streaming:
            for chunk in response.streaming_content:
                size += len(chunk)
                lines += chunk.count(b"\n")
        elif response.status_code == 200:
            size = len(response.content)
    except Exception as error:  # noqa: BLE001 (the code under test fails: say how)
        running = False
        emit(name, time.perf_counter() - started, "s", status=500, error=repr(error)[:200])
        return
    elapsed, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    running = False
    sampler.join()
    emit(
        name,
        elapsed,
        "s",
        status=response.status_code,
        cpu_s=round(cpu, 3),
        peak_mb=round(max(peak, rss_mb()) - baseline, 1),
        bytes=size,
        **({"lines": lines} if lines else {}),
    )


if __name__ == "__main__":
    main()
    sys.exit(0)
