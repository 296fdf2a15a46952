from django.urls import path

from relance.api import views

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
]
