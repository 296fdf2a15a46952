"""The installable web app: its service worker (served at the root, so it controls every page)
and the page shown when there is no connection and no copy of the page asked for."""

from __future__ import annotations

from pathlib import Path

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

WORKER = Path(__file__).resolve().parents[1] / "static" / "relance" / "sw.js"


@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(WORKER.read_bytes(), content_type="application/javascript")
    response["Cache-Control"] = "no-cache"  # a new version is picked up at the next visit
    return response


@require_GET
def offline(request: HttpRequest) -> HttpResponse:
    return render(request, "relance/offline.html")
