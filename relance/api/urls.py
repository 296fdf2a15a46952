from django.urls import URLPattern, URLResolver, path

from relance.api.api import api
from relance.api.conventions import with_conventions
from relance.api.docs import asset

app_name = "api"


def _wrapped(patterns: list[URLPattern | URLResolver]) -> list[URLPattern | URLResolver]:
    for pattern in patterns:
        if isinstance(pattern, URLPattern):
            pattern.callback = with_conventions(pattern.callback)
    return patterns


urlpatterns = [
    path("docs/assets/<str:name>", asset, name="docs-asset"),
    *_wrapped(api.urls[0]),
]
