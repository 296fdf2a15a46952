from django.urls import include, path

urlpatterns = [
    path("api/v1/", include("relance.api.urls")),
    path("mailbox/", include("relance.mailbox.urls")),
    path("coaching/", include("relance.coaching.urls")),
    path("", include("relance.web.urls")),
]

handler400 = "relance.web.errors.bad_request"
handler403 = "relance.web.errors.permission_denied"
handler404 = "relance.web.errors.page_not_found"
handler500 = "relance.web.errors.server_error"
