"""The API: one NinjaAPI, its routers, its error handlers, its document and docs page."""

from __future__ import annotations

from typing import Any

from ninja import NinjaAPI
from ninja.openapi.schema import OpenAPISchema
from ninja.operation import Operation

from relance.api.auth import ApiKeyAuth, KeyRateThrottle
from relance.api.docs import LocalSwagger
from relance.api.errors import JsonBodyParser, install_handlers
from relance.api.routes import (
    applications,
    coaching,
    coaching_candidate,
    followups,
    interviews,
    overview,
)

DESCRIPTION = """\
Follow up with a recruiter after an interview, the right way. Every write goes through the
same services as the web app and the `relance` command, so the golden rules hold here too:
a refusal answers **409** with the rule's id in `rule`.

Send your key (`relance apikey create NAME --scope read|write`) in the `X-Api-Key` header.
Errors are JSON `{"error": "…"}` in your language. Lists are paged by an opaque `cursor`;
every POST accepts an `Idempotency-Key` header (a retry answers the first result); reads
carry an `ETag` (send it back in `If-None-Match`: 304). See docs/api.md."""


class RelanceAPI(NinjaAPI):
    def get_openapi_operation_id(self, operation: Operation) -> str:
        # The view's own name (unique across the API): what generated clients call it.
        return str(operation.view_func.__name__)

    def get_openapi_schema(
        self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
    ) -> OpenAPISchema:
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        for methods in schema["paths"].values():
            if "get" in methods:
                declare_etag(methods["get"])
        return schema


ETAG = {
    "description": "The answer's tag: send it back in If-None-Match.",
    "schema": {"type": "string"},
}


def declare_etag(operation: dict[str, Any]) -> None:
    """Every read answers with an ETag, and 304 (no body) when If-None-Match names it: the
    conventions layer does it for every GET, so the document says so for every GET."""
    operation.setdefault("parameters", []).append(
        {
            "in": "header",
            "name": "If-None-Match",
            "required": False,
            "description": "ETags of answers you have: an unchanged answer is a 304, no body.",
            "schema": {"type": "string"},
        }
    )
    responses = operation["responses"]
    ok = responses[200] if 200 in responses else responses["200"]
    ok.setdefault("headers", {})["ETag"] = ETAG
    responses[304] = {
        "description": "Not modified: you have it already.",
        "headers": {"ETag": ETAG},
    }


api = RelanceAPI(
    title="Relance",
    version="1",
    description=DESCRIPTION,
    auth=ApiKeyAuth(),
    throttle=[KeyRateThrottle()],
    parser=JsonBodyParser(),
    docs=LocalSwagger(),
    docs_url="/docs/",
    openapi_url="/openapi.json",
    urls_namespace="api",
)
install_handlers(api)
for module in (applications, interviews, followups, overview, coaching, coaching_candidate):
    api.add_router("", module.router)
