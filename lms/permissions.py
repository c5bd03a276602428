from wagtail.permission_policies import ModelPermissionPolicy


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """For records that only the services write: the admin lists, inspects and exports them, and
    every change goes through a dedicated view that calls a service."""

    read_only_actions = {"add", "change", "delete"}

    def user_has_permission(self, user, action):
        return action not in self.read_only_actions and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        actions = [action for action in actions if action not in self.read_only_actions]
        return bool(actions) and super().user_has_any_permission(user, actions)
