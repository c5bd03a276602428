"""Wagtail's user views, with the audit log: staff opening a learner's account in the admin
is recorded (who, when, whose)."""

from wagtail.log_actions import log
from wagtail.users.views import users

from .privacy import VIEW_LEARNER


def is_learner(user) -> bool:
    return not (user.is_staff or user.is_superuser)


class EditView(users.EditView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if is_learner(self.object):
            log(instance=self.object, action=VIEW_LEARNER, user=request.user)
        return response


class UserViewSet(users.UserViewSet):
    edit_view_class = EditView
