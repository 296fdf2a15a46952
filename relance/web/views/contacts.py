"""Correct a contact: a bounced address, a new direct line, who decides."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from relance.tracker.models import Contact
from relance.tracker.services.applications import update_contact
from relance.tracker.services.errors import REFUSALS
from relance.tracker.services.validation import format_phone
from relance.web.forms.applications import ContactForm
from relance.web.views.application_detail import CONTACT_FIELDS
from relance.web.views.common import form_error, now, profile_of, profile_required


def owned_contact(request: HttpRequest, pk: int) -> Contact:
    return get_object_or_404(
        Contact.objects.select_related("application").prefetch_related("phones"),
        pk=pk,
        application__owner_id=request.user.pk,
    )


def _initial(contact: Contact, country: str) -> dict[str, object]:
    phone = contact.direct_line or next(iter(contact.phones.all()), None)
    return {
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "civility": contact.civility,
        "role": contact.role,
        "email": contact.email,
        "phone": format_phone(phone.number, country) if phone else "",
        "direct_line": bool(phone and phone.is_direct_line),
        "is_decision_maker": contact.is_decision_maker,
        "preferred_channel": contact.preferred_channel,
    }


@profile_required
@require_GET
def contact_edit(request: HttpRequest, pk: int) -> HttpResponse:
    contact = owned_contact(request, pk)
    form = ContactForm(initial=_initial(contact, profile_of(request).country))
    return render(request, "relance/contact_edit.html", {"contact": contact, "form": form})


@profile_required
@require_POST
def contact_save(request: HttpRequest, pk: int) -> HttpResponse:
    contact = owned_contact(request, pk)
    form = ContactForm(request.POST)
    if form.is_valid():
        try:
            update_contact(contact, timezone=contact.timezone, now=now(), **form.service_fields())
        except REFUSALS as exc:
            form_error(form, exc, CONTACT_FIELDS)
        else:
            messages.success(request, _("Contact updated."))
            return redirect("application_detail", contact.application_id)
    context = {"contact": contact, "form": form}
    return render(request, "relance/contact_edit.html", context, status=400)
