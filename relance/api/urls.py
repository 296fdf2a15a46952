from django.urls import path

from relance.api import settle_views, views

urlpatterns = [
    path("agenda/", views.agenda, name="api-agenda"),
    path("applications/", views.application_collection, name="api-applications"),
    path("applications/<int:pk>/", views.application_detail, name="api-application"),
    path("applications/<int:pk>/interviews/", views.add_interview, name="api-add-interview"),
    path("applications/<int:pk>/replies/", views.record_reply, name="api-record-reply"),
    path("interviews/<int:pk>/agreement/", views.save_agreement, name="api-agreement"),
    path("interviews/<int:pk>/debrief/", views.save_debrief, name="api-debrief"),
    path("followups/<int:pk>/approve/", views.approve_followup, name="api-approve"),
    path("followups/<int:pk>/sent/", views.mark_followup_sent, name="api-sent"),
    path("followups/<int:pk>/", settle_views.followup_detail, name="api-followup"),
    path("followups/<int:pk>/not-sent/", settle_views.followup_not_sent, name="api-not-sent"),
    path("followups/<int:pk>/retry/", settle_views.followup_retry, name="api-retry"),
    path(
        "followups/<int:pk>/dismiss-finding/",
        settle_views.followup_dismiss_finding,
        name="api-dismiss-finding",
    ),
    path("interviews/<int:pk>/", settle_views.interview_detail, name="api-interview"),
]
