from django.urls import include, path

urlpatterns = [
    path("api/v1/", include("relance.api.urls")),
    path("mailbox/", include("relance.mailbox.urls")),
    path("", include("relance.web.urls")),
]
