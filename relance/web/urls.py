from django.http import HttpRequest, HttpResponse
from django.urls import path


def today(request: HttpRequest) -> HttpResponse:
    return HttpResponse("Relance")


urlpatterns = [
    path("", today, name="today"),
]
