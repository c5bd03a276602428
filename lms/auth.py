from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied

from . import signin


class UsernameOrEmailBackend(ModelBackend):
    """Sign in with either the username or the email address (case-insensitive). Refuses
    every attempt, even with the right password, while the account or the client address is
    locked out after too many failures (lms.signin)."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None
        if signin.lockout_seconds(request, username):
            # Stops authenticate() at once; the form then says for how long.
            raise PermissionDenied
        User = get_user_model()
        user = (
            User.objects.filter(email__iexact=username).first()
            if "@" in username
            else User.objects.filter(username=username).first()
        )
        if user is None:
            # Run the hasher anyway so response time does not tell which accounts exist.
            User().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
