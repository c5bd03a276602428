from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies.pages import PagePermissionPolicy

from .forms import BulkEnrolmentForm
from .models import CoursePage
from .services import enrolments_bulk_create


def courses_editable_by(user):
    """Courses whose pages the user may edit in the admin."""
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return (
        CoursePage.objects.filter(pk__in=editable.values("pk"))
        .select_related("locale")
        .order_by("title")
    )


class CourseAccountsFormView(WagtailAdminTemplateMixin, FormView):
    """An admin form that acts on existing accounts, listed by email, in a course the user may
    edit. Subclasses name the permission, the URL, the button and what `form_valid` does."""

    template_name = "wagtailadmin/generic/form.html"
    permission = ""
    url_name = ""
    submit_button_label = ""
    submit_button_active_label = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "courses": courses_editable_by(self.request.user)}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = reverse(self.url_name)
        context["submit_button_label"] = self.submit_button_label
        context["submit_button_active_label"] = self.submit_button_active_label
        return context

    def done(self, *, success: str, unknown_emails: list[str]):
        """Say what happened, warn about addresses no account uses, and show the form again."""
        messages.success(self.request, success)
        if unknown_emails:
            messages.warning(
                self.request,
                _("No account uses these addresses: %(emails)s")
                % {"emails": ", ".join(unknown_emails)},
            )
        return redirect(self.url_name)


class BulkEnrolmentView(CourseAccountsFormView):
    """Trainers enrol existing accounts in a course from a list of email addresses."""

    page_title = gettext_lazy("Enrol learners")
    header_icon = "group"
    form_class = BulkEnrolmentForm
    permission = "courses.enrol_learners"
    url_name = "courses_bulk_enrol"
    submit_button_label = gettext_lazy("Enrol")
    submit_button_active_label = gettext_lazy("Enrolling…")

    def form_valid(self, form):
        result = enrolments_bulk_create(
            course=form.cleaned_data["course"].specific,
            emails=form.cleaned_data["emails"],
            enrolled_by=self.request.user,
        )
        return self.done(
            success=_("Enrolled %(enrolled)d; %(already)d were already enrolled.")
            % {"enrolled": len(result.enrolled), "already": len(result.already_enrolled)},
            unknown_emails=result.unknown_emails,
        )
