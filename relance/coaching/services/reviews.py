"""Draft review: the candidate asks, the coach proposes, the candidate decides.

The coach's only write is a proposal stored on the ReviewRequest; the follow-up itself
changes only when its owner accepts, through the tracker's save_draft, so approving,
sending and dates stay the candidate's alone (and under the rules engine).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from relance.coaching.models import Membership, ReviewRequest, ReviewState, Sharing
from relance.coaching.services.access import candidate_memberships, coached_by, shares
from relance.tracker.lifecycle import EDITABLE
from relance.tracker.models import FollowUp
from relance.tracker.services.followups import save_draft

OPEN = (ReviewState.ASKED, ReviewState.PROPOSED)
TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


@dataclass(frozen=True)
class Piece:
    op: str  # "same", "ins" or "del"
    text: str


def word_diff(before: str, after: str) -> list[Piece]:
    """Word-level differences, for a server-rendered <del>/<ins> view.

    A lone space between two changed words joins them, so "répondre vite" → "votre temps"
    reads as one replacement rather than two.
    """
    a, b = TOKEN.findall(before), TOKEN.findall(after)
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    pieces: list[Piece] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        if deleted:
            pieces.append(Piece("del", "".join(deleted)))
        if inserted:
            pieces.append(Piece("ins", "".join(inserted)))
        deleted.clear()
        inserted.clear()

    for index, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag != "equal":
            deleted.extend(a[i1:i2])
            inserted.extend(b[j1:j2])
            continue
        same = "".join(a[i1:i2])
        if (deleted or inserted) and same.isspace() and index + 1 < len(ops):
            deleted.append(same)
            inserted.append(same)
            continue
        flush()
        pieces.append(Piece("same", same))
    flush()
    return pieces


def ask_review(candidate: User, followup: FollowUp, *, now: datetime) -> ReviewRequest:
    """Ask the coach of an organisation the candidate shares texts with to review a draft."""
    if followup.application.owner_id != candidate.pk:
        raise PermissionDenied("not yours")
    if followup.state not in EDITABLE:
        raise ValidationError(_("Only a draft not yet approved can be reviewed."), code="state")
    membership = (
        candidate_memberships(candidate)
        .filter(coach__isnull=False, sharing=Sharing.TEXTS)
        .order_by("joined_at")
        .first()
    )
    if membership is None or membership.coach is None:
        raise ValidationError(
            _("Share your message texts with your coach first, so they can read the draft."),
            code="sharing",
        )
    try:
        with transaction.atomic():
            return ReviewRequest.objects.create(
                followup=followup,
                candidate=candidate,
                coach=membership.coach,
                original_subject=followup.subject,
                original_body=followup.body,
                created_at=now,
            )
    except IntegrityError:
        raise ValidationError(_("A review of this draft is already open."), code="open") from None


def reviews_for_coach(coach: User) -> QuerySet[ReviewRequest]:
    """Open reviews of candidates who still share their texts with this coach."""
    sharing = coached_by(coach).filter(sharing=Sharing.TEXTS).values("user_id")
    return ReviewRequest.objects.filter(coach=coach, candidate_id__in=sharing).select_related(
        "followup__application", "candidate__profile"
    )


def coach_membership(review: ReviewRequest) -> Membership:
    return coached_by(review.coach).get(user_id=review.candidate_id)


def propose(
    coach: User, review: ReviewRequest, *, comment: str, subject: str, body: str, now: datetime
) -> None:
    if review.coach_id != coach.pk or not shares(coach_membership(review), Sharing.TEXTS):
        raise PermissionDenied("not your review")
    if review.state not in OPEN:
        raise ValidationError(_("The candidate has already answered."), code="state")
    review.comment = comment.strip()
    review.proposed_subject = subject.strip()
    review.proposed_body = body
    review.state = ReviewState.PROPOSED
    review.answered_at = now
    review.save()


def answer(candidate: User, review: ReviewRequest, *, accepted: bool, now: datetime) -> None:
    """The candidate's word; accepting makes the proposal the draft, still to be approved."""
    if review.candidate_id != candidate.pk or review.followup.application.owner_id != candidate.pk:
        raise PermissionDenied("not your review")
    if review.state != ReviewState.PROPOSED:
        raise ValidationError(_("There is no proposal to answer."), code="state")
    with transaction.atomic():
        if accepted:
            save_draft(
                review.followup,
                subject=review.proposed_subject or review.followup.subject,
                body=review.proposed_body,
                now=now,
            )
        review.state = ReviewState.ACCEPTED if accepted else ReviewState.DECLINED
        review.answered_at = now
        review.save(update_fields=["state", "answered_at"])
