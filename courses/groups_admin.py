"""Training groups in the Wagtail admin: the listing, create and edit forms (a ModelViewSet
whose records are those of courses the user may edit), and each group's pages: its report
(roster, attendance grid, knowledge gain, certificates, CSV/XLSX), the attendance tick list,
the live test figures, adding participants and the printed sheets."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import models as generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from lms import exports

from .forms import AttendanceForm, ParticipantsForm, TrainingGroupForm
from .groups_pdf import render_join_sheet, render_sign_in_sheet
from .models import TrainingGroup
from .selectors.groups import day_code, group_report, group_test_figures, groups_for_trainer
from .services import (
    AttendanceError,
    attendance_record,
    group_participants_add,
    sign_in_codes_issue,
)


class TrainingGroupPermissionPolicy(ModelPermissionPolicy):
    """The model permissions (Trainers and Reviewers have them), and for a group itself the
    right to edit its course's page (Wagtail's page permissions)."""

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and (
            groups_for_trainer(user).filter(pk=instance.pk).exists()
        )

    def instances_user_has_permission_for(self, user, action):
        if not self.user_has_permission(user, action):
            return TrainingGroup.objects.none()
        return groups_for_trainer(user)


policy = TrainingGroupPermissionPolicy(TrainingGroup)
register_permission_policy(TrainingGroup, policy)


class OwnGroupsMixin:
    """Only groups of courses the user may edit; the others are not found."""

    def get_queryset(self):
        return groups_for_trainer(self.request.user)


class IndexView(generic.IndexView):
    """The groups the user may manage, each with its participants and completions (one
    query for the page, whatever the number of groups)."""

    def get_base_queryset(self):
        from django.db.models import Count, Q

        return (
            groups_for_trainer(self.request.user)
            .annotate(
                participants=Count("memberships", distinct=True),
                completed=Count(
                    "memberships",
                    filter=Q(memberships__enrolment__completed_at__isnull=False),
                    distinct=True,
                ),
            )
            .order_by("-starts_on", "name")
        )


class EditView(OwnGroupsMixin, generic.EditView):
    pass


class DeleteView(OwnGroupsMixin, generic.DeleteView):
    pass


def group_url(group):
    return reverse("training_group", args=[group.pk])


class TrainingGroupViewSet(ModelViewSet):
    model = TrainingGroup
    icon = "group"
    menu_label = gettext_lazy("Training groups")
    add_to_admin_menu = True
    menu_order = 215
    index_view_class = IndexView
    edit_view_class = EditView
    delete_view_class = DeleteView
    copy_view_enabled = False
    inspect_view_enabled = False
    form_fields = [
        "course",
        "name",
        "mode",
        "country",
        "city",
        "venue",
        "starts_on",
        "ends_on",
        "trainers",
        "completion",
        "attendance_percent",
        "joining_open",
        "join_until",
    ]
    list_filter = ["mode", "country", "starts_on"]
    search_fields = ["name", "city", "venue"]

    def get_form_class(self, for_update=False):
        from django.forms import modelform_factory

        return modelform_factory(
            self.model,
            form=TrainingGroupForm,
            formfield_callback=self.formfield_for_dbfield,
            fields=self.form_fields,
        )

    @property
    def list_display(self):
        return [
            TitleColumn("name", label=gettext_lazy("Name"), get_url=group_url),
            Column("course", label=gettext_lazy("Course")),
            Column("city", label=gettext_lazy("Place")),
            DateColumn("starts_on", label=gettext_lazy("First day")),
            Column("join_code", label=gettext_lazy("Join code")),
            Column("participants", label=gettext_lazy("Participants")),
            Column("completed", label=gettext_lazy("Completed")),
        ]


training_group_viewset = TrainingGroupViewSet("training_groups", url_prefix="training-groups")


class GroupView(WagtailAdminTemplateMixin):
    """A page of one group, for staff who may manage it (`action` of the model permission, and
    the course's page); other groups are not found."""

    action = "change"
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not policy.user_has_permission(request.user, self.action):
            raise PermissionDenied
        group = groups_for_trainer(request.user).filter(pk=kwargs["pk"]).first()
        if group is None:
            raise Http404
        self.group = group
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.group.name

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("training_groups:index"), "label": _("Training groups")},
            {"url": group_url(self.group), "label": self.group.name},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["group"] = self.group
        return context


def _join_urls(request, group):
    from django.conf import settings

    base = settings.SITE_URL.rstrip("/")
    return (
        base + reverse("group_join_code", args=[group.join_code]),
        base + reverse("group_join"),
    )


class GroupReportView(GroupView, TemplateView):
    """The group's page: roster, attendance grid, knowledge gain and certificates, with CSV
    and XLSX exports (`?export=csv|xlsx`)."""

    action = "view"
    template_name = "courses/admin/training_group.html"
    page_title = gettext_lazy("Training group")

    def get(self, request, *args, **kwargs):
        export_format = request.GET.get("export")
        if export_format is not None:
            if export_format not in exports.FORMATS:
                return HttpResponseBadRequest(_("Unknown export format."))
            return self.export(export_format)
        return super().get(request, *args, **kwargs)

    @cached_property
    def report(self):
        return group_report(group=self.group)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["report"] = self.report
        context["join_url"], context["short_url"] = _join_urls(self.request, self.group)
        context["edit_url"] = reverse("training_groups:edit", args=[self.group.pk])
        return context

    def export(self, export_format):
        report = self.report
        group = self.group
        roster = [
            exports.Column("name", _("Name")),
            exports.Column("email", _("Email")),
            exports.Column("attended", _("Days attended")),
            exports.Column("attendance_percent", _("Attendance (%)")),
            exports.Column("pre", _("Pre-test (%)")),
            exports.Column("post", _("Post-test (%)")),
            exports.Column("completed", _("Completed")),
            exports.Column("certificate", _("Certificate")),
        ]
        rows = (
            {
                "name": row.name,
                "email": row.email,
                "attended": row.attended,
                "attendance_percent": row.attendance_percent,
                "pre": row.pre,
                "post": row.post,
                "completed": row.membership.enrolment.completed_at,
                "certificate": row.certificate.display_code if row.certificate else "",
            }
            for row in report.rows
        )
        grid_columns = [exports.Column("name", _("Name"))] + [
            exports.Column(day.isoformat(), day.isoformat()) for day in report.days
        ]
        grid = (
            {"name": row.name, **{day.isoformat(): present for day, present in row.days}}
            for row in report.rows
        )
        tests = report.tests
        preamble = [
            (_("Report"), _("Training group")),
            (_("Training group"), group.name),
            (_("Course"), group.course.title),
            (_("Place"), group.place),
            (_("First day"), group.starts_on),
            (_("Last day"), group.ends_on),
            (_("Participants"), len(report.rows)),
            (_("Mean pre-test (%)"), tests.pre_mean),
            (_("Mean post-test (%)"), tests.post_mean),
            exports.generated_line(),
        ]
        return exports.export_response(
            export_format=export_format,
            filename=f"training-group-{group.pk}",
            tables=[
                exports.Table(columns=roster, rows=rows, title=_("Participants")),
                exports.Table(columns=grid_columns, rows=grid, title=_("Attendance")),
            ],
            preamble=preamble,
        )


class JoinSheetView(GroupView, TemplateView):
    """The join handout as a PDF, to print or project."""

    action = "view"

    def get(self, request, *args, **kwargs):
        from django.utils import translation

        # In the course's language, which the participants read, and leading to its pages.
        with translation.override(self.group.course.locale.language_code):
            join_url, short_url = _join_urls(request, self.group)
            pdf = render_join_sheet(group=self.group, join_url=join_url, short_url=short_url)
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="join-{self.group.join_code}.pdf"'
        return response


class SignInSheetView(GroupView, TemplateView):
    """New one-time sign-in codes for participants without email, as a PDF (POST: printing
    again replaces the codes)."""

    def get(self, request, *args, **kwargs):
        return redirect(group_url(self.group))

    def post(self, request, *args, **kwargs):
        from django.conf import settings
        from django.utils import translation

        codes = sign_in_codes_issue(group=self.group)
        with translation.override(self.group.course.locale.language_code):
            sign_in_url = settings.SITE_URL.rstrip("/") + reverse("code_sign_in")
            pdf = render_sign_in_sheet(group=self.group, codes=codes, sign_in_url=sign_in_url)
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = (
            f'attachment; filename="sign-in-codes-{self.group.pk}.pdf"'
        )
        return response


class ParticipantsView(GroupView, FormView):
    """Add participants by email (existing accounts) or by name (people without email)."""

    template_name = "wagtailadmin/generic/form.html"
    form_class = ParticipantsForm
    page_title = gettext_lazy("Add participants")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = reverse("training_group_participants", args=[self.group.pk])
        context["submit_button_label"] = _("Add")
        return context

    def form_valid(self, form):
        result = group_participants_add(
            group=self.group,
            emails=form.cleaned_data["emails"],
            names=form.cleaned_data["names"],
            added_by=self.request.user,
        )
        messages.success(
            self.request,
            _("Added %(added)d; %(already)d were already in the group.")
            % {"added": len(result.added), "already": len(result.already)},
        )
        if result.unknown_emails:
            messages.warning(
                self.request,
                _("No account uses these addresses (they can join with the code): %(emails)s")
                % {"emails": ", ".join(result.unknown_emails)},
            )
        if result.created:
            messages.info(
                self.request,
                _("Print the sign-in codes for the people added by name."),
            )
        return redirect(group_url(self.group))


class AttendanceView(GroupView, TemplateView):
    """The trainer's tick list for one day (`?day=YYYY-MM-DD`, today by default during the
    training), with the day's check-in code; saving records exactly the ticked people."""

    template_name = "courses/admin/training_attendance.html"
    page_title = gettext_lazy("Attendance")

    def setup_day(self, request):
        days = self.group.days
        raw = request.GET.get("day", "")
        if raw:
            try:
                day = datetime.date.fromisoformat(raw[:10])
            except ValueError:
                return None
            return day if day in days else None
        today = timezone.localdate()
        return today if today in days else days[0]

    def get(self, request, *args, **kwargs):
        self.day = self.setup_day(request)
        if self.day is None:
            return HttpResponseBadRequest(_("That day is not a day of this training."))
        self.form = AttendanceForm(memberships=self.memberships)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.day = self.setup_day(request)
        if self.day is None:
            return HttpResponseBadRequest(_("That day is not a day of this training."))
        self.form = AttendanceForm(request.POST, memberships=self.memberships)
        if self.form.is_valid():
            try:
                present = attendance_record(
                    group=self.group,
                    day=self.day,
                    present=set(self.form.cleaned_data["present"]),
                    recorded_by=request.user,
                )
            except AttendanceError as error:
                messages.error(request, error.message)
            else:
                messages.success(
                    request,
                    _("Attendance saved: %(count)d present.") % {"count": len(present)},
                )
                url = reverse("training_group_attendance", args=[self.group.pk])
                return redirect(f"{url}?day={self.day.isoformat()}")
        return super().get(request, *args, **kwargs)

    @cached_property
    def memberships(self):
        from .models import GroupMembership

        return list(
            GroupMembership.objects.filter(group=self.group)
            .select_related("user__profile")
            .order_by("user__profile__full_name", "user__username")
        )

    def get_context_data(self, **kwargs):
        from .models import Attendance

        context = super().get_context_data(**kwargs)
        if self.form.is_bound:
            ticked = {int(v) for v in self.form.data.getlist("present") if v.isdigit()}
        else:
            ticked = set(
                Attendance.objects.filter(membership__group=self.group, day=self.day).values_list(
                    "membership_id", flat=True
                )
            )
        context["day"] = self.day
        context["days"] = self.group.days
        context["form"] = self.form
        context["code"] = day_code(self.group, self.day)
        context["people"] = [
            (
                m,
                getattr(m.user, "profile", None) and m.user.profile.full_name or m.user.username,
                m.pk in ticked,
            )
            for m in self.memberships
        ]
        context["present_count"] = len(ticked)
        return context


class LiveTestsView(GroupView, TemplateView):
    """What a trainer projects during the session: how many have taken the pre-test and the
    post-test, and the group's mean scores; never anyone's answers or name. Reloads itself."""

    action = "view"
    template_name = "courses/admin/training_tests.html"
    page_title = gettext_lazy("Tests in the room")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["tests"] = group_test_figures(group=self.group)
        return context


def admin_urls():
    return [
        path("training-groups/<int:pk>/", GroupReportView.as_view(), name="training_group"),
        path(
            "training-groups/<int:pk>/join-sheet/",
            JoinSheetView.as_view(),
            name="training_group_join_sheet",
        ),
        path(
            "training-groups/<int:pk>/sign-in-codes/",
            SignInSheetView.as_view(),
            name="training_group_sign_in_codes",
        ),
        path(
            "training-groups/<int:pk>/participants/",
            ParticipantsView.as_view(),
            name="training_group_participants",
        ),
        path(
            "training-groups/<int:pk>/attendance/",
            AttendanceView.as_view(),
            name="training_group_attendance",
        ),
        path(
            "training-groups/<int:pk>/tests/", LiveTestsView.as_view(), name="training_group_tests"
        ),
    ]
