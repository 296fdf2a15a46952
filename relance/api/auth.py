"""Authenticate API requests by the X-Api-Key header, and answer in JSON."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import RequestDataTooBig, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from relance.api.models import ApiKey, hash_key
from relance.core.errors import RuleViolation
from relance.tracker.exchange import ImportRefused
from relance.tracker.services.errors import explain

View = Callable[..., HttpResponse]
log = logging.getLogger(__name__)


class BadRequest(Exception):
    pass


def error(message: str, status: int = 400, **extra: Any) -> JsonResponse:
    return JsonResponse({"error": message, **extra}, status=status)


class TooLarge(Exception):
    pass


def body(request: HttpRequest) -> dict[str, Any]:
    try:
        data = json.loads(request.body or b"{}")
    except RequestDataTooBig:
        raise TooLarge(_("The request body is too large.")) from None
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError, ValueError) as exc:
        # ValueError: an integer of more than 4,300 digits.
        raise BadRequest(_("The request body is not valid JSON.")) from exc
    if not isinstance(data, dict):
        raise BadRequest(_("The request body must be a JSON object."))
    return data


def _user_for(request: HttpRequest) -> User | None:
    key = request.headers.get("X-Api-Key", "")
    if not key:
        return None
    api_key = ApiKey.objects.select_related("user__profile").filter(digest=hash_key(key)).first()
    if api_key is None:
        return None
    ApiKey.objects.filter(pk=api_key.pk).update(last_used_at=timezone.now())
    return api_key.user


def api_view(methods: tuple[str, ...]) -> Callable[[View], View]:
    """Key authentication, method check, JSON errors in the user's language."""

    def decorate(view: View) -> View:
        @csrf_exempt
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if request.method not in methods:
                return error(_("Method not allowed."), 405)
            user = _user_for(request)
            if user is None:
                return error(_("Missing or wrong X-Api-Key header."), 401)
            request.user = user
            with translation.override(user.profile.language):
                try:
                    return view(request, *args, **kwargs)
                except RuleViolation as violation:
                    return error(explain(violation), 409, rule=violation.rule_id)
                except ValidationError as invalid:
                    return error(" ".join(invalid.messages))
                except (BadRequest, ImportRefused) as bad:
                    return error(str(bad))
                except Http404:
                    return error(_("Not found."), 404)
                except TooLarge as large:
                    return error(str(large), 413)
                except Exception:
                    # Logged with its traceback; the client gets JSON, not Django's HTML page.
                    log.exception("API view %s failed", view.__name__)
                    return error(_("Unexpected server error."), 500)

        return wrapper

    return decorate
