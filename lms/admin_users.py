"""Wagtail's user views, with the audit log and the rule that learners are never deleted.

Staff opening a learner's account in the admin is recorded (who, when, whose). Deleting a
learner would take their enrolments, attempts and certificates with them and change every
programme figure already reported, so the delete view and the bulk delete send staff to
the learner's personal data page instead, where the account is closed: personal data erased,
the anonymous records kept (README, "Personal data")."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.log_actions import log
from wagtail.users.views import users

from .privacy import VIEW_LEARNER, is_learner, staff_accounts


class EditView(users.EditView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if is_learner(self.object):
            log(instance=self.object, action=VIEW_LEARNER, user=request.user)
        return response


class UserViewSet(users.UserViewSet):
    edit_view_class = EditView


def refuse_learner_delete(request, user):
    """The `before_delete_user` hook: a learner's account is closed, not deleted."""
    if not is_learner(user):
        return None
    if user.closed_at is not None:
        messages.error(
            request,
            _(
                "This learner's account is closed: their personal data is already erased, and "
                "what is left is counted in the programme figures, so it is not deleted."
            ),
        )
        return redirect("wagtailusers_users:index")
    messages.warning(
        request,
        _(
            "Learners are not deleted, because that would change the programme figures "
            "already reported. Close the account here instead: it erases their personal data."
        ),
    )
    return redirect("lms_personal_data", user_id=user.pk)


def refuse_learner_bulk_delete(request, action_type, objects, action):
    """The `before_bulk_action` hook: the same rule for several users at once."""
    if action_type != "delete" or action.model is not get_user_model():
        return None
    selected = {user.pk for user in objects}
    learners = selected - set(staff_accounts().filter(pk__in=selected).values_list("pk", flat=True))
    if not learners:
        return None
    messages.error(
        request,
        ngettext(
            "Nothing was deleted: %(count)d of the selected users is a learner. Learners are "
            "not deleted; close their accounts from their personal data page.",
            "Nothing was deleted: %(count)d of the selected users are learners. Learners are "
            "not deleted; close their accounts from their personal data page.",
            len(learners),
        )
        % {"count": len(learners)},
    )
    return redirect(reverse("wagtailusers_users:index"))
