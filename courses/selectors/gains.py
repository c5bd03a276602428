"""Knowledge gain: a learner's first pre-test score against their best post-test score."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q

from ..models import QuizAttempt, QuizKind, QuizPage


@dataclass
class Gain:
    pre: Decimal
    post: Decimal

    @property
    def gain(self):
        return self.post - self.pre


def _pre_post_keys_for(courses) -> dict:
    """Per course pk, for the courses that have both: the translation keys of its first
    pre-test and first post-test in course order. One query, whatever the number of courses."""
    if not courses:
        return {}
    within = Q()
    for course in courses:
        within |= Q(path__startswith=course.path, depth__gt=course.depth)
    found = {}
    for path, kind, key in (
        QuizPage.objects.live()
        .filter(within, kind__in=[QuizKind.PRE_TEST, QuizKind.POST_TEST])
        .order_by("path")
        .values_list("path", "kind", "translation_key")
    ):
        for course in courses:
            if path.startswith(course.path):
                found.setdefault(course.pk, {}).setdefault(kind, key)
    return {
        pk: (kinds[QuizKind.PRE_TEST], kinds[QuizKind.POST_TEST])
        for pk, kinds in found.items()
        if len(kinds) == 2
    }


def _graded_test_attempts(key_pairs):
    """Graded attempts at any of the (pre-test, post-test) key pairs, with what gains need."""
    keys = {key for pair in key_pairs for key in pair}
    return QuizAttempt.objects.filter(status=QuizAttempt.Status.GRADED, quiz_key__in=keys).only(
        "quiz_key", "percent", "number", "enrolment_id"
    )


def _first_pre_best_post(scores, pre_keys, post_keys) -> dict:
    """`scores`: (enrolment pk, quiz key, percent) in attempt order. Per enrolment with both:
    the first pre-test score against the best post-test score."""
    pre, post = {}, {}
    for enrolment_id, key, percent in scores:
        if key in pre_keys:
            pre.setdefault(enrolment_id, percent)
        elif key in post_keys:
            best = post.get(enrolment_id)
            post[enrolment_id] = max(best, percent) if best else percent
    return {pk: Gain(pre[pk], post[pk]) for pk in pre.keys() & post.keys()}


def _gains(attempts, pre_key, post_key) -> dict:
    """Per enrolment: the first graded pre-test score and the best graded post-test score."""
    scores = (
        (attempt.enrolment_id, attempt.quiz_key, attempt.percent)
        for attempt in sorted(attempts, key=lambda a: a.number)
    )
    return _first_pre_best_post(scores, {pre_key}, {post_key})


def gains_of_enrolments(key_pairs, enrolments) -> dict:
    """Per enrolment of `enrolments` (a queryset of pks, used as a subquery) that has both
    tests of its course: its Gain. One query, and tuples rather than model instances, for
    reports over tens of thousands of attempts. An enrolment only has attempts at its own
    course's tests, so one pass over every course's attempts is enough."""
    pre_keys = {pre for pre, _post in key_pairs}
    post_keys = {post for _pre, post in key_pairs}
    scores = (
        QuizAttempt.objects.filter(
            status=QuizAttempt.Status.GRADED,
            quiz_key__in=pre_keys | post_keys,
            enrolment_id__in=enrolments,
        )
        .order_by("number")
        .values_list("enrolment_id", "quiz_key", "percent")
    )
    return _first_pre_best_post(scores, pre_keys, post_keys)


def learner_gain(*, enrolment, course) -> Gain | None:
    """A learner's knowledge gain in a course: their first pre-test score and their best
    post-test score, in percent. None until they have both."""
    if enrolment is None or course is None:
        return None
    keys = _pre_post_keys_for([course]).get(course.pk)
    if keys is None:
        return None
    attempts = _graded_test_attempts([keys]).filter(enrolment=enrolment)
    return _gains(attempts, *keys).get(enrolment.pk)
