from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .forms import BulkEnrolmentForm
from .models import CoursePage
from .services import enrolments_bulk_create


def courses_editable_by(user):
    """Courses whose pages the user may edit in the admin."""
    courses = CoursePage.objects.all().select_related("locale").order_by("title")
    if user.is_superuser:
        return courses
    return courses.filter(pk__in=[c.pk for c in courses if c.permissions_for_user(user).can_edit()])


class BulkEnrolmentView(WagtailAdminTemplateMixin, FormView):
    """Trainers enrol existing accounts in a course from a list of email addresses."""

    template_name = "wagtailadmin/generic/form.html"
    page_title = gettext_lazy("Enrol learners")
    header_icon = "group"
    form_class = BulkEnrolmentForm

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("courses.enrol_learners"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "courses": courses_editable_by(self.request.user)}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = reverse("courses_bulk_enrol")
        context["submit_button_label"] = _("Enrol")
        context["submit_button_active_label"] = _("Enrolling…")
        return context

    def form_valid(self, form):
        result = enrolments_bulk_create(
            course=form.cleaned_data["course"].specific,
            emails=form.cleaned_data["emails"],
            enrolled_by=self.request.user,
        )
        messages.success(
            self.request,
            _("Enrolled %(enrolled)d; %(already)d were already enrolled.")
            % {"enrolled": len(result.enrolled), "already": len(result.already_enrolled)},
        )
        if result.unknown_emails:
            messages.warning(
                self.request,
                _("No account uses these addresses: %(emails)s")
                % {"emails": ", ".join(result.unknown_emails)},
            )
        return redirect("courses_bulk_enrol")
