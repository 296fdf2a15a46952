from django.urls import include, path

urlpatterns = [
    path("", include("relance.web.urls")),
]
