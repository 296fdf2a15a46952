"""Interactive documentation from files shipped in the wheel: Swagger UI comes inside the
django-ninja package, and is served from there (no CDN, and no need to list ninja among the
installed apps or to run collectstatic)."""

from __future__ import annotations

import json
import mimetypes
from pathlib import Path
from typing import Any

import ninja
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.utils.html import escape
from ninja.openapi.docs import DocsBase

ASSETS = Path(ninja.__file__).parent / "static" / "ninja"
SERVED = ("swagger-ui-bundle.js", "swagger-ui-init.js", "swagger-ui.css", "favicon.png")

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="stylesheet" href="{assets}swagger-ui.css">
<link rel="icon" href="{assets}favicon.png">
</head>
<body>
<script type="application/json" id="swagger-settings">{settings}</script>
<div id="swagger-ui"></div>
<script src="{assets}swagger-ui-bundle.js"></script>
<script src="{assets}swagger-ui-init.js"></script>
</body>
</html>
"""


class LocalSwagger(DocsBase):
    def render_page(self, request: HttpRequest, api: Any, **kwargs: Any) -> HttpResponse:
        settings = {
            "url": self.get_openapi_url(api, kwargs),
            "layout": "BaseLayout",
            "deepLinking": True,
        }
        return HttpResponse(
            PAGE.format(
                title=escape(api.title),
                assets=request.path.rsplit("/docs", 1)[0] + "/docs/assets/",
                # In a JSON script block: "</" must not close it.
                settings=json.dumps(settings).replace("</", "<\\/"),
            )
        )


def asset(request: HttpRequest, name: str) -> FileResponse:
    if name not in SERVED:
        raise Http404
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse((ASSETS / name).open("rb"), content_type=content_type)
    response["Cache-Control"] = "public, max-age=86400"
    return response
