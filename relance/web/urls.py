"""The job seeker's web app. One view per page and one per POST action."""

from django.urls import include, path

from relance.web.views import (
    accounts,
    application_detail,
    applications,
    calendar,
    calls,
    data,
    debrief,
    editor,
    followup_actions,
    replies,
    settings,
    today,
)

urlpatterns = [
    path("", today.home, name="home"),
    path("today/", today.today, name="today"),
    path("welcome/", accounts.first_run, name="first_run"),
    path("welcome/profile/", accounts.profile_create, name="profile_create"),
    path("login/", accounts.LoginView.as_view(), name="login"),
    path("logout/", accounts.logout, name="logout"),
    path("password-reset/", accounts.password_reset, name="password_reset"),
    path("password-reset/sent/", accounts.password_reset_done, name="password_reset_done"),
    path(
        "password-reset/<uidb64>/<token>/",
        accounts.password_reset_confirm,
        name="password_reset_confirm",
    ),
    path(
        "password-reset/done/", accounts.password_reset_complete, name="password_reset_complete"
    ),
    path("i18n/", include("django.conf.urls.i18n")),
    path("applications/", applications.application_list, name="application_list"),
    path("applications/new/", applications.application_add, name="application_add"),
    path("applications/duplicates/", applications.duplicate_check, name="duplicate_check"),
    path(
        "applications/<int:pk>/", application_detail.application_detail, name="application_detail"
    ),
    path(
        "applications/<int:pk>/status/",
        applications.application_status,
        name="application_status",
    ),
    path(
        "applications/<int:pk>/contacts/add/", application_detail.contact_add, name="contact_add"
    ),
    path(
        "applications/<int:pk>/interviews/add/",
        application_detail.interview_add,
        name="interview_add",
    ),
    path("applications/<int:pk>/reply/", replies.reply_record, name="reply_record"),
    path("interviews/<int:pk>/debrief/", debrief.debrief, name="debrief"),
    path("interviews/<int:pk>/debrief/save/", debrief.debrief_save, name="debrief_save"),
    path("interviews/<int:pk>/event.ics", calendar.interview_ics, name="interview_ics"),
    path("followups/<int:pk>/", editor.draft_editor, name="draft_editor"),
    path("followups/<int:pk>/tone/", editor.draft_tone, name="draft_tone"),
    path("followups/<int:pk>/save/", followup_actions.draft_save, name="draft_save"),
    path("followups/<int:pk>/approve/", followup_actions.draft_approve, name="draft_approve"),
    path(
        "followups/<int:pk>/unapprove/", followup_actions.draft_unapprove, name="draft_unapprove"
    ),
    path("followups/<int:pk>/sent/", followup_actions.draft_mark_sent, name="draft_mark_sent"),
    path("followups/<int:pk>/message.eml", followup_actions.draft_eml, name="draft_eml"),
    path("followups/<int:pk>/call/", calls.call_mode, name="call_mode"),
    path("followups/<int:pk>/call/outcome/", calls.call_outcome, name="call_outcome"),
    path("followups/<int:pk>/event.ics", calendar.followup_ics, name="followup_ics"),
    path("settings/", settings.settings_page, name="settings"),
    path("settings/profile/", settings.profile_save, name="profile_save"),
    path("settings/policy/", settings.policy_save, name="policy_save"),
    path("settings/policy/reset/", settings.policy_reset, name="policy_reset"),
    path("settings/language/", settings.language_save, name="language_save"),
    path("settings/calendar/rotate/", settings.calendar_rotate, name="calendar_rotate"),
    path("settings/export/", data.export_data, name="export_data"),
    path("settings/import/", data.import_data, name="import_data"),
    path("settings/delete/", data.delete_my_account, name="delete_account"),
    path("calendar/<str:token>.ics", calendar.calendar_feed, name="calendar_feed"),
]
