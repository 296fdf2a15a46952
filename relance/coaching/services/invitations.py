"""Organisations, and joining one through an invitation link (accepted once, until it expires)."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from relance.coaching.models import Invitation, Membership, Organisation, Role, Sharing

INVITATION_LIFETIME = timedelta(days=14)


@transaction.atomic
def create_organisation(name: str, admin: User, *, now: datetime) -> Organisation:
    organisation = Organisation.objects.create(name=name.strip(), created_at=now)
    Membership.objects.create(user=admin, organisation=organisation, role=Role.ADMIN, joined_at=now)
    return organisation


def invite(
    inviter: User, organisation: Organisation, *, role: str, email: str = "", now: datetime
) -> Invitation:
    """Coaches invite candidates (who become theirs); admins invite coaches and candidates."""
    mine = Membership.objects.filter(user=inviter, organisation=organisation).first()
    allowed = {Role.ADMIN: {Role.COACH, Role.CANDIDATE, Role.ADMIN}, Role.COACH: {Role.CANDIDATE}}
    if mine is None or Role(role) not in allowed.get(Role(mine.role), set()):
        raise PermissionDenied("may not invite")
    return Invitation.objects.create(
        organisation=organisation,
        role=role,
        created_by=inviter,
        email=email.strip(),
        expires_at=now + INVITATION_LIFETIME,
        created_at=now,
    )


def open_invitation(token: str, *, now: datetime) -> Invitation:
    """The invitation behind a link: Invitation.DoesNotExist when unknown, used or expired."""
    return Invitation.objects.select_related("organisation", "created_by__profile").get(
        token=token, accepted_at__isnull=True, expires_at__gt=now
    )


def accept(token: str, user: User, *, sharing: str, now: datetime) -> Membership:
    with transaction.atomic():
        invitation = open_invitation(token, now=now)
        if invitation.email and invitation.email.lower() != (user.email or "").lower():
            raise ValidationError(
                _("This invitation was sent to another e-mail address."), code="email"
            )
        # Accepted once: the conditional update lets only one of two racing requests win.
        won = Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True).update(
            accepted_by=user, accepted_at=now
        )
        if not won:
            raise Invitation.DoesNotExist
        is_candidate = invitation.role == Role.CANDIDATE
        try:
            with transaction.atomic():
                return Membership.objects.create(
                    user=user,
                    organisation=invitation.organisation,
                    role=invitation.role,
                    coach=invitation.created_by if is_candidate else None,
                    sharing=Sharing(sharing) if is_candidate else Sharing.NOTHING,
                    joined_at=now,
                )
        except IntegrityError:
            raise ValidationError(
                _("You are already a member of this organisation."), code="member"
            ) from None
